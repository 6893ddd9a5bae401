"""Soak: minutes of mixed traffic against a ``termbase serve`` on loopback; RSS must level off.

Starts the server itself (the bundled glossary), then keeps ``--connections`` keep-alive
connections busy with a weighted mix: lookups of distinct spellings (glossary forms, renderings,
typos, unknown names, the real spellings of benchmarks/data), romanize, normalize batches of 50,
a manuscript check, reconciliation batches of 10, and GET /healthz as the same-run baseline (the
cheapest request the same server answers). Every 10 s it prints throughput, errors and the
server's RSS; at the end, p50/p99 per request type, the server's CPU time per request, and
whether RSS was flat after warm-up: within 10 % over the last 3 minutes (the last half of a
shorter run). Every request must succeed: any non-2xx answer or connection error is counted.

    python benchmarks/bench_soak.py [--minutes 5] [--connections 4] [--workers 1]

A soak on a busy machine may end before the caches are full. ``--caches`` measures their
ceiling instead: in this process, lookups of distinct spellings until every bounded cache is
full (or ``--lookups`` is reached), printing RSS and the cached entries as they grow, then every
``functools`` cache in the process with its size and bound (``None``: unbounded, which only
caches keyed by a fixed set may be).

    python benchmarks/bench_soak.py --caches [--lookups 600000]
"""

from __future__ import annotations

import argparse
import csv
import functools
import gc
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

DATA = Path(__file__).parent / "data"
SAMPLE_SECONDS = 10
FLAT_WINDOW_SECONDS = 180
FLAT_TOLERANCE = 0.10
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")

# request type -> relative weight in the mix
MIX = {"lookup": 50, "romanize": 10, "normalize": 10, "check": 5, "reconcile": 15, "healthz": 10}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tree(root: int) -> list[int]:
    """The server process and its descendants (uvicorn's workers with --workers N)."""
    parents: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            parents[int(name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found.extend(frontier)
    return found


def rss_mb(root: int) -> float:
    total = 0
    for pid in _tree(root):
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except OSError:
            continue
    return total / 1e6


def cpu_seconds(root: int) -> float:
    total = 0
    for pid in _tree(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def _spellings(generated: int = 150_000) -> list[str]:
    """Real spellings from the development sets, and the lookup benchmark's generated mix
    (glossary forms, renderings, case folds, swapped orders, typos, unknown names)."""
    from bench_lookup import make_queries
    from termbase.service import Termbase

    found: list[str] = []
    for name, column in (("multilingual.tsv", "query"), ("spellings.tsv", "query")):
        with (DATA / name).open(encoding="utf-8", newline="") as f:
            found.extend(row[column] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    found.extend(q for _, q in make_queries(Termbase.load(), generated, seed=11))
    return [s for s in found if s.strip()]


@dataclass
class Traffic:
    """What one request of each type sends; ``spelling`` walks the spellings without repeating
    until all are used."""

    spellings: list[str]
    natives: list[tuple[str, str]]
    rng: random.Random = field(default_factory=lambda: random.Random(5))
    position: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def spelling(self) -> str:
        with self.lock:
            self.position = (self.position + 1) % len(self.spellings)
            return self.spellings[self.position]

    def request(self, kind: str) -> tuple[str, str, bytes | None, str]:
        """(method, path, body, content type)."""
        if kind == "lookup":
            return "GET", "/v1/lookup?" + urllib.parse.urlencode({"q": self.spelling()}), None, ""
        if kind == "romanize":
            text, lang = self.rng.choice(self.natives)
            return (
                "POST",
                "/v1/romanize",
                json.dumps({"text": text, "lang": lang}).encode(),
                "application/json",
            )
        if kind == "normalize":
            strings = [self.spelling() for _ in range(50)]
            return "POST", "/v1/normalize", json.dumps({"strings": strings}).encode(), "application/json"
        if kind == "check":
            names = [self.spelling() for _ in range(8)]
            text = " ".join(f"In 1946 {name} met the delegation at the station." for name in names)
            return "POST", "/v1/check", json.dumps({"text": text}).encode(), "application/json"
        if kind == "reconcile":
            queries = {f"q{i}": {"query": self.spelling(), "limit": 3} for i in range(10)}
            form = urllib.parse.urlencode({"queries": json.dumps(queries)}).encode()
            return "POST", "/reconcile", form, "application/x-www-form-urlencoded"
        return "GET", "/healthz", None, ""


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in MIX})
    errors: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MIX, 0))
    first_errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if error is not None:
                self.errors[kind] += 1
                if len(self.first_errors) < 5:
                    self.first_errors.append(f"{kind}: {error}")

    def count(self) -> int:
        with self.lock:
            return sum(len(v) for v in self.latencies.values())


