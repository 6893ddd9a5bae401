"""Run the real service (uvicorn, ``create_app``) on a free port in a background thread."""

from __future__ import annotations

import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from termbase.api import Settings, create_app
from termbase.service import Termbase


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_health(base_url: str, *, timeout: float = 20.0, path: str = "/healthz") -> None:
    """Until ``path`` answers 200 (``/readyz``: until the server is also ready for traffic)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{base_url}{path}", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:  # refused, or an HTTP error such as /readyz's 503
            if time.monotonic() > deadline:
                message = f"the service at {base_url} did not answer {path} in {timeout:.0f} s"
                raise RuntimeError(message) from None
        time.sleep(0.05)


@contextmanager
def running(termbase: Termbase) -> Iterator[str]:
    """The service's base URL while it runs; stopped (and joined) on exit."""
    port = free_port()
    config = uvicorn.Config(
        create_app(Settings(base_url=f"http://127.0.0.1:{port}"), termbase=termbase),
        host="127.0.0.1",
        port=port,
        http="h11",
        ws="none",
        log_level="warning",
        access_log=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="termbase-test-server", daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(base_url)
        yield base_url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
