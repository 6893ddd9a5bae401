"""The index: every glossary form and reading reduced to keys, each key pointing back to terms.

Four maps, one per matching tier, plus the fuzzy tier's deletion index:

- ``exact``    the form as written (NFC);
- ``fold``     :func:`~termbase.romanize.fold` of the form;
- ``phonetic`` ``"<lang>:<key>"`` for each engine language that can read the form or reading;
- ``partial``  the same keys for each word of a person's name (family or given name alone).

Generated renderings are not stored: every rendering of a reading meets the reading at its
phonetic key, so a phonetic hit finds the entry and the renderings are computed for that entry
only (see :mod:`termbase.lookup.search`). That keeps a 100,000-entry index small and quick to build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache

from termbase.lookup.fuzzy import DeletionIndex
from termbase.model import Entry, Glossary, Kind, Term
from termbase.readings import Rendering, reading_of, renderings, swapped
from termbase.romanize import LANGUAGES, fold, phonetic_keys


class Via(IntEnum):
    """Which string of a term a key came from."""

    FORM = 0
    READING = 1
    SWAPPED = 2  # a two-part personal name in the other order


#: (entry index, term index, via): where a key points. Tuples keep 100k-entry indexes small.
Hit = tuple[int, int, int]


def normalize_query(text: str) -> str:
    """NFC with runs of whitespace collapsed: the exact tier's notion of 'as written'."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def key_languages(term: Term, entry: Entry) -> tuple[str, ...]:
    """Engine languages a term's form is read in: its own, and the name's origin for
    English forms and Cyrillic transcriptions (Носака Сандзо is Japanese read in Russian)."""
    langs = []
    own = term.language
    if own in LANGUAGES:
        langs.append(own)
    if entry.origin in LANGUAGES and entry.origin not in langs and term.script in ("Latn", "Cyrl"):
        langs.append(entry.origin)
    return tuple(langs)


_LATIN_OR_CYRILLIC = re.compile(r"[^\W\d_]")
_OTHER_LETTER = re.compile(r"[^\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F\u0400-\u052F\W\d_]")


def fuzzable(text: str) -> bool:
    """Latin or Cyrillic letters only: fuzzy matching never edits Han or kana."""
    return bool(_LATIN_OR_CYRILLIC.search(text)) and not _OTHER_LETTER.search(text)


@dataclass
class Index:
    glossary: Glossary
    exact: dict[str, list[Hit]] = field(default_factory=dict)
    fold: dict[str, list[Hit]] = field(default_factory=dict)
    phonetic: dict[str, list[Hit]] = field(default_factory=dict)
    partial: dict[str, list[Hit]] = field(default_factory=dict)
    fuzzy: DeletionIndex = field(default_factory=DeletionIndex)

    def __post_init__(self) -> None:
        # Renderings are computed per entry on demand and kept: a bounded cache, not a copy.
        self.renderings_of = lru_cache(maxsize=4096)(self._renderings_of)

    def _renderings_of(self, entry_index: int) -> tuple[Rendering, ...]:
        entry = self.glossary.entries[entry_index]
        found: list[Rendering] = []
        for term in entry.terms:
            reading = reading_of(term)
            if reading is not None:
                found.extend(renderings(entry, reading, both_orders=True))
        return tuple(found)

    def entry(self, hit: Hit) -> Entry:
        return self.glossary.entries[hit[0]]

    def term(self, hit: Hit) -> Term:
        return self.glossary.entries[hit[0]].terms[hit[1]]


def _add(table: dict[str, list[Hit]], key: str, hit: Hit) -> None:
    hits = table.get(key)
    if hits is None:
        table[key] = [hit]
    elif hits[-1][:2] != hit[:2]:
        hits.append(hit)


def _add_phonetic(
    index: Index, text: str, langs: Iterable[str], hit: Hit, *, table: str = "phonetic"
) -> None:
    target = index.phonetic if table == "phonetic" else index.partial
    for lang in langs:
        for key in phonetic_keys(text, lang):
            _add(target, f"{lang}:{key}", hit)
            if table == "phonetic":
                index.fuzzy.add(f"{lang}:{key}")


def _add_parts(index: Index, text: str, langs: Iterable[str], hit: Hit) -> None:
    words = text.split()
    if len(words) < 2:
        return
    for word in words:
        folded = fold(word)
        if folded:
            _add(index.partial, f"fold:{folded}", hit)
        _add_phonetic(index, word, langs, hit, table="partial")


def _index_term(index: Index, entry: Entry, ei: int, ti: int, term: Term) -> None:
    person = entry.kind is Kind.PERSON
    langs = key_languages(term, entry)
    forms = [(term.form, Via.FORM)]
    other = swapped(term.form) if person else None
    if other:
        forms.append((other, Via.SWAPPED))
    _add(index.exact, normalize_query(term.form), (ei, ti, Via.FORM))
    for text, via in forms:
        folded = fold(text)
        if folded:
            _add(index.fold, folded, (ei, ti, via))
            if fuzzable(text):
                index.fuzzy.add(f"fold:{folded}")
        _add_phonetic(index, text, langs, (ei, ti, via))
    if person:
        _add_parts(index, term.form, langs, (ei, ti, Via.FORM))
    reading = reading_of(term)
    if reading is not None and reading.text != term.form:
        _add_phonetic(index, reading.text, (reading.lang,), (ei, ti, Via.READING))
        other = swapped(reading.text) if person else None
        if other:
            _add_phonetic(index, other, (reading.lang,), (ei, ti, Via.SWAPPED))
        if person:
            _add_parts(index, reading.text, (reading.lang,), (ei, ti, Via.READING))


def build_index(glossary: Glossary) -> Index:
    """Index every term and reading of ``glossary``."""
    index = Index(glossary)
    for ei, entry in enumerate(glossary.entries):
        for ti, term in enumerate(entry.terms):
            _index_term(index, entry, ei, ti, term)
    index.fuzzy.freeze()
    return index
