"""``termbase serve --workers N``: a broken file never takes the service down, and a SIGHUP
rolls a new glossary to every worker without failing a request."""

from __future__ import annotations

import os
import signal
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.api.conftest import break_glossary
from tests.api.serving import Served, serve, serve_starting, wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and /proc")


def _touch(folder: Path) -> None:
    with (folder / "entries.yaml").open("a", encoding="utf-8") as file:
        file.write("\n# edited\n")


def _hashes_seen(served: Served, tries: int = 40) -> set[str]:
    """The content hash every answering worker reports (connections are shared out by the kernel)."""
    return {served.get_json("/healthz")["loaded"]["content_hash"] for _ in range(tries)}


def _replacements(served: Served) -> int | None:
    """The supervisor's replacement count, or None while a request cannot be answered: a worker
    killed with SIGKILL resets the connection it had just accepted from the shared socket (that
    request is lost with the worker; the ones after it are what this test is about)."""
    try:
        return int(served.get_json("/healthz")["reload"]["replacements"])
    except OSError:
        return None


def test_a_worker_that_dies_is_replaced_from_the_last_good_glossary(folder: Path) -> None:
    with serve("--workers", "2", "--glossary", str(folder)) as served:
        victim, survivor = sorted(served.wait_for_workers(2))
        good = served.get_json("/healthz")["loaded"]["content_hash"]
        break_glossary(folder)
        os.kill(victim, signal.SIGKILL)
        wait_until(lambda: _replacements(served) == 1, what="a replacement")
        assert served.process.poll() is None and survivor in served.workers()
        assert len(served.workers() - {victim}) == 2 and _hashes_seen(served) == {good}
        lookup = served.get_json("/v1/lookup?q=Nosaka")
        assert lookup["results"], lookup


def test_a_worker_killed_while_starting_is_replaced_and_the_service_starts(folder: Path) -> None:
    with serve_starting("--workers", "2", "--glossary", str(folder)) as served:
        wait_until(lambda: len(served.workers()) == 2, what="two workers started")
        os.kill(min(served.workers()), signal.SIGKILL)  # most likely still loading its glossary
        wait_until(lambda: _replacements(served) == 1, what="a replacement")
        assert served.process.poll() is None
        assert served.get_json("/v1/lookup?q=Nosaka")["results"]
        assert "a worker could not start" not in served.output()


def test_sighup_with_a_broken_glossary_keeps_every_worker_and_reports_why(folder: Path) -> None:
    with serve("--workers", "2", "--glossary", str(folder)) as served:
        before = served.wait_for_workers(2)
        good = served.get_json("/healthz")["loaded"]["content_hash"]
        break_glossary(folder)
        served.process.send_signal(signal.SIGHUP)
        wait_until(lambda: served.get_json("/healthz")["reload"]["last_error"] is not None, what="the error")
        reload = served.get_json("/healthz")["reload"]
        assert "entries.yaml" in reload["last_error"] and "termbase-serve-" not in reload["last_error"]
        assert reload["reloads"] == 0 and reload["supervised"] is True
        assert served.workers() == before and _hashes_seen(served) == {good}


def test_sighup_rolls_the_new_glossary_to_every_worker_and_no_request_fails(folder: Path) -> None:
    with serve("--workers", "2", "--glossary", str(folder)) as served:
        served.wait_for_workers(2)
        old = served.get_json("/healthz")["loaded"]["content_hash"]
        failures: list[str] = []
        answered = [0]
        stop = threading.Event()

        def fire() -> None:
            while not stop.is_set():
                try:
                    with urllib.request.urlopen(served.base + "/v1/lookup?q=Nosaka+Sanzo", timeout=30) as r:
                        if r.status != 200:
                            failures.append(str(r.status))
                    answered[0] += 1
                except (OSError, urllib.error.HTTPError) as exc:
                    failures.append(repr(exc))
                stop.wait(0.005)  # steady traffic that leaves the new workers CPU to load

        clients = [threading.Thread(target=fire, daemon=True) for _ in range(3)]
        for client in clients:
            client.start()
        wait_until(lambda: answered[0] >= 20, what="requests before the reload")
        _touch(folder)
        served.process.send_signal(signal.SIGHUP)
        wait_until(lambda: served.get_json("/healthz")["reload"]["reloads"] == 1, what="the rolling reload")
        during = answered[0]
        wait_until(lambda: answered[0] >= during + 20, what="requests after the reload")
        stop.set()
        for client in clients:
            client.join(timeout=60)
        assert failures == [], failures[:5]
        new = _hashes_seen(served)
        assert len(new) == 1 and old not in new
        assert served.get_json("/healthz")["reload"]["last_error"] is None
