"""Every spelling of every entry, keyed for scanning running text.

A *surface* is one way an entry may be written: a glossary term as written, a person's term in
the other name order, or a generated rendering of a term's reading in any system (either order).
Surfaces are keyed by :func:`~termbase.editor.text.text_key` (the exact fold of their tokens,
concatenated), and every prefix of every key is kept too, so the scanner can stop extending a
window of tokens as soon as no glossary spelling starts that way.

Built once per loaded glossary (``gazetteer_for``) and kept while the glossary lives.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from termbase.editor.forms import HouseForms
from termbase.editor.style import HouseStyle
from termbase.editor.text import text_key, tokenize
from termbase.errors import TermbaseError
from termbase.model import Entry, Kind, Term, script_of_tag
from termbase.readings import Reading, reading_of, renderings, swapped
from termbase.service import Termbase

How = Literal["term", "term-swapped", "rendering", "rendering-swapped"]
#: Keys shorter than this are never matched in running text (single letters, "F.", "D.").
MIN_KEY = 2


@dataclass(frozen=True, slots=True)
class Surface:
    entry: int
    term: int
    form: str
    how: How
    system: str | None = None

    @property
    def swapped(self) -> bool:
        return self.how.endswith("swapped")


@dataclass
class Gazetteer:
    entries: tuple[Entry, ...]
    full: dict[str, list[Surface]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    max_tokens: int = 1
    forms: dict[str, HouseForms] = field(default_factory=dict)

    def house_forms(self, style: HouseStyle) -> HouseForms:
        """The house forms of ``style`` for this glossary, remembered across checks."""
        key = repr(style)
        found = self.forms.get(key)
        if found is None:
            found = self.forms[key] = HouseForms(style)
        return found

    def entry(self, surface: Surface) -> Entry:
        return self.entries[surface.entry]

    def term(self, surface: Surface) -> Term:
        return self.entry(surface).terms[surface.term]

    def add(self, surface: Surface) -> None:
        tokens = tokenize(surface.form)
        key = "".join(t.key for t in tokens)
        if len(key) < MIN_KEY:
            return
        found = self.full.get(key)
        if found is None:
            self.full[key] = [surface]
            self.prefixes.update(key[:i] for i in range(1, len(key) + 1))
            self.max_tokens = max(self.max_tokens, len(tokens))
        elif surface not in found:
            found.append(surface)


def _term_surfaces(ei: int, ti: int, entry: Entry, term: Term) -> Iterator[Surface]:
    yield Surface(ei, ti, term.form, "term")
    other = swapped(term.form) if entry.kind is Kind.PERSON else None
    if other:
        yield Surface(ei, ti, other, "term-swapped")


def _rendering_surfaces(ei: int, ti: int, entry: Entry, reading: Reading) -> Iterator[Surface]:
    """Latin renderings only: Cyrillic and Zhuyin targets are glossary terms where they matter."""
    try:
        for rendering in renderings(entry, reading, both_orders=entry.kind is Kind.PERSON):
            if script_of_tag(rendering.target) != "Latn":
                continue
            how: How = "rendering" if rendering.order == "native" else "rendering-swapped"
            yield Surface(ei, ti, rendering.text, how, rendering.system)
    except TermbaseError:
        return


def _surfaces(ei: int, entry: Entry) -> Iterator[Surface]:
    seen: set[tuple[str, str]] = set()
    for ti, term in enumerate(entry.terms):
        yield from _term_surfaces(ei, ti, entry, term)
        reading = reading_of(term)
        if reading is not None and (reading.lang, reading.text) not in seen:
            seen.add((reading.lang, reading.text))
            yield from _rendering_surfaces(ei, ti, entry, reading)


def build_gazetteer(termbase: Termbase) -> Gazetteer:
    gazetteer = Gazetteer(termbase.glossary.entries)
    for ei, entry in enumerate(termbase.glossary.entries):
        for surface in _surfaces(ei, entry):
            gazetteer.add(surface)
    return gazetteer


_BUILT: dict[int, tuple[weakref.ref[Termbase], Gazetteer]] = {}


def gazetteer_for(termbase: Termbase) -> Gazetteer:
    """The gazetteer of ``termbase``, built on first use and kept while it lives."""
    cached = _BUILT.get(id(termbase))
    if cached is not None and cached[0]() is termbase:
        return cached[1]
    gazetteer = build_gazetteer(termbase)
    _BUILT[id(termbase)] = (weakref.ref(termbase), gazetteer)
    weakref.finalize(termbase, _BUILT.pop, id(termbase), None)
    return gazetteer


__all__ = ["Gazetteer", "Surface", "build_gazetteer", "gazetteer_for", "text_key"]
