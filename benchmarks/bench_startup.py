"""Start-up time: until the glossary is loaded and indexed, and until `termbase serve` answers.

`serve` is timed with its compiled index present (in a temporary cache, built once first) and
with the cache off (``TERMBASE_CACHE=off``: the in-memory build every process paid before),
until ``/healthz`` answers (listening, glossary loaded) and until ``/readyz`` does (the engines'
first use paid too). Each figure is wall time and the server's CPU time at that moment (read
from ``/proc``: on a loaded machine the CPU time is the steadier one). Baseline in the same run:
a bare interpreter importing the web stack (the floor any Python service pays), and with
``--compare LABEL=SRC`` the same serve cases with another source tree first on ``PYTHONPATH``
(e.g. a checkout of the previous commit's ``src``).

    python benchmarks/bench_startup.py
    python benchmarks/bench_startup.py --bundled --compare before=/tmp/base/src
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
RUNS = 3
TERMBASE = str(Path(sys.executable).with_name("termbase"))
CACHE = tempfile.mkdtemp(prefix="termbase-bench-startup-")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _env(cached: bool, src: str | None) -> dict[str, str]:
    env = {**os.environ, "TERMBASE_CACHE": CACHE if cached else "off"}
    if src is not None:
        env["PYTHONPATH"] = src
    return env


def _timed(argv: list[str], src: str | None = None) -> tuple[float, float]:
    before = os.times()
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=_env(False, src))
    after = os.times()
    return time.perf_counter() - start, after.children_user + after.children_system - (
        before.children_user + before.children_system
    )


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.HTTPError):
        return False


def _serve(glossary: list[str], *, cached: bool, src: str | None) -> tuple[float, float, float, float]:
    """(wall, CPU) until /healthz, then (wall, CPU) until /readyz."""
    if cached:
        subprocess.run([TERMBASE, "build", *glossary], env=_env(True, src), check=True, capture_output=True)
    port = _free_port()
    start = time.perf_counter()
    server = subprocess.Popen(
        [TERMBASE, "serve", "--port", str(port), *glossary],
        env=_env(cached, src),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        found: list[float] = []
        for path in ("healthz", "readyz"):
            while not _answers(f"http://127.0.0.1:{port}/{path}"):
                if server.poll() is not None:
                    raise RuntimeError("server exited")
                time.sleep(0.01)
            found += [time.perf_counter() - start, _cpu_seconds(server.pid)]
        return found[0], found[1], found[2], found[3]
    finally:
        server.terminate()
        server.wait()


def _report(name: str, runs: list[tuple[float, ...]]) -> None:
    def column(i: int) -> str:
        values = sorted(run[i] for run in runs)
        return f"{values[0]:5.2f}/{values[len(values) // 2]:5.2f}"

    if len(runs[0]) == 2:
        print(f"{name:<58} wall {column(0)} CPU {column(1)}")
    else:
        print(f"{name:<58} /healthz {column(0)} CPU {column(1)}   /readyz {column(2)} CPU {column(3)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundled", action="store_true", help="only the bundled glossary")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument(
        "--compare", action="append", default=[], help="LABEL=SRC: the serve cases again with SRC first"
    )
    args = parser.parse_args()
    print(f"command: python {' '.join(sys.argv)}")
    print("targets: <= 2 s on the bundled glossary; <= 2 s at any size with the compiled index")
    print(f"figures: seconds, best/median of {args.runs} runs (interleaved across source trees)")
    trees: list[tuple[str, str | None]] = [("this tree", None)]
    trees += [(label, src) for label, _, src in (c.partition("=") for c in args.compare)]
    glossaries: list[tuple[str, list[str]]] = [("bundled", [])]
    if not args.bundled:
        from synthetic import write

        big = Path(tempfile.gettempdir()) / "termbase-synthetic-100000"
        if not (big / "entries.jsonl").exists():
            write(100_000, big)
        glossaries.append(("100k entries", ["--glossary", str(big)]))
    cases: list[tuple[str, Callable[[], tuple[float, ...]]]] = [
        (
            "baseline: python -c 'import fastapi, uvicorn'",
            lambda: _timed([sys.executable, "-c", "import fastapi, uvicorn"]),
        )
    ]
    for label, src in trees:
        for name, glossary in glossaries:
            for cached in (True, False):
                kind = "compiled index" if cached else "cache off"
                cases.append(
                    (
                        f"[{label}] serve, {name}, {kind}",
                        lambda g=glossary, c=cached, s=src: _serve(g, cached=c, src=s),
                    )
                )
    results: dict[str, list[tuple[float, ...]]] = {name: [] for name, _ in cases}
    for _ in range(args.runs):
        for name, measure in cases:
            results[name].append(measure())
    for name, runs in results.items():
        _report(name, runs)


if __name__ == "__main__":
    main()
