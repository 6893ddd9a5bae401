"""The Russian engine: Cyrillic readings to renderings, and any spelling to keys."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import partial

from termbase.errors import UnknownSystemError
from termbase.memo import Memo
from termbase.romanize.policy import ErrorPolicy
from termbase.romanize.ru import detect
from termbase.romanize.ru.keys import KeyMaker
from termbase.romanize.ru.pairs import key_readers, table_pairs
from termbase.romanize.ru.reading import build_reader, spelling_norm
from termbase.romanize.ru.render import (
    render_table,
    render_transliterate,
    render_words,
    spelt_as,
    split_words,
    table_speller,
)
from termbase.romanize.ru.rules import Table, compile_table
from termbase.romanize.ru.syllabic import Syllabary, compile_syllabary
from termbase.romanize.system import System


def _starts_with_mark(table: Table) -> bool:
    """Whether a spelling starts with a combining mark: normalizing it apart from the letter
    before it could then differ from normalizing the whole word."""
    return any(
        unicodedata.combining(unicodedata.normalize("NFD", spelling)[:1] or " ")
        for entry in table.entries.values()
        for spelling, _ in entry.spellings()
    )


#: Words remembered per system (each of the 30-odd systems has its own memo).
WORD_MEMO = 16_384


class RussianEngine:
    """Implements :class:`termbase.romanize.engine.LanguageEngine` for ``ru``."""

    lang = "ru"

    def __init__(self, systems: tuple[System, ...], *, informal: Mapping[str, Sequence[str]]) -> None:
        self.systems = systems
        self._own = {system.id: system for system in systems}
        self._tables = {system.id: compile_table(system) for system in systems}
        #: Hangul and katakana systems: their tables spell phoneme tokens, not Latin letters, so
        #: they are read back by projection (see :mod:`~termbase.romanize.ru.syllabic`).
        self._syllabaries = {
            system.id: compile_syllabary(system.options["syllabary"])
            for system in systems
            if "syllabary" in system.options
        }
        #: Spelt words per own system, by (word, policy name): names share words, and lookups
        #: re-render them.
        self._words = {
            system.id: Memo(
                table_speller(
                    self._tables[system.id], system=system.id, syllabary=self._syllabaries.get(system.id)
                ),
                maxsize=WORD_MEMO,
            )
            for system in systems
            if system.options.get("renderer") != "transliterate"
        }
        #: Readings cut at their words, once for all the systems that spell them.
        self._split = Memo(split_words, maxsize=WORD_MEMO)
        latin = {sid: table for sid, table in self._tables.items() if sid not in self._syllabaries}
        self._keys = KeyMaker(key_readers(latin, informal), projections=self._projections())
        #: Empty the key caches (benchmarks measure cold keys with it). An instance attribute, so
        #: tools that call ``cache_clear`` on what a module holds find it on ENGINE, not the class.
        self.cache_clear: Callable[[], None] = self._clear_caches
        self._detect = {
            system_id: build_reader(table_pairs(table, spelling_norm, prune=False), compounds=False)
            for system_id, table in latin.items()
        }
        self._alphabets = {sid: detect.syllabary_alphabet(syl) for sid, syl in self._syllabaries.items()}
        #: Tables whose spellings can be compared with a Latin word one by one (see spelt_as).
        stepwise = {
            sid: table
            for sid, table in latin.items()
            if "renderer" not in self._own[sid].options and not _starts_with_mark(table)
        }
        norms = {
            spelling: spelling_norm(spelling)
            for table in stepwise.values()
            for entry in table.entries.values()
            for spelling, _ in entry.spellings()
        }
        self._stepwise = stepwise
        self._spelling = detect.Spelling(self._spelt_as, stepwise, norms)
        self._fit_cache = detect.FitCache(self._detect, self._spelling)

    def _projections(self) -> list[tuple[str, Callable[[str], str]]]:
        """For each syllabic system, its script and a speller of one lower-case Cyrillic word."""
        return [
            (syllabary.script, partial(self._spell, system_id=system_id))
            for system_id, syllabary in self._syllabaries.items()
        ]

    def _table(self, system: System) -> Table:
        if system.lang != self.lang:
            raise UnknownSystemError(
                f"{system.id!r} is a {system.lang!r} system, not a Russian one", system=system.id
            )
        if self._own.get(system.id) is system:
            return self._tables[system.id]
        return compile_table(system)  # a caller's own variant: compiled for this call only

    def render(self, reading: str, system: System, *, errors: ErrorPolicy = "keep") -> str:
        """The Cyrillic ``reading`` spelt in ``system``; unmappable letters go through ``errors``."""
        table = self._table(system)
        if system.options.get("renderer") == "transliterate":
            return render_transliterate(reading, system=system.id, errors=errors)
        if self._own.get(system.id) is system and not callable(errors):
            words, policy = self._words[system.id], errors
            return render_words(reading, lambda word: words(word, policy), split=self._split)
        return render_table(
            reading, table, system=system.id, errors=errors, syllabary=self._syllabary(system)
        )

    def _syllabary(self, system: System) -> Syllabary | None:
        if "syllabary" not in system.options:
            return None
        own = self._syllabaries.get(system.id)
        return (
            own
            if self._own.get(system.id) is system and own
            else compile_syllabary(system.options["syllabary"])
        )

    def phonetic_keys(self, text: str) -> frozenset[str]:
        """System-neutral keys: reduced Cyrillic skeletons, one space between words."""
        if not isinstance(text, str):
            return frozenset()
        return self._keys.keys(text)

    def index_keys(self, text: str) -> frozenset[str]:
        """:meth:`phonetic_keys`, and for Cyrillic text its Han skeletons (``ru-zh``), which
        glossary forms are indexed by but queries other than Han text never ask."""
        if not isinstance(text, str):
            return frozenset()
        return self._keys.index_keys(text)

    def _clear_caches(self) -> None:
        self._keys.clear()
        self._split.clear()
        self._fit_cache.clear()
        for words in self._words.values():
            words.clear()

    def plausible_systems(self, text: str) -> tuple[str, ...]:
        """Ids of the systems whose spelling of some Cyrillic reading is exactly ``text``: Latin
        systems by reading it back, Hangul and katakana ones by the syllables they write."""
        if self._alphabets and detect.is_syllabic(text):
            return detect.syllabic_systems(text, self._alphabets)
        return detect.plausible_systems(text, self._detect, self._spelling, self._fit_cache)

    def _spell(self, cyrillic: str, system_id: str) -> str:
        return self.render(cyrillic, self._own[system_id], errors="keep")

    def _spelt_as(self, cyrillic: str, system_id: str, target: str) -> bool:
        """Whether ``system_id`` spells a lower-case Cyrillic reading as ``target`` (normalized):
        spelling by spelling, stopping at the first that differs, where the table allows."""
        table = self._stepwise.get(system_id)
        if table is not None:
            found = spelt_as(cyrillic, table, target, spelling_norm)
            if found is not None:
                return found
        return spelling_norm(self._spell(cyrillic, system_id)) == target

    def check_reading(self, reading: str) -> str | None:
        """``None`` when ``reading`` is Cyrillic text, else a one-line reason."""
        return detect.check_reading(reading)

    def machine_reading(self, text: str) -> str | None:
        """Always ``None``: a Russian name's reading is its Cyrillic form."""
        return None
