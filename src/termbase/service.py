"""The library's front door: a loaded glossary, the indexes derived from it, and every operation.

    tb = Termbase.load()                                  # the bundled glossaries
    tb.lookup("Mao Tse-tung").results[0].entry.id         -> "mao-zedong"
    tb.romanize("野坂参三").spellings                       -> every system's spelling
    tb.normalize(["Mao Tse-tung"], style).results[0].normalized -> "Mao Zedong"
    tb.check(manuscript, style, fix=True).fixed           -> the corrected text
    tb.export("tbx").text                                 -> TBX v3

The HTTP API, the CLI and the web page call these methods and nothing deeper. A ``Termbase``
owns the indexes derived from its glossary — the lookup index (built at load, or mapped from
the compiled index), the manuscript gazetteer and the reconciliation suggest index (each built
once when first needed, or mapped from the compiled index) — so they live and die with it;
nothing is kept at module level.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from termbase.editor import (
    DEFAULT_STYLE,
    Checked,
    HouseStyle,
    NormalizedBatch,
    Normalizer,
    TableJob,
    TableOptions,
    TableSummary,
    bundled_style,
    bundled_styles,
    check_and_fix,
    load_style,
    normalize_batch,
    parse_style,
)
from termbase.editor.cluster import ClusterJob, ClusterOptions, ClusterReport
from termbase.editor.gazetteer import Gazetteer, build_gazetteer, mapped_gazetteer
from termbase.editor.normalize import DEFAULT_CACHE, Progress
from termbase.editor.text import TextFormat
from termbase.errors import InputError
from termbase.glossary.loader import content_hash, load
from termbase.interop import Export, export_glossary
from termbase.lookup import Index, LookupResult, build_index, lookup
from termbase.lookup.build import collector_paused
from termbase.lookup.cache import DISABLED as CACHE_OFF
from termbase.lookup.cache import ENV as CACHE_ENV
from termbase.lookup.cache import artifact_path, cache_root, cached_index, engine_fingerprint
from termbase.lookup.compiled import MANIFEST, CompiledGlossary, IndexFileError, compile_index, open_index
from termbase.model import Entry, Glossary, Kind, Verification
from termbase.reconcile import Reconciler
from termbase.reconcile.suggest import SuggestIndex
from termbase.romanize import ErrorPolicy, System, get_system, systems, warm_up
from termbase.transcribe import Transcription, romanize_text

MAX_PAGE_SIZE = 200
T = TypeVar("T")


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


StyleSpec = str | Path | Mapping[str, Any] | HouseStyle


@dataclass(frozen=True, slots=True)
class Loaded:
    """Which glossary files a Termbase holds: their content hash and when they were loaded."""

    content_hash: str
    loaded_at: float  # seconds since the epoch
    paths: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class Compiled:
    """A compiled index written (or found up to date) by :meth:`Termbase.compile`."""

    folder: Path
    entries: int
    seconds: float
    built: bool


def _warm_glossary(*paths: Path) -> Glossary:
    """The glossaries at ``paths``, loaded, with the engines warm (before a compile forks: its
    processes share the engines' tables rather than each loading them)."""
    with collector_paused():
        glossary = load(*paths)
    warm_up()
    return glossary


@dataclass(frozen=True)
class Termbase:
    glossary: Glossary
    index: Index
    loaded: Loaded | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _built: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, *paths: Path) -> Termbase:
        """Load and validate the glossaries at ``paths`` (default: bundled) and index them in
        memory (the reference build; :meth:`open` serves the same lookups from a compiled one)."""
        fingerprint = content_hash(*paths)
        with collector_paused():
            glossary = load(*paths)
        termbase = cls(glossary, build_index(glossary), Loaded(fingerprint, time.time(), tuple(paths)))
        warm_up()
        return termbase

    @classmethod
    def open(cls, *paths: Path, cache: Path | None = None) -> Termbase:
        """The glossaries at ``paths`` through their compiled index in the cache (``cache``, or
        :func:`~termbase.lookup.cache.cache_root`), compiled first if the cache has none for
        these files and this engine: what ``serve`` and the CLI use. Its engines load when
        first used (:func:`~termbase.romanize.warm_up` loads them all)."""
        fingerprint = content_hash(*paths)
        index = cached_index(fingerprint, lambda: _warm_glossary(*paths), root=cache)
        # The engines load when first used (a CLI command pays only for those it needs); a
        # server pays for all of them at start-up (termbase.api.warm).
        return cls(index.glossary, index, Loaded(fingerprint, time.time(), tuple(paths)))

    @staticmethod
    def compile(*paths: Path, output: Path | None = None) -> Compiled:
        """Compile the glossaries at ``paths`` into ``output``, or into the cache (where
        :meth:`open` finds it) when ``output`` is ``None``; an up-to-date cached index is kept."""
        fingerprint, engine = content_hash(*paths), engine_fingerprint()
        root = cache_root()
        if output is None and root is None:
            raise InputError(f"the cache is off ({CACHE_ENV}={CACHE_OFF}): give an output folder")
        folder = output or artifact_path(root or Path(), fingerprint, engine)
        start = time.perf_counter()
        if output is None and (folder / MANIFEST).is_file():
            try:
                index = open_index(folder, content_hash=fingerprint, engine=engine)
                return Compiled(folder, len(index.glossary.entries), 0.0, built=False)
            except IndexFileError:
                pass  # rebuilt below
        glossary = _warm_glossary(*paths)
        compile_index(glossary, folder, content_hash=fingerprint, engine=engine)
        return Compiled(folder, len(glossary.entries), time.perf_counter() - start, built=True)

    def warm(self) -> Termbase:
        """Build every derived index now (a server does, so no request waits for one): from a
        compiled index the gazetteer and suggest index are mapped from it (milliseconds at any
        size), from an in-memory build they are built."""
        _ = self.gazetteer, self.suggest_index
        return self

    def entries_per_glossary(self) -> dict[str, int]:
        """How many entries each loaded glossary holds (counted once)."""

        def count() -> dict[str, int]:
            if isinstance(self.glossary, CompiledGlossary):
                return dict(self.glossary.counts)
            counts: dict[str, int] = {}
            for entry in self.glossary.entries:
                counts[entry.glossary] = counts.get(entry.glossary, 0) + 1
            return counts

        return dict(self._derived("counts", count))

    # --- derived indexes, each built once under the lock ------------------------------------

    def _derived(self, name: str, build: Callable[[], T]) -> T:
        with self._lock:
            found: T | None = self._built.get(name)
            if found is None:
                found = self._built[name] = build()
            return found

    @property
    def gazetteer(self) -> Gazetteer:
        """Every spelling of every entry, keyed for scanning manuscripts (mapped from the
        compiled index when there is one)."""

        def make() -> Gazetteer:
            glossary = self.glossary
            if isinstance(glossary, CompiledGlossary) and glossary.array is not None:
                return mapped_gazetteer(glossary.entries, glossary.array, glossary.derived["gazetteer"])
            return build_gazetteer(glossary)

        return self._derived("gazetteer", make)

    @property
    def suggest_index(self) -> SuggestIndex:
        """Prefixes of every spelling, for reconciliation's suggest service (mapped from the
        compiled index when there is one)."""
        glossary = self.glossary
        arrays = glossary.array if isinstance(glossary, CompiledGlossary) else None
        return self._derived("suggest", lambda: SuggestIndex(glossary, arrays))

    @property
    def reconciler(self) -> Reconciler:
        """The reconciliation operations (W3C API) on this glossary."""
        return self._derived(
            "reconciler", lambda: Reconciler(self.glossary, self.index, lambda: self.suggest_index)
        )

    # --- entries and lookup ----------------------------------------------------------------

    def lookup(
        self, query: str, *, lang: str | None = None, from_lang: str | None = None, limit: int = 10
    ) -> LookupResult:
        """Entries for ``query``; ``lang`` is the name's language, ``from_lang`` the language of the
        text the spelling came from (its conventions are tried first)."""
        return lookup(self.index, query, lang=lang, from_lang=from_lang, limit=limit)

    def entry(self, entry_id: str) -> Entry:
        return self.glossary.entry(entry_id)

    def entries(self, where: EntryFilter = EntryFilter(), *, offset: int = 0, limit: int = 50) -> Page:
        if offset < 0 or not 1 <= limit <= MAX_PAGE_SIZE:
            raise InputError(f"offset must be >= 0 and limit between 1 and {MAX_PAGE_SIZE}")
        chosen = [e for e in self.glossary.entries if where.accepts(e)]
        return Page(tuple(chosen[offset : offset + limit]), len(chosen), offset, limit)

    # --- romanization ----------------------------------------------------------------------

    @staticmethod
    def systems(lang: str | None = None) -> tuple[System, ...]:
        return systems(lang)

    def romanize(
        self,
        text: str,
        *,
        lang: str | None = None,
        system: str = "all",
        errors: ErrorPolicy = "keep",
        given_first: bool = False,
    ) -> Transcription:
        """Every (or one) system's spelling of ``text``; a named system implies its language, so
        Han text needs no separate hint when the system says which language it reads."""
        if lang is None and system != "all":
            lang = get_system(system).lang
        return romanize_text(
            self.index, text, lang=lang, system=system, errors=errors, given_first=given_first
        )

    # --- the editors' batch ----------------------------------------------------------------

    @staticmethod
    def styles() -> dict[str, HouseStyle]:
        """The bundled house styles, by id."""
        return bundled_styles()

    @staticmethod
    def style(spec: StyleSpec = DEFAULT_STYLE, *, files: bool = True) -> HouseStyle:
        """A house style: a bundled id, a style file (unless ``files`` is false, as for requests
        from the network), or the style's table as a mapping."""
        if isinstance(spec, HouseStyle):
            return spec
        if isinstance(spec, Mapping):
            return parse_style(spec, source="style")
        return load_style(spec) if files else bundled_style(str(spec))

    def normalizer(
        self,
        style: StyleSpec = DEFAULT_STYLE,
        *,
        lang: str | None = None,
        cache_size: int = DEFAULT_CACHE,
        suggest: bool = True,
    ) -> Normalizer:
        """A normalizer for one style, remembering up to ``cache_size`` recent values."""
        return Normalizer(self.index, self.style(style), lang=lang, cache_size=cache_size, suggest=suggest)

    def normalize(
        self, values: Iterable[str], style: StyleSpec = DEFAULT_STYLE, *, lang: str | None = None
    ) -> NormalizedBatch:
        """Each value looked up and, when it is a confident match, written in the house style."""
        chosen = list(values)
        return normalize_batch(self.normalizer(style, lang=lang, cache_size=len(chosen)), chosen)

    def normalize_table(
        self,
        src: BinaryIO,
        dst: BinaryIO,
        options: TableOptions,
        style: StyleSpec = DEFAULT_STYLE,
        *,
        lang: str | None = None,
        cache_size: int = DEFAULT_CACHE,
        suggest: bool = True,
        progress: Progress | None = None,
    ) -> TableSummary:
        """Stream a CSV/TSV/JSONL table from ``src`` to ``dst``, every row kept in order, with the
        added columns after each chosen one; malformed rows are reported and passed through."""
        if cache_size < 0:
            raise InputError("the cache size must be 0 or more")
        normalizer = self.normalizer(style, lang=lang, cache_size=cache_size, suggest=suggest)
        return TableJob(normalizer, options).run(src, dst, progress)

    def cluster_table(
        self,
        src: BinaryIO,
        options: ClusterOptions,
        style: StyleSpec = DEFAULT_STYLE,
        *,
        lang: str | None = None,
        progress: Progress | None = None,
    ) -> ClusterReport:
        """Stream a CSV/TSV/JSONL table from ``src`` once and cluster the spellings in its chosen
        columns (see :mod:`termbase.editor.cluster`): each cluster with its variants, counts, line
        numbers, proposed house form and the entry it matches; malformed rows are reported."""
        normalizer = self.normalizer(style, lang=lang, cache_size=0, suggest=options.suggest)
        return ClusterJob(normalizer, self.gazetteer, options).run(src, progress)

    def check(
        self,
        text: str,
        style: StyleSpec = DEFAULT_STYLE,
        *,
        fmt: TextFormat = "text",
        fix: bool = False,
    ) -> Checked:
        """Every glossary name in ``text`` and what is wrong with it; with ``fix`` also the
        corrected text and the findings left in it."""
        return check_and_fix(self.gazetteer, text, self.style(style), fmt=fmt, fix=fix, index=self.index)

    # --- interchange -----------------------------------------------------------------------

    def export(self, format: str, *, layout: str = "memoq", target: str = "en") -> Export:
        """The glossary as TBX v3/v2, CSV/TSV in a CAT tool's layout, or JSON."""
        return export_glossary(self.glossary, format, layout=layout, target=target)
