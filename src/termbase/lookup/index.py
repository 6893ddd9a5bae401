"""The index: every glossary form and reading reduced to keys, each key pointing back to terms.

Four maps, one per matching tier, plus the fuzzy tier's deletion index:

- ``exact``    the form as written (NFC);
- ``fold``     :func:`~termbase.romanize.fold` of the form;
- ``phonetic`` ``"<lang>:<key>"`` for each engine language that can read the form or reading;
- ``partial``  the same keys for each word of a person's name (family or given name alone),
  and the folds of the longer words of other multi-word names.

Only the order a name is written in is indexed; a query in the other order ("Sanzō Nosaka")
is swapped on the query side (:mod:`termbase.lookup.search`), which halves the work here.

Generated renderings are not stored: every rendering of a reading meets the reading at its
phonetic key, so a phonetic hit finds the entry and the renderings are computed for that entry
only (see :mod:`termbase.lookup.search`). That keeps a 100,000-entry index small and quick to build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache

from termbase.lookup.fuzzy import DeletionIndex
from termbase.model import Entry, Glossary, Kind, Term
from termbase.readings import Reading, Rendering, reading_of, readings, renderings
from termbase.romanize import LANGUAGES, fold, phonetic_keys

#: Shortest word of a non-person name indexed on its own.
MIN_WORD = 4


class Via(IntEnum):
    """Which string of a term a key came from."""

    FORM = 0
    READING = 1


#: (entry index, term index, via): where a key points. Tuples keep 100k-entry indexes small.
Hit = tuple[int, int, int]


def normalize_query(text: str) -> str:
    """NFC with runs of whitespace collapsed: the exact tier's notion of 'as written'."""
    return " ".join(unicodedata.normalize("NFC", text).split())


_PATRONYMIC = re.compile(r"(?:ич|вна|чна)$")


def without_patronymic(name: str) -> str | None:
    """A Russian given name, patronymic and family name without the patronymic, as most
    sources outside Russia write it (Иосиф Виссарионович Сталин -> Иосиф Сталин)."""
    words = name.split()
    if len(words) == 3 and _PATRONYMIC.search(words[1].casefold()):
        return f"{words[0]} {words[2]}"
    return None


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
    renderings_in: Callable[[int, str, bool, str | None], tuple[Rendering, ...]] = field(init=False)
    #: Each entry's display label, by position: ties in a ranking are ordered by it.
    labels: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.labels = [entry.label for entry in self.glossary.entries]
        # Renderings are computed on demand, per entry, language and name order, and kept in a
        # bounded cache: a lookup renders only what the key that matched can confirm.
        self.renderings_in = lru_cache(maxsize=8192)(self._renderings_in)

    def _renderings_in(
        self, entry_index: int, lang: str, swapped: bool, script: str | None
    ) -> tuple[Rendering, ...]:
        entry = self.glossary.entries[entry_index]
        return tuple(
            rendering
            for reading in readings(entry)
            if reading.lang == lang
            for rendering in renderings(entry, reading, swapped_only=swapped, script=script)
        )

    def renderings_of(self, entry_index: int) -> tuple[Rendering, ...]:
        """Every rendering of every reading of an entry, both name orders (not cached)."""
        entry = self.glossary.entries[entry_index]
        return tuple(r for reading in readings(entry) for r in renderings(entry, reading, both_orders=True))

    def entry(self, hit: Hit) -> Entry:
        return self.glossary.entries[hit[0]]

    def term(self, hit: Hit) -> Term:
        return self.glossary.entries[hit[0]].terms[hit[1]]


def _add(table: dict[str, list[Hit]], key: str, hit: Hit) -> None:
    hits = table.get(key)
    if hits is None:
        table[key] = [hit]
    else:
        last = hits[-1]
        if last[0] != hit[0] or last[1] != hit[1]:
            hits.append(hit)


