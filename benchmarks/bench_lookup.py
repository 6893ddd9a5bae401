"""In-process lookup latency, start-up time and memory, bundled glossary and 100,000 entries.

Each size runs in its own process (clean memory figures). Queries are drawn from the glossary
itself in every shape a user types: exact forms, renderings in other systems, folded variants,
other name order, one-typo misspellings, and unknown names (which run every tier down to the
similarity tier). The baseline in the same run is a naive rapidfuzz scan (WRatio over every
form), timed on a subset because it is slow. Besides wall-clock time, each lookup's CPU time
(this thread's) is shown: on a shared machine it is the figure that other load disturbs least.
Each size ends with a digest of every answer: a change that should not change answers (a
speed-up) must leave it as it was.

    python benchmarks/bench_lookup.py                 # bundled and 100k
    python benchmarks/bench_lookup.py --sizes bundled
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

QUERIES = 3000
BASELINE_QUERIES = 100


def _percentiles(samples_ns: list[int]) -> dict[str, float]:
    ordered = sorted(samples_ns)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] / 1e6  # noqa: E731
    return {
        "n": len(ordered),
        "p50_ms": pick(0.50),
        "p90_ms": pick(0.90),
        "p99_ms": pick(0.99),
        "p999_ms": pick(0.999),
        "max_ms": ordered[-1] / 1e6,
        "mean_ms": statistics.fmean(ordered) / 1e6,
    }


def _typo(rng: random.Random, text: str) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 5:
        return text
    i = rng.choice(letters[1:])
    return text[:i] + rng.choice("aeioukstnr") + text[i + 1 :]


def make_queries(tb: Any, count: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    entries = tb.glossary.entries
    queries: list[tuple[str, str]] = []
    while len(queries) < count:
        position = rng.randrange(len(entries))
        entry = entries[position]
        term = rng.choice(entry.terms)
        shape = rng.choice(("exact", "rendering", "folded", "swapped", "typo", "unknown"))
        if shape == "exact":
            queries.append((shape, term.form))
        elif shape == "rendering":
            found = tb.index.renderings_of(position)
            if found:
                queries.append((shape, rng.choice(found).text))
        elif shape == "folded":
            queries.append((shape, term.form.upper() if term.script == "Latn" else term.form))
        elif shape == "swapped" and len(term.form.split()) == 2:
            queries.append((shape, " ".join(reversed(term.form.split()))))
        elif shape == "typo" and term.script in ("Latn", "Cyrl"):
            queries.append((shape, _typo(rng, term.form)))
        elif shape == "unknown":
            queries.append(
                (shape, "".join(rng.choices("bcdfghklmnprstvz", k=4)) + rng.choice(("ov", "ski", "ang")))
            )
    return queries


def _time_lookups(tb: Any, queries: list[tuple[str, str]]) -> dict[str, Any]:
    by_shape: dict[str, list[tuple[int, int]]] = {"all": []}
    for shape, query in queries:
        start, cpu = time.perf_counter_ns(), time.thread_time_ns()
        tb.lookup(query)
        elapsed = (time.perf_counter_ns() - start, time.thread_time_ns() - cpu)
        by_shape.setdefault(shape, []).append(elapsed)
        by_shape["all"].append(elapsed)
    return {
        shape: {**_percentiles([w for w, _ in pairs]), "cpu": _percentiles([c for _, c in pairs])}
        for shape, pairs in sorted(by_shape.items(), key=lambda item: (item[0] != "all", item[0]))
    }


def _time_baseline(tb: Any, queries: list[tuple[str, str]]) -> dict[str, Any]:
    from rapidfuzz import fuzz, process, utils

    forms = [t.form for e in tb.glossary.entries for t in e.terms]
    samples = []
    for _, query in queries[:BASELINE_QUERIES]:
        start = time.perf_counter_ns()
        process.extractOne(query, forms, scorer=fuzz.WRatio, processor=utils.default_process)
        samples.append(time.perf_counter_ns() - start)
    return {"forms": len(forms), **_percentiles(samples)}


def answers_digest(tb: Any, queries: list[tuple[str, str]]) -> str:
    """A digest of every answer to ``queries`` (each candidate's entry, score, tier, match and
    explanation): equal digests before and after a change mean it changed no answer."""
    digest = hashlib.sha256()
    for _, query in queries:
        for candidate in tb.lookup(query).results:
            found = (candidate.entry.id, candidate.score, int(candidate.tier), candidate.match)
            digest.update(repr((query, *found, candidate.matched)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def run_one(size: str) -> dict[str, Any]:
    """Measure one size in this process; returns the figures."""
    from termbase.service import Termbase

    paths: list[Path] = []
    if size != "bundled":
        from synthetic import write

        folder = Path(tempfile.gettempdir()) / f"termbase-synthetic-{size}"
        if not (folder / "entries.jsonl").exists():
            write(int(size), folder)
        paths.append(folder)
    start = time.perf_counter()
    tb = Termbase.load(*paths)
    load_s = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queries = make_queries(tb, QUERIES)
    tb.lookup("warm up")
    return {
        "size": size,
        "entries": len(tb.glossary.entries),
        "load_s": round(load_s, 2),
        "peak_rss_mb_after_load": round(rss_mb),
        "lookup": _time_lookups(tb, queries),
        "answers_digest": answers_digest(tb, queries),  # after timing: the answers are remembered
        "baseline_rapidfuzz_scan": _time_baseline(tb, queries),
    }


def _print(result: dict[str, Any]) -> None:
    print(
        f"\n== {result['size']}: {result['entries']} entries; load+index {result['load_s']} s; "
        f"peak RSS {result['peak_rss_mb_after_load']} MB"
    )
    print(
        f"{'queries':<10}{'n':>6}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'p99.9 ms':>10}{'max ms':>9}"
        f"{'cpu p50':>9}{'cpu p99':>9}"
    )
    for shape, figures in result["lookup"].items():
        cpu = figures["cpu"]
        print(
            f"{shape:<10}{figures['n']:>6}{figures['p50_ms']:>9.3f}{figures['p90_ms']:>9.3f}"
            f"{figures['p99_ms']:>9.3f}{figures['p999_ms']:>10.3f}{figures['max_ms']:>9.2f}"
            f"{cpu['p50_ms']:>9.3f}{cpu['p99_ms']:>9.3f}"
        )
    base = result["baseline_rapidfuzz_scan"]
    print(
        f"{'baseline':<10}{base['n']:>6}{base['p50_ms']:>9.3f}{base['p90_ms']:>9.3f}{base['p99_ms']:>9.3f}"
        f"{'':>10}{base['max_ms']:>9.2f}   (rapidfuzz WRatio scan over {base['forms']} forms)"
    )
    print(f"answers digest {result['answers_digest']} (equal before and after a change: no answer changed)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="*", default=["bundled", "100000"])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    print(f"command: python {' '.join(sys.argv)}")
    print(
        "targets: lookup p99 <= 1 ms at 100,000 entries; "
        "start-up <= 2 s bundled, <= 30 s and <= 2 GiB at 100k"
    )
    for size in args.sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one", size], capture_output=True, text=True, check=True
        )
        _print(json.loads(done.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
