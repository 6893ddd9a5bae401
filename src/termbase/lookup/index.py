"""The index: every glossary form and reading reduced to keys, each key pointing back to terms.

Five tables, one per matching tier and one for family names, plus the fuzzy tier's deletion
index and the similarity tier's trigram index (both over the same distinct keys):

- ``exact``    the form as written (NFC);
- ``fold``     :func:`~termbase.romanize.fold` of the form;
- ``phonetic`` per engine language, the keys of each form or reading that language can read;
- ``partial``  per namespace (``fold`` or a language), the keys of each word of a person's
  name (family or given name alone), and the folds of the longer words of other names;
  ``family`` holds the family-name words of them (where a reading says which word that is).

Only the order a name is written in is indexed; a query in the other order ("Sanzō Nosaka")
is swapped on the query side, which halves the work here.

Generated renderings are not stored: every rendering of a reading meets the reading at its
phonetic key, so a phonetic hit finds the entry and the renderings are computed for that entry
only, through a memo the index owns. That keeps a 100,000-entry index small and quick to build.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from termbase.detect import Detection, detect
from termbase.lookup.fuzzy import DeletionIndex
from termbase.lookup.keys import (
    FOLD,
    Hit,
    HitTable,
    HitTables,
    Key,
    Table,
    Tables,
    fuzzable,
    normalize_query,
    without_patronymic,
)
from termbase.lookup.similar import SimilarityIndex
from termbase.memo import Memo
from termbase.model import Entry, Glossary, Term
from termbase.readings import Rendering, Speller, readings, renderings
from termbase.romanize import LANGUAGES, fold, phonetic_keys

__all__ = ["Index", "fuzzable", "normalize_query", "without_patronymic"]

#: Renderings remembered per index: (entry, language, name order, script) combinations.
DETECT_MEMO = 8192
RENDERINGS_MEMO = 8192
#: Folds remembered per index: queries, their words and the renderings lookups compare.
FOLD_MEMO = 32_768


def _table() -> HitTable:
    empty: Table = {}
    return empty


def _tables() -> HitTables:
    empty: Tables = {}
    return empty


@dataclass
class Index:
    glossary: Glossary
    exact: HitTable = field(default_factory=_table)
    fold: HitTable = field(default_factory=_table)
    phonetic: HitTables = field(default_factory=_tables)
    partial: HitTables = field(default_factory=_tables)
    #: The family-name words of persons' readings, a subset of ``partial``.
    family: HitTables = field(default_factory=_tables)
    fuzzy: DeletionIndex = field(default_factory=DeletionIndex)
    similar: SimilarityIndex = field(default_factory=SimilarityIndex)
    #: Each entry's display label, by position: ties in a ranking are ordered by it (taken
    #: from the entries unless given, as a compiled index gives its label table).
    labels: Sequence[str] = field(default=())
    #: Spellings of readings, remembered for this index only.
    speller: Speller = field(default_factory=Speller)
    renderings_in: Memo[[int, str, bool, str | None], tuple[Rendering, ...]] = field(init=False)
    #: Detection of queries, remembered for this index (users repeat queries; detection costs
    #: about as much as a lookup).
    detect: Memo[[str], Detection] = field(init=False)
    #: Whole lookup answers, remembered for this index. :func:`termbase.lookup.search.lookup`
    #: makes this memo on first use: the index holds keys and knows nothing of ranking.
    lookups: Memo[..., Any] | None = field(default=None, init=False)
    #: :func:`~termbase.romanize.fold`, remembered for this index (a lookup folds its query and
    #: the renderings it compares several times: a memo hit costs a tenth of a fold).
    folded: Memo[[str], str] = field(init=False)

    def __post_init__(self) -> None:
        if len(self.labels) != len(self.glossary.entries):
            self.labels = [entry.label for entry in self.glossary.entries]
        # Renderings are computed on demand, per entry, language and name order: a lookup
        # renders only what the key that matched can confirm.
        self.renderings_in = Memo(self._renderings_in, maxsize=RENDERINGS_MEMO)
        self.detect = Memo(detect, maxsize=DETECT_MEMO)
        self.folded = Memo(fold, maxsize=FOLD_MEMO)

    def _renderings_in(
        self, entry_index: int, lang: str, swapped: bool, script: str | None
    ) -> tuple[Rendering, ...]:
        entry = self.glossary.entries[entry_index]
        return tuple(
            rendering
            for reading in readings(entry)
            if reading.lang == lang
            for rendering in renderings(
                entry, reading, swapped_only=swapped, script=script, speller=self.speller
            )
        )

    def renderings_of(self, entry_index: int) -> tuple[Rendering, ...]:
        """Every rendering of every reading of an entry, both name orders (not remembered)."""
        entry = self.glossary.entries[entry_index]
        return tuple(
            r
            for reading in readings(entry)
            for r in renderings(entry, reading, both_orders=True, speller=self.speller)
        )

    @property
    def compiled(self) -> bool:
        """Whether the tables are a compiled index's (memory-mapped), not built in memory."""
        return not isinstance(self.exact, dict)

    def entry(self, hit: Hit) -> Entry:
        return self.glossary.entries[hit.entry]

    def term(self, hit: Hit) -> Term:
        return self.glossary.entries[hit.entry].terms[hit.term]

    def phonetic_hits(self, key: Key) -> Sequence[Hit]:
        """Terms whose form or reading has ``key`` (a language's phonological key)."""
        return _hits(self.phonetic, key)

    def partial_hits(self, key: Key) -> Sequence[Hit]:
        """Terms one of whose name words has ``key`` (a fold or a phonological key)."""
        return _hits(self.partial, key)

    def family_hits(self, key: Key) -> Sequence[Hit]:
        """Persons whose family name (by a reading) has ``key``."""
        return _hits(self.family, key)

    def key_hits(self, key: Key) -> Sequence[Hit]:
        """Terms whose whole form (fold) or reading (phonetic) has ``key``."""
        return self.fold.get(key.text, ()) if key.namespace == FOLD else self.phonetic_hits(key)

    def could_find(self, text: str) -> bool:
        """Whether any key tier (every one but fuzzy and similarity) could find ``text``: its
        form, fold or a phonological key is in the index. Much cheaper than a lookup; a text
        for which this is false can never be a ``match``."""
        folded = self.folded(text)
        if normalize_query(text) in self.exact or folded in self.fold:
            return True
        if self.partial_hits(Key(FOLD, folded)):
            return True
        return any(
            self.phonetic_hits(key) or self.partial_hits(key)
            for lang in LANGUAGES
            for key in (Key(lang, k) for k in phonetic_keys(text, lang))
        )


def _hits(tables: HitTables, key: Key) -> Sequence[Hit]:
    table = tables.get(key.namespace)
    return table.get(key.text, ()) if table is not None else ()
