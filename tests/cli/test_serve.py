"""termbase serve: start-up failures are one clear message and exit 1, in either mode."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from termbase.cli.main import main

NAMES = Path(__file__).parents[1] / "lookup" / "fixtures" / "names"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_port_in_use_is_one_message_and_exit_1(workers: str, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code = main(["serve", "--workers", workers, "--port", port, "--glossary", str(NAMES)])
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1 and f"cannot listen on 127.0.0.1:{port}" in err
    assert "Traceback" not in err


def test_zero_workers_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--workers", "0", "--glossary", str(NAMES)]) == 2
    assert "--workers must be 1 or more" in capsys.readouterr().err


def test_a_setting_that_is_not_a_number_is_one_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TERMBASE_BODY_TIMEOUT", "soon")
    assert main(["serve", "--glossary", str(NAMES)]) == 2
    assert "TERMBASE_BODY_TIMEOUT must be a number above 0, not 'soon'" in capsys.readouterr().err
