"""Every example in README.md returns what it shows, and every setting is documented.

``console`` blocks hold ``$ command`` lines followed by their output. ``termbase`` commands run
through the CLI's ``main``; ``curl -s 'http://127.0.0.1:8000/PATH'`` runs against the app with
the bundled glossary, and its JSON is compared as data.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import fields
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.api.settings import ENV_PREFIX
from termbase.cli.main import main
from termbase.service import Termbase

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _examples() -> list[tuple[str, str]]:
    examples = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL):
        for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


EXAMPLES = _examples()


def test_readme_has_examples() -> None:
    assert sum(command.startswith("termbase") for command, _ in EXAMPLES) >= 8
    assert any(command.startswith("curl") for command, _ in EXAMPLES)


@pytest.mark.parametrize(("command", "output"), [e for e in EXAMPLES if e[0].startswith("termbase")], ids=str)
def test_cli_example(command: str, output: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(shlex.split(command)[1:])
    shown = [line.rstrip() for line in output.rstrip("\n").splitlines()]
    assert [line.rstrip() for line in capsys.readouterr().out.rstrip("\n").splitlines()] == shown


@pytest.mark.parametrize(("command", "output"), [e for e in EXAMPLES if e[0].startswith("curl")], ids=str)
def test_curl_example(command: str, output: str, bundled: Termbase) -> None:
    url = shlex.split(command)[-1]
    path = url.removeprefix("http://127.0.0.1:8000")
    with TestClient(create_app(Settings(), termbase=bundled)) as client:
        assert client.get(path).json() == json.loads(output)


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_every_setting_is_documented(name: str) -> None:
    row = next((line for line in README.splitlines() if line.startswith(f"| `{name}` |")), None)
    assert row is not None, f"README's Settings table has no row for {name}"
    assert f"`{ENV_PREFIX}{name.upper()}`" in row
