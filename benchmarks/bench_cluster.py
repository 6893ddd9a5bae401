"""Benchmark: ``termbase cluster`` on a generated CSV of 100,000 and 1,000,000 rows (not a test).

    python benchmarks/bench_cluster.py                     # 100k and 1M rows
    python benchmarks/bench_cluster.py --rows 200000

What the rows are (column ``name``, 60:40 known to unknown, drawn at random with a fixed seed):

Memory grows with distinct spellings, not rows: 100k rows meet about two thirds of the pools,
half a million all of them, so from there to 1M rows the peak must stay where it is.

- **glossary spellings**: every term of the bundled glossaries (English, romanized, Cyrillic,
  kanji/kana, hanzi) and every system's rendering of every reading, plus upper-cased and
  mark-stripped copies, as sources write them;
- **unknown names**: the real spellings in ``benchmarks/data/multilingual.tsv`` whose name no
  loaded glossary holds (copied from public pages by an earlier session; each row has its
  address), and synthetic persons made by recombining the family and given names of the
  glossary's Japanese and Chinese persons (Nosaka Shigeru, Mao Enlai ...: real name parts, names
  in no glossary), each also in the other name order and without marks — so that most unknown
  names are written several ways, as in an archive's table.

Each run is a fresh process that reports the CPU time of the clustering itself (the glossary
load is reported apart), rows/s over that time, and its peak resident memory; memory that does
not grow from 100k to 1M rows is what "flat memory" means here. The same-run baseline is
``termbase normalize`` (``Termbase.normalize_table``, default options) over the same files.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

SEED = 20261203
DATA = Path(__file__).resolve().parent / "data" / "multilingual.tsv"


def _plain(text: str) -> str:
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def pools() -> tuple[list[str], list[str]]:
    """(glossary spellings, unknown names) as described in the module docstring."""
    from termbase.model import Kind
    from termbase.service import Termbase

    termbase = Termbase.load()
    known: set[str] = set()
    family: set[str] = set()
    given: set[str] = set()
    for number, entry in enumerate(termbase.glossary.entries):
        for term in entry.terms:
            known.add(term.form)
            words = term.form.split()
            if (
                entry.kind is Kind.PERSON
                and entry.origin in ("ja", "zh")
                and term.lang == "en"
                and len(words) == 2
            ):
                family.add(words[0])
                given.add(words[1])
        for rendering in termbase.index.renderings_of(number):
            known.add(rendering.text)
    known |= {form.upper() for form in list(known)} | {_plain(form) for form in list(known)}
    ids = {entry.id for entry in termbase.glossary.entries}
    with DATA.open(encoding="utf-8") as handle:
        real = {row["query"] for row in csv.DictReader(handle, delimiter="\t") if row["expected"] not in ids}
    made = {f"{f} {g}" for f in sorted(family) for g in sorted(given)}
    made -= known
    unknown = set(real)
    for name in made:
        f, g = name.split()
        unknown.update((name, f"{g} {f}", _plain(name)))
    return sorted(known), sorted(unknown)


def generate(path: Path, rows: int, known: list[str], unknown: list[str]) -> None:
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "source", "year"])
        for number in range(rows):
            name = rng.choice(known) if rng.random() < 0.6 else rng.choice(unknown)
            writer.writerow([number, name, rng.choice(("GARF", "FMA PRC", "memoir", "")), 1945 + number % 12])


def worker(path: str, what: str) -> None:
    from termbase.editor import TableOptions
    from termbase.editor.cluster import ClusterOptions
    from termbase.service import Termbase

    started = time.perf_counter()
    termbase = Termbase.load()
    loaded = time.perf_counter() - started
    cpu = time.process_time()
    with open(path, "rb") as src:
        if what == "cluster":
            report = termbase.cluster_table(src, ClusterOptions("csv", ("name",)))
            rows, extra = report.summary.rows, report.counts()
        else:
            summary = termbase.normalize_table(
                src, io.BytesIO(), TableOptions("csv", ("name",)), suggest=False
            )
            rows, extra = summary.rows, summary.counts
    seconds = time.process_time() - cpu
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps({"rows": rows, "cpu": seconds, "load": loaded, "peak_mb": peak_kb / 1024, "counts": extra})
    )


def measure(path: Path, what: str) -> dict[str, object]:
    command = [sys.executable, __file__, "--worker", str(path), "--what", what]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _line(label: str, result: dict[str, object]) -> str:
    rows, seconds = int(str(result["rows"])), float(str(result["cpu"]))
    return (
        f"{label:<34} {rows:>9,} rows {seconds:8.2f} s CPU {rows / seconds:>10,.0f} rows/s "
        f"peak {float(str(result['peak_mb'])):7.1f} MB  (glossary load {float(str(result['load'])):.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--worker")
    parser.add_argument("--what", choices=("cluster", "normalize"), default="cluster")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.what)
        return
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    known, unknown = pools()
    print(f"value pools: {len(known):,} glossary spellings, {len(unknown):,} unknown names; mix 60:40")
    # the middle size shows where memory stops growing: once every distinct spelling has been seen
    sizes = sorted({min(100_000, args.rows), args.rows // 2, args.rows})
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"names-{size}.csv"
            generate(path, size, known, unknown)
            print(f"generated {path.name}: {path.stat().st_size / 1e6:.1f} MB")
            results.append((f"termbase cluster, {size:,} rows", measure(path, "cluster")))
            results.append((f"baseline: normalize, {size:,} rows", measure(path, "normalize")))
    print()
    for label, result in results:
        print(_line(label, result))
    small, large = results[0][1], results[-2][1]
    growth = float(str(large["peak_mb"])) - float(str(small["peak_mb"]))
    print(f"\ncluster peak memory {sizes[0]:,} -> {sizes[-1]:,} rows: {growth:+.1f} MB")
    print("cluster at the largest size:", large["counts"])


if __name__ == "__main__":
    main()
