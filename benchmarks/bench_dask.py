"""Benchmark: rows/s of ``termbase normalize --engine dask`` on 1, 2 and 4 local worker processes,
against the single-process ``termbase normalize`` on the same rows in the same run (not a test).

    python benchmarks/bench_dask.py                      # 5,000,000 rows
    python benchmarks/bench_dask.py --rows 1000000 --workers 1 2 4

The table is the one ``bench_normalize.py`` generates, written as Parquet (row groups of 50,000)
and as CSV: glossary names as sources spell them (every term of the bundled glossaries, every
system's rendering of every reading, upper-cased and mark-stripped copies) and 20,000 unknown
Japanese, Chinese, Russian and English names made from syllables, 60:40, seeded.

Most of the cost is the first lookup of each distinct value (about 59,000 here); repeats come
from each process's LRU cache. Reported for each worker count: wall-clock rows/s of the
normalization (the cluster's start and each worker's one glossary load are reported apart), the
workers' CPU seconds (rows per CPU second is what the load of other processes on the machine
distorts least), and each worker's resident (RSS) and proportional (PSS) memory after the run.
The baselines, in the same run and
each in a fresh process: ``termbase normalize names.csv`` (streamed) and ``names.parquet`` (one
process, the same per-partition function as the workers), with their CPU seconds and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))
from bench_normalize import SEED, glossary_variants, unknown_names

ROW_GROUP = 50_000


def generate(folder: Path, rows: int) -> tuple[Path, Path]:
    rng = random.Random(SEED)
    known, unknown = glossary_variants(), unknown_names(rng)
    print(f"value pools: {len(known):,} glossary spellings, {len(unknown):,} unknown names; mix 60:40")
    parquet, text = folder / "names.parquet", folder / "names.csv"
    schema = pa.schema([("id", pa.int64()), ("name", pa.string()), ("source", pa.string())])
    sources = ("GARF", "FMA PRC", "memoir", "")
    with pq.ParquetWriter(parquet, schema) as writer:
        for start in range(0, rows, ROW_GROUP):
            count = min(ROW_GROUP, rows - start)
            names = [rng.choice(known) if rng.random() < 0.6 else rng.choice(unknown) for _ in range(count)]
            columns = [list(range(start, start + count)), names, [rng.choice(sources) for _ in range(count)]]
            writer.write_table(pa.table(columns, schema=schema))
    pq.read_table(parquet).to_pandas().to_csv(text, index=False)
    sizes = f"{parquet.stat().st_size / 1e6:.1f} MB Parquet, {text.stat().st_size / 1e6:.1f} MB CSV"
    print(f"generated {rows:,} rows: {sizes}")
    return parquet, text


def baseline(source: Path, folder: Path, startup_cpu: float = 0.0) -> dict[str, Any]:
    """``termbase normalize`` in a fresh process: its own rate (load excluded), CPU (less
    ``startup_cpu``, what the command costs on a one-row table) and peak RSS."""
    summary = folder / f"summary-{source.suffix[1:]}.json"
    output = folder / f"single{source.suffix}"
    command = [
        sys.executable,
        "-m",
        "termbase.cli.main",
        "normalize",
        str(source),
        "-c",
        "name",
        "-o",
        str(output),
        "-q",
        "--summary-json",
        str(summary),
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = json.loads(summary.read_text())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) - startup_cpu
    return {
        "rows": done["rows"],
        "seconds": done["seconds"],
        "wall": wall,
        "cpu": cpu,
        "peak_mb": after.ru_maxrss / 1024,
    }


def _worker_state() -> dict[str, float]:
    """This worker process's CPU seconds so far and its memory now (RSS, PSS in MB)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    state = {"cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}
    try:
        for line in Path(f"/proc/{os.getpid()}/smaps_rollup").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("Rss", "Pss"):
                state[key.lower() + "_mb"] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return state


def _open(glossary: Any) -> None:
    from termbase.distributed.partition import termbase_for

    termbase_for(glossary)


def on_dask(parquet: Path, folder: Path, workers: int) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from termbase.distributed.dask import FrameOutput, normalize_spec, run_frame_job

    started = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        cluster_start = time.perf_counter() - started
        spec = normalize_spec(["name"])
        started = time.perf_counter()
        client.run(_open, spec.glossary)  # each worker's one glossary load, timed apart
        load = time.perf_counter() - started
        before = client.run(_worker_state)
        started = time.perf_counter()
        output = FrameOutput(str(folder / f"dask-{workers}.parquet"), "parquet")
        summary, partitions = run_frame_job(client, str(parquet), output, spec)
        seconds = time.perf_counter() - started
        after = client.run(_worker_state)
    cpu = sum(after[w]["cpu"] - before[w]["cpu"] for w in after)
    return {
        "rows": summary.rows,
        "seconds": seconds,
        "cpu": cpu,
        "partitions": partitions,
        "load": load,
        "start": cluster_start,
        "memory": list(after.values()),
    }


def _line(label: str, done: dict[str, Any], extra: str) -> str:
    rows, seconds, cpu = done["rows"], done["seconds"], done["cpu"]
    return (
        f"{label:<28} {rows:,} rows {seconds:7.1f} s {rows / seconds:>8,.0f} rows/s "
        f"{rows / cpu:>8,.0f} rows/CPU-s  {extra}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        parquet, text = generate(folder, args.rows)
        one_row = folder / "one.csv"
        one_row.write_text("id,name\n1,Mao Tse-tung\n", encoding="utf-8")
        startup_cpu = baseline(one_row, folder)["cpu"]
        print(f"termbase normalize on a one-row table (start-up and glossary load): {startup_cpu:.1f} CPU s")
        lines = []
        for label, source in (("one process, CSV streamed", text), ("one process, Parquet", parquet)):
            done = baseline(source, folder, startup_cpu)
            extra = f"peak RSS {done['peak_mb']:.0f} MB (whole command {done['wall']:.1f} s)"
            lines.append(_line(label, done, extra))
            print(lines[-1], flush=True)
        for workers in args.workers:
            done = on_dask(parquet, folder, workers)
            memory = ", ".join(f"{m.get('rss_mb', 0):.0f}/{m.get('pss_mb', 0):.0f}" for m in done["memory"])
            extra = (
                f"{done['partitions']} partitions; cluster start {done['start']:.1f} s, glossary load "
                f"{done['load']:.1f} s; per worker RSS/PSS MB: {memory}"
            )
            lines.append(_line(f"dask, {workers} worker processes", done, extra))
            print(lines[-1], flush=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
