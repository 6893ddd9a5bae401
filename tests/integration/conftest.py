"""Real processes on loopback: a ``termbase serve`` and Debian's OpenRefine, each started once per
session and stopped after it. scripts/test.sh installs OpenRefine; a developer's machine without
it skips these tests, CI (``CI=true``) fails instead, so they never silently stop running there."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

OPENREFINE = "openrefine"
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"{url} did not answer within {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the process group the fixture started (the openrefine script execs Java in it)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="session")
def termbase_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``termbase serve`` on the bundled glossary, as a user starts it."""
    port = free_port()
    log = tmp_path_factory.mktemp("termbase") / "serve.log"
    command = [sys.executable, "-m", "termbase.cli.main", "serve", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url + "/readyz", process, log)
        yield url
    finally:
        stop(process)


@pytest.fixture(scope="session")
def openrefine_started(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    """OpenRefine 3.6 headless on loopback, with a workspace of its own; started first, so its
    ten seconds or more of start-up overlap the termbase server's."""
    if shutil.which(OPENREFINE) is None:
        message = "OpenRefine is not installed (scripts/test.sh installs Debian's openrefine package)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    workspace = tmp_path_factory.mktemp("openrefine")
    log = workspace / "openrefine.log"
    command = [OPENREFINE, "-p", str(port), "-i", "127.0.0.1", "-d", str(workspace / "data"), "-m", "768M"]
    # headless: no attempt to open a browser
    environment = {**os.environ, "JAVA_OPTIONS": "-Drefine.headless=true"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, env=environment, start_new_session=True
        )
    try:
        yield f"http://127.0.0.1:{port}", process, log
    finally:
        stop(process)


@pytest.fixture(scope="session")
def openrefine_url(openrefine_started: tuple[str, subprocess.Popen[bytes], Path]) -> str:
    url, process, log = openrefine_started
    wait_until_up(url + "/command/core/get-version", process, log)
    return url
