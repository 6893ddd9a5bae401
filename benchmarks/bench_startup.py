"""Start-up time: until the glossary is loaded and indexed, and until `termbase serve` answers.

`serve` is timed with its compiled index present (in a temporary cache, built once first) and
with the cache off (``TERMBASE_CACHE=off``: the in-memory build every process paid before).
Baseline in the same run: a bare interpreter importing the web stack (the floor any Python
service pays).

    python benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
RUNS = 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


TERMBASE = str(Path(sys.executable).with_name("termbase"))
CACHE = tempfile.mkdtemp(prefix="termbase-bench-startup-")


def _env(cached: bool) -> dict[str, str]:
    return {**os.environ, "TERMBASE_CACHE": CACHE if cached else "off"}


def _until_healthy(glossary: list[str], *, cached: bool = True) -> float:
    if cached:
        subprocess.run([TERMBASE, "build", *glossary], env=_env(True), check=True, capture_output=True)
    port = _free_port()
    start = time.perf_counter()
    server = subprocess.Popen(
        [TERMBASE, "serve", "--port", str(port), *glossary],
        env=_env(cached),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                    if response.status == 200:
                        return time.perf_counter() - start
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError("server exited") from None
                time.sleep(0.02)
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    from synthetic import write

    print(f"command: python {' '.join(sys.argv)}")
    print("targets: <= 2 s on the bundled glossary; <= 2 s at any size with the compiled index")
    big = Path(tempfile.gettempdir()) / "termbase-synthetic-100000"
    if not (big / "entries.jsonl").exists():
        write(100_000, big)
    cases = [
        (
            "baseline: python -c 'import fastapi, uvicorn'",
            lambda: _timed([sys.executable, "-c", "import fastapi, uvicorn"]),
        ),
        (
            "load+index, bundled",
            lambda: _timed([sys.executable, "-c", "from termbase import Termbase; Termbase.load()"]),
        ),
        ("serve until /healthz, bundled, compiled index", lambda: _until_healthy([])),
        ("serve until /healthz, bundled, cache off", lambda: _until_healthy([], cached=False)),
        (
            "load+index, 100k",
            lambda: _timed(
                [
                    sys.executable,
                    "-c",
                    f"from termbase import Termbase; Termbase.load(__import__('pathlib').Path({str(big)!r}))",
                ]
            ),
        ),
        ("serve until /healthz, 100k, compiled index", lambda: _until_healthy(["--glossary", str(big)])),
        (
            "serve until /healthz, 100k, cache off",
            lambda: _until_healthy(["--glossary", str(big)], cached=False),
        ),
    ]
    for name, measure in cases:
        times = sorted(measure() for _ in range(RUNS))
        print(f"{name:<48} best {times[0]:6.2f} s   median {times[len(times) // 2]:6.2f} s   ({RUNS} runs)")


if __name__ == "__main__":
    main()
