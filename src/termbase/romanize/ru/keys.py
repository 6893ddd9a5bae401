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
text spelt in one system keeps its right reading of every word together. A word no reader can
read (Han, Greek, Latin letters no system uses) stays in the key as itself, marked so that no
reduced word equals it: dropping it would make "Japonya İmparatorluğu" (the Empire of Japan, in
Turkish) the key of Япония. With no readable word, no keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, zip_longest

from termbase.memo import Memo
from termbase.romanize.ru.combos import balanced_product
from termbase.romanize.ru.reading import APOSTROPHES, Reader, key_norm
from termbase.romanize.ru.reduce import context, expand_yo, letters
from termbase.romanize.ru.syllabic import (
    han_skeleton,
    hangul_skeleton,
    has_han,
    has_hangul,
    has_kana,
    kana_skeleton,
)
from termbase.romanize.ru.text import EXTRA_CYRILLIC, RUSSIAN_LOWER
from termbase.scripts import char_class

PER_READER = 16
PER_TEXT = 128
#: Ceilings of a :class:`KeyMaker`'s memos: texts keyed; and each of words keyed, words
#: projected and readings reduced (words repeat across texts far more than texts do).
TEXT_MEMO = 32_768
WORD_MEMO = 16_384

#: The context reduction of a word already reduced letter by letter (``reduce.context``, or a
#: memo of it).
Reduce = Callable[[str], str]

_MARK = r"\u0300-\u036f\u1dc0-\u1dff\ufe20-\ufe2f"
_TO_APOSTROPHE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_KEY_WORD = re.compile(rf"#?(?:[^\W\d_]|[{_MARK}'])+")
_MARKS = re.compile(rf"[{_MARK}']")
_CYRILLIC = re.compile(f"[{char_class('Cyrl')}]")
_LATIN_WORD = re.compile(rf"[a-z\u00df-\u024f\u1e00-\u1eff\u02b0-\u02ff{_MARK}']+")
_READABLE_CYRILLIC = frozenset(RUSSIAN_LOWER) | EXTRA_CYRILLIC
#: Prefix of an unread word kept in a key: no reduced Cyrillic word starts with it.
KEYLESS = "#"
#: Latin letters that look like Cyrillic ones, read as Cyrillic inside a Cyrillic word.
_HOMOGLYPHS = str.maketrans("AaBCcEeHKMOoPpTXxYy", "АаВСсЕеНКМОоРрТХхУу")
_HUSHER_E = re.compile(r"(?<=[жчшщ])е(?=ва?$)")
_SIGN_VOWEL = re.compile(r"[ьъ](?=[аоуыэ])")
_SIGN_O = re.compile(r"[ьъ](?=о)")
_KH_CLUSTER = re.compile(r"х[рл]")
#: Letters of the other Cyrillic alphabets a Russian name is written in (Serbian, Macedonian,
#: Kazakh, Mongolian ...), as the Russian letters for the same sounds: Јумашев is Юмашев,
#: Пуркајев Пуркаев, Чојбалсан Чойбалсан, Џугашвили Джугашвили.
_J_VOWEL = re.compile("ј([аеоу])")
_J_IOTATED = {"а": "я", "е": "е", "о": "ё", "у": "ю"}
_OTHER_CYRILLIC = str.maketrans(
    {
        "ј": "й",
        "љ": "ль",
        "њ": "нь",
        "ћ": "ч",
        "ђ": "дж",
        "џ": "дж",
        "ѕ": "дз",
        "ќ": "к",
        "ѓ": "г",
        "ө": "о",
        "ү": "у",
        "ұ": "у",
        "қ": "к",
        "ғ": "г",
        "ң": "н",
        "һ": "х",
        "ә": "а",
    }
)


def _keyless(word: str) -> WordKeys | None:
    """An unread word as a key word of its own (case and marks folded), that only itself meets;
    None for one of marks only."""
    folded = unicodedata.normalize("NFKD", word.casefold()).translate(_TO_APOSTROPHE)
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return WordKeys(((KEYLESS + bare,),)) if bare.strip("'") else None


