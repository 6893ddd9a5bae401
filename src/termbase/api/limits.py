"""The request body, read in full before the app sees it: within a size limit and a time limit.

Pure ASGI middleware. Reading here (not in the route) makes every over-limit body a 413 —
FastAPI would turn an exception raised while it reads the body into a 400 — and lets a body
that is too large be *drained*: a client that sends the whole body before reading (most simple
clients do) then reads the 413 instead of a connection reset. Bodies are at most
``max_bytes`` (2 MB by default), so holding one in memory is what the app does anyway.
"""

from __future__ import annotations

import asyncio
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from termbase.api.problems import HTTP_CODES, MEDIA_TYPE, problem_body

#: A declared body up to this many times the limit is read and dropped before the 413;
#: a larger one is refused at once and the connection closed.
DRAIN_FACTOR = 10


class _Disconnected(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp, *, max_bytes: int, timeout: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        declared_raw = headers.get(b"content-length")
        if declared_raw is None and b"transfer-encoding" not in headers:
            await self.app(scope, receive, send)  # no body
            return
        declared = int(declared_raw) if declared_raw is not None and declared_raw.isdigit() else None
        if declared is not None and declared > self.max_bytes:
            # Nothing is read when the client waits for "100 Continue", or when draining would
            # cost too much; either way the connection ends after the answer.
            if (
                headers.get(b"expect", b"").lower() != b"100-continue"
                and declared <= self.max_bytes * DRAIN_FACTOR
            ):
                await self._drain(receive)
            await self._reject(scope, send, 413, f"request body is over the limit of {self.max_bytes} bytes")
            return
        try:
            async with asyncio.timeout(self.timeout):
                body, over, more = await self._read(receive)
                if over and more:
                    await self._drain(receive, already=self.max_bytes)
        except TimeoutError:
            detail = f"the request body did not arrive within {self.timeout:g} s"
            await self._reject(scope, send, 408, detail)
            return
        except _Disconnected:
            return
        if over:
            await self._reject(scope, send, 413, f"request body is over the limit of {self.max_bytes} bytes")
            return
        whole: Message = {"type": "http.request", "body": body, "more_body": False}
        await self.app(scope, replay(whole, receive), send)

    async def _read(self, receive: Receive) -> tuple[bytes, bool, bool]:
        """(body, over the limit, more to come): stops as soon as the body passes the limit."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            more = bool(message.get("more_body", False))
            if size > self.max_bytes:
                return b"", True, more
            chunks.append(chunk)
            if not more:
                return b"".join(chunks), False, False

    async def _drain(self, receive: Receive, *, already: int = 0) -> None:
        """Read and drop the rest of the body (bounded: in time by the caller, in size here)."""
        seen = already
        try:
            async with asyncio.timeout(self.timeout):
                while seen <= self.max_bytes * DRAIN_FACTOR:
                    message = await receive()
                    seen += len(message.get("body", b""))
                    if message["type"] == "http.disconnect" or not message.get("more_body", False):
                        return
        except TimeoutError:
            return

    async def _reject(self, scope: Scope, send: Send, status: int, detail: str) -> None:
        code, title = HTTP_CODES[status]
        body = json.dumps(problem_body(status, code, title, detail, scope["path"])).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def replay(message: Message, receive: Receive) -> Receive:
    """``message`` once more (a body already read), then the server's own receive (for
    disconnects)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return message
        return await receive()

    return replayed
