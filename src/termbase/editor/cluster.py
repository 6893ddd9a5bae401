"""Names in a table column, reconciled with each other: one streamed pass, bounded state.

Every non-empty cell of the chosen columns is a spelling. Spellings are joined into one cluster
when they share a key: the phonetic keys of :func:`termbase.editor.unknown.name_keys` (read as
Japanese, Chinese and Russian, both name orders), the exact fold (case, marks, spacing), or the
glossary entry lookup confidently matches them to (so 毛泽东 and Mao Tse-tung meet). A cluster
that lookup links to one entry proposes that entry's house form; any other cluster proposes a
spelling by the rules of :func:`termbase.editor.unknown.proposed_form`.

Memory does not grow with rows, only with *distinct spellings*, and that is capped
(``max_spellings``; beyond it new spellings are counted as ``unclustered``, never dropped
silently). Per spelling the state is its count, its entry and the first ``MAX_LINES`` line
numbers where it occurs; per key, the one spelling that owns it (a union-find over spellings).
The table itself is never held: rows are read, counted and forgotten.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from termbase.editor.forms import HouseForms
from termbase.editor.gazetteer import Gazetteer
from termbase.editor.normalize import ChosenColumns, Normalizer, TableSummary
from termbase.editor.tables import ByteCount, Record, TableFormat, read_records
from termbase.editor.text import text_key
from termbase.editor.unknown import KEY_LANGUAGES, language_keys, name_keys, proposed_form
from termbase.errors import InputError
from termbase.lookup.keys import Key, normalize_query
from termbase.romanize import fold

#: Line numbers kept per spelling (a sample to find it by; the count is exact).
MAX_LINES = 5
#: Distinct spellings kept by default (each a few hundred bytes with its keys).
DEFAULT_MAX_SPELLINGS = 200_000

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class _Spelling:
    text: str
    order: int  # when first seen
    count: int = 0
    entry: str | None = None
    lines: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Variant:
    """One spelling of a cluster: how often, where first (``lines``, at most ``MAX_LINES``),
    and the entry lookup linked it to, if any."""

    form: str
    count: int
    lines: tuple[int, ...]
    entry: str | None


@dataclass(frozen=True, slots=True)
class Cluster:
    """Spellings of one name: the proposed house form, the entry it matches (None when none or
    several: ``entries`` lists every entry its variants were linked to), variants most frequent
    first."""

    proposed: str
    entry: str | None
    label: str | None
    entries: tuple[str, ...]
    count: int
    variants: tuple[Variant, ...]

    @property
    def several(self) -> bool:
        return len(self.variants) > 1


@dataclass(frozen=True)
class ClusterOptions:
    fmt: TableFormat
    columns: tuple[str, ...] = ()
    header: bool = True
    max_spellings: int = DEFAULT_MAX_SPELLINGS
    #: Also look up spellings none of whose keys is in the index: lookup then corrects typos
    #: (Yamado Otozoo), at the cost of a full lookup per such spelling.
    suggest: bool = False


@dataclass
class ClusterReport:
    """A clustered table: every cluster (``reported`` picks those an editor reconciles), and the
    run's summary (rows, malformed rows with their problems, values, spellings)."""

    style: str
    columns: tuple[str, ...]
    clusters: tuple[Cluster, ...]
    summary: TableSummary
    spellings: int
    unclustered: int  # values whose new spelling came after ``max_spellings`` were kept

    def reported(self, *, every: bool = False) -> tuple[Cluster, ...]:
        """Clusters written several ways (with ``every``, all of them)."""
        return self.clusters if every else tuple(c for c in self.clusters if c.several)

    def counts(self) -> dict[str, int]:
        several = self.reported()
        return {
            "spellings": self.spellings,
            "clusters": len(self.clusters),
            "several": len(several),
            "matched": sum(1 for c in self.clusters if c.entry is not None),
            "unclustered": self.unclustered,
        }


