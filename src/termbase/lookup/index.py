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

from dataclasses import dataclass, field

from termbase.detect import Detection, detect
from termbase.lookup.fuzzy import DeletionIndex
from termbase.lookup.keys import FOLD, Hit, Key, Table, Tables, fuzzable, normalize_query, without_patronymic
from termbase.lookup.similar import SimilarityIndex
from termbase.memo import Memo
from termbase.model import Entry, Glossary, Term
from termbase.readings import Rendering, Speller, readings, renderings
from termbase.romanize import LANGUAGES, fold, phonetic_keys

__all__ = ["Index", "fuzzable", "normalize_query", "without_patronymic"]

#: Renderings remembered per index: (entry, language, name order, script) combinations.
DETECT_MEMO = 8192
RENDERINGS_MEMO = 8192


@dataclass
class Index:
    glossary: Glossary
    exact: Table = field(default_factory=dict)
    fold: Table = field(default_factory=dict)
    phonetic: Tables = field(default_factory=dict)
    partial: Tables = field(default_factory=dict)
    #: The family-name words of persons' readings, a subset of ``partial``.
    family: Tables = field(default_factory=dict)
    fuzzy: DeletionIndex = field(default_factory=DeletionIndex)
    similar: SimilarityIndex = field(default_factory=SimilarityIndex)
    #: Spellings of readings, remembered for this index only.
    speller: Speller = field(default_factory=Speller)
    #: Each entry's display label, by position: ties in a ranking are ordered by it.
    labels: list[str] = field(init=False)
    renderings_in: Memo[[int, str, bool, str | None], tuple[Rendering, ...]] = field(init=False)
    #: Detection of queries, remembered for this index (users repeat queries; detection costs
    #: about as much as a lookup).
    detect: Memo[[str], Detection] = field(init=False)

    def __post_init__(self) -> None:
        self.labels = [entry.label for entry in self.glossary.entries]
        # Renderings are computed on demand, per entry, language and name order: a lookup
        # renders only what the key that matched can confirm.
        self.renderings_in = Memo(self._renderings_in, maxsize=RENDERINGS_MEMO)
        self.detect = Memo(detect, maxsize=DETECT_MEMO)

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

    def entry(self, hit: Hit) -> Entry:
        return self.glossary.entries[hit.entry]

    def term(self, hit: Hit) -> Term:
        return self.glossary.entries[hit.entry].terms[hit.term]

    def phonetic_hits(self, key: Key) -> list[Hit]:
        """Terms whose form or reading has ``key`` (a language's phonological key)."""
        return self.phonetic.get(key.namespace, {}).get(key.text, [])

    def partial_hits(self, key: Key) -> list[Hit]:
        """Terms one of whose name words has ``key`` (a fold or a phonological key)."""
        return self.partial.get(key.namespace, {}).get(key.text, [])

    def family_hits(self, key: Key) -> list[Hit]:
        """Persons whose family name (by a reading) has ``key``."""
        return self.family.get(key.namespace, {}).get(key.text, [])

    def key_hits(self, key: Key) -> list[Hit]:
        """Terms whose whole form (fold) or reading (phonetic) has ``key``."""
        return self.fold.get(key.text, []) if key.namespace == FOLD else self.phonetic_hits(key)

    def could_find(self, text: str) -> bool:
        """Whether any key tier (every one but fuzzy and similarity) could find ``text``: its
        form, fold or a phonological key is in the index. Much cheaper than a lookup; a text
        for which this is false can never be a ``match``."""
        folded = fold(text)
        if normalize_query(text) in self.exact or folded in self.fold:
            return True
        if self.partial_hits(Key(FOLD, folded)):
            return True
        return any(
            self.phonetic_hits(key) or self.partial_hits(key)
            for lang in LANGUAGES
            for key in (Key(lang, k) for k in phonetic_keys(text, lang))
        )
