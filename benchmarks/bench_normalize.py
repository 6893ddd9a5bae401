"""Benchmark: ``termbase normalize`` on a generated CSV of 1,000,000 rows (not a test).

    python benchmarks/bench_normalize.py                      # 100k and 1M rows, baseline on 5k
    python benchmarks/bench_normalize.py --rows 200000 --baseline-rows 2000

The table mixes glossary names as sources spell them — every glossary term (English, romanized,
Cyrillic, kanji/kana, hanzi), every system's rendering of every reading in both name orders,
upper-cased and mark-stripped copies — with unknown Japanese, Chinese, Russian and English names
(a pool of 20,000 made from syllables), 60:40. Each size runs in a fresh process, which reports
rows/s of the normalization itself (the glossary load is reported apart) and its peak resident
memory; memory that does not grow from 100k to 1M rows is what "constant memory" means here.

The baseline is the naive approach in the same run: a full lookup for every row, no cache.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

SEED = 20261127
UNKNOWN_POOL = 20_000
SYLLABLES = {
    "ja": ["ta", "na", "ka", "hi", "ro", "shi", "mi", "yo", "su", "ke", "mo", "ri", "ya", "ma", "da", "ko"],
    "zh": ["li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "xiao", "ming", "hua", "jun"],
    "ru": ["iva", "nov", "pet", "rov", "sid", "ore", "kuz", "net", "sov", "mikh", "ail", "ova", "lev"],
    "en": ["smi", "th", "john", "son", "will", "iams", "brown", "tay", "lor", "da", "vis", "mar", "tin"],
}


def _word(rng: random.Random, lang: str) -> str:
    return "".join(rng.choice(SYLLABLES[lang]) for _ in range(rng.randint(2, 3))).capitalize()


def unknown_names(rng: random.Random) -> list[str]:
    names = set()
    while len(names) < UNKNOWN_POOL:
        lang = rng.choice(list(SYLLABLES))
        names.add(f"{_word(rng, lang)} {_word(rng, lang)}")
    return sorted(names)


def glossary_variants() -> list[str]:
    from termbase.service import Termbase

    termbase = Termbase.load()
    found: set[str] = set()
    for number, entry in enumerate(termbase.glossary.entries):
        for term in entry.terms:
            found.add(term.form)
        for rendering in termbase.index.renderings_of(number):
            found.add(rendering.text)
    variants = set(found)
    for form in found:
        variants.add(form.upper())
        stripped = "".join(c for c in unicodedata.normalize("NFD", form) if not unicodedata.combining(c))
        variants.add(unicodedata.normalize("NFC", stripped))
    return sorted(variants)


def generate(path: Path, rows: int, known: list[str], unknown: list[str]) -> None:
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "source", "year"])
        for number in range(rows):
            name = rng.choice(known) if rng.random() < 0.6 else rng.choice(unknown)
            writer.writerow([number, name, rng.choice(("GARF", "FMA PRC", "memoir", "")), 1945 + number % 12])


def worker(path: str, cache_size: int, suggest: bool) -> None:
    from termbase.editor import TableJob, TableOptions
    from termbase.service import Termbase

    started = time.perf_counter()
    termbase = Termbase.load()
    loaded = time.perf_counter() - started
    normalizer = termbase.normalizer(cache_size=cache_size, suggest=suggest)
    job = TableJob(normalizer, TableOptions("csv", ("name",)))
    with open(path, "rb") as src, open(path + ".out", "wb") as dst:
        summary = job.run(src, dst)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "rows": summary.rows,
                "seconds": summary.seconds,
                "load": loaded,
                "peak_mb": peak_kb / 1024,
                "counts": summary.counts,
            }
        )
    )


def measure(path: Path, *, cache_size: int, suggest: bool) -> dict[str, object]:
    command = [sys.executable, __file__, "--worker", str(path), "--cache-size", str(cache_size)]
    if suggest:
        command.append("--suggest")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _line(label: str, result: dict[str, object]) -> str:
    rows, seconds = int(result["rows"]), float(result["seconds"])  # type: ignore[call-overload, arg-type]
    return (
        f"{label:<34} {rows:>9,} rows {seconds:8.2f} s {rows / seconds:>10,.0f} rows/s "
        f"peak {float(result['peak_mb']):7.1f} MB  (glossary load {float(result['load']):.1f} s)"  # type: ignore[arg-type]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--baseline-rows", type=int, default=5_000)
    parser.add_argument("--worker")
    parser.add_argument("--cache-size", type=int, default=100_000)
    parser.add_argument("--suggest", action="store_true")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.cache_size, args.suggest)
        return
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    rng = random.Random(SEED)
    known, unknown = glossary_variants(), unknown_names(rng)
    print(f"value pools: {len(known):,} glossary spellings, {len(unknown):,} unknown names; mix 60:40")
    with tempfile.TemporaryDirectory() as folder:
        sizes = sorted({min(100_000, args.rows), args.rows})
        results = []
        for size in sizes:
            path = Path(folder) / f"names-{size}.csv"
            generate(path, size, known, unknown)
            print(f"generated {path.name}: {path.stat().st_size / 1e6:.1f} MB")
            results.append(
                (f"termbase normalize, {size:,} rows", measure(path, cache_size=100_000, suggest=False))
            )
        base = Path(folder) / "baseline.csv"
        generate(base, args.baseline_rows, known, unknown)
        results.append(("baseline: lookup every row, no cache", measure(base, cache_size=0, suggest=True)))
    print()
    for label, result in results:
        print(_line(label, result))
    small, large = results[0][1], results[len(sizes) - 1][1]
    growth = float(large["peak_mb"]) - float(small["peak_mb"])  # type: ignore[arg-type]
    print(f"\npeak memory {sizes[0]:,} -> {sizes[-1]:,} rows: {growth:+.1f} MB")
    print("outcomes at the largest size:", large["counts"])


if __name__ == "__main__":
    main()
