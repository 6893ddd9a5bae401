"""The Chinese engine: the object ``termbase.romanize.engine("zh")`` returns."""

from __future__ import annotations

from termbase.memo import Memo
from termbase.romanize.policy import ErrorPolicy
from termbase.romanize.system import System
from termbase.romanize.zh import characters, check, keys, render, syllables

KEYS_MEMO = 65_536


class ChineseEngine:
    """Mandarin: tone-marked pinyin readings in, fifteen spellings out, and keys for any of them."""

    lang = "zh"

    def __init__(self) -> None:
        self.systems: tuple[System, ...] = syllables.systems()
        #: Keys of texts seen lately: owned by the engine, not the module (names repeat a lot).
        self._keys = Memo(keys.phonetic_keys, maxsize=KEYS_MEMO)

    def render(self, reading: str, system: System, *, errors: ErrorPolicy = "keep") -> str:
        return render.render(reading, system, errors=errors)

    def phonetic_keys(self, text: str) -> frozenset[str]:
        try:
            return self._keys(text)
        except TypeError:  # not a str: nothing to read
            return frozenset()

    def plausible_systems(self, text: str) -> tuple[str, ...]:
        return keys.plausible_systems(text, [s.id for s in self.systems])

    def check_reading(self, reading: str) -> str | None:
        return check.check_reading(reading)

    def machine_reading(self, text: str) -> str | None:
        return characters.machine_reading(text)
