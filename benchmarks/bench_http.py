"""HTTP throughput and latency of termbase's lookup and reconciliation endpoints (wrk, loopback).

The server and the load generator share this machine's cores, as the targets require.

- ``GET /v1/lookup``: a thousand distinct real spellings (the ``query`` column of
  benchmarks/data/spellings.tsv and multilingual.tsv, each copied from the public page its row
  names), cycled by ``--connections`` connections. Baseline in the same run: ``GET /healthz``,
  the cheapest endpoint of the same server; the figure that matters is the ratio.
- ``POST /reconcile`` (W3C Reconciliation API 0.2, form-encoded ``queries=``): the same spellings
  in batches of 10. With ``--peer datasette`` the same batches go, in the same run, to
  datasette-reconcile (SQLite FTS5) serving a table of the bundled glossary's labels and forms
  (one row per entry: id, label, every form). The peer runs in its own environment, which the
  benchmark makes on first use (``benchmarks/out/peer-datasette``: a venv with the pinned
  ``PEER_PACKAGES`` from the package registry: datasette is Apache-2.0, datasette-reconcile
  MIT); ``--peer-bin`` names another one's bin folder instead.
- The first pass over unseen queries, and what "warm" means: the queries are cut in two halves,
  A and B. A fresh server looks up A once (the first pass: every worker just started, no query
  seen), then B (the warm pass: the same processes, set up and having served traffic, but
  meeting queries none of them has seen: no answer comes from a memo). A second fresh server
  does B first, then A, so each query is timed once cold and once warm and the halves' own
  difficulty cancels out. The ratio is the cost of set-up a process leaves to its first
  requests (imports, lazy tables, first-use caches). The pass over every query once every
  worker has seen them all (answers remembered, ``Index.lookups``) is reported apart.
- Each rate comes with the server's own CPU time per request (its processes' user + system
  time, from /proc), steadier than the rate on a shared machine.
- ``--compare LABEL=SRC``: every measurement again against a server run with the source tree
  SRC first on ``PYTHONPATH`` (say, main's code), in the same run.

    python benchmarks/bench_http.py [--workers 2] [--seconds 15] [--peer datasette [--peer-bin BIN]]
        [--compare main=/tmp/main/src] [--label this]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).parent / "data"
BATCH = 10

GET_LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""

#: Each path once over all threads (thread n of N takes paths n, n+N, ...), timed from a thread's
#: first lookup to its last answer (requests a thread's connections send once its share is out
#: go to /healthz and are not counted). wrk itself runs for -d whatever its threads do: each
#: thread leaves a marker file when done, and the caller interrupts wrk once all have.
ONCE_LUA = """
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_usec; } pass_timeval;
int gettimeofday(pass_timeval *tv, void *tz);
]]
local function now()
  local tv = ffi.new("pass_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end
local paths = {%s}
local threads = %d
local marker = %s
local counter = 0
local all = {}
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  all[#all + 1] = thread
end
function init(args)
  -- wrk calls thread 0's request() once before the run to check the script: it gets /healthz.
  share = {}
  if id == 0 then share[1] = "/healthz" end
  wanted = 0
  for n = id + 1, #paths, threads do share[#share + 1] = paths[n]; wanted = wanted + 1 end
  sent, answered, started, finished = 0, 0, 0, 0
end
request = function()
  sent = sent + 1
  local path = share[sent]
  if path == nil or path == "/healthz" then return wrk.format("GET", "/healthz") end
  if started == 0 then started = now() end
  return wrk.format("GET", path)
end
response = function(status, headers, body)
  if string.sub(body, 1, 9) == '{"query":' or status ~= 200 then answered = answered + 1 end
  if answered == wanted then
    finished = now()
    io.open(string.format("%%s.%%d", marker, id), "w"):close()  -- tells the caller to stop wrk
    wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  local first, last, count = math.huge, 0, 0
  for _, thread in ipairs(all) do
    first = math.min(first, thread:get("started"))
    last = math.max(last, thread:get("finished"))
    count = count + thread:get("answered")
  end
  io.write(string.format("pass: %%d lookups in %%.3f s\\n", count, last - first))
end
"""

POST_LUA = """
local bodies = {%s}
local i = 0
local headers = {["Content-Type"] = "application/x-www-form-urlencoded"}
request = function()
  i = i %% #bodies + 1
  return wrk.format("POST", "%s", headers, bodies[i])
end
"""


def real_queries(count: int) -> list[str]:
    """The first ``count`` distinct spellings of the sourced evaluation files, in file order."""
    found: dict[str, None] = {}
    for name in ("spellings.tsv", "multilingual.tsv"):
        with open(DATA / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row["query"].strip():
                    found[row["query"]] = None
    if len(found) < count:
        raise SystemExit(f"only {len(found)} distinct queries in {DATA}; asked for {count}")
    return list(found)[:count]


def reconcile_bodies(queries: Sequence[str]) -> list[str]:
    """Form-encoded ``queries=`` bodies of BATCH queries each (no type, no properties)."""
    bodies = []
    for start in range(0, len(queries), BATCH):
        batch = {f"q{n}": {"query": q} for n, q in enumerate(queries[start : start + BATCH])}
        bodies.append(urllib.parse.urlencode({"queries": json.dumps(batch, ensure_ascii=False)}))
    return bodies


def _lua_string(text: str) -> str:
    return json.dumps(text)  # ASCII-only JSON string syntax is also a valid Lua string literal


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} ended with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer")


WRK_THREADS = 2


def _wrk(url: str, script: Path, seconds: int, connections: int) -> dict[str, str]:
    argv = ["wrk", f"-t{WRK_THREADS}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script)]
    argv.append(url)
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    figures = {"command": " ".join(argv), "raw": out}
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    figures["req_per_s"] = rate.group(1) if rate else "nan"
    for pct in ("50", "90", "99"):
        found = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.MULTILINE)
        figures[f"p{pct}"] = found.group(1) if found else "?"
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    figures["non_2xx"] = errors.group(1) if errors else "0"
    return figures


def _report(name: str, figures: dict[str, str], *, per_request: int = 1) -> float:
    rate = float(figures["req_per_s"])
    queries = f"  = {rate * per_request:8.0f} queries/s" if per_request > 1 else ""
    print(
        f"{name:<28} {rate:>9.1f} req/s{queries}   p50 {figures['p50']:>8}  p90 {figures['p90']:>8}"
        f"  p99 {figures['p99']:>8}   non-2xx {figures['non_2xx']}"
    )
    print(f"  {figures['command']}")
    return rate


def peer_database(path: Path) -> None:
    """The bundled glossary as one SQLite table, ``entries(id, name, forms)`` with an FTS5 index
    over the label and every form (what datasette-reconcile searches)."""
    from termbase.service import Termbase

    glossary = Termbase.load().glossary
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE entries (id TEXT PRIMARY KEY, name TEXT NOT NULL, forms TEXT NOT NULL)")
        db.executemany(
            "INSERT INTO entries VALUES (?, ?, ?)",
            [(e.id, e.label, " ".join(dict.fromkeys(t.form for t in e.terms))) for e in glossary.entries],
        )
        db.execute('CREATE VIRTUAL TABLE entries_fts USING fts5(name, forms, content="entries")')
        db.execute("INSERT INTO entries_fts (rowid, name, forms) SELECT rowid, name, forms FROM entries")


#: The peer's versions, pinned so that runs compare like with like.
PEER_PACKAGES = ("datasette==0.65.5", "datasette-reconcile==0.6.3")
PEER_HOME = Path(__file__).resolve().parent / "out" / "peer-datasette"


def peer_environment(peer_bin: Path | None) -> Path:
    """The bin folder of the peer's environment: ``peer_bin`` if given, else the benchmark's
    own venv, made (and the pinned packages installed) the first time."""
    if peer_bin is not None:
        if not (peer_bin / "datasette").exists():
            sys.exit(f"--peer-bin {peer_bin}: no datasette there (pip install {' '.join(PEER_PACKAGES)})")
        return peer_bin
    own_bin = PEER_HOME / "bin"
    if not (own_bin / "datasette").exists():
        print(f"making the peer's environment in {PEER_HOME} ({', '.join(PEER_PACKAGES)})", file=sys.stderr)
        try:
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(PEER_HOME)], check=True)
            subprocess.run(
                [str(own_bin / "pip"), "install", "--quiet", *PEER_PACKAGES], check=True, timeout=900
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            shutil.rmtree(PEER_HOME, ignore_errors=True)  # no half-made environment next time
            sys.exit(f"could not install the peer ({' '.join(PEER_PACKAGES)}): {error}")
    return own_bin


def start_peer(peer_bin: Path, workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    database = workdir / "glossary.db"
    peer_database(database)
    metadata = workdir / "metadata.json"
    plugin = {"id_field": "id", "name_field": "name", "fts_table": "entries_fts"}
    table = {"entries": {"plugins": {"datasette-reconcile": plugin}}}
    metadata.write_text(json.dumps({"databases": {"glossary": {"tables": table}}}))
    port = _free_port()
    process = subprocess.Popen(
        [str(peer_bin / "datasette"), "serve", str(database), "-m", str(metadata), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    _wait(f"{url}/glossary/entries/-/reconcile", process)
    return process, url


#: Upper bound on one pass over the queries (wrk runs this long whatever the pass takes).
PASS_SECONDS = 60


def _once(paths: str, marker: Path) -> str:
    return ONCE_LUA % (paths, WRK_THREADS, _lua_string(str(marker)))


def _wrk_pass(url: str, script: Path, connections: int) -> str:
    """wrk's output for one pass of ``script`` (made by :func:`_once`), interrupted once every
    thread has left its marker (at most PASS_SECONDS)."""
    marker = script.with_suffix("")
    markers = [Path(f"{marker}.{n}") for n in range(WRK_THREADS)]
    for done in markers:
        done.unlink(missing_ok=True)
    argv = ["wrk", f"-t{WRK_THREADS}", f"-c{connections}", f"-d{PASS_SECONDS}s", "-s", str(script), url]
    with subprocess.Popen(argv, stdout=subprocess.PIPE, text=True) as wrk:
        deadline = time.monotonic() + PASS_SECONDS
        while not all(done.exists() for done in markers) and wrk.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.01)
        if wrk.poll() is None:
            wrk.send_signal(signal.SIGINT)  # wrk stops, then reports (done() runs)
        out, _ = wrk.communicate()
    return out


def _scripts(queries: Sequence[str], workdir: Path) -> dict[str, Path]:
    def paths(part: Sequence[str]) -> str:
        return ", ".join(_lua_string(f"/v1/lookup?q={urllib.parse.quote(q)}") for q in part)

    bodies = ", ".join(map(_lua_string, reconcile_bodies(queries)))
    halves = {"A": queries[0::2], "B": queries[1::2]}
    scripts = {
        "health": GET_LUA % '"/healthz"',
        "lookup": GET_LUA % paths(queries),
        "once": _once(paths(queries), workdir / "once"),
        **{f"once-{half}": _once(paths(part), workdir / f"once-{half}") for half, part in halves.items()},
        "reconcile": POST_LUA % (bodies, "/reconcile"),
        "peer": POST_LUA % (bodies, "/glossary/entries/-/reconcile"),
    }
    found = {}
    for name, text in scripts.items():
        found[name] = workdir / f"{name}.lua"
        found[name].write_text(text)
    return found


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` and every process below it (the supervisor's workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue  # ended meanwhile
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        pending += map(int, children)
    return total


class Server:
    """``termbase serve --workers N`` on a free loopback port, with ``src`` first on PYTHONPATH
    (None: this environment's own); ready once every worker has answered ``/healthz``."""

    def __init__(self, src: str | None, workers: int) -> None:
        port = _free_port()
        env = dict(os.environ)
        if src is not None:
            env["PYTHONPATH"] = src
        termbase = str(Path(sys.executable).with_name("termbase"))
        self.process = subprocess.Popen(
            [termbase, "serve", "--port", str(port), "--workers", str(workers)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        self.url = f"http://127.0.0.1:{port}"
        try:
            self._await_workers(workers)
        except BaseException:
            self.stop()
            raise

    def _await_workers(self, workers: int) -> None:
        """Until ``workers`` distinct pids have answered (a worker still loading would leave the
        first pass to the others). A new connection each time: any worker may accept it."""
        _wait(f"{self.url}/healthz", self.process)
        seen: set[int] = set()
        deadline = time.monotonic() + 120
        while len(seen) < workers:
            if time.monotonic() > deadline:
                raise RuntimeError(f"only {len(seen)} of {workers} workers answered within 120 s")
            with urllib.request.urlopen(f"{self.url}/healthz", timeout=5) as answer:
                seen.add(int(json.load(answer)["pid"]))
            time.sleep(0.02)

    def cpu(self) -> float:
        return _cpu_seconds(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def _one_pass(name: str, server: Server, script: Path, connections: int, queries: int) -> tuple[float, float]:
    """Seconds of wall and of server CPU for one pass of every lookup in ``script``, printed (the
    CPU includes the ``/healthz`` requests a thread's connections send once its share is out)."""
    cpu = server.cpu()
    out = _wrk_pass(server.url, script, connections)
    cpu = server.cpu() - cpu
    found = re.search(r"^pass: (\d+) lookups in ([\d.]+) s", out, re.MULTILINE)
    if not found or int(found.group(1)) != queries:
        sys.exit(f"{name}: the pass did not finish within {PASS_SECONDS} s")
    seconds = float(found.group(2))
    print(f"{name:<44} {seconds:>6.2f} s = {queries / seconds:6.0f} lookups/s   server CPU {cpu:5.2f} s")
    return seconds, cpu


def _passes(label: str, src: str | None, paths: dict[str, Path], args: argparse.Namespace, half: int) -> None:
    """The crossover (see the module docstring): (A then B) on one fresh server, (B then A) on
    another; prints the ratio of the first passes' totals to the warm passes', wall and CPU."""
    cold, warm = [0.0, 0.0], [0.0, 0.0]
    for first, second in (("A", "B"), ("B", "A")):
        server = Server(src, args.workers)
        try:
            for total, name, part in ((cold, "first pass", first), (warm, "warm pass", second)):
                what = "fresh server" if total is cold else "unseen queries"
                figures = _one_pass(
                    f"[{label}] {name}, half {part} ({what})",
                    server,
                    paths[f"once-{part}"],
                    args.connections,
                    half,
                )
                total[0] += figures[0]
                total[1] += figures[1]
        finally:
            server.stop()
    print(
        f"[{label}] first pass / warm pass, unseen queries: {cold[0] / warm[0]:.2f}x the time, "
        f"{cold[1] / warm[1]:.2f}x the server CPU  (target <= 1.5x)"
    )


def _rate(
    name: str, server: Server, script: Path, args: argparse.Namespace, *, per_request: int = 1
) -> float:
    cpu = server.cpu()
    figures = _wrk(server.url, script, args.seconds, args.connections)
    cpu = server.cpu() - cpu
    rate = _report(name, figures, per_request=per_request)
    print(f"  server CPU {1000 * cpu / max(rate * args.seconds, 1):.3f} ms a request")
    return rate


def _rates(
    label: str, server: Server, paths: dict[str, Path], args: argparse.Namespace, peer_url: str | None
) -> dict[str, float]:
    health = _rate(f"[{label}] GET /healthz", server, paths["health"], args)
    lookup = _rate(f"[{label}] GET /v1/lookup", server, paths["lookup"], args)
    print(f"[{label}] lookup / healthz: {lookup / health:.0%}   (target >= 70 %, p99 <= 20 ms)")
    reconcile = _rate(f"[{label}] POST /reconcile", server, paths["reconcile"], args, per_request=BATCH)
    found = {"health": health, "lookup": lookup, "reconcile": reconcile * BATCH}
    if peer_url is not None:
        _wrk(peer_url, paths["peer"], 3, args.connections)
        other = _report(
            f"[{label}] POST datasette-reconcile",
            _wrk(peer_url, paths["peer"], args.seconds, args.connections),
            per_request=BATCH,
        )
        found["peer"] = other * BATCH
        print(f"[{label}] termbase / datasette-reconcile: {reconcile / other:.1f}x   (target >= 5x)")
    return found


def _measure(
    label: str,
    *,
    src: str | None,
    paths: dict[str, Path],
    args: argparse.Namespace,
    peer_url: str | None,
    queries: int,
) -> None:
    _passes(label, src, paths, args, (queries + 1) // 2)
    server = Server(src, args.workers)
    try:
        # Every worker sees every query (its memos then hold the answers), then the remembered pass.
        _wrk(server.url, paths["lookup"], args.warmup, args.connections)
        _wrk(server.url, paths["reconcile"], 3, args.connections)
        _one_pass(f"[{label}] remembered pass, every query", server, paths["once"], args.connections, queries)
        _rates(label, server, paths, args, peer_url)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--queries", type=int, default=1000, help="distinct real spellings")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of lookups before measuring")
    parser.add_argument("--peer", choices=("datasette",), help="also measure datasette-reconcile")
    parser.add_argument(
        "--peer-bin", type=Path, help="bin folder of the peer's environment (default: made by the benchmark)"
    )
    parser.add_argument("--label", default="this", help="what to call this environment's own code")
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        help="LABEL=SRC: everything again with SRC first on PYTHONPATH",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    peer_bin = peer_environment(args.peer_bin) if args.peer else None
    trees: list[tuple[str, str | None]] = [(args.label, None)]
    trees += [(label, src) for label, _, src in (c.partition("=") for c in args.compare)]
    queries = real_queries(args.queries)
    workdir = Path(tempfile.mkdtemp(prefix="bench_http_"))
    paths = _scripts(queries, workdir)
    peer: subprocess.Popen[bytes] | None = None
    peer_url = None
    try:
        if peer_bin is not None:
            peer, peer_url = start_peer(peer_bin, workdir)
        print(f"command: python {' '.join(sys.argv)}   (server: termbase serve --workers {args.workers})")
        print(f"{len(queries)} distinct real queries; reconcile batches of {BATCH}")
        for label, src in trees:
            _measure(label, src=src, paths=paths, args=args, peer_url=peer_url, queries=len(queries))
    finally:
        if peer is not None:
            peer.terminate()
            peer.wait()


if __name__ == "__main__":
    main()
