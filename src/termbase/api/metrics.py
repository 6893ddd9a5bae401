"""``GET /metrics`` in the Prometheus text format (prometheus-client).

With ``--workers N`` the supervisor gives every worker the same ``PROMETHEUS_MULTIPROC_DIR``
(prometheus-client's multiprocess mode): counters and histograms are summed over the live
workers whichever one answers; gauges carry a ``pid`` label (one series per live worker). In
one process the default registry is served, process metrics included.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from functools import _lru_cache_wrapper
from types import ModuleType
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prometheus_multiprocess

from termbase.lookup.search import LookupResult
from termbase.memo import Memo
from termbase.service import Termbase

MULTIPROCESS = "PROMETHEUS_MULTIPROC_DIR" in os.environ
#: Seconds between refreshes of a worker's gauges (cache sizes, glossary) by its own requests.
GAUGE_REFRESH_SECONDS = 5.0

REQUESTS = Counter("termbase_http_requests_total", "HTTP requests answered", ["route", "method", "status"])
LATENCY = Histogram(
    "termbase_http_request_duration_seconds",
    "Time from the request's arrival to the end of its response",
    ["route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
LOOKUPS = Counter(
    "termbase_lookups_total", "GET /v1/lookup answers by the best result's tier", ["tier", "accepted"]
)
ENTRIES = Gauge("termbase_glossary_entries", "Entries in the loaded glossary", multiprocess_mode="liveall")
LOADED_AT = Gauge(
    "termbase_glossary_loaded_timestamp_seconds",
    "When the loaded glossary was read",
    multiprocess_mode="liveall",
)
CACHE_ENTRIES = Gauge(
    "termbase_cache_entries", "Entries held by a bounded memo", ["cache"], multiprocess_mode="liveall"
)
CACHE_CAPACITY = Gauge(
    "termbase_cache_capacity", "Most entries a bounded memo holds", ["cache"], multiprocess_mode="liveall"
)

router = APIRouter(include_in_schema=False)
_refreshed = [0.0]


def record_request(route: str, method: str, status: int, seconds: float) -> None:
    REQUESTS.labels(route, method, str(status)).inc()
    LATENCY.labels(route).observe(seconds)


def record_lookup(result: LookupResult) -> None:
    best = result.results[0] if result.results else None
    tier = best.tier.name.lower() if best else "none"
    LOOKUPS.labels(tier, "true" if best and best.match else "false").inc()


def refresh_gauges(termbase: Termbase | None, *, force: bool = False) -> None:
    """The glossary and cache gauges, at most every GAUGE_REFRESH_SECONDS unless forced."""
    now = time.monotonic()
    if termbase is None or (not force and now - _refreshed[0] < GAUGE_REFRESH_SECONDS):
        return
    _refreshed[0] = now
    ENTRIES.set(len(termbase.glossary.entries))
    if termbase.loaded is not None:
        LOADED_AT.set(termbase.loaded.loaded_at)
    for name, size, capacity in bounded_caches(termbase):
        CACHE_ENTRIES.labels(name).set(size)
        CACHE_CAPACITY.labels(name).set(capacity)


def bounded_caches(termbase: Termbase) -> Iterator[tuple[str, int, int]]:
    """(name, entries, capacity) of every bounded memo: those the glossary's objects own and
    those of termbase's modules (their lru_cache functions, engines and registries), found by
    walking attributes once per loaded glossary (≈ 9 ms); each refresh then only reads sizes."""
    if _found[0] is not termbase:
        _found[:] = [termbase, list(_discover(termbase))]
    memos: list[tuple[str, Memo[..., Any] | _lru_cache_wrapper[Any]]] = _found[1]
    for name, memo in memos:
        if isinstance(memo, Memo):
            yield name, len(memo), memo.maxsize
        else:
            info = memo.cache_info()
            yield name, info.currsize, info.maxsize or 0


_found: list[Any] = [None, []]  # [the Termbase walked, its memos]


def _discover(termbase: Termbase) -> Iterator[tuple[str, Memo[..., Any] | _lru_cache_wrapper[Any]]]:
    seen: set[int] = set()
    yield from _walk(termbase, "termbase", seen, depth=4)
    for module_name, module in sorted(sys.modules.items()):
        if not module_name.startswith("termbase.") or module is None:
            continue
        for attribute, value in sorted(vars(module).items()):
            if _may_hold_memos(value):
                yield from _walk(value, f"{module_name}.{attribute}", seen, depth=3)


def _may_hold_memos(value: object) -> bool:
    """A memo, an lru_cache function, or an engine or registry (not a class, module or function)."""
    if isinstance(value, (Memo, _lru_cache_wrapper)):
        return True
    return not isinstance(value, (type, ModuleType)) and not callable(value)


def _walk(
    owner: Any, path: str, seen: set[int], *, depth: int
) -> Iterator[tuple[str, Memo[..., Any] | _lru_cache_wrapper[Any]]]:
    if id(owner) in seen or depth < 0:
        return
    seen.add(id(owner))
    if isinstance(owner, Memo):
        yield path, owner
        return
    if isinstance(owner, _lru_cache_wrapper):
        if owner.cache_info().maxsize:
            yield path, owner
        return
    if isinstance(owner, dict) and len(owner) <= 64:  # a registry of engines, not data
        for number, (key, value) in enumerate(list(owner.items())):
            if not isinstance(value, (str, bytes, int, float)):
                # A system id names its memo; a long key (a pickled job spec) its position.
                label = key if isinstance(key, str) and len(key) <= 64 else f"#{number}"
                yield from _walk(value, f"{path}[{label}]", seen, depth=depth - 1)
        return
    if isinstance(owner, (str, bytes, int, float, tuple, list, dict, set, frozenset)) or owner is None:
        return  # data, not owners of memos (and far too many to walk)
    names = list(getattr(owner, "__dict__", {}))
    names += [n for cls in type(owner).__mro__ for n in getattr(cls, "__slots__", ())]
    for name in dict.fromkeys(names):
        value = getattr(owner, name, None)
        if (value is not None and not callable(value)) or isinstance(value, (Memo, _lru_cache_wrapper)):
            yield from _walk(value, f"{path}.{name.lstrip('_')}", seen, depth=depth - 1)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    """Prometheus text format: requests, latency, lookups by tier, caches, the glossary."""
    refresh_gauges(getattr(request.app.state, "termbase", None), force=True)
    if MULTIPROCESS:
        registry = CollectorRegistry()
        prometheus_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        body = generate_latest(registry)
    else:
        body = generate_latest(REGISTRY)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
