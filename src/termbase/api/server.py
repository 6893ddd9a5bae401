"""How uvicorn serves the app, in one place for both modes (one process, or supervised workers).

uvicorn's HTTP parser answers an over-long request line or header block with a plain-text 400
and a reset, before the app sees anything. :class:`LimitedHttpTools` enforces the documented
limits itself, below the parser's own: 414 for the request target, 431 for the headers, 408
when the headers do not arrive in time, each as problem+json, then a lingering close (the rest
of what the client sends is read and dropped for a moment) so that a simple client reads the
answer instead of a connection reset.
"""

from __future__ import annotations

import asyncio
import json
import socket
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from termbase.api.problems import HTTP_CODES, MEDIA_TYPE, problem_body
from termbase.api.settings import Settings
from termbase.errors import TermbaseError

#: Seconds a rejected connection is read and dropped before it is closed (a lingering close).
LINGER_SECONDS = 2.0
#: Seconds an idle connection may still send a request once the worker is shutting down.
SHUTDOWN_GRACE = 1.0

_REASONS = {
    400: b"Bad Request",
    408: b"Request Timeout",
    414: b"URI Too Long",
    431: b"Request Header Fields Too Large",
}


class _OverLimit(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class LimitedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol with limits on the request line and headers, and a timeout."""

    max_url_bytes = 8192
    max_header_bytes = 32_768
    header_timeout = 30.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_bytes = 0
        self._rejection: _OverLimit | None = None
        self._discarding = False
        self._header_timer: asyncio.TimerHandle | None = None
        self._received_any = False
        self._shutting_down = False
        self._shutdown_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        if self._shutdown_timer is not None:
            self._shutdown_timer.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._discarding:
            return
        self._received_any = True
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = 0
        self._rejection = None
        self._arm_header_timer()
        self._received_any = True  # this request has begun

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.max_url_bytes:
            raise self._reject(414, f"the request target is over the limit of {self.max_url_bytes} bytes")

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_bytes += len(name) + len(value) + 4  # ": " and CRLF
        if self._header_bytes > self.max_header_bytes:
            raise self._reject(
                431, f"the request headers are over the limit of {self.max_header_bytes} bytes"
            )
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._disarm_header_timer()
        super().on_headers_complete()
        if self._shutting_down:
            self.cycle.keep_alive = False  # answered, then closed

    def shutdown(self) -> None:
        """A graceful shutdown that resets no request on its way.

        uvicorn closes every connection without a request in progress at once. A connection
        just accepted (its request not yet read), or an idle keep-alive one whose client is
        sending, would be reset. Each gets a moment instead; a request that arrives in it is
        answered with ``Connection: close``. This is what makes a rolling reload lose nothing.
        """
        self._shutting_down = True
        if self.cycle is None or self.cycle.response_complete:
            self._unset_keepalive_if_required()
            self._shutdown_timer = self.loop.call_later(SHUTDOWN_GRACE, self._close_if_idle)
        else:
            self.cycle.keep_alive = False

    def _close_if_idle(self) -> None:
        self._shutdown_timer = None
        idle = self.cycle is None or self.cycle.response_complete
        if idle and not self.transport.is_closing():
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        """Every parser error, ours included, answered as problem+json."""
        rejection = self._rejection or _OverLimit(400, "the request is not valid HTTP/1.1")
        self._answer_and_linger(rejection)

    def _reject(self, status: int, detail: str) -> _OverLimit:
        self._rejection = _OverLimit(status, detail)
        return self._rejection

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        self._received_any = False
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_timed_out)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_timed_out(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if not self._received_any:
            self.transport.close()  # an idle connection that never sent a request: nothing to say
            return
        detail = f"the request headers did not arrive within {self.header_timeout:g} s"
        self._answer_and_linger(_OverLimit(408, detail))

    def _answer_and_linger(self, rejection: _OverLimit) -> None:
        self._disarm_header_timer()
        if self.transport.is_closing():
            return
        path = self.url.split(b"?", 1)[0][:200].decode("latin-1") if self.url else ""
        code, title = HTTP_CODES[rejection.status]
        body = json.dumps(problem_body(rejection.status, code, title, rejection.detail, path)).encode()
        head = [
            b"HTTP/1.1 %d %s\r\n" % (rejection.status, _REASONS[rejection.status]),
            *(name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers),
            b"content-type: " + MEDIA_TYPE.encode() + b"\r\n",
            b"content-length: %d\r\n" % len(body),
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self._discarding = True
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER_SECONDS, self.transport.close)


def protocol_class(
    *, max_url_bytes: int, max_header_bytes: int, header_timeout: float
) -> type[LimitedHttpTools]:
    """The protocol with this server's limits (uvicorn takes a class, not an instance)."""
    return type(
        "TermbaseHttpProtocol",
        (LimitedHttpTools,),
        {
            "max_url_bytes": max_url_bytes,
            "max_header_bytes": max_header_bytes,
            "header_timeout": header_timeout,
        },
    )


def uvicorn_config(app: Any, settings: Settings) -> uvicorn.Config:
    """The one uvicorn configuration (the server is given its listening socket: :func:`listen`)."""
    return uvicorn.Config(
        app,
        http=protocol_class(
            max_url_bytes=settings.max_url_bytes,
            max_header_bytes=settings.max_header_bytes,
            header_timeout=settings.body_timeout,
        ),
        ws="none",
        lifespan="on",
        log_level="warning",
        access_log=False,  # termbase.api.access writes its own, as JSON lines
        timeout_keep_alive=settings.keep_alive_timeout,
        timeout_graceful_shutdown=30,
        server_header=False,
    )


def listen(host: str, port: int) -> socket.socket:
    """A listening socket, or one clear error (the address in use, a host that is not ours)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise TermbaseError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock
