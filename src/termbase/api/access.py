"""Structured access logs and request metrics (pure ASGI middleware).

One JSON line per request on stderr: time, request id, method, path (the query string only when
``log_query_strings`` is set: queries are names people searched for), status, duration in ms,
worker pid. No bodies, no headers. The request id is the client's ``X-Request-ID`` when it is a
plausible id (1-128 characters of letters, digits and ``-_.:``), otherwise a new one; either way
it is returned in ``X-Request-ID``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import uuid
from datetime import UTC, datetime

from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from termbase.api import metrics

REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")
#: The route label of a request no route matched (one series, whatever the paths tried).
UNMATCHED = "<unmatched>"

log = logging.getLogger("termbase.access")


class _Stderr(logging.Handler):
    """Each line to whatever ``sys.stderr`` is at the time (not the stream of the first call)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(record.getMessage() + "\n")
        except (OSError, ValueError):
            self.handleError(record)


def configure_logging() -> None:
    """Access lines go to stderr as they are (each is already a JSON object)."""
    if not log.handlers:
        log.addHandler(_Stderr())
        log.setLevel(logging.INFO)
        log.propagate = False


class AccessLog:
    def __init__(self, app: ASGIApp, *, log_query_strings: bool) -> None:
        self.app = app
        self.log_query_strings = log_query_strings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        offered = dict(scope.get("headers", [])).get(b"x-request-id", b"").decode("latin-1")
        request_id = offered if REQUEST_ID.fullmatch(offered) else uuid.uuid4().hex
        status = 500  # what the client sees if the app fails before answering

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            route = _route(scope)
            metrics.record_request(route, scope["method"], status, seconds)
            state = getattr(scope.get("app"), "state", None)
            metrics.refresh_gauges(getattr(state, "termbase", None))
            path = scope["path"]
            if self.log_query_strings and scope.get("query_string"):
                path += "?" + scope["query_string"].decode("latin-1")
            line = {
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "request_id": request_id,
                "method": scope["method"],
                "path": path,
                "route": route,
                "status": status,
                "duration_ms": round(seconds * 1000, 2),
                "pid": os.getpid(),
            }
            log.info(json.dumps(line, ensure_ascii=False))


def _route(scope: Scope) -> str:
    """The matched route's template (/v1/entries/{entry_id}), never the raw path (bounded labels)."""
    template = getattr(scope.get("route"), "path", None)
    if isinstance(template, str):
        return template
    app = scope.get("app")
    for candidate in getattr(getattr(app, "router", None), "routes", ()):
        template = getattr(candidate, "path", None)
        if isinstance(template, str) and candidate.matches(scope)[0] is Match.FULL:
            return template
    return UNMATCHED
