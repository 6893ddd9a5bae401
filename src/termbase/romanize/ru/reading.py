"""Reading Latin spellings back into Cyrillic: the :class:`Reader`, and Latin normalization.

A reader is a system table turned round (see :mod:`~termbase.romanize.ru.pairs`): every Latin
spelling the table produces (normalized) is a token, and each token lists the Cyrillic it may
stand for. :meth:`Reader.read` cuts a word into tokens longest-first (fast, for keys);
:meth:`Reader.read_all` tries every cut (for detection). Both return every combination of the
tokens' readings, bounded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

from termbase.romanize.ru.combos import balanced_product
from termbase.romanize.ru.reduce import expand_yo

#: Apostrophes, primes, quotes and the BGN/PCGN middle dot: marks of ь/ъ or separators.
APOSTROPHES = "'’‘ʼʹʺˮ`´\"”“·"
_DROP_APOSTROPHES = dict.fromkeys(map(ord, APOSTROPHES))
#: Combining marks kept when reading keys: caron (č š ž), circumflex (ŝ â û), diaeresis (ë ï).
_KEPT_MARKS = (0x030C, 0x0302, 0x0308)
_MARK_RANGES = ((0x0300, 0x0370), (0x1DC0, 0x1E00), (0xFE20, 0xFE30))
_DROP_ALL_MARKS = {c: None for lo, hi in _MARK_RANGES for c in range(lo, hi)}
_LIGATURE_TIES = dict.fromkeys((0x0361, 0xFE20, 0xFE21, 0xFE22, 0xFE23))
_SAME_APOSTROPHE = str.maketrans({**dict.fromkeys("’‘ʼʹ`´", "'"), **dict.fromkeys("ʺˮ”“", '"')})

Normalizer = Callable[[str], str]


#: Marks on a vowel that keys drop (stress accents: Spanish Mólotov, French Sergueï is kept).
_VOWEL_MARKS = re.compile("(?<=[aeiouy])[\u0300-\u036f]+")
#: Marks keys drop everywhere: ligature ties, and the supplement and half-mark blocks.
_ALWAYS_DROP = {c: None for c in (*_LIGATURE_TIES, *range(0x1DC0, 0x1E00), *range(0xFE20, 0xFE30))}


def _kept_on_vowel(match: re.Match[str]) -> str:
    return "".join(c for c in match.group() if ord(c) in _KEPT_MARKS)


def key_norm(text: str) -> str:
    """Latin as keys read it: case-folded, apostrophes dropped, and marks on vowels dropped but
    for caron, circumflex and diaeresis (ě, â, ë). Marks on consonants stay: Polish ż ś ń,
    Turkish ş ç, Romanian ș ț and Latvian ņ ļ are letters of their own."""
    text = text.casefold()
    if text.isascii():
        return text.translate(_DROP_APOSTROPHES)
    text = unicodedata.normalize("NFD", text).translate(_ALWAYS_DROP)
    text = _VOWEL_MARKS.sub(_kept_on_vowel, text).translate(_DROP_APOSTROPHES)
    return unicodedata.normalize("NFC", text)


def spelling_norm(text: str) -> str:
    """Latin as detection compares it: case-folded, ligature ties dropped, apostrophes unified."""
    text = unicodedata.normalize("NFD", text.casefold()).translate(_LIGATURE_TIES)
    return unicodedata.normalize("NFC", text).translate(_SAME_APOSTROPHE)


def strip_marks(text: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_DROP_ALL_MARKS))


@dataclass(frozen=True, slots=True)
class Reader:
    """Latin tokens of one convention and the Cyrillic each may stand for."""

    pattern: re.Pattern[str]
    anywhere: Mapping[str, tuple[str, ...]]
    final: Mapping[str, tuple[str, ...]]
    alphabet: frozenset[str]
    plain: Mapping[str, str]  # tokens with exactly one reading anywhere and none final-only
    longest: int
    ambiguous: frozenset[str]  # tokens not in ``plain``
    avoid: re.Pattern[str] | None = None  # words this reader does not read
    needs: frozenset[str] | None = None  # letters a word must have one of to be read
    overlaps: re.Pattern[str] | None = None  # where cutting longest-first may miss a reading

    def read(self, word: str, cap: int) -> list[str]:
        """Every reading of ``word`` (normalized like the tokens), at most ``cap``."""
        if not self.alphabet.issuperset(word) or (self.needs is not None and self.needs.isdisjoint(word)):
            return []
        if self.avoid is not None and self.avoid.search(word):
            return []
        if self.overlaps is not None and self.overlaps.search(word):
            return self.read_all(word, cap * 8)  # every cut: more readings tie for first
        tokens: list[str] = self.pattern.findall(word)
        if sum(map(len, tokens)) != len(word):
            return []
        if self.ambiguous.isdisjoint(tokens):
            return ["".join(map(self.plain.__getitem__, tokens))]
        return self._combine(tokens, cap)

    def _combine(self, tokens: list[str], cap: int) -> list[str]:
        parts: list[tuple[str, ...]] = []
        fixed: list[str] = []
        last = len(tokens) - 1
        for index, token in enumerate(tokens):
            options = self.anywhere.get(token, ())
            if index == last and token in self.final:
                options = tuple(dict.fromkeys((*options, *self.final[token])))
            if len(options) == 1:
                fixed.append(options[0])
                continue
            if not options:
                return []
            parts += [("".join(fixed),), options]
            fixed = []
        parts.append(("".join(fixed),))
        return ["".join(combo) for combo in islice(balanced_product(parts), cap)]

    def read_all(self, word: str, cap: int) -> list[str]:
        """Readings over every way of cutting ``word`` into tokens, fewest tokens first, at most
        ``cap`` (slower than :meth:`read`)."""
        size = len(word)
        tails: dict[int, _Tails] = {size: _Tails([(0, "")], {0: (0, 1)})}
        for start in range(size - 1, -1, -1):
            sources: list[tuple[tuple[str, ...], _Tails]] = []
            for end in range(min(size, start + self.longest), start, -1):
                token = word[start:end]
                options = self.anywhere.get(token, ())
                if end == size and token in self.final:
                    options = (*options, *self.final[token])
                if options:
                    sources.append((options, tails[end]))
            tails[start] = _fewest_first(sources, cap)
        return [reading for _, reading in tails[0].items]

    def signature(self) -> tuple[frozenset[tuple[str, tuple[str, ...]]], ...]:
        return frozenset(self.anywhere.items()), frozenset(self.final.items())


class _Tails(NamedTuple):
    """Readings of a word's suffix, fewest tokens first, as (tokens, reading); ``runs``: the
    slice of ``items`` holding each count of tokens."""

    items: list[tuple[int, str]]
    runs: dict[int, tuple[int, int]]


def _fewest_first(sources: list[tuple[tuple[str, ...], _Tails]], cap: int) -> _Tails:
    """The first ``cap`` of every ``option + tail`` (per source, option and tail, in that
    order), stably sorted by the tail's count of tokens: what sorting them all and cutting the
    list would keep, without writing out the readings past ``cap``."""
    items: list[tuple[int, str]] = []
    runs: dict[int, tuple[int, int]] = {}
    if cap <= 0:
        return _Tails(items, runs)
    for count in sorted({count for _, tails in sources for count in tails.runs}):
        first = len(items)
        for options, tails in sources:
            run = tails.runs.get(count)
            if run is None:
                continue
            chosen = tails.items[run[0] : run[1]]
            for option in options:
                for _, tail in chosen:
                    items.append((count + 1, option + tail))
                    if len(items) >= cap:
                        runs[count + 1] = (first, len(items))
                        return _Tails(items, runs)
        if len(items) > first:
            runs[count + 1] = (first, len(items))
    return _Tails(items, runs)


def _compounds(token: str, own: Mapping[str, Iterable[str]], last: Mapping[str, Iterable[str]]) -> list[str]:
    """Readings of ``token`` as two shorter tokens (ICAO ie: и + е as well as ъ)."""
    found: dict[str, None] = {}
    for cut in range(1, len(token)):
        head, tail = own.get(token[:cut], ()), [*own.get(token[cut:], ()), *last.get(token[cut:], ())]
        found.update((h + t, None) for h in head for t in tail)
    return list(found)


def _with_compounds(anywhere: dict[str, dict[str, None]], final: dict[str, dict[str, None]]) -> None:
    own = {token: list(readings) for token, readings in anywhere.items()}
    own_final = {token: list(readings) for token, readings in final.items()}
    for token, readings in anywhere.items():
        readings.update(dict.fromkeys(_compounds(token, own, {})))
    for token, readings in final.items():
        readings.update(dict.fromkeys(_compounds(token, own, own_final)))


def _distinct(readings: Iterable[str], same: Callable[[str], str]) -> list[str]:
    """Readings that ``same`` tells apart (first kept); a reading with ё stands for its е and
    йо forms too (jo: ё, not also й + о)."""
    kept: dict[str, str] = {}
    for reading in readings:
        kept.setdefault(same(reading), reading)
    covered = {same(form) for reading in kept.values() if "ё" in reading for form in expand_yo(reading)}
    return [reading for value, reading in kept.items() if "ё" in reading or value not in covered]


Readings = dict[str, dict[str, None]]


def _readings(
    pairs: Iterable[tuple[str, str, bool]], *, compounds: bool, same: Callable[[str], str] | None
) -> tuple[Readings, Readings]:
    """Each token's readings, usable anywhere and only at the end of a word."""
    anywhere: Readings = {}
    final: Readings = {}
    for token, reading, final_only in pairs:
        if token:
            (final if final_only else anywhere).setdefault(token, {})[reading] = None
    if compounds:
        _with_compounds(anywhere, final)
    if same is not None:
        for table in (anywhere, final):
            for token, readings in table.items():
                table[token] = dict.fromkeys(_distinct(readings, same))
    return anywhere, final


