"""Normalize Dask DataFrames, and whole tables on a Dask cluster (the ``termbase[dask]`` extra).

    import dask.dataframe as dd
    from termbase.distributed.dask import normalize_dataframe
    frame = dd.read_parquet("s3://bucket/catalogue/")             # any fsspec URL
    out = normalize_dataframe(frame, ["author"], style="plain-ascii")
    out.to_parquet("s3://bucket/catalogue-normalized/")

``normalize_dataframe`` is lazy and composes with the rest of a pipeline; each partition goes
through :func:`~termbase.distributed.partition.normalize_partition`, and each worker process opens
the glossary once. The ``run_*`` functions are the ``termbase normalize --engine dask`` jobs: they
also add up what was done (the summary) and write the output in table order.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

import dask.dataframe as dd
import fsspec
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from dask.delayed import delayed
from distributed import Client, Future, LocalCluster, as_completed

from termbase.distributed.partition import (
    GlossarySpec,
    NormalizeSpec,
    added_columns,
    frame_csv,
    normalize_frame,
    normalize_partition,
    normalizer_for,
    output_meta,
    resolve_columns,
)
from termbase.distributed.pieces import Plan, normalize_piece
from termbase.distributed.summary import merge
from termbase.editor.normalize import ADDED, DEFAULT_CACHE, TableSummary
from termbase.editor.style import DEFAULT_STYLE
from termbase.service import StyleSpec, Termbase

#: Called with (partitions done, partitions in all, rows done).
Progress = Callable[[int, int, int], None]


def normalize_spec(
    columns: Sequence[str] = (),
    *,
    glossary: Sequence[str | Path] = (),
    style: StyleSpec = DEFAULT_STYLE,
    lang: str | None = None,
    suggest: bool = False,
    cache_size: int = DEFAULT_CACHE,
) -> NormalizeSpec:
    """What every worker needs, resolved here once (the style parsed, the glossary hashed)."""
    return NormalizeSpec(
        GlossarySpec.of(*glossary), Termbase.style(style), tuple(columns), lang, suggest, cache_size
    )


def normalize_dataframe(
    frame: dd.DataFrame,
    columns: Sequence[str] = (),
    *,
    glossary: Sequence[str | Path] = (),
    style: StyleSpec = DEFAULT_STYLE,
    lang: str | None = None,
    suggest: bool = False,
    cache_size: int = DEFAULT_CACHE,
) -> dd.DataFrame:
    """``frame`` with the columns ``termbase normalize`` adds, computed partition by partition.

    ``columns`` are names or 1-based numbers (default: the first column); ``glossary`` folders
    must be readable at the same paths on every worker (none: the bundled glossaries).
    """
    spec = normalize_spec(
        columns, glossary=glossary, style=style, lang=lang, suggest=suggest, cache_size=cache_size
    )
    spec = replace(spec, columns=resolve_columns(spec.columns, list(frame.columns)))
    normalized: dd.DataFrame = frame.map_partitions(
        normalize_partition, spec, meta=output_meta(frame._meta, spec.columns)
    )
    return normalized


@contextmanager
def connect(scheduler: str | None = None, *, workers: int | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` processes
    (default: one per core) with one thread each: normalizing is CPU-bound Python."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # no fixed port: another cluster may hold 8787
            silence_logs=logging.CRITICAL,  # a failed task is reported once, by the client
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def worker_threads(client: Client) -> int:
    threads: dict[str, int] = client.nthreads()
    return max(1, sum(threads.values()))


def piece_size(total_bytes: int, threads: int) -> int:
    """About four pieces per worker thread (so a slow one does not hold up the end), 1–64 MiB."""
    return min(64 << 20, max(1 << 20, total_bytes // (4 * threads) + 1))


def _in_order(futures: list[Future[Any]], progress: Progress | None) -> Iterator[Any]:
    """Each future's result in list order, as soon as it and those before it are done."""
    number = {future.key: index for index, future in enumerate(futures)}
    done: dict[int, Any] = {}
    next_index = rows = 0
    for finished, (index, future) in enumerate(((number[f.key], f) for f in as_completed(futures)), 1):
        done[index] = future.result()
        rows += _rows_of(done[index])
        if progress is not None:
            progress(finished, len(futures), rows)
        while next_index in done:
            yield done.pop(next_index)
            next_index += 1


