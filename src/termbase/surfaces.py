"""Every way an entry may be written: the one enumeration that the derived indexes share.

A *surface* is a glossary term as written, a person's term in the other name order, a reading
(kana, pinyin) that differs from its term, or a rendering generated from a reading in any system
(both name orders for persons). The manuscript scanner's gazetteer and the reconciliation suggest
index are built from :func:`surfaces`; each keeps the kinds it needs::

    [s.form for s in surfaces(0, tb.entry("nosaka-sanzo")) if s.how == "rendering"][:2]
    -> ['Nosaka Sanzô', 'Nosaka Sanzoo']
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from termbase.errors import TermbaseError
from termbase.model import Entry, Kind, Term
from termbase.readings import Reading, Speller, renderings, respelt, swapped, term_readings

How = Literal["term", "term-swapped", "reading", "rendering", "rendering-swapped"]


@dataclass(frozen=True, slots=True)
class Surface:
    entry: int  # the entry's position in the glossary
    term: int  # the term written, or whose reading was rendered
    form: str
    how: How
    system: str | None = None  # the rendering's system, or the term's own
    target: str = ""  # BCP 47 tag of what is written

    @property
    def swapped(self) -> bool:
        return self.how.endswith("swapped")

    @property
    def generated(self) -> bool:
        """A reading or rendering, not a glossary form as written."""
        return not self.how.startswith("term")


def _term_surfaces(ei: int, ti: int, entry: Entry, term: Term) -> Iterator[Surface]:
    yield Surface(ei, ti, term.form, "term", term.system, term.lang)
    other = swapped(term.form) if entry.kind is Kind.PERSON else None
    if other:
        yield Surface(ei, ti, other, "term-swapped", term.system, term.lang)


def _rendering_surfaces(
    ei: int, ti: int, entry: Entry, reading: Reading, speller: Speller | None
) -> Iterator[Surface]:
    try:
        for rendering in renderings(entry, reading, both_orders=entry.kind is Kind.PERSON, speller=speller):
            how: How = "rendering" if rendering.order == "native" else "rendering-swapped"
            yield Surface(ei, ti, rendering.text, how, rendering.system, rendering.target)
    except TermbaseError:  # a reading an engine cannot spell has no renderings
        return


def surfaces(
    ei: int, entry: Entry, *, generated: bool = True, speller: Speller | None = None
) -> Iterator[Surface]:
    """The surfaces of ``entry`` (at position ``ei``): its terms, then each distinct reading and
    its renderings; ``generated=False`` gives the terms only. ``speller`` remembers spellings
    across entries (homonyms are spelt once)."""
    seen: set[tuple[str, str]] = set()
    for ti, term in enumerate(entry.terms):
        yield from _term_surfaces(ei, ti, entry, term)
        for reading in term_readings(term) if generated else ():
            if (reading.lang, reading.text) in seen:
                continue
            seen.add((reading.lang, reading.text))
            if reading.text != term.form:
                yield Surface(ei, ti, reading.text, "reading", None, term.lang)
            if respelt(reading, entry):
                yield from _rendering_surfaces(ei, ti, entry, reading, speller)
