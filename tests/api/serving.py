"""``termbase serve`` as a real process on a free port, for the supervisor and limit tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.web.server import free_port, wait_for_health


class Served:
    def __init__(self, process: subprocess.Popen[bytes], base: str, log: Path) -> None:
        self.process = process
        self.base = base
        self.log = log

    def output(self) -> str:
        """Everything the server wrote to stdout and stderr so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def get_json(self, path: str) -> Any:
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return json.load(response)

    def workers(self) -> set[int]:
        """The supervisor's live child processes (Linux: /proc)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return {int(pid) for pid in children}

    def wait_for_workers(self, count: int) -> set[int]:
        """The worker pids once the supervisor says all ``count`` have loaded and serve.

        A started child is not yet a ready worker: /healthz answers as soon as the first one
        serves, and a worker killed while the supervisor still awaits it is replaced during
        start-up, not by the replacement a test may mean to provoke.
        """
        wait_until(lambda: f"{count} workers serving on" in self.output(), what=f"{count} ready workers")
        workers = self.workers()
        assert len(workers) == count, (workers, self.output()[-2000:])
        return workers


def wait_until(condition: Callable[[], bool], *, timeout: float = 90.0, what: str = "the condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:g} s")
        time.sleep(0.2)


@contextmanager
def serve_starting(*args: str, env: dict[str, str] | None = None) -> Iterator[Served]:
    """``termbase serve ARGS --port <free>`` just started, stopped with SIGTERM (and waited for)."""
    port = free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TERMBASE_")}
    command = [sys.executable, "-m", "termbase.cli.main", "serve", "--port", str(port), *args]
    log = Path(tempfile.mkdtemp(prefix="termbase-test-serve-")) / "output.log"
    with log.open("wb") as output:
        process = subprocess.Popen(command, env={**clean, **(env or {})}, stdout=output, stderr=output)
    try:
        yield Served(process, f"http://127.0.0.1:{port}", log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def serve(*args: str, env: dict[str, str] | None = None) -> Iterator[Served]:
    """``termbase serve ARGS --port <free>`` once /healthz answers."""
    with serve_starting(*args, env=env) as served:
        wait_for_health(served.base, timeout=120)
        yield served