class ClusterJob:
    """One streamed clustering of a CSV/TSV/JSONL file's columns; ``gazetteer`` and the
    normalizer's index are the glossary's (spellings as written, and lookup)."""

    def __init__(self, normalizer: Normalizer, gazetteer: Gazetteer, options: ClusterOptions) -> None:
        if options.max_spellings < 1:
            raise InputError("the number of spellings kept must be at least 1")
        self.normalizer = normalizer
        self.gazetteer = gazetteer
        self.forms: HouseForms = normalizer.forms
        self.options = options
        self.summary = TableSummary()
        self._spellings: dict[str, _Spelling] = {}
        self._parent: dict[str, str] = {}
        self._owner: dict[str, str] = {}
        self._unclustered = 0
        self._columns: ChosenColumns | None = None
        self._names: tuple[str, ...] = options.columns

    def run(self, src: BinaryIO, progress: Progress | None = None) -> ClusterReport:
        started = time.perf_counter()
        counter = ByteCount()
        for number, record in enumerate(read_records(src, self.options.fmt, counter)):
            self._record(record, first=number == 0)
            if progress is not None and number % 1024 == 0:
                progress(self.summary.rows, counter.value)
        if progress is not None:
            progress(self.summary.rows, counter.value)
        clusters = self._clusters()
        self.summary.seconds = time.perf_counter() - started
        return ClusterReport(
            self.normalizer.style.id,
            self._names,
            clusters,
            self.summary,
            len(self._spellings),
            self._unclustered,
        )

    # --- reading ----------------------------------------------------------------------------

    def _record(self, record: Record, *, first: bool) -> None:
        if record.problem:
            self.summary.add_problem(record)
            return
        if record.blank:
            self.summary.blank += 1
            return
        if self.options.fmt == "jsonl":
            self._json(record)
            return
        assert record.fields is not None
        if self._columns is None:
            header = record.fields if self.options.header else None
            self._columns = columns = ChosenColumns.of(self.options.columns, header)
            self._names = tuple(header[i] if header else f"column{i + 1}" for i in columns.indexes)
            if header is not None:
                return
        self._row(record, self._columns)

    def _row(self, record: Record, columns: ChosenColumns) -> None:
        fields = columns.fields(record)
        if fields is None:
            self.summary.add_problem(record)
            return
        self.summary.rows += 1
        for index in columns.indexes:
            self._value(fields[index], record.line)

    def _json(self, record: Record) -> None:
        if not self.options.columns:
            raise InputError("JSON Lines input needs --column KEY (the member to cluster)")
        obj = record.obj or {}
        self.summary.rows += 1
        for key in self.options.columns:
            value = obj.get(key)
            if isinstance(value, str):
                self._value(value, record.line)

    # --- clustering -------------------------------------------------------------------------

    def _value(self, value: str, line: int) -> None:
        text = " ".join(value.split())
        if not text:
            return
        self.summary.values += 1
        spelling = self._spellings.get(text)
        if spelling is None:
            if len(self._spellings) >= self.options.max_spellings:
                self._unclustered += 1
                return
            spelling = self._add(text)
        spelling.count += 1
        if len(spelling.lines) < MAX_LINES:
            spelling.lines.append(line)

    def _linked(self, text: str) -> str | None:
        """The entry ``text`` spells: a glossary spelling as written (one entry only), else a
        confident lookup, tried only when one of its keys is in the index (most names in an
        archive's table are in no glossary; only the fuzzy tier matches without a key hit) unless
        the options say ``suggest``."""
        surfaces = self.gazetteer.full.get(text_key(text))
        if surfaces:
            entries = {self.gazetteer.entries[s.entry] for s in surfaces}
            if len(entries) > 1:
                self.summary.counts["ambiguous"] += 1
                return None
            entry = entries.pop()
            self.summary.counts["unchanged" if self.forms.of(entry).text == text else "normalized"] += 1
            return entry.id
        index = self.normalizer.index
        if not self.options.suggest and not (
            normalize_query(text) in index.exact
            or fold(text) in index.fold
            or any(
                index.phonetic_hits(Key(lang, k)) for lang in KEY_LANGUAGES for k in language_keys(text, lang)
            )
        ):
            self.summary.counts["unmatched"] += 1
            return None
        result = self.normalizer.normalize(text)
        self.summary.counts[result.outcome] += 1
        return result.entry

    def _add(self, text: str) -> _Spelling:
        entry = self._linked(text)
        spelling = self._spellings[text] = _Spelling(text, len(self._spellings), entry=entry)
        self._parent[text] = text
        # A spelling linked to an entry meets its other spellings through the entry (lookup
        # already compared their keys); only the others need the phonetic keys of every language.
        keys = {"fold:" + fold(text), "entry:" + entry} if entry is not None else {"fold:" + fold(text)}
        if entry is None:
            keys.update(name_keys(text))
        for key in keys:
            owner = self._owner.get(key)
            if owner is None:
                self._owner[key] = text
            else:
                self._parent[self._root(text)] = self._root(owner)
        return spelling

    def _root(self, text: str) -> str:
        parent = self._parent
        while parent[text] != text:
            parent[text] = parent[parent[text]]
            text = parent[text]
        return text

    def _clusters(self) -> tuple[Cluster, ...]:
        members: dict[str, list[_Spelling]] = {}
        for spelling in self._spellings.values():
            members.setdefault(self._root(spelling.text), []).append(spelling)
        clusters = [self._cluster(group) for group in members.values()]
        first = {id(c): min(v.lines[0] for v in c.variants if v.lines) for c in clusters}
        clusters.sort(key=lambda c: (-c.count, first[id(c)]))
        return tuple(clusters)

    def _cluster(self, group: list[_Spelling]) -> Cluster:
        group.sort(key=lambda s: (-s.count, s.order))
        linked = Counter({s.entry: s.count for s in group if s.entry is not None})
        entries = tuple(sorted(linked, key=lambda e: -linked[e]))
        variants = tuple(Variant(s.text, s.count, tuple(s.lines), s.entry) for s in group)
        count = sum(s.count for s in group)
        if len(entries) == 1:
            entry = self.normalizer.index.glossary.entry(entries[0])
            proposed = self.forms.of(entry).text
            return Cluster(proposed, entry.id, entry.label, entries, count, variants)
        if len(group) == 1:
            return Cluster(group[0].text, None, None, entries, count, variants)
        counts = {s.text: s.count for s in sorted(group, key=lambda s: s.order)}
        proposed = proposed_form(counts, self.forms.style.systems)
        return Cluster(proposed, None, None, entries, count, variants)


def cluster_summary(report: ClusterReport) -> dict[str, Any]:
    """The run's figures: rows, blank and malformed rows (with their problems), values, outcomes
    of the glossary lookups (one per distinct spelling), spellings and clusters."""
    summary = report.summary.as_dict()
    return {**summary, **report.counts()}