def _worker(port: int, traffic: Traffic, results: Results, stop: threading.Event, seed: int) -> None:
    rng = random.Random(seed)
    kinds, weights = list(MIX), list(MIX.values())
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set():
        kind = rng.choices(kinds, weights)[0]
        method, path, body, content_type = traffic.request(kind)
        headers = {"Content-Type": content_type} if content_type else {}
        started = time.perf_counter()
        error = None
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            payload = response.read()
            if not 200 <= response.status < 300:
                error = f"{response.status} {method} {path[:80]}: {payload[:200]!r}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        results.record(kind, time.perf_counter() - started, error)
    connection.close()


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def _wait_ready(port: int, server: subprocess.Popen[bytes]) -> None:
    for _ in range(1200):
        if server.poll() is not None:
            sys.exit(f"the server exited with {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/readyz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit("the server did not become ready in 120 s")


def _flatness(samples: list[tuple[float, float]], seconds: float) -> tuple[float, float, float, bool]:
    """(window seconds, lowest RSS, highest RSS, flat) over the last 3 minutes of samples."""
    window = min(FLAT_WINDOW_SECONDS, 0.6 * seconds)
    late = [rss for at, rss in samples if at >= seconds - window]
    low, high = min(late), max(late)
    return window, low, high, (high - low) / low <= FLAT_TOLERANCE


def _natives() -> list[tuple[str, str]]:
    from termbase.service import Termbase

    found = []
    for entry in Termbase.load().glossary.entries:
        for term in entry.terms:
            lang = term.lang.split("-")[0]
            if lang in ("ja", "zh", "ru") and term.script in (
                "Jpan",
                "Hani",
                "Hans",
                "Hant",
                "Cyrl",
                "Hira",
                "Kana",
            ):
                found.append((term.form, lang))
    return found


def _report_every(
    seconds: float, results: Results, server: int, clock: Callable[[], float]
) -> Iterator[tuple[float, float]]:
    """Print a line every SAMPLE_SECONDS until ``seconds`` have passed; yield (time, RSS)."""
    last_count, last_at = 0, clock()
    while (now := clock()) < seconds:
        time.sleep(min(SAMPLE_SECONDS, seconds - now))
        now, count, rss = clock(), results.count(), rss_mb(server)
        errors = sum(results.errors.values())
        rate = (count - last_count) / (now - last_at)
        print(
            f"{now:6.0f} s  {count:>8} requests  {rate:7.1f} req/s  errors {errors}  RSS {rss:7.1f} MB",
            flush=True,
        )
        last_count, last_at = count, now
        yield now, rss


def _caches(termbase: Any) -> list[tuple[str, int, int | None]]:
    """Every bounded memo, named by its owner as /metrics names it, and every unbounded
    ``functools`` cache in the process (bound None)."""
    from termbase.api.metrics import bounded_caches

    found: list[tuple[str, int, int | None]] = list(bounded_caches(termbase))
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and obj.cache_info().maxsize is None:
            name = f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', '?')}"
            found.append((name, obj.cache_info().currsize, None))
    return sorted(found, key=lambda c: -c[1])


def fill_caches(lookups: int) -> None:
    """Lookups of distinct spellings in this process until the bounded caches are full."""
    from termbase.service import Termbase

    spellings = list(dict.fromkeys(_spellings(generated=lookups)))[:lookups]
    termbase = Termbase.load().warm()
    print(f"command: python {' '.join(sys.argv)}")
    print(f"{len(spellings)} distinct spellings; RSS after loading {rss_mb(os.getpid()):.1f} MB")
    started = time.process_time()
    for done, spelling in enumerate(spellings, 1):
        termbase.lookup(spelling[:200], limit=5)
        if done % 50_000 == 0 or done == len(spellings):
            caches = _caches(termbase)
            bounded = [(size, bound) for _, size, bound in caches if bound is not None and bound >= 4096]
            full = sum(size >= 0.95 * bound for size, bound in bounded)
            print(
                f"{done:>8} lookups  {time.process_time() - started:6.0f} s CPU"
                f"  RSS {rss_mb(os.getpid()):7.1f} MB"
                f"  cached entries {sum(c[1] for c in caches):>8}  full caches {full}/{len(bounded)}",
                flush=True,
            )
            if full == len(bounded):
                break
    print(f"{'cache':<60} {'entries':>8} {'bound':>8}")
    for name, size, bound in _caches(termbase):
        if size or bound is None:
            print(f"{name:<60} {size:>8} {bound if bound is not None else 'none':>8}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--caches", action="store_true", help="measure the caches' ceiling instead")
    parser.add_argument("--lookups", type=int, default=600_000)
    args = parser.parse_args()
    if args.caches:
        fill_caches(args.lookups)
        return
    seconds = args.minutes * 60
    traffic = Traffic(_spellings(), _natives())
    port = _free_port()
    termbase = str(Path(sys.executable).with_name("termbase"))
    command = [termbase, "serve", "--port", str(port), "--workers", str(args.workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results, stop = Results(), threading.Event()
    try:
        _wait_ready(port, server)
        print(f"command: python {' '.join(sys.argv)}   (server: {' '.join(command[1:])})")
        print(f"{len(traffic.spellings)} spellings, {len(traffic.natives)} native forms; mix {MIX}")
        print(f"   0 s  RSS at start {rss_mb(server.pid):.1f} MB")
        cpu_start = cpu_seconds(server.pid)
        threads = [
            threading.Thread(target=_worker, args=(port, traffic, results, stop, i), daemon=True)
            for i in range(args.connections)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        samples = list(_report_every(seconds, results, server.pid, lambda: time.monotonic() - started))
        stop.set()
        for thread in threads:
            thread.join(timeout=35)
        elapsed = time.monotonic() - started
        cpu = cpu_seconds(server.pid) - cpu_start
    finally:
        server.terminate()
        server.wait(timeout=30)
    total = results.count()
    print(
        f"\n{total} requests in {elapsed:.0f} s: {total / elapsed:.1f} req/s; server CPU {cpu:.1f} s "
        f"({1000 * cpu / max(total, 1):.2f} ms per request)"
    )
    print(f"{'type':<10} {'count':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for kind in MIX:
        values = results.latencies[kind]
        p50, p99 = 1000 * _percentile(values, 0.5), 1000 * _percentile(values, 0.99)
        print(f"{kind:<10} {len(values):>8} {p50:>8.1f} {p99:>8.1f} {results.errors[kind]:>7}")
    for line in results.first_errors:
        print("  error:", line)
    window, low, high, flat = _flatness(samples, seconds)
    verdict = "flat" if flat else "NOT flat"
    print(
        f"RSS over the last {window:.0f} s: {low:.1f}-{high:.1f} MB "
        f"({100 * (high - low) / low:.1f} %): {verdict} (tolerance {FLAT_TOLERANCE:.0%})"
    )
    print(f"errors: {sum(results.errors.values())} (must be 0)")
    if sum(results.errors.values()) or not flat:
        sys.exit(1)


if __name__ == "__main__":
    main()