class _Builder:
    """Fills an index; remembers keys already computed (forms and name parts repeat a lot)."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._keys: dict[tuple[str, str], frozenset[str]] = {}

    def keys(self, text: str, lang: str) -> frozenset[str]:
        found = self._keys.get((text, lang))
        if found is None:
            found = self._keys[(text, lang)] = phonetic_keys(text, lang)
        return found

    def phonetic(self, text: str, langs: Iterable[str], hit: Hit) -> None:
        """Index ``text``'s keys in each language that can read it."""
        for lang in langs:
            for key in self.keys(text, lang):
                _add(self.index.phonetic, f"{lang}:{key}", hit)
                self.index.fuzzy.add(lang, key)

    def parts(self, text: str, langs: Iterable[str], hit: Hit) -> None:
        """Each word of a person's name alone (a family name finds every bearer)."""
        words = text.split()
        if len(words) < 2:
            return
        for word in words:
            folded = fold(word)
            if folded:
                _add(self.index.partial, f"fold:{folded}", hit)
            for lang in langs:
                for key in self.keys(word, lang):
                    _add(self.index.partial, f"{lang}:{key}", hit)

    def words(self, text: str, hit: Hit) -> None:
        """Each longer word of a multi-word name that is not a person's, by fold only
        ("Sakhalin" finds Southern Sakhalin; short words such as "of" and "the" are skipped)."""
        words = text.split()
        if len(words) < 2 or not fuzzable(text):
            return
        for word in words:
            folded = fold(word)
            if len(folded) >= MIN_WORD:
                _add(self.index.partial, f"fold:{folded}", hit)

    def entry(self, ei: int, entry: Entry) -> None:
        person = entry.kind is Kind.PERSON
        term_readings = [reading_of(term) for term in entry.terms]
        # Name parts are keyed from the name's own reading; other forms of it (English,
        # romanized, Russian transcriptions) only add their folds, since any spelling of a
        # part reaches the reading's key anyway.
        origin_read = {r.lang for r in term_readings if r and r.lang == entry.origin}
        for ti, (term, reading) in enumerate(zip(entry.terms, term_readings, strict=True)):
            self.term(entry, ei, ti, term, reading)
            if not person:
                self.words(term.form, (ei, ti, Via.FORM))
                continue
            short = without_patronymic(term.form) if reading is not None and reading.lang == "ru" else None
            if short:
                self.phonetic(short, ("ru",), (ei, ti, Via.FORM))
            if reading is not None and reading.lang == entry.origin:
                self.parts(reading.text, (reading.lang,), (ei, ti, Via.READING))
            if reading is None or reading.text != term.form:
                # Keys only in the name's own language, and only when no reading gives them.
                own = entry.origin or term.language
                unread = [
                    lang for lang in key_languages(term, entry) if lang == own and lang not in origin_read
                ]
                self.parts(term.form, unread, (ei, ti, Via.FORM))

    def term(self, entry: Entry, ei: int, ti: int, term: Term, reading: Reading | None) -> None:
        hit = (ei, ti, Via.FORM)
        _add(self.index.exact, normalize_query(term.form), hit)
        folded = fold(term.form)
        if folded:
            _add(self.index.fold, folded, hit)
        self.phonetic(term.form, key_languages(term, entry), hit)
        # Typos that no engine can read ("Nosaka Sanzp") meet forms by fold; a fold equal to a
        # phonetic key (nosakasanzo) shares its deletion variants, so this costs little.
        if folded and fuzzable(term.form):
            self.index.fuzzy.add("fold", folded)
        if reading is not None and reading.text != term.form:
            self.phonetic(reading.text, (reading.lang,), (ei, ti, Via.READING))


def build_index(glossary: Glossary) -> Index:
    """Index every term and reading of ``glossary``."""
    index = Index(glossary)
    builder = _Builder(index)
    for ei, entry in enumerate(glossary.entries):
        builder.entry(ei, entry)
    index.fuzzy.freeze()
    return index