def _as_russian_letters(word: str) -> str:
    return _J_VOWEL.sub(lambda m: _J_IOTATED[m.group(1)], word).translate(_OTHER_CYRILLIC)


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
    -в/-ва also as о (Хрущев as Хрущёв); х before р л at the start also as к (the popular
    Kruschev, Kruşçev, Krusciov drop its h). ё stays, for :func:`_expand`."""
    signs = [word]
    if _SIGN_VOWEL.search(word):
        signs += [_SIGN_VOWEL.sub("й", word), _SIGN_O.sub("й", word)]
    if _KH_CLUSTER.match(word):
        signs.append("к" + word[1:])
    return [form for spelling in signs for form in (spelling, _HUSHER_E.sub("о", spelling))]


def cyrillic_word_keys(word: str, reduce: Reduce = context) -> tuple[str, ...]:
    """Keys of one Cyrillic word (any case, homoglyphs allowed), ё left in; () if not readable."""
    word = _as_russian_letters(_MARKS.sub("", word.translate(_HOMOGLYPHS).casefold()))
    if not _READABLE_CYRILLIC.issuperset(word):
        return ()
    reduced = (reduce(letters(form, keep_yo=True)) for form in _spellings(word))
    return tuple(key for key in dict.fromkeys(reduced) if key)


class ReaderIndex:
    """Which readers read a word alike, told from the tokens in it (readers are many, and most
    read most tokens the same way).

    A reader's column for a token is what its readings of the token reduce to (nothing, when the
    token reads only as its parts would: ICAO ia is i + a). Readers with the same columns for the
    tokens among a word's substrings read it alike, so the word is read once per group of such
    readers, not once per reader. Readers that leave the word alone (``avoid``, ``needs``) are in
    no group. The last reader (the informal one) is left out: it reads only words no other can.
    """

    def __init__(self, readers: Sequence[Reader]) -> None:
        self.readers = tuple(readers)
        self.systems = self.readers[:-1]
        tokens = {token for reader in self.systems for token in (*reader.anywhere, *reader.final)}
        interned: dict[object, int] = {}
        self.columns = {
            token: tuple(interned.setdefault(_column(r, token), len(interned)) for r in self.systems)
            for token in tokens
        }
        self.longest = max(map(len, tokens), default=1)
        #: The columns that tell some readers apart: a token every reader reads alike splits no
        #: group, so only these are compared.
        self.varying = {token: column for token, column in self.columns.items() if len(set(column)) > 1}
        #: Every start of a token: the substrings of a word are looked at only while they are one.
        self.prefixes = frozenset(token[:end] for token in tokens for end in range(1, len(token) + 1))
        #: Readers that leave some words alone, with what decides it.
        self.conditional = tuple(
            (index, reader.needs, reader.avoid)
            for index, reader in enumerate(self.systems)
            if reader.needs is not None or reader.avoid is not None
        )

    def groups(self, token: str) -> list[list[int]]:
        """Indices of the system readers that read ``token`` alike, grouped."""
        size, longest, prefixes, varying = len(token), self.longest, self.prefixes, self.varying
        # The columns of the tokens in it (one twice splits no group more than once).
        columns: list[tuple[int, ...]] = []
        known = False
        for start in range(size):
            for end in range(start + 1, min(size, start + longest) + 1):
                piece = token[start:end]
                if piece not in prefixes:
                    break
                if piece in varying:
                    columns.append(varying[piece])
                    known = True
                elif not known and piece in self.columns:
                    known = True
        if not known:
            return []  # no token of any reader in it
        left_alone = {
            index
            for index, needs, avoid in self.conditional
            if (needs is not None and needs.isdisjoint(token)) or (avoid is not None and avoid.search(token))
        }
        if not columns:  # every reader reads every token in it alike
            group = [index for index in range(len(self.systems)) if index not in left_alone]
            return [group] if group else []
        found: dict[tuple[int, ...], list[int]] = {}
        for index, signature in enumerate(zip(*columns, strict=True)):
            if index not in left_alone:
                found.setdefault(signature, []).append(index)
        return list(found.values())


def _column(reader: Reader, token: str) -> tuple[frozenset[str], frozenset[str]]:
    anywhere = frozenset(map(context, reader.anywhere.get(token, ())))
    final = frozenset(map(context, reader.final.get(token, ()))) - anywhere
    if not final and len(token) > 1 and _compositional(reader, token, anywhere):
        return frozenset(), frozenset()
    return anywhere, final


def _compositional(reader: Reader, token: str, readings: frozenset[str]) -> bool:
    """Whether ``token`` reads exactly as two shorter tokens of the same reader would."""
    for cut in range(1, len(token)):
        head, tail = reader.anywhere.get(token[:cut]), reader.anywhere.get(token[cut:])
        if head and tail and readings == {context(h + t) for h in head for t in tail}:
            return True
    return False


def latin_word_keys(word: str, index: ReaderIndex, reduce: Reduce = context) -> WordKeys | None:
    """Keys of one Latin word as each reader reads it (ё left in); None if no reader can.

    Each group of readers that read the word alike reads it once (:class:`ReaderIndex`). The
    informal reader reads only words no system's reader could.
    """
    token = key_norm(word)
    readers = index.readers
    options: dict[tuple[str, ...], int] = {}
    by_reader = [-1] * len(readers)
    for group in index.groups(token):
        readings = readers[group[0]].read(token, PER_READER)  # reduced letter by letter, ё kept
        keys = tuple(key for key in dict.fromkeys(map(reduce, readings)) if key)
        if keys:
            option = options.setdefault(keys, len(options))
            for member in group:
                by_reader[member] = option
    if options:
        by_reader[-1] = 0  # read already: the informal reader adds nothing
    else:
        readings = readers[-1].read(token, PER_READER)
        keys = tuple(key for key in dict.fromkeys(map(reduce, readings)) if key)
        if not keys:
            return None
        options[keys] = 0
        by_reader[-1] = 0
    if len(options) == 1 and -1 not in by_reader:
        return WordKeys(tuple(options))
    return WordKeys(tuple(options), tuple(by_reader))


def _expand(words: tuple[str, ...], reduce: Reduce) -> Iterator[str]:
    """A text key with ё read one way throughout, as a system writes it: е, then йо."""
    joined = " ".join(words)
    if "ё" not in joined:
        yield joined
        return
    yield from map(reduce, expand_yo(joined))


def combine(words: Sequence[WordKeys], readers: int, reduce: Reduce = context) -> frozenset[str]:
    """Keys of a text: each reader's readings combined across its words, readers taking turns.

    Only readers that read every word take part, unless none does (then a word a reader cannot
    read takes another reader's first key). ё is read one way in the whole text (:func:`_expand`).
    """
    if len(words) == 1:  # one word: its keys are every reader's, and no plan need be combined
        union = dict.fromkeys(key for option in words[0].options for key in option)
        expanded = dict.fromkeys(k for key in union for k in _expand((key,), reduce))
        return frozenset(key for key in islice(expanded, PER_TEXT) if key)
    if all(word.by_reader is None for word in words):  # Cyrillic, or read alike by every reader
        plans = {tuple(word.options[0] for word in words): None}
    else:
        # The readers that read every word: a column of the words' reader rows with no -1.
        rows = [word.by_reader for word in words if word.by_reader is not None]
        whole = [i for i, column in enumerate(zip(*rows, strict=True)) if min(column) >= 0]
        plans = dict.fromkeys(tuple(word.choice(i) for word in words) for i in whole or range(readers))
    streams = [islice(balanced_product(plan), PER_TEXT) for plan in plans]
    found: dict[str, None] = {}
    for group in zip_longest(*streams):
        found.update((key, None) for combo in group if combo is not None for key in _expand(combo, reduce))
        if len(found) >= PER_TEXT:
            break
    return frozenset(key for key in islice(found, PER_TEXT) if key)


#: Script ("hangul", "kana", "han") and a speller of one lower-case Cyrillic word in that script.
Projection = tuple[str, Callable[[str], str]]
_SKELETONS = {"hangul": hangul_skeleton, "kana": kana_skeleton, "han": han_skeleton}
#: Projected keys per text and script: each word's own spelling first, then its variants.
PER_PROJECTION = 4


def _skeleton(script: str, spelt: str) -> str:
    """The skeleton of a word spelt in ``script``; none when a Cyrillic letter was left in it."""
    return "" if _CYRILLIC.search(spelt) else _SKELETONS[script](spelt)


def syllabic_keys(words: Sequence[str]) -> frozenset[str]:
    """Keys of Hangul, katakana or Han text: each word's skeleton in its own script."""
    reduced = [
        hangul_skeleton(w) if has_hangul(w) else kana_skeleton(w) if has_kana(w) else han_skeleton(w)
        for w in words
    ]
    joined = " ".join(word for word in reduced if word)
    return frozenset({joined}) if joined else frozenset()


def _all_han(text: str) -> bool:
    """Han words only (a Chinese transcription); a Han word beside others is an unread word."""
    words = _KEY_WORD.findall(text)
    return bool(words) and all(has_han(word) and not _LATIN_OR_CYRILLIC.search(word) for word in words)


_LATIN_OR_CYRILLIC = re.compile(f"[a-zA-Z{char_class('Cyrl')}]")


class KeyMaker:
    """``phonetic_keys`` for one set of readers, with per-text, per-word and per-reduced-word
    memos that it owns (``text_memo`` texts, ``word_memo`` words and readings).

    ``projections``: Hangul, katakana and Han systems. A Cyrillic text's keys also hold its
    spelling in each Hangul and katakana one, reduced to a skeleton
    (:mod:`~termbase.romanize.ru.syllabic`), and Hangul or katakana text is keyed by its own
    skeleton: 흐루쇼프 and フルシチョフ meet Хрущёв so. Han skeletons are coarse (a sound class per
    character): a Cyrillic text's Han skeleton is only among its :meth:`index_keys` (what a
    glossary form is indexed by), so that 莫洛托夫 meets Молотов but no Cyrillic query meets
    another Cyrillic name by them (Дела and Терра are both 济拉)."""

    def __init__(
        self,
        readers: Sequence[Reader],
        *,
        projections: Sequence[Projection] = (),
        text_memo: int = TEXT_MEMO,
        word_memo: int = WORD_MEMO,
    ) -> None:
        self.readers = tuple(readers)
        self.index = ReaderIndex(self.readers)
        self.projections = tuple(projections)
        self.word_keys = Memo(self._word_keys, maxsize=word_memo)
        self.projected = Memo(self._projected, maxsize=word_memo)
        self.keys = Memo(self._keys, maxsize=text_memo)
        self.index_keys = Memo(self._index_keys, maxsize=text_memo)
        #: Readers give many readings of a word, and words share them: each is reduced once.
        self.reduce = Memo(context, maxsize=word_memo)

    def clear(self) -> None:
        """Empty the memos."""
        for memo in (self.word_keys, self.projected, self.keys, self.index_keys, self.reduce):
            memo.clear()

    def _projected(self, word: str) -> tuple[tuple[str, ...], ...]:
        """A Cyrillic word's skeletons in each projection, its own spelling's first. A spelling
        with a letter the speller leaves as it is (Ukrainian і) has none: its skeleton would
        lack that letter, and Пуі would meet п. (ぷ)."""
        forms = _spellings(_as_russian_letters(_MARKS.sub("", word.translate(_HOMOGLYPHS).casefold())))
        return tuple(
            tuple(dict.fromkeys(k for k in (_skeleton(script, spell(f)) for f in forms) if k))
            for script, spell in self.projections
        )

    def _projected_keys(self, words: Sequence[str], *, han: bool) -> set[str]:
        """Keys of ``words`` in the Hangul and katakana projections, or (``han``) the Han ones."""
        found: set[str] = set()
        per_word = [self.projected(word) for word in words]
        for index, (script, _) in enumerate(self.projections):
            if (script == "han") != han:
                continue
            choices = [word[index] for word in per_word]
            if all(choices):
                found.update(" ".join(c) for c in islice(balanced_product(choices), PER_PROJECTION))
        return found

    def _word_keys(self, word: str) -> WordKeys | None:
        if word.startswith(KEYLESS):  # a key's unread word, keyed again: itself
            return _keyless(word[len(KEYLESS) :])
        if _CYRILLIC.search(word):
            keys = cyrillic_word_keys(word, self.reduce)
            return WordKeys((keys,)) if keys else None
        folded = word.casefold()
        if _LATIN_WORD.fullmatch(folded):
            return latin_word_keys(folded, self.index, self.reduce)
        return None

    def _keys(self, text: str) -> frozenset[str]:
        """The keys of ``text`` (never raises; empty when no word reads as Russian)."""
        if has_hangul(text) or has_kana(text) or _all_han(text):  # before NFKC (it turns jamo conjoining)
            return syllabic_keys(_KEY_WORD.findall(text))
        prepared = unicodedata.normalize("NFKC", text.translate(_TO_APOSTROPHE))
        if has_kana(prepared):  # kana only after NFKC (circled ㋐, halfwidth ｱ): read as kana too
            return syllabic_keys(_KEY_WORD.findall(prepared))
        raw = _KEY_WORD.findall(prepared)
        read = [self.word_keys(word) for word in raw]
        if all(keys is None for keys in read):
            return frozenset()
        unread = [_keyless(word) if keys is None else keys for word, keys in zip(raw, read, strict=True)]
        words = [keys for keys in unread if keys is not None]
        found = combine(words, len(self.readers), self.reduce)
        if not self.projections or not all(_CYRILLIC.search(word) for word in raw):
            return found
        projected = sorted(self._projected_keys(raw, han=False))[: max(0, PER_TEXT - len(found))]
        return found.union(projected)

    def _index_keys(self, text: str) -> frozenset[str]:
        """:attr:`keys`, and a Cyrillic text's Han skeletons (see the class)."""
        found = self.keys(text)
        raw = _KEY_WORD.findall(unicodedata.normalize("NFKC", text.translate(_TO_APOSTROPHE)))
        if not found or not raw or not all(_CYRILLIC.search(word) for word in raw):
            return found
        return found.union(sorted(self._projected_keys(raw, han=True))[:PER_PROJECTION])
