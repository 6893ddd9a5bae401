"""The library's front door: a loaded glossary with its index, and the core operations on it.

    tb = Termbase.load()                 # the bundled glossary
    tb.lookup("Mao Tse-tung").results[0].entry.id   -> "mao-zedong"
    tb.romanize("野坂参三").spellings                 -> every system's spelling

The HTTP API, the CLI and the web page call these methods and nothing deeper.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from termbase.errors import InputError, NotFoundError
from termbase.glossary.loader import load
from termbase.lookup import Index, LookupResult, build_index, lookup
from termbase.model import Entry, Glossary, Kind, Verification
from termbase.romanize import ErrorPolicy, warm_up
from termbase.transcribe import Transcription, romanize_text

MAX_PAGE_SIZE = 200


#: Young-generation threshold once a glossary is loaded (CPython's default is 700).
YOUNG_GC_THRESHOLD = 20_000


@contextmanager
def _long_lived_allocation() -> Iterator[None]:
    """Build millions of objects that live as long as the process, without the cyclic GC.

    The collector would rescan them on every generation-2 pass: slower start-up, and pauses of
    a second or more in later requests at 100,000 entries. Freezing moves them out of its sight.
    Afterwards young objects are collected less often: lookups fill caches, and with the
    default threshold a young collection (0.2-0.3 ms among a large heap) fell in one lookup of
    fifty; now in about one of a thousand, each longer (benchmarks/bench_lookup.py).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()
        young, middle, old = gc.get_threshold()
        if 0 < young < YOUNG_GC_THRESHOLD:
            gc.set_threshold(YOUNG_GC_THRESHOLD, middle, old)


@dataclass(frozen=True, slots=True)
class EntryFilter:
    kind: Kind | None = None
    lang: str | None = None
    verification: Verification | None = None
    glossary: str | None = None
    text: str | None = None

    def accepts(self, entry: Entry) -> bool:
        if self.kind and entry.kind is not self.kind:
            return False
        if self.verification and entry.verification is not self.verification:
            return False
        if self.glossary and entry.glossary != self.glossary:
            return False
        if self.lang and not entry.terms_in(self.lang):
            return False
        if self.text:
            needle = self.text.casefold()
            haystack = [entry.id, entry.gloss, *(t.form for t in entry.terms)]
            return any(needle in h.casefold() for h in haystack)
        return True


@dataclass(frozen=True, slots=True)
class Page:
    entries: tuple[Entry, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class Termbase:
    glossary: Glossary
    index: Index

    @classmethod
    def load(cls, *paths: Path) -> Termbase:
        """Load and validate the glossaries at ``paths`` (default: bundled) and index them."""
        with _long_lived_allocation():
            glossary = load(*paths)
            termbase = cls(glossary, build_index(glossary))
            warm_up()
            return termbase

    def lookup(self, query: str, *, lang: str | None = None, limit: int = 10) -> LookupResult:
        return lookup(self.index, query, lang=lang, limit=limit)

    def entry(self, entry_id: str) -> Entry:
        try:
            return self.glossary.by_id[entry_id]
        except KeyError:
            raise NotFoundError(f"no entry with id {entry_id!r}", id=entry_id) from None

    def entries(self, where: EntryFilter = EntryFilter(), *, offset: int = 0, limit: int = 50) -> Page:
        if offset < 0 or not 1 <= limit <= MAX_PAGE_SIZE:
            raise InputError(f"offset must be >= 0 and limit between 1 and {MAX_PAGE_SIZE}")
        chosen = [e for e in self.glossary.entries if where.accepts(e)]
        return Page(tuple(chosen[offset : offset + limit]), len(chosen), offset, limit)

    def romanize(
        self,
        text: str,
        *,
        lang: str | None = None,
        system: str = "all",
        errors: ErrorPolicy = "keep",
        given_first: bool = False,
    ) -> Transcription:
        return romanize_text(
            self.index, text, lang=lang, system=system, errors=errors, given_first=given_first
        )
