"""The Chinese engine: the object ``termbase.romanize.engine("zh")`` returns."""

from __future__ import annotations

from functools import partial

from termbase.memo import Memo
from termbase.romanize.policy import ErrorPolicy
from termbase.romanize.system import System
from termbase.romanize.zh import characters, check, keys, reading, render, syllables

#: Ceilings of the engine's memos: texts keyed, runs of letters read, readings and reading
#: words parsed (a glossary's readings are rendered in every system: each is parsed once).
KEYS_MEMO = 32_768
CHUNK_MEMO = 16_384
READING_MEMO = 4_096
WORD_MEMO = 16_384


class ChineseEngine:
    """Mandarin: tone-marked pinyin readings in, fifteen spellings out, and keys for any of them."""

    lang = "zh"

    def __init__(self) -> None:
        self.systems: tuple[System, ...] = syllables.systems()
        #: Keys of texts seen lately: owned by the engine, not the module (names repeat a lot).
        self._chunks = Memo(keys.chunk_readings, maxsize=CHUNK_MEMO)
        self._keys = Memo(partial(keys.phonetic_keys, read=self._chunks), maxsize=KEYS_MEMO)
        self._words = Memo(reading.parse_word, maxsize=WORD_MEMO)
        self._readings = Memo(partial(reading.parse_reading, parse=self._words), maxsize=READING_MEMO)

    def cache_clear(self) -> None:
        """Empty the engine's memos (benchmarks measure cold keys with it)."""
        for memo in (self._keys, self._chunks, self._readings, self._words):
            memo.clear()

    def render(self, reading: str, system: System, *, errors: ErrorPolicy = "keep") -> str:
        return render.render(reading, system, errors=errors, parse=self._readings)

    def phonetic_keys(self, text: str) -> frozenset[str]:
        try:
            return self._keys(text)
        except TypeError:  # not a str: nothing to read
            return frozenset()

    def plausible_systems(self, text: str) -> tuple[str, ...]:
        return keys.plausible_systems(text, [s.id for s in self.systems])

    def check_reading(self, reading: str) -> str | None:
        return check.check_reading(reading, self._readings)

    def machine_reading(self, text: str) -> str | None:
        return characters.machine_reading(text)
