"""Limits and timeouts on a real server (``termbase serve``): each answers problem+json with
the right status, and a simple client reads the answer instead of a connection reset."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.serving import Served, serve

NAMES = Path(__file__).parents[1] / "lookup" / "fixtures" / "names"
BODY_TIMEOUT = 1.0
KEEP_ALIVE_TIMEOUT = 1


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    env = {"TERMBASE_BODY_TIMEOUT": str(BODY_TIMEOUT), "TERMBASE_KEEP_ALIVE_TIMEOUT": str(KEEP_ALIVE_TIMEOUT)}
    with serve("--glossary", str(NAMES), env=env) as running:
        yield running


def _address(served: Served) -> tuple[str, int]:
    parsed = urllib.parse.urlsplit(served.base)
    assert parsed.hostname and parsed.port
    return parsed.hostname, parsed.port


def _raw(served: Served, request: bytes, *, wait: float = 10.0) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as a simple client does (all of them, then read); the parsed answer."""
    with socket.create_connection(_address(served), timeout=wait) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines)}
    return int(status_line.split()[1]), headers, body


def _assert_problem(status: int, headers: dict[str, str], body: bytes, expected: int, code: str) -> None:
    assert status == expected, body[:300]
    assert headers["content-type"].startswith("application/problem+json")
    problem = json.loads(body)
    assert (problem["status"], problem["code"]) == (expected, code)


def test_an_over_limit_chunked_body_is_413(served: Served) -> None:
    connection = http.client.HTTPConnection(*_address(served), timeout=30)
    chunks = (b'{"strings": ["' + b"x" * 100_000 + b'", ' for _ in range(25))
    connection.request(
        "POST",
        "/v1/normalize",
        body=chunks,
        headers={"content-type": "application/json"},
        encode_chunked=True,
    )
    response = connection.getresponse()
    _assert_problem(response.status, dict(response.getheaders()), response.read(), 413, "limit-exceeded")


def test_an_over_limit_body_from_a_simple_client_reads_the_413(served: Served) -> None:
    body = b'{"strings": ["' + b"x" * 3_000_000 + b'"]}'
    request = urllib.request.Request(
        served.base + "/v1/normalize", data=body, headers={"content-type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=30)
    response = raised.value
    _assert_problem(
        response.code,
        {k.lower(): v for k, v in response.headers.items()},
        response.read(),
        413,
        "limit-exceeded",
    )


def test_a_form_field_may_be_as_large_as_the_documented_body_limit(served: Served) -> None:
    queries = json.dumps({"q0": {"query": "Nosaka Sanzo"}}) + " " * 1_500_000  # a 1.5 MB field
    data = urllib.parse.urlencode({"queries": queries}).encode()
    with urllib.request.urlopen(served.base + "/reconcile", data=data, timeout=60) as response:
        assert response.status == 200 and "q0" in json.load(response)


@pytest.mark.parametrize("length", [10_000, 70_000])
def test_a_url_over_the_limit_is_414_problem_json(served: Served, length: int) -> None:
    target = "/v1/lookup?q=" + "a" * length
    status, headers, body = _raw(served, f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    _assert_problem(status, headers, body, 414, "uri-too-long")


@pytest.mark.parametrize("length", [40_000, 120_000])
def test_headers_over_the_limit_are_431_problem_json(served: Served, length: int) -> None:
    request = f"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: {'p' * length}\r\n\r\n".encode()
    status, headers, body = _raw(served, request)
    _assert_problem(status, headers, body, 431, "headers-too-large")


def test_a_body_that_stops_arriving_is_408_after_the_body_timeout(served: Served) -> None:
    head = (
        b"POST /v1/normalize HTTP/1.1\r\nHost: x\r\n"
        b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    )
    started = time.monotonic()
    status, headers, body = _raw(served, head + b'{"strings"', wait=BODY_TIMEOUT + 10)
    _assert_problem(status, headers, body, 408, "request-timeout")
    assert time.monotonic() - started < BODY_TIMEOUT + 5


def test_headers_that_stop_arriving_are_408_after_the_body_timeout(served: Served) -> None:
    status, headers, body = _raw(served, b"GET /healthz HTTP/1.1\r\nHost: x\r\n", wait=BODY_TIMEOUT + 10)
    _assert_problem(status, headers, body, 408, "request-timeout")


def test_an_idle_keep_alive_connection_is_closed_after_the_timeout(served: Served) -> None:
    with socket.create_connection(_address(served), timeout=10) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        received = b""
        while b"\r\n\r\n" not in received:
            received += sock.recv(65536)
        head, _, body = received.partition(b"\r\n\r\n")
        length = int(
            next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))[15:]
        )
        while len(body) < length:
            body += sock.recv(65536)
        assert head.startswith(b"HTTP/1.1 200") and b"connection: close" not in head.lower()
        time.sleep(KEEP_ALIVE_TIMEOUT + 1.5)
        sock.settimeout(0.5)  # closed by now: recv returns at once (uvicorn's default would be 5 s)
        assert sock.recv(65536) == b""


def test_the_first_machine_read_japanese_is_paid_at_start_up() -> None:
    """In a fresh process: after the server's load, reading kanji no glossary holds is cheap."""
    script = (
        "import time; from pathlib import Path; from termbase.api.warm import load_for_serving\n"
        f"t = load_for_serving(Path({str(NAMES)!r}))\n"
        "s = time.thread_time(); t.romanize('京都大学の学生', lang='ja'); print(time.thread_time() - s)\n"
    )
    spent = float(
        subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    )
    assert spent < 0.1, spent
