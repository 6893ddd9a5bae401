"""The Han-reading engine: Sino-Korean and Sino-Vietnamese readings of Chinese characters.

Shaped like a ``LanguageEngine`` (romanize/engine.py), with Han text as its "reading": it is not
a name language (not in ``romanize.LANGUAGES``); lookup registers it beside them.
"""

from __future__ import annotations

import re

from termbase.errors import UnmappableError
from termbase.romanize.han import keys, readings
from termbase.romanize.policy import ErrorPolicy, unmappable
from termbase.romanize.system import System, load_systems

#: Arabic numerals inside a Han name (第5方面軍), kept as written in its readings.
_NUMERAL = re.compile("[0-9]")


class HanEngine:
    """Han characters read in Korean (``zh-ko-hanja``) and Vietnamese (``zh-vi``)."""

    lang = "han"

    def __init__(self) -> None:
        self.systems: tuple[System, ...] = load_systems("termbase.romanize.han")

    def render(self, reading: str, system: System, *, errors: ErrorPolicy = "keep") -> str:
        """``reading`` (Han text) read in ``system``; characters with no reading go to ``errors``."""
        script = str(system.options.get("script", "ko"))
        out: list[str] = []
        for word in reading.split(" "):
            out.append(self._word(word, script, system.id, errors))
        return " ".join(out)

    def _word(self, word: str, script: str, system_id: str, errors: ErrorPolicy) -> str:
        spelt: list[str] = []
        for char in word:
            found = readings.reading(char, script) if readings.HAN.match(char) else None
            if found is None and _NUMERAL.match(char):  # written so in Korean and Vietnamese too
                spelt.append(char)
            elif found is None:
                spelt.append(unmappable(char, errors, system=system_id) if char.strip() else char)
            elif script == "vi":
                spelt.append(found[:1].upper() + found[1:])
            else:
                spelt.append(keys.initial_law(found) if not spelt else found)
        return (" " if script == "vi" else "").join(part for part in spelt if part)

    def phonetic_keys(self, text: str) -> frozenset[str]:
        if not isinstance(text, str) or not text.strip() or len(text) > 200:
            return frozenset()
        text = text.strip()
        if readings.HAN.search(text):
            return self._han_keys(text)
        if text.startswith(keys.VI):
            found = keys.vietnamese_key(text[len(keys.VI) :], prefixed=True)
        elif text.startswith(keys.KO):
            found = keys.korean_key(text[len(keys.KO) :])
        else:
            found = keys.korean_key(text) or keys.vietnamese_key(text)
        return frozenset({found}) if found else frozenset()

    def _han_keys(self, text: str) -> frozenset[str]:
        words = text.split()
        if not all(readings.HAN.fullmatch(char) or _NUMERAL.match(char) for word in words for char in word):
            return frozenset()
        found = set()
        for system in self.systems:
            try:
                rendering = self.render(" ".join(words), system, errors="strict")
            except UnmappableError:  # a character with no reading in this script
                continue
            if system.options.get("script") == "vi":
                key = keys.vietnamese_key(rendering, prefixed=True)
            else:
                key = keys.korean_key(rendering)
            if key:
                found.add(key)
        return frozenset(found)

    def plausible_systems(self, text: str) -> tuple[str, ...]:
        found = self.phonetic_keys(text)
        if readings.HAN.search(text or ""):
            return tuple(s.id for s in self.systems if found)
        prefixes = {key[:3] for key in found}
        return tuple(s.id for s in self.systems if f"{s.options.get('script')}:" in prefixes)

    def check_reading(self, reading: str) -> str | None:
        if reading and all(readings.HAN.match(c) or c == " " for c in reading):
            return None
        return "a Han reading is Han characters (words separated by spaces)"

    def machine_reading(self, text: str) -> str | None:
        return None  # the Han text is its own reading
