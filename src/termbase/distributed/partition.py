"""The per-partition function: a pandas DataFrame in, the same rows with normalize's columns out.

The added columns are those of ``termbase normalize`` (``C_id``, ``C_normalized``, ``C_score``,
``C_match``, ``C_status``, ``C_candidates`` after all original columns, for each chosen column C),
typed as its JSON Lines members are: a value that is not text (null, a number) gets nulls, as a
JSON member that is not a string does. Every row is kept, in order, and no original cell changes.

A process opens each glossary once: ``termbase_for`` keeps what it loaded, keyed by the glossary
paths and the content hash the job was planned with, so a worker given a hundred partitions loads
once, and a worker whose files differ from the planner's says so instead of answering differently.
"""

from __future__ import annotations

import math
import pickle
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from termbase.editor.normalize import ADDED, DEFAULT_CACHE, MAX_PROBLEMS, Normalized, Normalizer, TableSummary
from termbase.editor.style import HouseStyle
from termbase.errors import InputError
from termbase.glossary.loader import content_hash
from termbase.service import Termbase

#: pandas dtypes of the added columns, by suffix (nullable: a value that is not text gets NA).
ADDED_DTYPES: dict[str, str] = {
    "id": "string",
    "normalized": "string",
    "score": "Int64",
    "match": "boolean",
    "status": "string",
    "candidates": "string",
}
#: A lone surrogate: bytes that were not UTF-8, kept by decoding with ``surrogateescape``.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Glossaries a process keeps open at once (a long-lived worker may serve jobs on several).
MAX_OPEN = 2


@dataclass(frozen=True)
class GlossarySpec:
    """Which glossary folders to open (none: the bundled ones), and the content hash they must have."""

    paths: tuple[str, ...]
    content_hash: str

    @classmethod
    def of(cls, *paths: str | Path) -> GlossarySpec:
        """The spec of the glossaries at ``paths`` as this process sees them now."""
        resolved = tuple(str(Path(path).resolve()) for path in paths)
        return cls(resolved, content_hash(*(Path(path) for path in resolved)))


@dataclass(frozen=True)
class NormalizeSpec:
    """Everything a worker needs to normalize a partition; small and picklable."""

    glossary: GlossarySpec
    style: HouseStyle
    columns: tuple[str, ...] = ()
    lang: str | None = None
    suggest: bool = False
    cache_size: int = DEFAULT_CACHE

    def normalizer_key(self) -> tuple[Any, ...]:
        # HouseStyle holds dicts (unhashable); its pickle identifies it.
        return (self.glossary, pickle.dumps(self.style), self.lang, self.suggest, self.cache_size)


@dataclass
class _Opened:
    lock: threading.Lock = field(default_factory=threading.Lock)
    termbases: dict[GlossarySpec, Termbase] = field(default_factory=dict)
    normalizers: dict[tuple[Any, ...], Normalizer] = field(default_factory=dict)
    loads: Counter[GlossarySpec] = field(default_factory=Counter)


_OPENED = _Opened()


def termbase_for(spec: GlossarySpec) -> Termbase:
    """This process's Termbase for ``spec``, loaded on first use only."""
    with _OPENED.lock:
        found = _OPENED.termbases.get(spec)
        if found is not None:
            return found
        found = Termbase.load(*(Path(path) for path in spec.paths))
        _OPENED.loads[spec] += 1
        loaded = found.loaded.content_hash if found.loaded else ""
        if loaded != spec.content_hash:
            where = ", ".join(spec.paths) or "the bundled glossaries"
            raise InputError(
                f"the glossary files here ({where}) are not the ones the job was planned with "
                f"(content hash {loaded[:12]}, expected {spec.content_hash[:12]}): give every worker "
                "the same glossary"
            )
        while len(_OPENED.termbases) >= MAX_OPEN:
            dropped = next(iter(_OPENED.termbases))
            del _OPENED.termbases[dropped]
            _OPENED.normalizers = {k: v for k, v in _OPENED.normalizers.items() if k[0] != dropped}
        _OPENED.termbases[spec] = found
        return found


def normalizer_for(spec: NormalizeSpec) -> Normalizer:
    """This process's Normalizer for ``spec``: one LRU cache shared by all its partitions."""
    key = spec.normalizer_key()
    with _OPENED.lock:
        found = _OPENED.normalizers.get(key)
    if found is not None:
        return found
    termbase = termbase_for(spec.glossary)
    created = termbase.normalizer(
        spec.style, lang=spec.lang, cache_size=spec.cache_size, suggest=spec.suggest
    )
    with _OPENED.lock:
        return _OPENED.normalizers.setdefault(key, created)


def glossary_loads() -> dict[GlossarySpec, int]:
    """How many times this process has loaded each glossary (one each, unless it was evicted)."""
    with _OPENED.lock:
        return dict(_OPENED.loads)


