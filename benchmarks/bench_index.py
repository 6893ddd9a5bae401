"""The compiled index at scale: build time, serve start-up, 2-worker memory (PSS), lookup latency.

For a synthetic glossary of ``--terms`` terms (benchmarks/synthetic.py; about 2.7 terms an
entry), each figure is measured with the compiled index and, as the same-run baseline, with
the in-memory build (``TERMBASE_CACHE=off``) on a glossary of ``--baseline-terms`` terms (the
in-memory build at a million terms takes many minutes and gigabytes per process). Every
measurement runs in its own process:

- build: ``termbase build`` (parse, validate, index, write), wall and CPU time, peak RSS;
- start-up: ``termbase serve`` until ``/healthz`` answers, the index already built;
- memory: PSS summed over a ``--workers 2`` server and its workers (``/proc/<pid>/smaps_rollup``)
  after 200 lookups through each;
- lookup: in-process p50/p99 over 3000 queries of every shape (benchmarks/bench_lookup.py),
  wall and this thread's CPU time.

    python benchmarks/bench_index.py                       # 1,000,000 terms, baseline 100,000
    python benchmarks/bench_index.py --terms 100000 --baseline-terms 100000
    python benchmarks/bench_index.py --baseline bundled    # baseline: the bundled glossaries, compiled
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

TERMS_PER_ENTRY = 8 / 3  # synthetic.py: Japanese and Chinese entries have 3 terms, Russian 2
TERMBASE = str(Path(sys.executable).with_name("termbase"))


def glossary_of(terms: int) -> Path:
    """The synthetic glossary of about ``terms`` terms; 0 is the bundled glossaries."""
    from synthetic import write

    if terms == 0:
        return Path(__file__).parents[1] / "glossaries"
    entries = round(terms / TERMS_PER_ENTRY)
    folder = Path(tempfile.gettempdir()) / f"termbase-synthetic-{entries}"
    if not (folder / "entries.jsonl").exists():
        write(entries, folder)
    return folder


def _env(cache: Path | None) -> dict[str, str]:
    return {**os.environ, "TERMBASE_CACHE": str(cache) if cache else "off"}


def measure_build(glossary: Path, cache: Path) -> dict[str, Any]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([TERMBASE, "build", "--glossary", str(glossary)], env=_env(cache), check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    size = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
    return {
        "wall_s": time.perf_counter() - start,
        "cpu_s": cpu,
        "peak_rss_mb": after.ru_maxrss / 1024,
        "index_mb": size / 2**20,
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        body: bytes = response.read()
        return body


class Server:
    """``termbase serve`` in a subprocess, timed until /healthz answers."""

    def __init__(self, glossary: Path, cache: Path | None, workers: int = 1) -> None:
        self.port = _free_port()
        argv = [TERMBASE, "serve", "--port", str(self.port), "--workers", str(workers)]
        self.start = time.perf_counter()
        self.process = subprocess.Popen(
            [*argv, "--glossary", str(glossary)],
            env=_env(cache),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.healthy_after = self._wait()
        self.cpu_until_healthy = _cpu_seconds(self.process.pid)

    def _wait(self) -> float:
        while True:
            try:
                _get(f"http://127.0.0.1:{self.port}/healthz")
                return time.perf_counter() - self.start
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("server exited") from None
                time.sleep(0.02)

    def lookups(self, queries: list[str]) -> None:
        for query in queries:
            _get(f"http://127.0.0.1:{self.port}/v1/lookup?q={urllib.parse.quote(query)}")

    def pss_mb(self) -> tuple[float, int]:
        pids = [self.process.pid, *_children(self.process.pid)]
        total = 0
        for pid in pids:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        return total / 1024, len(pids)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of ``pid`` and its reaped children (load-independent)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found = []
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        found += [int(child), *_children(int(child))]
    return found


def measure_server(glossary: Path, cache: Path | None, queries: list[str]) -> dict[str, Any]:
    one = Server(glossary, cache)
    startup, startup_cpu = one.healthy_after, one.cpu_until_healthy
    one.stop()
    two = Server(glossary, cache, workers=2)
    try:
        two.lookups(queries)
        pss, processes = two.pss_mb()
    finally:
        two.stop()
    return {
        "startup_s": startup,
        "startup_cpu_s": startup_cpu,
        "pss_2_workers_mb": pss,
        "processes": processes,
    }


def measure_lookups(glossary: Path, cache: Path | None) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--lookups", str(glossary)],
        env=_env(cache),
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def run_lookups(glossary: Path) -> dict[str, Any]:
    from bench_lookup import QUERIES, _time_lookups, make_queries
    from termbase.service import Termbase

    start = time.perf_counter()
    tb = Termbase.open(glossary)
    opened = time.perf_counter() - start
    queries = make_queries(tb, QUERIES)
    tb.lookup("warm up")
    timed = _time_lookups(tb, queries)["all"]
    return {
        "open_s": opened,
        "compiled": tb.index.compiled,
        "p50_ms": timed["p50_ms"],
        "p99_ms": timed["p99_ms"],
        "cpu_p50_ms": timed["cpu"]["p50_ms"],
        "cpu_p99_ms": timed["cpu"]["p99_ms"],
        "queries": [q for _, q in queries[:200]],
    }


def measure(terms: int, *, compiled: bool, work: Path) -> dict[str, Any]:
    glossary = glossary_of(terms)
    cache = work / f"cache-{terms}" if compiled else None
    figures: dict[str, Any] = {"terms": terms, "compiled": compiled}
    if cache is not None:
        figures["build"] = measure_build(glossary, cache)
    lookups = measure_lookups(glossary, cache)
    queries = lookups.pop("queries")
    figures["lookup"] = lookups
    figures["server"] = measure_server(glossary, cache, queries)
    return figures


def _print(figures: dict[str, Any]) -> None:
    kind = "compiled index" if figures["compiled"] else "in-memory build (baseline)"
    size = f"{figures['terms']:,} synthetic terms" if figures["terms"] else "the bundled glossaries"
    print(f"\n== {size}, {kind}")
    if "build" in figures:
        b = figures["build"]
        print(
            f"build: {b['wall_s']:.1f} s wall, {b['cpu_s']:.1f} s CPU, peak RSS {b['peak_rss_mb']:.0f} MB, "
            f"index {b['index_mb']:.0f} MB on disk   (target <= 60 s)"
        )
    s, lookup = figures["server"], figures["lookup"]
    startup = f"{s['startup_s']:.2f} s wall, {s['startup_cpu_s']:.2f} s CPU"
    print(f"serve until /healthz: {startup}   (target <= 2 s)")
    print(f"PSS, 2 workers ({s['processes']} processes): {s['pss_2_workers_mb']:.0f} MB   (target <= 1.5 GB)")
    print(
        f"in-process open {lookup['open_s']:.2f} s; lookup p50 {lookup['p50_ms']:.3f} ms, "
        f"p99 {lookup['p99_ms']:.3f} ms (CPU p50 {lookup['cpu_p50_ms']:.3f}, p99 {lookup['cpu_p99_ms']:.3f})"
        "   (targets 0.3 / 1 ms)"
    )


def bundled_startup() -> None:
    """``serve`` until /healthz on the bundled glossaries: compiled index present vs cache off."""
    glossary = Path(__file__).parents[1] / "glossaries"
    with tempfile.TemporaryDirectory(prefix="termbase-bench-index-") as work:
        measure_build(glossary, Path(work))
        for label, cache in (("compiled index", Path(work)), ("cache off (baseline)", None)) * 2:
            server = Server(glossary, cache)
            server.stop()
            print(
                f"bundled, serve until /healthz, {label}: {server.healthy_after:.2f} s wall, "
                f"{server.cpu_until_healthy:.2f} s CPU   (target <= 2 s)"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--terms", type=int, default=1_000_000)
    parser.add_argument("--baseline-terms", type=int, default=100_000)
    parser.add_argument(
        "--baseline",
        choices=("memory", "bundled"),
        default="memory",
        help="the same-run baseline: the in-memory build at --baseline-terms (slow at scale), "
        "or the compiled index of the bundled glossaries",
    )
    parser.add_argument("--bundled", action="store_true", help="only serve start-up, bundled glossary")
    parser.add_argument("--lookups", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.lookups:
        print(json.dumps(run_lookups(Path(args.lookups))))
        return
    print(f"command: python {' '.join(sys.argv)}")
    if args.bundled:
        bundled_startup()
        return
    with tempfile.TemporaryDirectory(prefix="termbase-bench-index-") as work:
        if args.baseline == "bundled":
            _print(measure(args.terms, compiled=True, work=Path(work)))
            _print(measure(0, compiled=True, work=Path(work)))
            return
        runs = [(args.terms, True), (args.baseline_terms, False)]
        if args.baseline_terms != args.terms:
            runs.insert(1, (args.baseline_terms, True))  # the compiled index at the baseline's size
        for terms, compiled in runs:
            _print(measure(terms, compiled=compiled, work=Path(work)))


if __name__ == "__main__":
    main()
