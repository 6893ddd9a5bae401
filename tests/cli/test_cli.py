"""The CLI: readable output, --json, one-line errors and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from termbase.cli.main import main
from tests.conftest import NAMES

FIXTURES = Path(__file__).parents[1] / "glossary" / "fixtures"
G = ["--glossary", str(NAMES)]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_lookup_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "Mao Tse-tung", *G)
    assert code == 0
    header, _rule, first = out.splitlines()[:3]
    assert header.split()[:4] == ["score", "match", "id", "label"]
    assert "mao-zedong" in first and "wade-giles" in first and "yes" in first


def test_lookup_names_the_preferred_form_of_an_erroneous_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "Chang Kai-shek", *G)
    assert code == 0 and out.splitlines()[2].rstrip().endswith("erroneous -> Chiang Kai-shek")


def test_lookup_json_is_the_api_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "Носака Сандзо", "--json", *G)
    body = json.loads(out)
    assert code == 0 and body["results"][0]["id"] == "nosaka-sanzo"


def test_lookup_without_result_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "Xylophone Quartet", *G)
    assert code == 1 and "no entry matches" in out


def test_romanize_all_systems(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "romanize", "野坂参三", "--system", "all", *G)
    assert code == 0
    assert "glossary entry nosaka-sanzo" in out.splitlines()[0]
    assert "Nosaka Sanzō" in out and "Носака Сандзо" in out and "Nosaka Sanzou" in out


def test_bad_input_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "romanize", "野坂参三", "--system", "hepburm", *G)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith(
        "termbase: error: unknown romanization system"
    )


def test_unknown_entry_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "no-such-entry", *G)
    assert code == 3 and "no-such-entry" in err


def test_validate_ok_and_broken(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "validate", str(NAMES))
    assert code == 0 and out.startswith("ok: 10 entries")
    broken = tmp_path / "broken"
    broken.mkdir()
    shutil.copy(FIXTURES / "glossary.yaml", broken)
    shutil.copy(FIXTURES / "broken" / "duplicate-id.yaml", broken)
    code, _, err = run(capsys, "validate", str(broken))
    assert code == 1
    assert "duplicate-id.yaml:7: duplicate-id: id 'beria' is already used" in err


def test_list_and_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--kind", "place", *G)
    assert code == 0 and out.strip().endswith("3 entries")
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out)["title"] == "termbase glossary entry file"


def test_console_script_is_installed() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "termbase.cli.main", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("termbase ")


def test_listings_fit_the_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["list"], ["systems"]):
        assert main(command) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines and max(len(line) for line in lines) <= 110, command


def test_coverage_reports_every_loaded_glossary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage"]) == 0
    report = capsys.readouterr().out
    assert report.startswith("# Bundled glossary coverage")
    assert "# Glossary `article`" in report and "# Glossary `field`" in report and "| ko |" in report
