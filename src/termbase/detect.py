"""Script and language detection for a query string.

Scripts are read off Unicode blocks. Languages follow from scripts where they can: kana means
Japanese; Han alone is Chinese *or* Japanese, and we say so instead of guessing; Cyrillic is
Russian text or a Russian transcription of a Japanese (Polivanov) or Chinese (Palladius) name;
Latin is checked against every engine's systems to list the plausible ones.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from termbase.romanize import LANGUAGES, engine

_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x3040, 0x309F, "Hira"),
    (0x30A0, 0x30FF, "Kana"),
    (0x31F0, 0x31FF, "Kana"),
    (0xFF66, 0xFF9F, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xF900, 0xFAFF, "Hani"),
    (0x20000, 0x2FA1F, "Hani"),
    (0x3100, 0x312F, "Bopo"),
    (0x0400, 0x052F, "Cyrl"),
    (0xAC00, 0xD7AF, "Hang"),
)


@lru_cache(maxsize=4096)
def script_of(char: str) -> str | None:
    """ISO 15924 code of one letter, or None for spaces, digits and punctuation."""
    code = ord(char)
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    if char.isalpha() and unicodedata.name(char, "").startswith("LATIN"):
        return "Latn"
    return None


def scripts_of(text: str) -> tuple[str, ...]:
    """The scripts of ``text``'s letters, most frequent first."""
    counts: dict[str, int] = {}
    for char in text:
        script = script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return tuple(sorted(counts, key=lambda s: -counts[s]))


@dataclass(frozen=True, slots=True)
class Detection:
    scripts: tuple[str, ...]
    languages: tuple[str, ...]
    systems: tuple[str, ...]
    ambiguous: bool
    note: str = ""


def _languages_for(scripts: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    found = set(scripts)
    if found & {"Hira", "Kana"}:
        return ("ja",), ""
    if "Bopo" in found:
        return ("zh",), ""
    if "Hani" in found:
        return (
            "zh",
            "ja",
        ), "Han characters alone may be Chinese or Japanese; pass lang=zh or lang=ja to say which"
    if "Cyrl" in found:
        return ("ru", "ja", "zh"), ""
    if "Latn" in found:
        return LANGUAGES, ""
    return (), ""


@lru_cache(maxsize=8192)
def detect(text: str) -> Detection:
    """What ``text`` is written in, which languages it may be, and which systems fit it.

    Cached: asking every engine which systems fit costs as much as a lookup, and users repeat
    queries (the result is a frozen value of the text alone)."""
    scripts = scripts_of(text)
    candidates, note = _languages_for(scripts)
    systems: list[str] = []
    languages: list[str] = []
    for lang in candidates:
        if scripts and scripts[0] in ("Latn", "Cyrl"):
            fitting = engine(lang).plausible_systems(text)
            # Cyrillic is Russian's own script: always Russian, and also Japanese or Chinese
            # when a transcription system (Polivanov, Palladius) fits.
            if not fitting and not (lang == "ru" and scripts[0] == "Cyrl"):
                continue
            systems.extend(fitting)
        languages.append(lang)
    if not languages and "Latn" in scripts:
        note = "no romanization system of ja, zh or ru fits; perhaps an English or conventional form"
    return Detection(scripts, tuple(languages), tuple(systems), len(languages) != 1, note)
