"""Serving start-up: /healthz answers while the engines warm up, /readyz only once they are warm."""

from __future__ import annotations

import subprocess
import sys
import threading

from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.service import Termbase
from tests.api.conftest import NAMES


def test_readyz_is_503_while_the_engines_warm_and_200_after(names: Termbase) -> None:
    release = threading.Event()
    warming = threading.Thread(target=release.wait, daemon=True)
    warming.start()
    app = create_app(Settings(), termbase=names)
    app.state.warming = warming
    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200
        not_ready = client.get("/readyz")
        assert not_ready.status_code == 503 and not_ready.json() == {"ready": False}
        release.set()
        warming.join(5)
        assert client.get("/readyz").json() == {"ready": True}


def test_the_background_warm_up_pays_the_first_machine_read_before_readiness() -> None:
    """In a fresh process: opened without the engines, then warmed in the thread serve starts;
    once the thread has ended, reading kanji no glossary holds is cheap."""
    script = (
        "import time; from pathlib import Path\n"
        "from termbase.api.warm import load_for_serving, warm_in_background\n"
        f"t = load_for_serving(Path({str(NAMES)!r}), engines=False)\n"
        "warm_in_background(t).join()\n"
        "s = time.thread_time(); t.romanize('京都大学の学生', lang='ja'); print(time.thread_time() - s)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    assert float(run.stdout) < 0.1, run.stdout


def test_the_warm_up_pays_the_first_detection_before_readiness() -> None:
    """Detection builds its tables on first use (the Japanese systems' profiles, the Chinese
    systems' spellers: about 35 ms of CPU); once warmed, a first new Latin spelling with its
    ``detected`` costs what any does (about 2 ms)."""
    script = (
        "import time; from pathlib import Path\n"
        "from termbase.api.warm import load_for_serving\n"
        "from termbase.lookup.search import search\n"
        f"t = load_for_serving(Path({str(NAMES)!r}))\n"
        "s = time.thread_time(); search(t.index, 'Mao Tse Tung').detected; print(time.thread_time() - s)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    assert float(run.stdout) < 0.015, run.stdout
