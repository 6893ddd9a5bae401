"""Normalize values to a house style: one value (``Normalizer``), or a whole table, streamed.

A value is looked up; only a confident match (``match`` true: unique, exact/fold/phonetic tier)
is rewritten to the entry's house-style form. Anything else keeps its value, and ambiguous values
list their candidates. Repeated values are answered from a bounded LRU cache, so a table of any
length is processed in constant memory.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, BinaryIO, Literal, get_args

from termbase.editor.forms import HouseForms
from termbase.editor.style import HouseStyle
from termbase.editor.tables import (
    ByteCount,
    Record,
    TableFormat,
    append_fields,
    append_members,
    encode,
    read_records,
)
from termbase.errors import InputError
from termbase.lookup import Index, lookup
from termbase.lookup.search import MAX_QUERY_LENGTH

Outcome = Literal["normalized", "unchanged", "ambiguous", "unmatched", "skipped"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)
#: Column suffixes added after each chosen column, in order.
ADDED = ("id", "normalized", "score", "match", "status", "candidates")
DEFAULT_CACHE = 100_000
MAX_PROBLEMS = 1000


@dataclass(frozen=True, slots=True)
class Normalized:
    """The outcome for one value."""

    value: str
    outcome: Outcome
    normalized: str
    entry: str | None = None
    score: int | None = None
    match: bool = False
    status: str | None = None
    candidates: tuple[tuple[str, int], ...] = ()
    note: str = ""

    def columns(self) -> list[str]:
        """The added CSV/TSV cells, in ``ADDED`` order."""
        return [
            self.entry or "",
            self.normalized,
            "" if self.score is None else str(self.score),
            "true" if self.match else "false",
            self.status or "",
            "|".join(f"{entry}:{score}" for entry, score in self.candidates),
        ]


class Normalizer:
    """Looks values up and writes matches in the house style; remembers recent values.

    With ``suggest`` false, a value none of whose keys is in the index is reported unmatched
    without a full lookup (it cannot be a match; only fuzzy "did you mean" candidates are lost),
    which keeps large tables fast. Values that hit a key always get the full lookup.
    """

    def __init__(
        self,
        index: Index,
        style: HouseStyle,
        *,
        lang: str | None = None,
        cache_size: int = DEFAULT_CACHE,
        suggest: bool = True,
    ) -> None:
        self.index = index
        self.style = style
        self.lang = lang
        self.suggest = suggest
        self.forms = HouseForms(style)
        self.normalize: Callable[[str], Normalized] = (
            lru_cache(maxsize=cache_size)(self._normalize) if cache_size > 0 else self._normalize
        )

    def _normalize(self, value: str) -> Normalized:
        text = value.strip()
        if not text:
            return Normalized(value, "skipped", value, note="empty")
        if not self.suggest and len(text) <= MAX_QUERY_LENGTH and not self.index.could_find(text):
            return Normalized(value, "unmatched", value)
        try:
            results = lookup(self.index, text, lang=self.lang, limit=3).results
        except InputError as exc:
            return Normalized(value, "skipped", value, note=exc.message)
        if not results:
            return Normalized(value, "unmatched", value)
        top = results[0]
        if not top.match:
            candidates = tuple((c.entry.id, c.score) for c in results)
            return Normalized(value, "ambiguous", value, score=top.score, candidates=candidates)
        form = self.forms.of(top.entry).text
        return Normalized(
            value,
            "unchanged" if form == value else "normalized",
            form,
            entry=top.entry.id,
            score=top.score,
            match=True,
            status=top.matched.status.value,
        )


@dataclass(frozen=True)
class NormalizedBatch:
    """A batch of values normalized in one style: each result in order, and the outcomes counted."""

    style: str
    results: tuple[Normalized, ...]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for result in self.results:
            counts[result.outcome] = counts.get(result.outcome, 0) + 1
        return counts


def normalize_batch(normalizer: Normalizer, values: Iterable[str]) -> NormalizedBatch:
    return NormalizedBatch(normalizer.style.id, tuple(normalizer.normalize(v) for v in values))


@dataclass
class TableSummary:
    """What a table run did; ``problems`` keeps the first ``MAX_PROBLEMS`` malformed records."""

    rows: int = 0
    blank: int = 0
    malformed: int = 0
    values: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    problems: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    def add_problem(self, record: Record) -> None:
        self.malformed += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((record.line, record.problem))

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "blank": self.blank,
            "malformed": self.malformed,
            "values": self.values,
            **self.counts,
            "problems": [{"line": line, "problem": problem} for line, problem in self.problems],
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class TableOptions:
    fmt: TableFormat
    columns: tuple[str, ...] = ()
    header: bool = True


Progress = Callable[[int, int], None]


def column_index(name: str, header: list[str] | None) -> int:
    if header is not None and name in header:
        return header.index(name)
    if name.isdigit() and int(name) >= 1:
        return int(name) - 1
    known = f"; the columns are: {', '.join(header)}" if header else ""
    raise InputError(f"no column {name!r} (give a header name or a 1-based number){known}")


@dataclass
class ChosenColumns:
    """The columns a table command reads and the width every row must have, fixed by the
    table's first record (its header, or the first row's width)."""

    indexes: list[int]
    width: int | None

    @classmethod
    def of(cls, columns: tuple[str, ...], header: list[str] | None) -> ChosenColumns:
        """``columns`` (names or 1-based numbers; the first column when none) in ``header``,
        whose byte-order mark, if any, is dropped from its first name."""
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        chosen = columns or ((header[0],) if header else ("1",))
        width = len(header) if header is not None else None
        return cls([column_index(name, header) for name in chosen], width)

    def fields(self, record: Record) -> list[str] | None:
        """The record's fields; None, with the record's problem set, when its width is wrong."""
        fields = record.fields or []
        if self.width is None:
            self.width = len(fields)
        if len(fields) != self.width or any(i >= self.width for i in self.indexes):
            record.problem = f"expected {self.width} fields, found {len(fields)}"
            return None
        return fields


def _added_names(chosen: Iterable[str], existing: Iterable[str]) -> list[str]:
    names = [f"{column}_{suffix}" for column in chosen for suffix in ADDED]
    clash = sorted(set(names) & set(existing))
    if clash:
        raise InputError(f"the table already has the column(s) {', '.join(clash)} that normalize adds")
    return names


class TableJob:
    """One streamed normalization of a CSV/TSV/JSONL file."""

    def __init__(self, normalizer: Normalizer, options: TableOptions) -> None:
        self.normalizer = normalizer
        self.options = options
        self.summary = TableSummary()
        self._columns: ChosenColumns | None = None

    def run(self, src: BinaryIO, dst: BinaryIO, progress: Progress | None = None) -> TableSummary:
        started = time.perf_counter()
        counter = ByteCount()
        for number, record in enumerate(read_records(src, self.options.fmt, counter)):
            dst.write(encode(self._line(record, number == 0)))
            if progress is not None and number % 1024 == 0:
                progress(self.summary.rows, counter.value)
        if progress is not None:
            progress(self.summary.rows, counter.value)
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def _line(self, record: Record, first: bool) -> str:
        if record.problem:
            self.summary.add_problem(record)
            return record.raw
        if record.blank:
            self.summary.blank += 1
            return record.raw
        if self.options.fmt == "jsonl":
            return self._json_line(record)
        assert record.fields is not None
        if self._columns is None:
            header = record.fields if self.options.header else None
            self._columns = columns = ChosenColumns.of(self.options.columns, header)
            if header is not None:
                names = [header[i] for i in columns.indexes]
                return append_fields(record, self.options.fmt, _added_names(names, header))
            _added_names((f"column{i + 1}" for i in columns.indexes), ())
        return self._table_line(record, self._columns)

    def _table_line(self, record: Record, columns: ChosenColumns) -> str:
        fields = columns.fields(record)
        if fields is None:
            self.summary.add_problem(record)
            return record.raw
        self.summary.rows += 1
        added: list[str] = []
        for index in columns.indexes:
            added.extend(self._value(fields[index]).columns())
        return append_fields(record, self.options.fmt, added)

    def _json_line(self, record: Record) -> str:
        obj = record.obj or {}
        if not self.options.columns:
            raise InputError("JSON Lines input needs --column KEY (the member to normalize)")
        self.summary.rows += 1
        members: dict[str, Any] = {}
        for key in self.options.columns:
            value = obj.get(key)
            result = self._value(value) if isinstance(value, str) else None
            members.update(_json_members(key, result))
        clash = sorted(set(members) & set(obj))
        if clash:
            raise InputError(
                f"line {record.line} already has the member(s) {', '.join(clash)} that normalize adds"
            )
        return append_members(record, members)

    def _value(self, value: str) -> Normalized:
        self.summary.values += 1
        result = self.normalizer.normalize(value)
        self.summary.counts[result.outcome] += 1
        return result


def _json_members(key: str, result: Normalized | None) -> dict[str, Any]:
    if result is None:
        return {f"{key}_{suffix}": None for suffix in ADDED}
    return {
        f"{key}_id": result.entry,
        f"{key}_normalized": result.normalized,
        f"{key}_score": result.score,
        f"{key}_match": result.match,
        f"{key}_status": result.status,
        f"{key}_candidates": [{"id": entry, "score": score} for entry, score in result.candidates],
    }
