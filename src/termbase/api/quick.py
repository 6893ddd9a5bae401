"""The two hot requests, answered before FastAPI's routing and parameter machinery.

Once the index remembers an answer, FastAPI's routing, parameter extraction, validation and
form parsing cost several times what the answer does (profiled: about 0.1 ms of a lookup's
CPU against 0.02 ms). Two plain shapes are read here, with the parsers starlette uses, and
answered by the very functions the routes call, so the bytes, headers and metrics are theirs:

- ``GET /v1/lookup`` with ``q`` and at most ``lang``, ``from`` and a plain ``limit`` (1-999, no
  sign or leading zero), each once (:func:`termbase.api.routes.lookup.answer`);
- ``POST /reconcile`` with a form-encoded body holding only ``queries=`` (no query string, no
  ``;`` separators), a batch small enough for the event loop
  (:func:`termbase.api.routes.reconcile.answer_batch`).

Anything else (a repeated or unknown parameter, JSONP, another ``limit``, input the core
refuses) goes on to the route, which validates it and answers as always, problems included.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote_plus

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from termbase.api.limits import replay
from termbase.api.routes import lookup, reconcile
from termbase.errors import TermbaseError
from termbase.service import Termbase

_LOOKUP_PARAMETERS = frozenset({"q", "lang", "from", "limit"})
_LIMIT = re.compile(r"[1-9][0-9]{0,2}")
_FORM = b"application/x-www-form-urlencoded"


_HEX = "0123456789ABCDEFabcdef"
#: Every ``%XX`` escape's byte (hex digits of either case), as :func:`urllib.parse.unquote` reads it.
_ESCAPES = {(a + b).encode(): bytes.fromhex(a + b) for a in _HEX for b in _HEX}


def _unquote_plus(text: str) -> str:
    """:func:`urllib.parse.unquote_plus`, what ``parse_qsl`` applies to each name and value.
    Its loop over every escape is most of a reconciliation batch's parsing (a batch's JSON is
    mostly escapes): ASCII text whose every ``%`` starts an escape is decoded here by one split
    and join, the same bytes; anything else is left to it."""
    if "%" not in text or not text.isascii():
        return unquote_plus(text)
    parts = text.replace("+", " ").encode("ascii").split(b"%")
    try:
        tail = b"".join([_ESCAPES[part[:2]] + part[2:] for part in parts[1:]])
    except KeyError:  # a % that starts no escape
        return unquote_plus(text)
    return (parts[0] + tail).decode("utf-8", "replace")


def _pairs(text: str) -> dict[str, str] | None:
    """``name=value&...`` as starlette reads it (as ``parse_qsl`` does, with blank values kept);
    None unless every ``&``-separated part is one ``name=value`` and no name repeats (where
    parsers may differ, the route decides)."""
    parts = text.split("&")
    if ";" in text or not all("=" in part for part in parts):
        return None
    found = {
        _unquote_plus(name): _unquote_plus(value) for name, _, value in (p.partition("=") for p in parts)
    }
    return found if len(found) == len(parts) else None


def plain_lookup(query_string: bytes) -> dict[str, str] | None:
    """The lookup's parameters when they are plain (see the module docstring), else None."""
    found = _pairs(query_string.decode("latin-1"))
    if found is None or "q" not in found or not _LOOKUP_PARAMETERS.issuperset(found):
        return None
    if "limit" in found and not _LIMIT.fullmatch(found["limit"]):
        return None
    return found


def plain_reconcile(scope: Scope, body: bytes) -> str | None:
    """The ``queries`` field of a plain reconciliation POST, else None."""
    if scope.get("query_string") or dict(scope.get("headers", [])).get(b"content-type") != _FORM:
        return None
    found = _pairs(body.decode("latin-1"))
    return found["queries"] if found is not None and found.keys() == {"queries"} else None


Answer = Callable[[Termbase], Response | None]


def _lookup_answer(scope: Scope) -> Answer | None:
    found = plain_lookup(scope.get("query_string", b""))
    if found is None:
        return None
    q, lang, from_lang = found["q"], found.get("lang"), found.get("from")
    limit = int(found.get("limit", "10"))
    return lambda termbase: lookup.answer(termbase, q, lang=lang, from_lang=from_lang, limit=limit)


def _reconcile_answer(scope: Scope, message: Message) -> Answer | None:
    settings = getattr(getattr(scope.get("app"), "state", None), "settings", None)
    if message.get("more_body") or settings is None:
        return None
    queries = plain_reconcile(scope, message.get("body", b""))
    if queries is None:
        return None
    max_batch: int = settings.max_batch
    return lambda termbase: reconcile.answer_batch(termbase.reconciler, queries, max_batch=max_batch)


class QuickAnswers:
    """Pure ASGI middleware: plain lookups and reconciliation batches answered here."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._routes: dict[tuple[str, str], object] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        where = (scope["path"], scope["method"]) if scope["type"] == "http" else None
        answer: Answer | None = None
        if where == (lookup.PATH, "GET"):
            answer = _lookup_answer(scope)
        elif where == (reconcile.PATH, "POST"):
            message = await receive()
            receive = replay(message, receive)  # the route may read it again
            answer = _reconcile_answer(scope, message)
        if answer is None or not await self._answer(scope, receive, send, answer):
            await self.app(scope, receive, send)

    async def _answer(self, scope: Scope, receive: Receive, send: Send, answer: Answer) -> bool:
        app = scope.get("app")
        termbase = getattr(getattr(app, "state", None), "termbase", None)
        if termbase is None:
            return False
        try:
            response = answer(termbase)
        except TermbaseError:
            return False  # the route answers it, with its problem
        if response is None:
            return False
        scope["route"] = self._route(scope["path"], scope["method"])
        await response(scope, receive, send)
        return True

    def _route(self, path: str, method: str) -> object:
        """The route, set in the scope as the router would (the access log labels by it)."""
        if (path, method) not in self._routes:
            routes = [*lookup.router.routes, *reconcile.router.routes]
            self._routes[path, method] = next(
                (
                    r
                    for r in routes
                    if getattr(r, "path", None) == path and method in getattr(r, "methods", ())
                ),
                None,
            )
        return self._routes[path, method]
