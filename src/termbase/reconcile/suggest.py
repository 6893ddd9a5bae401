"""Suggest: prefixes in any script and any system -> entries, for OpenRefine's as-you-type widget.

Every form, reading and generated rendering of every entry (both name orders for persons) is
folded (case, marks, spacing, kana and Han variants, as lookup folds) and kept as a sorted key;
each later word of a string is a key too, so "Sanzo" finds Nosaka Sanzō and "Army" the Kwantung
Army. A prefix is folded the same way and found by binary search.

Keys live in one string with an offset array and an owner array, not as a Python object each;
a search is two bisections and a scan of at most ``SCAN_LIMIT`` keys, without slicing. The
spellings are the entry's :mod:`~termbase.surfaces`, the same ones the manuscript scanner uses.
Built once per loaded glossary by its owner (:class:`termbase.Termbase`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from termbase.model import Entry, Glossary
from termbase.reconcile.vocabulary import form_name
from termbase.romanize import fold, get_system
from termbase.surfaces import Surface, surfaces

#: Most keys looked at per search (a prefix of one or two letters meets far more than this).
SCAN_LIMIT = 2000
_PARTIAL = 1
_NOT_A_FORM = 2
_LAST = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class Suggestion:
    entry: Entry
    form: str
    how: str


def _how(surface: Surface, entry: Entry) -> str:
    if surface.how == "reading":
        return "reading"
    return get_system(surface.system).name if surface.system else form_name(entry.terms[surface.term].lang)


def spellings(entry: Entry) -> Iterator[tuple[str, str, int]]:
    """(text, what it is, flag) for every form, reading and rendering of an entry. The flag marks
    readings and renderings, which rank after glossary forms (folding drops pinyin's tones)."""
    for surface in surfaces(0, entry):
        yield surface.form, _how(surface, entry), _NOT_A_FORM if surface.generated else 0


def keys(text: str) -> Iterator[tuple[str, int]]:
    """The folded string, then the fold of the text from each later word on (flagged partial).
    Words are folded one by one (fold drops the spaces between them; names share words)."""
    folded = [fold(word) for word in text.split()]
    whole = "".join(folded)
    if whole:
        yield whole, 0
    for start in range(1, len(folded)):
        rest = "".join(folded[start:])
        if rest and rest != whole:
            yield rest, _PARTIAL


class SuggestIndex:
    """Folded keys of every spelling -> entries, packed for size."""

    def __init__(self, glossary: Glossary) -> None:
        self.entries = glossary.entries
        pairs: set[tuple[str, int]] = set()
        for number, entry in enumerate(glossary.entries):
            texts: dict[str, int] = {}
            for text, _, derived in spellings(entry):
                texts[text] = min(derived, texts.get(text, derived))
            for text, derived in texts.items():
                pairs.update((key, number << 2 | derived | flag) for key, flag in keys(text))
        ordered = sorted(pairs)
        strings = [key for key, _ in ordered]
        self._blob = "".join(strings)
        self._starts = array("I", accumulate(map(len, strings), initial=0))
        self._owners = array("I", [owner for _, owner in ordered])

    def __len__(self) -> int:
        return len(self._owners)

    def _key(self, position: int) -> str:
        return self._blob[self._starts[position] : self._starts[position + 1]]

    def _span(self, wanted: str) -> range:
        """Positions of the keys starting with ``wanted`` (sorted keys make them contiguous)."""
        everything = range(len(self))
        first = bisect_left(everything, wanted, key=self._key)
        end = bisect_left(everything, wanted + _LAST, lo=first, key=self._key)
        return range(first, min(end, first + SCAN_LIMIT))

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
        starts, owners, size = self._starts, self._owners, len(wanted)
        for position in self._span(wanted):
            owner = owners[position]
            # Whole key first (length), then whole strings before later words, glossary forms
            # before readings and renderings; among the rest, shorter keys (nearer complete) first.
            rank = (starts[position + 1] - starts[position] - size, owner & _PARTIAL, owner & _NOT_A_FORM)
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
