"""HTTP throughput and latency of termbase's lookup and reconciliation endpoints (wrk, loopback).

The server and the load generator share this machine's cores, as the targets require.

- ``GET /v1/lookup``: a thousand distinct real spellings (the ``query`` column of
  benchmarks/data/spellings.tsv and multilingual.tsv, each copied from the public page its row
  names), cycled by ``--connections`` connections. Baseline in the same run: ``GET /healthz``,
  the cheapest endpoint of the same server; the figure that matters is the ratio.
- ``POST /reconcile`` (W3C Reconciliation API 0.2, form-encoded ``queries=``): the same spellings
  in batches of 10. With ``--peer datasette`` the same batches go, in the same run, to
  datasette-reconcile (SQLite FTS5) serving a table of the bundled glossary's labels and forms
  (one row per entry: id, label, every form); install the peer in a separate environment and
  name its bin folder with ``--peer-bin`` (``pip install datasette datasette-reconcile``).
- The first pass: before anything else, every one of those lookups once (no worker has seen
  any), timed against the same pass again once every worker has seen every query.

    python benchmarks/bench_http.py [--workers 2] [--seconds 15] [--peer datasette --peer-bin /tmp/peer/bin]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
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
#: first lookup to its last answer (wrk itself always runs for -d; requests a thread's
#: connections send once its share is out go to /healthz and are not counted).
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
  if answered == wanted then finished = now(); wrk.thread:stop() end
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


def _scripts(queries: Sequence[str], workdir: Path) -> dict[str, Path]:
    lookup_paths = ", ".join(_lua_string(f"/v1/lookup?q={urllib.parse.quote(q)}") for q in queries)
    bodies = ", ".join(map(_lua_string, reconcile_bodies(queries)))
    scripts = {
        "health": GET_LUA % '"/healthz"',
        "lookup": GET_LUA % lookup_paths,
        "once": ONCE_LUA % (lookup_paths, WRK_THREADS),
        "reconcile": POST_LUA % (bodies, "/reconcile"),
        "peer": POST_LUA % (bodies, "/glossary/entries/-/reconcile"),
    }
    paths = {}
    for name, text in scripts.items():
        paths[name] = workdir / f"{name}.lua"
        paths[name].write_text(text)
    return paths


def _one_pass(name: str, url: str, script: Path, connections: int, queries: int) -> float:
    """Seconds for one pass of every lookup, printed."""
    out = _wrk(url, script, PASS_SECONDS, connections)["raw"]
    found = re.search(r"^pass: (\d+) lookups in ([\d.]+) s", out, re.MULTILINE)
    if not found or int(found.group(1)) != queries:
        sys.exit(f"{name}: the pass did not finish within {PASS_SECONDS} s")
    seconds = float(found.group(2))
    print(f"{name:<28} {seconds:>9.2f} s = {queries / seconds:8.0f} lookups/s")
    return seconds


def _rates(url: str, paths: dict[str, Path], args: argparse.Namespace, peer_url: str | None) -> None:
    health = _report("baseline GET /healthz", _wrk(url, paths["health"], args.seconds, args.connections))
    lookup = _report("GET /v1/lookup", _wrk(url, paths["lookup"], args.seconds, args.connections))
    print(f"lookup / healthz: {lookup / health:.0%}   (target >= 70 %, p99 <= 20 ms)")
    reconcile = _report(
        "POST /reconcile (termbase)",
        _wrk(url, paths["reconcile"], args.seconds, args.connections),
        per_request=BATCH,
    )
    if peer_url is not None:
        _wrk(peer_url, paths["peer"], 3, args.connections)
        other = _report(
            "POST datasette-reconcile",
            _wrk(peer_url, paths["peer"], args.seconds, args.connections),
            per_request=BATCH,
        )
        print(f"termbase / datasette-reconcile: {reconcile / other:.1f}x   (target >= 5x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--queries", type=int, default=1000, help="distinct real spellings")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of lookups before measuring")
    parser.add_argument("--peer", choices=("datasette",), help="also measure datasette-reconcile")
    parser.add_argument("--peer-bin", type=Path, help="bin folder of the peer's own environment")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    if args.peer and not (args.peer_bin and (args.peer_bin / "datasette").exists()):
        sys.exit("--peer datasette needs --peer-bin: the bin folder of a venv with datasette-reconcile")
    queries = real_queries(args.queries)
    workdir = Path(tempfile.mkdtemp(prefix="bench_http_"))
    paths = _scripts(queries, workdir)
    port = _free_port()
    termbase = str(Path(sys.executable).with_name("termbase"))
    server = subprocess.Popen(
        [termbase, "serve", "--port", str(port), "--workers", str(args.workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    peer: subprocess.Popen[bytes] | None = None
    peer_url = None
    try:
        url = f"http://127.0.0.1:{port}"
        _wait(f"{url}/healthz", server)
        if args.peer:
            peer, peer_url = start_peer(args.peer_bin, workdir)
        print(f"command: python {' '.join(sys.argv)}   (server: termbase serve --workers {args.workers})")
        print(f"{len(queries)} distinct real queries; reconcile batches of {BATCH}")
        # The first pass: every query once, before any worker has seen any.
        first = _one_pass("first pass GET /v1/lookup", url, paths["once"], args.connections, len(queries))
        # Warm every worker: each has then seen every query (its memos hold the answers).
        _wrk(url, paths["lookup"], args.warmup, args.connections)
        _wrk(url, paths["reconcile"], 3, args.connections)
        warm = _one_pass("warm pass, same lookups", url, paths["once"], args.connections, len(queries))
        print(f"first pass / warm pass: {first / warm:.1f}x the time   (target <= 1.5x)")
        _rates(url, paths, args, peer_url)
    finally:
        for process in (server, peer):
            if process is not None:
                process.terminate()
                process.wait()


if __name__ == "__main__":
    main()
