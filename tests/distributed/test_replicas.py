"""Three `termbase serve` processes on loopback ports, as three replicas behind a load balancer:
the same glossary gives the same answer, byte for byte, to the same request on every replica."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from tests.editor.conftest import HOUSE
from tests.web.server import free_port, wait_for_health

REPLICAS = 3
#: What a load balancer's clients see: every replica is told the one public URL.
PUBLIC_URL = "https://termbase.example.org"
LOOKUPS = ["Mao Tse-tung", "Chang Kai-shek", "Nosaka Sanzp", "Tsitsihar", "野坂参三", "Нобody"]
QUERIES = {f"q{n}": {"query": q, "limit": 3} for n, q in enumerate(LOOKUPS)}
MANUSCRIPT = "Chang Kai-shek met Nosaka Sanzo in Harbin.\nMao Tse-tung wrote to Chiang Kai-shek.\n"


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TERMBASE_")}
    logs = tmp_path_factory.mktemp("replicas")
    servers, urls = [], []
    try:
        for number in range(REPLICAS):
            port = free_port()
            command = [
                sys.executable,
                "-m",
                "termbase.cli.main",
                "serve",
                "--port",
                str(port),
                "--glossary",
                str(HOUSE),
                "--base-url",
                PUBLIC_URL,
            ]
            with (logs / f"replica-{number}.log").open("wb") as log:  # the child keeps its own copy
                servers.append(subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}")
        for url in urls:
            wait_for_health(url, timeout=120, path="/readyz")  # what a load balancer waits for
        yield urls
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


def fetch(url: str, *, body: bytes | None = None, kind: str = "application/json") -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": kind} if body else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def untimed(answer: object) -> object:
    """The answer without the time it took (the check reports its own ``seconds``)."""
    if isinstance(answer, dict):
        return {key: untimed(value) for key, value in answer.items() if key != "seconds"}
    if isinstance(answer, list):
        return [untimed(value) for value in answer]
    return answer


def same_everywhere(urls: list[str], path: str, **request: object) -> object:
    """The one answer every replica gives to this request: the same bytes, but for timings."""
    answers = [fetch(url + path, **request) for url in urls]  # type: ignore[arg-type]
    assert {status for status, _ in answers} == {200}
    bodies = [json.loads(body) for _, body in answers]
    timed = any(untimed(body) != body for body in bodies)
    if not timed:
        assert all(body == answers[0][1] for _, body in answers), path
    assert all(untimed(body) == untimed(bodies[0]) for body in bodies), path
    return bodies[0]


def test_replicas_are_ready_on_the_same_glossary(replicas: list[str]) -> None:
    for url in replicas:
        assert fetch(url + "/readyz")[0] == 200
    hashes = {json.loads(fetch(url + "/healthz")[1])["loaded"]["content_hash"] for url in replicas}
    assert len(hashes) == 1


def test_lookup_is_the_same_on_every_replica(replicas: list[str]) -> None:
    for query in LOOKUPS:
        answer = same_everywhere(replicas, "/v1/lookup?" + urllib.parse.urlencode({"q": query, "limit": 5}))
        assert answer["query"] == query  # type: ignore[index]
    mao = same_everywhere(replicas, "/v1/lookup?q=Mao+Tse-tung")
    assert mao["results"][0]["id"] == "mao-zedong"  # type: ignore[index]


def test_normalize_and_check_are_the_same_on_every_replica(replicas: list[str]) -> None:
    body = json.dumps({"strings": LOOKUPS, "style": "scholarly-east-asia"}).encode()
    normalized = same_everywhere(replicas, "/v1/normalize", body=body)
    assert [r["outcome"] for r in normalized["results"]][:2] == ["normalized", "normalized"]  # type: ignore[index]
    checked = same_everywhere(
        replicas, "/v1/check", body=json.dumps({"text": MANUSCRIPT, "fix": True}).encode()
    )
    assert checked["findings"]  # type: ignore[index]


def test_reconcile_is_the_same_on_every_replica(replicas: list[str]) -> None:
    manifest = same_everywhere(replicas, "/reconcile")
    assert manifest["preview"]["url"].startswith(PUBLIC_URL)  # type: ignore[index]
    form = urllib.parse.urlencode({"queries": json.dumps(QUERIES)}).encode()
    answer = same_everywhere(replicas, "/reconcile", body=form, kind="application/x-www-form-urlencoded")
    assert answer["q0"]["result"][0]["id"] == "mao-zedong"  # type: ignore[index]
