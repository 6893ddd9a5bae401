"""Suggest: prefixes in any script and any system -> entries, for OpenRefine's as-you-type widget.

Every form, reading and generated rendering of every entry (both name orders for persons) is
folded (case, marks, spacing, kana and Han variants, as lookup folds) and kept as a sorted key;
each later word of a string is a key too, so "Sanzo" finds Nosaka Sanzō and "Army" the Kwantung
Army. A prefix is folded the same way and found by binary search.

Keys live in one UTF-8 blob with an offset array, a length array and an owner array, not as a
Python object each; a search is two bisections and a scan of at most ``SCAN_LIMIT`` keys,
without slicing. The spellings are the entry's :mod:`~termbase.surfaces`, the same ones the
manuscript scanner uses. Built once per loaded glossary by its owner (:class:`termbase.Termbase`),
or mapped from its compiled index, where :func:`suggest_arrays` writes the same arrays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from termbase.lookup.compiled import Strings
from termbase.model import Entry, Glossary
from termbase.reconcile.vocabulary import form_name
from termbase.romanize import fold, get_system
from termbase.surfaces import Surface, surfaces

#: Most keys looked at per search (a prefix of one or two letters meets far more than this).
SCAN_LIMIT = 2000
_PARTIAL = 1
_NOT_A_FORM = 2
#: Above every UTF-8 byte: ``prefix + _LAST`` bounds the keys that start with ``prefix``.
_LAST = b"\xff"


@dataclass(frozen=True, slots=True)
class Suggestion:
    entry: Entry
    form: str
    how: str


def _how(surface: Surface, entry: Entry) -> str:
    if surface.how == "reading":
        return "reading"
    return get_system(surface.system).name if surface.system else form_name(entry.terms[surface.term].lang)


def spellings(entry: Entry, found: Iterable[Surface] | None = None) -> Iterator[tuple[str, str, int]]:
    """(text, what it is, flag) for every form, reading and rendering of an entry (its surfaces
    ``found``, when already enumerated). The flag marks readings and renderings, which rank after
    glossary forms (folding drops pinyin's tones)."""
    for surface in surfaces(0, entry) if found is None else found:
        yield surface.form, _how(surface, entry), _NOT_A_FORM if surface.generated else 0


def keys(text: str, folds: dict[str, str] | None = None) -> Iterator[tuple[str, int]]:
    """The folded string, then the fold of the text from each later word on (flagged partial).
    Words are folded one by one (fold drops the spaces between them; names share words), each
    once per ``folds`` (a word -> fold memo the caller owns)."""
    folds = {} if folds is None else folds
    words = text.split()
    for word in words:
        if word not in folds:
            folds[word] = fold(word)
    folded = [folds[word] for word in words]
    whole = "".join(folded)
    if whole:
        yield whole, 0
    for start in range(1, len(folded)):
        rest = "".join(folded[start:])
        if rest and rest != whole:
            yield rest, _PARTIAL


def suggest_texts(found: Iterable[Surface]) -> dict[str, int]:
    """An entry's distinct spellings among its surfaces ``found``, each flagged when only
    generated (what spellings() yields, without naming each one's system)."""
    texts: dict[str, int] = {}
    for surface in found:
        derived = _NOT_A_FORM if surface.generated else 0
        texts[surface.form] = min(derived, texts.get(surface.form, derived))
    return texts


class SuggestBuilder:
    """The (key, owner) pairs of every entry's spellings; an owner is ``entry << 2 | flags``."""

    def __init__(self) -> None:
        self.pairs: set[tuple[str, int]] = set()
        self._folds: dict[str, str] = {}  # word -> fold, across entries (names share words)

    def entry(self, number: int, entry: Entry, found: Iterable[Surface]) -> None:
        """Add entry ``number``'s spellings, given its surfaces ``found``."""
        self.texts(number, suggest_texts(found))

    def texts(self, number: int, texts: Mapping[str, int]) -> None:
        """Add entry ``number``'s spellings as :func:`suggest_texts` gives them."""
        if number >= 1 << 30:
            raise ValueError("too many entries for the suggest index")
        folds = self._folds
        for text, derived in texts.items():
            self.pairs.update((key, number << 2 | derived | flag) for key, flag in keys(text, folds))


def suggest_arrays(builder: SuggestBuilder) -> dict[str, npt.NDArray[Any]]:
    """The keys sorted (by code point, which is their UTF-8 bytes' order), each key's length in
    characters and its owner: what :class:`SuggestIndex` searches (names prefixed ``suggest_``)."""
    ordered = sorted(builder.pairs)
    text = Strings.of(key for key, _ in ordered)
    return {
        "suggest_keys.blob": text.blob,
        "suggest_keys.offsets": text.offsets,
        "suggest_lengths": np.fromiter((len(key) for key, _ in ordered), np.int32, len(ordered)),
        "suggest_owners": np.fromiter((owner for _, owner in ordered), np.uint32, len(ordered)),
    }


class SuggestIndex:
    """Folded keys of every spelling -> entries, packed for size: built from ``glossary``, or
    over ``arrays`` (``arrays(name)`` maps one of :func:`suggest_arrays`' arrays)."""

    def __init__(self, glossary: Glossary, arrays: Callable[[str], Any] | None = None) -> None:
        self.entries = glossary.entries
        if arrays is None:
            builder = SuggestBuilder()
            for number, entry in enumerate(glossary.entries):
                builder.entry(number, entry, surfaces(number, entry))
            arrays = suggest_arrays(builder).__getitem__
        self._keys = Strings(arrays("suggest_keys.blob"), arrays("suggest_keys.offsets"))
        self._lengths: Sequence[int] = arrays("suggest_lengths").data
        self._owners: Sequence[int] = arrays("suggest_owners").data
        if not len(self._keys) == len(self._lengths) == len(self._owners):
            raise ValueError("the suggest index's arrays do not match each other")

    def __len__(self) -> int:
        return len(self._owners)

    def _span(self, wanted: bytes) -> range:
        """Positions of the keys starting with ``wanted`` (sorted keys make them contiguous)."""
        first = self._keys.bisect(wanted)
        end = self._keys.bisect(wanted + _LAST, first, min(len(self), first + SCAN_LIMIT))
        return range(first, end)

    def search(
        self,
        prefix: str,
        *,
        accept: Callable[[Entry], bool] | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> list[Entry]:
        """Entries with a spelling starting with ``prefix`` (folded), best first."""
        wanted = fold(prefix)
        if not wanted:
            return []
        best: dict[int, tuple[int, int, int]] = {}
        lengths, owners, size = self._lengths, self._owners, len(wanted)
        for position in self._span(wanted.encode("utf-8", "surrogatepass")):
            owner = owners[position]
            # Whole key first (length), then whole strings before later words, glossary forms
            # before readings and renderings; among the rest, shorter keys (nearer complete) first.
            rank = (lengths[position] - size, owner & _PARTIAL, owner & _NOT_A_FORM)
            number = owner >> 2
            if number not in best or rank < best[number]:
                best[number] = rank
        ordered = sorted(best, key=lambda n: (best[n][0] > 0, best[n][1:], best[n][0], n))
        wanted_count = offset + limit
        chosen: list[Entry] = []
        for number in ordered:
            entry = self.entries[number]
            if accept is None or accept(entry):
                chosen.append(entry)
                if len(chosen) == wanted_count:
                    break
        return chosen[offset:]


def explain(entry: Entry, prefix: str) -> Suggestion:
    """Which spelling of ``entry`` the prefix met, for the description."""
    wanted = fold(prefix)
    for text, what, _ in spellings(entry):
        if any(key.startswith(wanted) for key, _ in keys(text)):
            return Suggestion(entry, text, what)
    return Suggestion(entry, entry.label, "")
