"""Suggest: prefixes in any script and any system -> entries, for OpenRefine's as-you-type widget.

Every form, reading and generated rendering of every entry (both name orders for persons) is
folded (case, marks, spacing, kana and Han variants, as lookup folds) and kept as a sorted key;
each later word of a string is a key too, so "Sanzo" finds Nosaka Sanzō and "Army" the Kwantung
Army. A prefix is folded the same way and found by binary search.

Size and speed at tens of thousands of entries:

- keys live in one string with an offset array and an owner array, not as a Python object each;
- renderings are made word by word through a cache kept for the build (the engines spell each
  word of a reading on its own, and names share words), and the swapped order reuses the same
  words; a test checks that this folds exactly as the entry's real renderings do;
- a search is two bisections and a scan of at most ``SCAN_LIMIT`` keys, without slicing.

The index is built once, on first use.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from termbase.errors import TermbaseError
from termbase.model import Entry, Glossary, Kind
from termbase.readings import Reading, readings
from termbase.reconcile.vocabulary import form_name
from termbase.romanize import fold, get_system, render, systems

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


#: Renderings of single words, (word, system id) -> spelling (None: the system cannot spell it).
WordCache = dict[tuple[str, str], str | None]


def _word(word: str, system_id: str, cache: WordCache) -> str | None:
    found = cache.get((word, system_id), "")
    if found == "":
        try:
            found = render(word, system_id, errors="keep")
        except TermbaseError:
            found = None
        cache[word, system_id] = found
    return found


def _rendered(reading: Reading, *, person: bool, cache: WordCache) -> Iterator[tuple[str, str]]:
    """(text, system name) for the reading in every system of its language, both orders for persons."""
    words = reading.text.split()
    for system in systems(reading.lang):
        spelt = [_word(word, system.id, cache) for word in words]
        if None in spelt:
            continue
        parts = [s for s in spelt if s is not None]
        yield " ".join(parts), system.name
        if person and len(parts) == 2:
            yield f"{parts[1]} {parts[0]}", system.name


def spellings(entry: Entry, cache: WordCache | None = None) -> Iterator[tuple[str, str, int]]:
    """(text, what it is, flag) for every form, reading and rendering of an entry. The flag marks
    readings and renderings, which rank after glossary forms (folding drops pinyin's tones)."""
    person = entry.kind is Kind.PERSON
    for term in entry.terms:
        how = get_system(term.system).name if term.system else form_name(term.lang)
        yield term.form, how, 0
        words = term.form.split()
        if person and len(words) == 2:
            yield f"{words[1]} {words[0]}", how, 0
    cache = {} if cache is None else cache
    seen: set[tuple[str, str]] = set()
    for reading in readings(entry):
        if (reading.lang, reading.text) in seen:
            continue
        seen.add((reading.lang, reading.text))
        if reading.text != reading.term.form:
            yield reading.text, "reading", _NOT_A_FORM
        for text, name in _rendered(reading, person=person, cache=cache):
            yield text, name, _NOT_A_FORM


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
        cache: WordCache = {}
        for number, entry in enumerate(glossary.entries):
            texts: dict[str, int] = {}
            for text, _, derived in spellings(entry, cache):
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
