"""Phonological keys for Russian: any spelling of a name to reduced Cyrillic skeletons.

A key is the words of the text, each reduced (:mod:`~termbase.romanize.ru.reduce`), joined by
one space. Cyrillic words are reduced in each way systems may have read them (see
:func:`_spellings`: Хрущев as Хрущёв = Chruschtschow, ь before a vowel as nothing in
Pochtalon and as й in Pochtalyon). Latin words are read back by every reader
(:func:`~termbase.romanize.ru.pairs.key_readers`) and the union kept: German ch (х) and
English ch (ч) both stay possible. ё (and yo, jo, ë ...) is read as е and as йо, one way
throughout a text, as a system writes it.

Bounds: at most ``PER_READER`` readings of a word per reader, and ``PER_TEXT`` keys per text.
A text's keys combine each reader's readings of all its words, readers taking turns, so a
text spelt in one system keeps its right reading of every word together. Words no reader can
read (Han, Greek, Latin letters no system uses) are skipped; with no readable word, no keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, zip_longest

from termbase.romanize.ru.combos import balanced_product
from termbase.romanize.ru.reading import APOSTROPHES, Reader, key_norm
from termbase.romanize.ru.reduce import context, expand_yo, letters
from termbase.romanize.ru.text import EXTRA_CYRILLIC, RUSSIAN_LOWER

PER_READER = 16
PER_TEXT = 128

_MARK = r"\u0300-\u036f\u1dc0-\u1dff\ufe20-\ufe2f"
_TO_APOSTROPHE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_KEY_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARK}'])+")
_MARKS = re.compile(rf"[{_MARK}']")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_LATIN_WORD = re.compile(rf"[a-z\u00df-\u024f\u1e00-\u1eff\u02b0-\u02ff{_MARK}']+")
_READABLE_CYRILLIC = frozenset(RUSSIAN_LOWER) | EXTRA_CYRILLIC
#: Latin letters that look like Cyrillic ones, read as Cyrillic inside a Cyrillic word.
_HOMOGLYPHS = str.maketrans("AaBCcEeHKMOoPpTXxYy", "АаВСсЕеНКМОоРрТХхУу")
_HUSHER_E = re.compile(r"(?<=[жчшщ])е(?=ва?$)")
_SIGN_VOWEL = re.compile(r"[ьъ](?=[аоуыэ])")
_SIGN_O = re.compile(r"[ьъ](?=о)")


@dataclass(frozen=True, slots=True)
class WordKeys:
    """A word's keys: the distinct key tuples, and which one each reader gave (-1: none)."""

    options: tuple[tuple[str, ...], ...]
    by_reader: tuple[int, ...] | None = None  # None: the same for every reader (Cyrillic)

    def choice(self, reader: int) -> tuple[str, ...]:
        if self.by_reader is None:
            return self.options[0]
        index = self.by_reader[reader]
        return self.options[index] if index >= 0 else self.options[0][:1]


def _spellings(word: str) -> list[str]:
    """The ways systems may have read a Cyrillic word: ь/ъ before а о у ы э as nothing (ICAO,
    French), as й (English), or as й before о only (German); е after ж ч ш щ before a final
    -в/-ва also as о (Хрущев as Хрущёв). ё stays, for :func:`_expand`."""
    signs = [word]
    if _SIGN_VOWEL.search(word):
        signs += [_SIGN_VOWEL.sub("й", word), _SIGN_O.sub("й", word)]
    return [form for spelling in signs for form in (spelling, _HUSHER_E.sub("о", spelling))]


def cyrillic_word_keys(word: str) -> tuple[str, ...]:
    """Keys of one Cyrillic word (any case, homoglyphs allowed), ё left in; () if not readable."""
    word = _MARKS.sub("", word.translate(_HOMOGLYPHS).casefold())
    if not _READABLE_CYRILLIC.issuperset(word):
        return ()
    reduced = (context(letters(form, keep_yo=True)) for form in _spellings(word))
    return tuple(key for key in dict.fromkeys(reduced) if key)


def latin_word_keys(word: str, readers: Sequence[Reader]) -> WordKeys | None:
    """Keys of one Latin word as each reader reads it (ё left in); None if no reader can.

    The last reader is the informal one: it reads only words no system's reader could.
    """
    token = key_norm(word)
    options: dict[tuple[str, ...], int] = {}
    by_reader = []
    for index, reader in enumerate(readers):
        if options and index == len(readers) - 1:
            by_reader.append(0)  # read already: the informal reader adds nothing
            break
        readings = reader.read(token, PER_READER)  # reduced letter by letter, ё kept
        keys = tuple(key for key in dict.fromkeys(map(context, readings)) if key)
        by_reader.append(options.setdefault(keys, len(options)) if keys else -1)
    if not options:
        return None
    if len(options) == 1 and -1 not in by_reader:
        return WordKeys(tuple(options))
    return WordKeys(tuple(options), tuple(by_reader))


def _expand(words: tuple[str, ...]) -> Iterator[str]:
    """A text key with ё read one way throughout, as a system writes it: е, then йо."""
    joined = " ".join(words)
    if "ё" not in joined:
        yield joined
        return
    yield from map(context, expand_yo(joined))


def combine(words: Sequence[WordKeys], readers: int) -> frozenset[str]:
    """Keys of a text: each reader's readings combined across its words, readers taking turns.

    Only readers that read every word take part, unless none does (then a word a reader cannot
    read takes another reader's first key). ё is read one way in the whole text (:func:`_expand`).
    """
    if all(word.by_reader is None for word in words):  # Cyrillic, or read alike by every reader
        plans = {tuple(word.options[0] for word in words): None}
    else:
        whole = [i for i in range(readers) if all(w.by_reader is None or w.by_reader[i] >= 0 for w in words)]
        plans = dict.fromkeys(tuple(word.choice(i) for word in words) for i in whole or range(readers))
    streams = [islice(balanced_product(plan), PER_TEXT) for plan in plans]
    found: dict[str, None] = {}
    for group in zip_longest(*streams):
        found.update((key, None) for combo in group if combo is not None for key in _expand(combo))
        if len(found) >= PER_TEXT:
            break
    return frozenset(key for key in islice(found, PER_TEXT) if key)


class KeyMaker:
    """``phonetic_keys`` for one set of readers, with per-word and per-text caches."""

    def __init__(self, readers: Sequence[Reader], *, cache_size: int = 1 << 16) -> None:
        self.readers = tuple(readers)
        self.word_keys = lru_cache(maxsize=cache_size)(self._word_keys)
        self.keys = lru_cache(maxsize=cache_size)(self._keys)

    def clear(self) -> None:
        """Empty the caches."""
        self.word_keys.cache_clear()
        self.keys.cache_clear()

    def _word_keys(self, word: str) -> WordKeys | None:
        if _CYRILLIC.search(word):
            keys = cyrillic_word_keys(word)
            return WordKeys((keys,)) if keys else None
        folded = word.casefold()
        if _LATIN_WORD.fullmatch(folded):
            return latin_word_keys(folded, self.readers)
        return None

    def _keys(self, text: str) -> frozenset[str]:
        """The keys of ``text`` (never raises; empty when no word reads as Russian)."""
        prepared = unicodedata.normalize("NFKC", text.translate(_TO_APOSTROPHE))
        words = [keys for keys in map(self.word_keys, _KEY_WORD.findall(prepared)) if keys is not None]
        return combine(words, len(self.readers)) if words else frozenset()
