"""Reload without downtime: a good glossary is swapped in, a broken one changes nothing, and
``termbase serve`` reloads on SIGHUP instead of dying."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.api.reload import Reloader
from termbase.cli.main import main
from termbase.service import Termbase
from tests.api.conftest import break_glossary
from tests.web.server import free_port, wait_for_health


def test_a_broken_glossary_keeps_the_last_good_one(folder: Path) -> None:
    settings = Settings(glossaries=(folder,))
    app = create_app(settings, termbase=Termbase.load(folder))
    reloader = app.state.reloader = Reloader(app, settings)
    before = app.state.termbase
    break_glossary(folder)
    reloader.reload_now()
    assert app.state.termbase is before and reloader.status.last_error and reloader.status.reloads == 0
    with TestClient(app) as client:
        health = client.get("/healthz").json()
    assert health["reload"]["last_error"] and health["loaded"]["content_hash"] == before.loaded.content_hash


def test_a_good_glossary_is_swapped_in_and_reported(folder: Path) -> None:
    settings = Settings(glossaries=(folder,))
    app = create_app(settings, termbase=Termbase.load(folder))
    reloader = app.state.reloader = Reloader(app, settings)
    old_hash = app.state.termbase.loaded.content_hash
    text = (folder / "entries.yaml").read_text(encoding="utf-8")
    (folder / "entries.yaml").write_text(text + "\n# touched\n", encoding="utf-8")
    reloader.reload_now()
    assert reloader.status.reloads == 1 and reloader.status.last_error is None
    assert app.state.termbase.loaded.content_hash != old_hash
    with TestClient(app) as client:
        assert client.get("/readyz").json() == {"ready": True}


def test_serve_with_workers_and_a_broken_glossary_exits_1(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    break_glossary(folder)
    assert main(["serve", "--workers", "2", "--port", str(free_port()), "--glossary", str(folder)]) == 1
    assert "problem" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGHUP")
def test_sighup_reloads_a_running_server(folder: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TERMBASE_")}
    command = [
        sys.executable,
        "-m",
        "termbase.cli.main",
        "serve",
        "--port",
        str(port),
        "--glossary",
        str(folder),
    ]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_health(base, timeout=60)
        server.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 60
        reload: dict[str, object] = {}
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"{base}/healthz") as response:
                reload = json.load(response)["reload"]
            if reload["reloads"] == 1:
                break
            time.sleep(0.2)
        assert server.poll() is None and reload["reloads"] == 1 and reload["last_error"] is None
    finally:
        server.terminate()
        server.wait(timeout=20)
