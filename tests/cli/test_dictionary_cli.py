"""termbase dictionary import | list, and --glossary NAME."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.cli.main import main
from tests.dictionaries.conftest import CEDICT_FILE, JMNEDICT_XML


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TERMBASE_DICTIONARIES", str(tmp_path))
    return tmp_path


def test_import_writes_the_folder_under_the_root_and_reports_what_it_left_out(
    capsys: pytest.CaptureFixture[str], root: Path
) -> None:
    code, out, _ = run(capsys, "dictionary", "import", "cedict", "--from", str(CEDICT_FILE))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"cedict: 12 entries written to {root / 'cedict'} in ")
    assert lines[1] == "source: the file cedict-excerpt.u8 (2023-11-07); licence CC BY-SA 4.0"
    assert lines[2] == "left out: not-a-name 4, no-english 1"
    assert (root / "cedict" / "entries.jsonl").is_file()


def test_list_shows_each_dictionary_and_whether_it_is_imported(
    capsys: pytest.CaptureFixture[str], root: Path
) -> None:
    run(capsys, "dictionary", "import", "jmnedict", "--from", str(JMNEDICT_XML))
    code, out, _ = run(capsys, "dictionary", "list")
    assert code == 0
    rows = {line.split()[0]: line for line in out.splitlines()[2:]}
    assert "10 entries" in rows["jmnedict"]
    assert "not imported" in rows["cedict"]


def test_a_dictionary_name_is_served_beside_the_bundled_glossaries(
    capsys: pytest.CaptureFixture[str], root: Path
) -> None:
    run(capsys, "dictionary", "import", "jmnedict", "--from", str(JMNEDICT_XML))
    code, out, _ = run(capsys, "lookup", "Mao Tse-tung", "--glossary", "jmnedict")
    assert code == 0
    ids = [line.split()[1] if line.split()[1] != "yes" else line.split()[2] for line in out.splitlines()[2:]]
    assert ids == ["mao-zedong", "jmnedict-5666380"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["lookup", "x", "--glossary", "cedict"], "run 'termbase dictionary import cedict' first"),
        (["dictionary", "import", "jmnedict", "--all-words"], "--all-words applies to cedict only"),
        (["dictionary", "import", "cedict", "--from", "no-such-file.u8"], "no such file: no-such-file.u8"),
        (["dictionary", "import", "cedict", "--limit", "-1"], "--limit must be 0 (no limit) or more"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], root: Path, argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.count("\n") == 1 and message in err
