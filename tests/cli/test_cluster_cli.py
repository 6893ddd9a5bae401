"""termbase cluster and --draft: formats, malformed rows on stderr, drafts that validate."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from termbase.cli.main import main
from tests.editor.conftest import HOUSE

G = ["--glossary", str(HOUSE)]
TABLE = "id,name\n1,Sakurai Tarō\n2,Taro Sakurai\n3,Mao Tse-tung\n4,bad,row\n5,Mao Zedong\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "names.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_text_report_and_summary(capsys: pytest.CaptureFixture[str], table: Path) -> None:
    code, out, err = run(capsys, "cluster", str(table), "-c", "name", *G)
    assert code == 0
    assert out.splitlines() == [  # most values first, then first seen
        "'Sakurai Tarō' (in no glossary): 2 value(s), 2 way(s): 'Sakurai Tarō' ×1 (line 2), "
        "'Taro Sakurai' ×1 (line 3)",
        "'Mao Zedong' [mao-zedong]: 2 value(s), 2 way(s): 'Mao Tse-tung' ×1 (line 4), "
        "'Mao Zedong' ×1 (line 6)",
    ]
    assert "cluster: line 5: expected 2 fields, found 3 (not clustered)" in err
    assert "cluster: 4 row(s) (0 blank, 1 malformed), 4 value(s), 4 spelling(s) in 2 cluster(s)" in err


def test_json_and_csv(capsys: pytest.CaptureFixture[str], table: Path) -> None:
    code, out, _ = run(capsys, "cluster", str(table), "-c", "name", "--format", "json", "-q", *G)
    shape = json.loads(out)
    assert code == 0 and shape["summary"]["malformed"] == 1
    assert [c["proposed"] for c in shape["clusters"]] == ["Sakurai Tarō", "Mao Zedong"]
    code, out, _ = run(capsys, "cluster", str(table), "-c", "name", "--format", "csv", "-q", *G)
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["cluster", "proposed", "entry", "form", "count", "form_entry", "lines"]
    assert rows[3] == ["2", "Mao Zedong", "mao-zedong", "Mao Tse-tung", "1", "mao-zedong", "4"]


def test_html_and_draft(capsys: pytest.CaptureFixture[str], table: Path, tmp_path: Path) -> None:
    report, draft = tmp_path / "report.html", tmp_path / "draft"
    code, _, err = run(
        capsys, "cluster", str(table), "-c", "name", "--html", str(report), "--draft", str(draft), "-q", *G
    )
    assert code == 0
    assert "Sakurai Tarō" in report.read_text(encoding="utf-8")
    assert f"draft: 1 unverified entr(ies) in {draft}" in err
    assert run(capsys, "validate", str(draft))[0] == 0
    assert (draft / "draft.tbx").is_file()


def test_check_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "chapter.txt"
    text.write_text("Sakurai Tarō wrote; later Taro Sakurai replied.\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(text), "--draft", str(tmp_path / "d"), "-q", *G)
    assert code == 0 and "draft: 1 unverified entr(ies)" in err
    assert "seen: line 1, column 27" in (tmp_path / "d" / "entries.yaml").read_text(encoding="utf-8")
    code, _, err = run(capsys, "check", str(text), "--draft", str(tmp_path / "d"), "-q", *G)
    assert code == 2 and "already exists; use --force" in err


def test_nothing_to_draft_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "plain.txt"
    text.write_text("Nothing here.\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(text), "--draft", str(tmp_path / "d"), "-q", *G)
    assert code == 0 and "no names in no glossary to draft" in err
    assert not (tmp_path / "d").exists()


def test_bad_input_is_one_line(capsys: pytest.CaptureFixture[str], table: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "cluster", str(table), "-c", "nom", *G)
    assert code != 0 and "no column 'nom'" in err and "Traceback" not in err
    code, _, err = run(capsys, "cluster", str(tmp_path / "missing.csv"), *G)
    assert code != 0 and "cannot open" in err
    code, _, err = run(capsys, "cluster", str(table), "--max-spellings", "0", *G)
    assert code != 0 and "at least 1" in err