def _rows_of(result: Any) -> int:
    summary = result[1] if isinstance(result, tuple) else result
    return int(summary.rows) if isinstance(summary, TableSummary) else 0


def run_text_job(
    client: Client,
    plan: Plan,
    output: IO[bytes],
    spec: NormalizeSpec,
    *,
    header: bool = True,
    progress: Progress | None = None,
) -> TableSummary:
    """A CSV/TSV/JSONL table normalized piece by piece on the cluster, written to ``output`` in order
    (the same bytes as the single process writes)."""
    futures = [
        client.submit(normalize_piece, plan, n, spec, header=header, pure=False)
        for n in range(len(plan.pieces))
    ]
    parts = []
    for body, summary in _in_order(futures, progress):
        output.write(body)
        parts.append((0, summary))
    return merge(parts)


@dataclass(frozen=True)
class FrameOutput:
    """Where a frame job writes: Parquet parts into the folder ``path``, or CSV returned in order."""

    path: str
    fmt: str  # "parquet" or "csv"
    storage_options: dict[str, Any] | None = None


def _frame_part(
    part: pd.DataFrame, number: int, spec: NormalizeSpec, output: FrameOutput
) -> tuple[bytes, TableSummary]:
    frame, summary = normalize_frame(part, normalizer_for(spec), spec.columns)
    if output.fmt == "csv":
        return frame_csv(frame, spec.columns, header=number == 0), summary
    target = f"{output.path.rstrip('/')}/part.{number:05d}.parquet"
    with fsspec.open(target, "wb", **(output.storage_options or {})) as handle:
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), handle)
    return b"", summary


def run_frame_job(
    client: Client,
    source: str,
    output: FrameOutput,
    spec: NormalizeSpec,
    *,
    sink: IO[bytes] | None = None,
    blocksize: int | None = None,
    progress: Progress | None = None,
) -> tuple[TableSummary, int]:
    """A Parquet table (a file or a folder of them) normalized partition by partition: Parquet
    parts written by the workers into the folder ``output.path``, or CSV written to ``sink`` in
    order. Returns the summary (problems numbered by row) and the number of partitions."""
    options = output.storage_options
    size = blocksize or piece_size(_size(source, options), worker_threads(client))
    frame = dd.read_parquet(source, storage_options=options, blocksize=size)
    spec = replace(spec, columns=resolve_columns(spec.columns, list(frame.columns)))
    added_columns(spec.columns, frame.columns)
    if output.fmt == "parquet":
        fs, path = fsspec.core.url_to_fs(output.path, **(options or {}))
        fs.makedirs(path, exist_ok=True)
    tasks = [
        delayed(_frame_part)(part, number, spec, output) for number, part in enumerate(frame.to_delayed())
    ]
    futures = client.compute(tasks)
    parts, first_row = [], 0
    for body, summary in _in_order(futures, progress):
        if sink is not None:
            sink.write(body)
        parts.append((first_row, summary))
        first_row += summary.rows
    return merge(parts), len(futures)


def _size(url: str, storage_options: dict[str, Any] | None) -> int:
    fs, path = fsspec.core.url_to_fs(url, **(storage_options or {}))
    return int(fs.du(path)) if fs.isdir(path) else int(fs.size(path))


__all__ = [
    "ADDED",
    "FrameOutput",
    "connect",
    "normalize_dataframe",
    "normalize_spec",
    "run_frame_job",
    "run_text_job",
]
