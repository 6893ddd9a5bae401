"""``termbase normalize`` on Parquet input, and with ``--engine dask``: the command's other runs.

- Parquet, one process: read in row batches, each through ``normalize_frame``, written to one
  Parquet (or CSV) file.
- ``--engine dask`` on Parquet: the partitions through the same function on the cluster, Parquet
  parts written by the workers into the output folder (or CSV written here, in order).
- ``--engine dask`` on CSV/TSV/JSONL: the file cut at record boundaries, each piece through the
  single process's own streamed job, written back in order, byte for byte as it would be.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from dask.utils import parse_bytes

from termbase.distributed.dask import (
    FrameOutput,
    connect,
    piece_size,
    run_frame_job,
    run_text_job,
    worker_threads,
)
from termbase.distributed.options import is_parquet
from termbase.distributed.partition import (
    GlossarySpec,
    NormalizeSpec,
    frame_csv,
    normalize_frame,
    normalizer_for,
    resolve_columns,
)
from termbase.distributed.pieces import plan_pieces
from termbase.distributed.summary import merge
from termbase.editor.normalize import TableSummary
from termbase.editor.tables import table_format
from termbase.errors import InputError
from termbase.service import Termbase

BATCH_ROWS = 65_536
SHOWN_PROBLEMS = 20


class PartitionBar:
    """Partitions and rows done, on stderr, only when stderr is a terminal."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, done: int, total: int, rows: int) -> None:
        if self.enabled:
            share = f"{done}/{total} partitions, " if total else ""
            sys.stderr.write(f"\rnormalize: {share}{rows:,} rows")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")


@contextmanager
def _sink(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        with fsspec.open(path, "wb") as handle:
            yield handle
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _spec(args: argparse.Namespace) -> NormalizeSpec:
    if args.cache_size < 0:
        raise InputError("--cache-size must be 0 or more")
    return NormalizeSpec(
        GlossarySpec.of(*args.glossary),
        Termbase.style(args.style),
        tuple(args.column),
        args.lang,
        args.suggest,
        args.cache_size,
    )


def _output_format(args: argparse.Namespace, source_parquet: bool) -> str:
    if args.output == "-" or args.output.lower().endswith(".csv"):
        return "csv"
    if is_parquet(args.output) or (source_parquet and args.engine == "dask"):
        if not source_parquet:
            raise InputError(
                "a CSV/TSV/JSONL table is written back in its own format (malformed records pass "
                "through byte for byte); give Parquet input for Parquet output"
            )
        return "parquet"
    if source_parquet:
        raise InputError(f"cannot tell the output format of {args.output!r}: end it in .parquet or .csv")
    return "same"


def run(args: argparse.Namespace) -> int:
    for given, name in (
        (args.scheduler, "--scheduler"),
        (args.workers, "--workers"),
        (args.blocksize, "--blocksize"),
    ):
        if given is not None and args.engine != "dask":
            raise InputError(f"{name} needs --engine dask")
    if args.file == "-" and args.engine == "dask":
        raise InputError("--engine dask reads a file or URL, not standard input")
    source_parquet = is_parquet(args.file)
    out_fmt = _output_format(args, source_parquet)
    spec = _spec(args)
    bar = PartitionBar(enabled=not args.quiet)
    if args.engine == "local":
        normalizer_for(spec)  # the glossary load is not part of the rate, as in the streamed path
    started = time.perf_counter()
    try:
        if args.engine == "local":
            summary, where = _local_parquet(args, spec, out_fmt, bar), "one process"
        else:
            summary, where = _on_dask(args, spec, out_fmt, source_parquet, bar)
    finally:
        bar.close()
    summary.seconds = time.perf_counter() - started
    if not args.quiet:
        _print_summary(summary, where, unit="row" if source_parquet else "line")
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8")
    return 0


def _local_parquet(
    args: argparse.Namespace, spec: NormalizeSpec, out_fmt: str, bar: PartitionBar
) -> TableSummary:
    normalizer = normalizer_for(spec)
    parts: list[tuple[int, TableSummary]] = []
    with fsspec.open(args.file, "rb") as source, _sink(args.output) as sink:
        table = pq.ParquetFile(source)
        columns = resolve_columns(spec.columns, table.schema_arrow.names)
        writer: pq.ParquetWriter | None = None
        first_row = 0
        for batch in table.iter_batches(batch_size=BATCH_ROWS):
            frame, summary = normalize_frame(batch.to_pandas(), normalizer, columns)
            if out_fmt == "csv":
                sink.write(frame_csv(frame, columns, header=first_row == 0))
            else:
                arrow = pa.Table.from_pandas(frame, preserve_index=False)
                writer = writer or pq.ParquetWriter(sink, arrow.schema)
                writer.write_table(arrow.cast(writer.schema))
            parts.append((first_row, summary))
            first_row += summary.rows
            bar(0, 0, first_row)
        if writer is not None:
            writer.close()
    return merge(parts)


def _on_dask(
    args: argparse.Namespace, spec: NormalizeSpec, out_fmt: str, source_parquet: bool, bar: PartitionBar
) -> tuple[TableSummary, str]:
    if args.workers is not None and args.workers < 1:
        raise InputError("--workers must be 1 or more")
    if args.workers is not None and args.scheduler:
        raise InputError(
            "--workers starts a local cluster; a cluster given by --scheduler has its own workers"
        )
    try:
        blocksize = parse_bytes(args.blocksize) if args.blocksize else None
    except ValueError:
        raise InputError(f"--blocksize {args.blocksize!r} is not a size (e.g. 16MiB)") from None
    with connect(args.scheduler, workers=args.workers) as client:
        threads = worker_threads(client)
        if source_parquet:
            output = FrameOutput(args.output, out_fmt)
            with _sink(args.output) if out_fmt == "csv" else _no_sink() as sink:
                summary, partitions = run_frame_job(
                    client, args.file, output, spec, sink=sink, blocksize=blocksize, progress=bar
                )
        else:
            fmt = table_format(args.file, args.format)
            if fmt == "jsonl" and not spec.columns:
                raise InputError("JSON Lines input needs --column KEY (the member to normalize)")
            size = blocksize or piece_size(_file_size(args.file), threads)
            plan = plan_pieces(args.file, fmt, size)
            with _sink(args.output) as sink:
                summary = run_text_job(client, plan, sink, spec, header=not args.no_header, progress=bar)
            partitions = len(plan.pieces)
    return summary, f"dask, {threads} worker threads, {partitions} partitions"


@contextmanager
def _no_sink() -> Iterator[None]:
    yield None


def _file_size(url: str) -> int:
    try:
        fs, path = fsspec.core.url_to_fs(url)
        return int(fs.size(path))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot open {url}: {exc}") from None


def _print_summary(summary: TableSummary, where: str, *, unit: str) -> None:
    rate = summary.rows / summary.seconds if summary.seconds else 0.0
    counts = ", ".join(f"{n} {k}" for k, n in summary.counts.items())
    print(
        f"normalize ({where}): {summary.rows} rows ({summary.blank} blank, {summary.malformed} malformed) "
        f"in {summary.seconds:.2f} s ({rate:,.0f} rows/s); {summary.values} values: {counts}",
        file=sys.stderr,
    )
    left = "passed through unchanged" if unit == "line" else "added columns left empty"
    for number, problem in summary.problems[:SHOWN_PROBLEMS]:
        print(f"normalize: {unit} {number}: {problem} ({left})", file=sys.stderr)
    if summary.malformed > SHOWN_PROBLEMS:
        print(f"normalize: ... and {summary.malformed - SHOWN_PROBLEMS} more malformed", file=sys.stderr)
