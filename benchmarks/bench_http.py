"""HTTP throughput and latency of GET /v1/lookup under 32 concurrent connections (wrk, loopback).

The server and the load generator share this machine's cores, as the targets require. Queries
cycle through a realistic mix drawn from the bundled glossary (see bench_lookup.make_queries).
Baseline in the same run: GET /healthz, the cheapest endpoint of the same server.

    python benchmarks/bench_http.py [--workers 2] [--seconds 15]
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(port: int) -> None:
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


def _wrk(url: str, script: Path, seconds: int, connections: int) -> dict[str, str]:
    argv = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), url]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    figures = {"command": " ".join(argv)}
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    figures["req_per_s"] = rate.group(1) if rate else "?"
    for pct in ("50", "90", "99"):
        found = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.MULTILINE)
        figures[f"p{pct}"] = found.group(1) if found else "?"
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    figures["non_2xx"] = errors.group(1) if errors else "0"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    from bench_lookup import make_queries
    from termbase.service import Termbase

    queries = make_queries(Termbase.load(), 3000)
    paths = ", ".join(f'"/v1/lookup?q={urllib.parse.quote(q)}"' for _, q in queries)
    workdir = Path(tempfile.mkdtemp())
    lookup_lua, health_lua = workdir / "lookup.lua", workdir / "health.lua"
    lookup_lua.write_text(LUA % paths)
    health_lua.write_text(LUA % '"/healthz"')
    port = _free_port()
    termbase = str(Path(sys.executable).with_name("termbase"))
    server = subprocess.Popen(
        [termbase, "serve", "--port", str(port), "--workers", str(args.workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait(port)
        url = f"http://127.0.0.1:{port}"
        _wrk(url, lookup_lua, 3, args.connections)  # warm up every worker
        print(f"command: python {' '.join(sys.argv)}   (server: termbase serve --workers {args.workers})")
        print("target: >= 3,000 lookups/s with 32 connections, p99 <= 25 ms")
        for name, script in (("baseline /healthz", health_lua), ("/v1/lookup mix", lookup_lua)):
            f = _wrk(url, script, args.seconds, args.connections)
            print(
                f"{name:<20} {f['req_per_s']:>10} req/s   p50 {f['p50']:>8}  p90 {f['p90']:>8}"
                f"  p99 {f['p99']:>8}   non-2xx {f['non_2xx']}"
            )
            print(f"  {f['command']}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
