"""Fills an :class:`~termbase.lookup.index.Index` from a glossary (see that module for the tables)."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from termbase.lookup.fuzzy import DeletionIndex
from termbase.lookup.index import Index
from termbase.lookup.keys import FOLD, Hit, Table, Tables, Via, add, fuzzable, key_languages, normalize_query
from termbase.lookup.keys import without_patronymic as short_name
from termbase.model import Entry, Glossary, Kind, Term
from termbase.readings import Reading, reading_of
from termbase.romanize import fold, index_keys
from termbase.romanize.serbian import serbian_latin
from termbase.scripts import char_class

#: Shortest word of a non-person name indexed on its own.
MIN_WORD = 4
#: Where the family name stands in a person's reading: first in Japanese and Chinese, last
#: in Russian (Лаврентий Павлович Берия). Forms in other scripts do not say, so only readings
#: mark family names.
FAMILY_POSITION = {"ja": 0, "zh": 0, "ru": -1}
#: Entries named by a title, which sources cite by its main title alone (the short title of
#: bibliographies: Yaponskie voennoplennye v SSSR for "…: bol'shaya igra velikikh derzhav").
TITLED = frozenset({Kind.WORK, Kind.PUBLICATION, Kind.DOCUMENT})
#: A main title and the colon before its subtitle (full-width in Japanese and Chinese).
_MAIN_TITLE = re.compile(r"^(?P<main>[^:：]*[^:：\s])\s*[:：]\s*\S")
#: The shortest main title in a script written without spaces (one word elsewhere is too
#: little: "Horyo: …" cited as "Horyo" would be any book on captivity).
MIN_UNSPACED_TITLE = 4
_UNSPACED = re.compile(f"[{char_class('Hani', 'Hira', 'Kana')}]")


def main_title(form: str) -> str | None:
    """The title before the subtitle, when ``form`` has one of two words or more (or of
    :data:`MIN_UNSPACED_TITLE` characters in a script without spaces); ``None`` otherwise."""
    found = _MAIN_TITLE.match(form)
    if found is None:
        return None
    main = found.group("main")
    if _UNSPACED.search(main):
        return main if len(main) >= MIN_UNSPACED_TITLE else None
    return main if len(main.split()) >= 2 else None


def _add(tables: Tables, namespace: str, key: str, hit: Hit) -> None:
    table = tables.get(namespace)
    if table is None:
        table = tables[namespace] = {}
    add(table, key, hit)


class _Builder:
    """Fills an index; remembers keys already computed (forms and name parts repeat a lot)."""

    def __init__(self) -> None:
        self.by_exact: Table = {}
        self.by_fold: Table = {}
        self.by_phonetic: Tables = {}
        self.by_partial: Tables = {}
        self.by_family: Tables = {}
        self.fuzzy = DeletionIndex()
        self._keys: dict[tuple[str, str], frozenset[str]] = {}

    def keys(self, text: str, lang: str) -> frozenset[str]:
        found = self._keys.get((text, lang))
        if found is None:
            found = self._keys[(text, lang)] = index_keys(text, lang)
        return found

    def phonetic(self, text: str, langs: Iterable[str], hit: Hit) -> None:
        """Index ``text``'s keys in each language that can read it."""
        for lang in langs:
            for key in self.keys(text, lang):
                _add(self.by_phonetic, lang, key, hit)
                self.fuzzy.add(lang, key)

    def parts(self, text: str, langs: Iterable[str], hit: Hit, family: int | None = None) -> None:
        """Each word of a person's name alone (a family name finds every bearer); the word at
        ``family`` (when known) is also keyed as the family name."""
        words = text.split()
        if len(words) < 2:
            return
        for position, word in enumerate(words):
            tables = [self.by_partial]
            if family is not None and position == family % len(words):
                tables.append(self.by_family)
            folded = fold(word)
            for table in tables:
                if folded:
                    _add(table, FOLD, folded, hit)
                for lang in langs:
                    for key in self.keys(word, lang):
                        _add(table, lang, key, hit)

    def words(self, text: str, hit: Hit) -> None:
        """Each longer word of a multi-word name that is not a person's, by fold only
        ("Sakhalin" finds Southern Sakhalin; short words such as "of" and "the" are skipped)."""
        words = text.split()
        if len(words) < 2 or not fuzzable(text):
            return
        for word in words:
            folded = fold(word)
            if len(folded) >= MIN_WORD:
                _add(self.by_partial, FOLD, folded, hit)

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
                self.words(term.form, Hit(ei, ti, Via.FORM))
                if entry.kind in TITLED:
                    self.short_title(entry, ei, ti, term)
                continue
            short = short_name(term.form) if reading is not None and reading.lang == "ru" else None
            if short:
                self.phonetic(short, ("ru",), Hit(ei, ti, Via.FORM))
            if reading is not None and reading.lang == entry.origin:
                family = FAMILY_POSITION.get(reading.lang)
                self.parts(reading.text, (reading.lang,), Hit(ei, ti, Via.READING), family)
            if reading is None or reading.text != term.form:
                # Keys only in the name's own language, and only when no reading gives them.
                own = entry.origin or term.language
                unread = [
                    lang for lang in key_languages(term, entry) if lang == own and lang not in origin_read
                ]
                self.parts(term.form, unread, Hit(ei, ti, Via.FORM))

    def short_title(self, entry: Entry, ei: int, ti: int, term: Term) -> None:
        """A title's main title, by fold and sound (never as written: it is not the form)."""
        main = main_title(term.form)
        if main is None:
            return
        hit = Hit(ei, ti, Via.FORM)
        folded = fold(main)
        if folded:
            add(self.by_fold, folded, hit)
        self.phonetic(main, key_languages(term, entry), hit)

    def term(self, entry: Entry, ei: int, ti: int, term: Term, reading: Reading | None) -> None:
        hit = Hit(ei, ti, Via.FORM)
        add(self.by_exact, normalize_query(term.form), hit)
        folded = fold(term.form)
        if folded:
            add(self.by_fold, folded, hit)
        # A Serbian form is met in either of the language's alphabets (Чанг Кај Шек, Čang Kaj Šek).
        latin = serbian_latin(term.form) if term.lang == "sr" else None
        if latin:
            add(self.by_fold, fold(latin), hit)
        self.phonetic(term.form, key_languages(term, entry), hit)
        # Typos that no engine can read ("Nosaka Sanzp") meet forms by fold; a fold equal to a
        # phonetic key (nosakasanzo) shares its deletion variants, so this costs little.
        if folded and fuzzable(term.form):
            self.fuzzy.add(FOLD, folded)
        if reading is not None and reading.text != term.form:
            self.phonetic(reading.text, (reading.lang,), Hit(ei, ti, Via.READING))


def build_index(glossary: Glossary) -> Index:
    """Index every term and reading of ``glossary``."""
    builder = _Builder()
    with collector_paused():
        for ei, entry in enumerate(glossary.entries):
            builder.entry(ei, entry)
        builder.fuzzy.freeze()
    index = Index(
        glossary,
        exact=builder.by_exact,
        fold=builder.by_fold,
        phonetic=builder.by_phonetic,
        partial=builder.by_partial,
        family=builder.by_family,
        fuzzy=builder.fuzzy,
    )
    index.similar.build(index.fuzzy.keys, index.fuzzy.masks, index.fuzzy.bits)
    return index


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while an index is built, loaded or written, restored
    after: those make millions of objects and free none, so every collection in between is a
    full rescan for nothing (a third of the build time at 100,000 entries)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