def build_reader(
    pairs: Iterable[tuple[str, str, bool]],
    *,
    compounds: bool = True,
    same: Callable[[str], str] | None = None,
    avoid: re.Pattern[str] | None = None,
    needs: frozenset[str] | None = None,
) -> Reader:
    """A reader from ``(token, reading, final_only)`` triples, readings in order of preference.

    ``compounds``: a multi-letter token also reads as two shorter tokens of the same table.
    ``same``: readings it maps to one value are one reading (the first is kept).
    ``avoid``, ``needs``: words matching ``avoid``, or with none of the letters in ``needs``,
    are not read at all.
    """
    anywhere, final = _readings(pairs, compounds=compounds, same=same)
    alternatives = sorted(
        {*(re.escape(t) for t in anywhere), *(re.escape(t) + "$" for t in final if t not in anywhere)},
        key=lambda alt: (-len(alt.rstrip("$")), not alt.endswith("$"), alt),
    )
    any_map = {token: tuple(options) for token, options in anywhere.items()}
    final_map = {token: tuple(options) for token, options in final.items()}
    plain = {t: o[0] for t, o in any_map.items() if len(o) == 1 and t not in final_map}
    return Reader(
        pattern=re.compile("|".join(alternatives) or "(?!)"),
        anywhere=any_map,
        final=final_map,
        alphabet=frozenset("".join(anywhere) + "".join(final)),
        plain=plain,
        longest=max(map(len, [*anywhere, *final]), default=1),
        ambiguous=frozenset(any_map.keys() - plain.keys()) | final_map.keys(),
        avoid=avoid,
        needs=needs,
        overlaps=_overlaps([*anywhere, *final]),
    )


def _overlaps(tokens: list[str]) -> re.Pattern[str] | None:
    """Strings where the longest token can swallow the start of the next one (German ss|sch:
    Lisschin is Лисшин, s + sch, not ss + ch); words containing one are cut every way."""
    found = {
        first + second[len(first) - cut :]
        for first in tokens
        for second in tokens
        for cut in range(1, len(first))
        if len(second) > len(first) - cut and second.startswith(first[cut:])
    }
    return re.compile("|".join(sorted(map(re.escape, found), key=len, reverse=True))) if found else None