def resolve_columns(chosen: Sequence[str], existing: Sequence[str]) -> tuple[str, ...]:
    """Column names for ``chosen`` (names or 1-based numbers; none: the first column), as the CLI
    resolves them, and a clear error for one the frame does not have."""
    names = [str(name) for name in existing]
    if not names:
        raise InputError("the table has no columns")
    resolved = []
    for name in chosen or (names[0],):
        if name in names:
            resolved.append(name)
        elif name.isdigit() and 1 <= int(name) <= len(names):
            resolved.append(names[int(name) - 1])
        else:
            raise InputError(
                f"no column {name!r} (give a column name or a 1-based number); "
                f"the columns are: {', '.join(names)}"
            )
    return tuple(resolved)


def added_columns(columns: Iterable[str], existing: Iterable[str] = ()) -> list[str]:
    """The names of the columns added for ``columns``, in order; an error if the frame has one."""
    names = [f"{column}_{suffix}" for column in columns for suffix in ADDED]
    clash = sorted(set(names) & {str(name) for name in existing})
    if clash:
        raise InputError(f"the table already has the column(s) {', '.join(clash)} that normalize adds")
    return names


def output_meta(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """An empty frame with the output's columns and dtypes (what Dask calls ``meta``)."""
    added = {
        f"{column}_{suffix}": pd.Series(dtype=ADDED_DTYPES[suffix]) for column in columns for suffix in ADDED
    }
    added_columns(columns, frame.columns)
    return pd.concat([frame.iloc[:0], pd.DataFrame(added)], axis=1)


def _cells(result: Normalized | None) -> tuple[Any, ...]:
    if result is None:
        return (None,) * len(ADDED)
    candidates = "|".join(f"{entry}:{score}" for entry, score in result.candidates)
    return (result.entry, result.normalized, result.score, result.match, result.status, candidates)


def normalize_frame(
    frame: pd.DataFrame, normalizer: Normalizer, columns: Sequence[str] = ()
) -> tuple[pd.DataFrame, TableSummary]:
    """``frame`` with the added columns for each chosen column, and what was done.

    A null value counts as an empty one (skipped). A value that is not text (a number, a list) or
    holds undecodable bytes (lone surrogates) gets nulls and is reported in ``problems`` by its
    1-based row number in this frame, as the single process reports a record it cannot read.
    """
    chosen = resolve_columns(columns, list(frame.columns))
    added_columns(chosen, frame.columns)
    summary = TableSummary(rows=len(frame))
    added: dict[str, Any] = {}
    for column in chosen:
        rows = [
            _normalized(normalizer, value, column, number, summary)
            for number, value in enumerate(frame[column].tolist(), 1)
        ]
        cells = list(zip(*(_cells(result) for result in rows), strict=True)) or [()] * len(ADDED)
        for suffix, values in zip(ADDED, cells, strict=True):
            added[f"{column}_{suffix}"] = pd.array(list(values), dtype=ADDED_DTYPES[suffix])
    return pd.concat([frame, pd.DataFrame(added, index=frame.index)], axis=1), summary


def _normalized(
    normalizer: Normalizer, value: Any, column: str, number: int, summary: TableSummary
) -> Normalized | None:
    if isinstance(value, str) and not value.isascii() and _SURROGATE.search(value):
        _problem(summary, number, f"column {column!r}: undecodable bytes (not UTF-8 text)")
        return None
    if isinstance(value, str):
        summary.values += 1
        result = normalizer.normalize(value)
        summary.counts[result.outcome] += 1
        return result
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        summary.values += 1
        summary.counts["skipped"] += 1
        return None
    _problem(summary, number, f"column {column!r} holds a {type(value).__name__}, not text")
    return None


def _problem(summary: TableSummary, number: int, problem: str) -> None:
    summary.malformed += 1
    if len(summary.problems) < MAX_PROBLEMS:
        summary.problems.append((number, problem))


def frame_csv(frame: pd.DataFrame, columns: Sequence[str], *, header: bool) -> bytes:
    """``frame`` as CSV, the added columns written as ``termbase normalize`` writes them
    (true/false, nothing for NA)."""
    cells = frame.copy()
    for column in columns:
        name = f"{column}_match"
        cells[name] = cells[name].map({True: "true", False: "false"}, na_action="ignore")
    text: str = cells.to_csv(index=False, header=header, na_rep="")
    return text.encode("utf-8", "surrogateescape")


def normalize_partition(frame: pd.DataFrame, spec: NormalizeSpec) -> pd.DataFrame:
    """The function to map over partitions (Dask ``map_partitions``, Spark ``mapInPandas``)."""
    return normalize_frame(frame, normalizer_for(spec), spec.columns)[0]
