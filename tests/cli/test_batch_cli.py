"""termbase normalize | check | styles: files and stdin, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from termbase.cli.main import main
from termbase.cli.output import width
from tests.editor.conftest import HOUSE

G = ["--glossary", str(HOUSE)]
MANUSCRIPT = "Chang Kai-shek met Chiang Kai-shek.\nNosaka Sanzo spoke.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_normalize_a_csv_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    table = tmp_path / "names.csv"
    table.write_text("id,name\n1,Mao Tse-tung\n2,oops,extra\n3,Tsitsihar\n", encoding="utf-8")
    out_path = tmp_path / "out.csv"
    code, out, err = run(
        capsys,
        "normalize",
        str(table),
        "-c",
        "name",
        "-o",
        str(out_path),
        "--summary-json",
        str(tmp_path / "s.json"),
        *G,
    )
    assert code == 0 and out == ""
    lines = out_path.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("1,Mao Tse-tung,mao-zedong,Mao Zedong,100,true,admitted")
    assert lines[2] == "2,oops,extra" and lines[3].startswith("3,Tsitsihar,qiqihar,Qiqihar")
    # the malformed line is not counted as a row (the rate, "1,563 rows/s", may end in 3 too)
    assert not re.search(r"(?<![\d,.])3 rows", err) and "2 rows (0 blank, 1 malformed)" in err
    assert "line 3: expected 2 fields, found 3" in err
    assert json.loads((tmp_path / "s.json").read_text())["normalized"] == 2


def test_normalize_stdin_to_stdout(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO('{"name": "野坂参三"}\n'.encode())))
    stdout = io.TextIOWrapper(io.BytesIO())
    monkeypatch.setattr(sys, "stdout", stdout)
    code = main(["normalize", "-", "--format", "jsonl", "-c", "name", "-q", *G])
    stdout.flush()
    assert code == 0
    line = stdout.buffer.getvalue().decode()  # type: ignore[attr-defined]
    assert json.loads(line)["name_normalized"] == "Nosaka Sanzō"


def test_check_reports_and_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "ms.md"
    source.write_text(MANUSCRIPT, encoding="utf-8")
    code, out, err = run(capsys, "check", str(source), *G)
    assert code == 1
    assert f"{source}:1:1: erroneous,inconsistent: 'Chang Kai-shek' -> 'Chiang Kai-shek'" in out
    assert f"{source}:2:1: deprecated: 'Nosaka Sanzo' -> 'Nosaka Sanzō'" in out
    assert "written 2 ways: Chiang Kai-shek" in out and err.startswith("check: 2 finding(s)")
    code, out, _ = run(capsys, "check", str(source), "--format", "json", "-q", *G)
    assert code == 1 and json.loads(out)["summary"]["findings"] == 2


def test_check_fix_writes_a_copy_diff_and_html(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "ms.txt"
    source.write_text(MANUSCRIPT, encoding="utf-8")
    code, out, err = run(capsys, "check", str(source), "--fix", "--html", str(tmp_path / "r.html"), *G)
    assert code == 0, err
    fixed = (tmp_path / "ms.fixed.txt").read_text(encoding="utf-8")
    assert fixed == "Chiang Kai-shek met Chiang Kai-shek.\nNosaka Sanzō spoke.\n"
    assert (
        out.startswith(f"--- {source}\n+++ {tmp_path / 'ms.fixed.txt'}\n") and "+Nosaka Sanzō spoke." in out
    )
    assert "remaining after --fix: 0 finding(s)" in err
    assert "<mark" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_clean_text_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "ok.txt"
    source.write_text("Chiang Kai-shek and Mao Zedong.\n", encoding="utf-8")
    assert run(capsys, "check", str(source), "-q", *G)[0] == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "missing.txt"], "cannot open missing.txt"),
        (["check", "ms.docx"], "cannot check .docx files"),
        (["check", "-", "--fix"], "needs --output"),
        (["normalize", "x.xlsx"], "give --format csv, tsv or jsonl"),
        (["check", "ms.txt", "--style", "chicago"], "no house style 'chicago'"),
    ],
)
def test_errors_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv, *G)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_styles_lists_and_shows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "styles")
    assert code == 0 and "scholarly-east-asia" in out and "ja:hepburn-traditional" in out
    code, out, _ = run(capsys, "styles", "plain-ascii")
    assert code == 0 and json.loads(out)["ascii"] is True


def test_check_mentions_prints_every_name_as_a_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "ms.txt"
    source.write_text(MANUSCRIPT + "野坂参三 wrote.\n", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = run(capsys, "check", str(source), "--mentions", "-q", *G)
    lines = out.splitlines()
    assert code == 1 and lines[0].split() == [
        "where",
        "found",
        "entry",
        "matched",
        "form",
        "how",
        "status",
        "house",
        "form",
        "finding",
    ]
    assert lines[2].split() == [
        "1:1",
        "Chang",
        "Kai-shek",
        "chiang-kai-shek",
        "Chang",
        "Kai-shek",
        "term",
        "erroneous",
        "Chiang",
        "Kai-shek",
        "erroneous,inconsistent",
    ]
    assert lines[-1].split() == [
        "3:1",
        "野坂参三",
        "nosaka-sanzo",
        "野坂参三",
        "term",
        "preferred",
        "Nosaka",
        "Sanzō",
    ]
    assert len(lines) == 2 + 4
    # columns line up (wide characters take two columns)
    column = width(lines[0][: lines[0].index("entry")])
    for line in lines[2:]:
        entry = re.search(r"chiang-kai-shek|nosaka-sanzo", line)
        assert entry and width(line[: entry.start()]) == column, line
    monkeypatch.setenv("COLUMNS", "60")
    _, narrow, _ = run(capsys, "check", str(source), "--mentions", "-q", *G)
    assert max(width(line) for line in narrow.splitlines()) <= 60 and "…" in narrow


def test_check_mentions_in_the_html_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "ms.txt"
    source.write_text("Chiang Kai-shek & <b>Nosaka Sanzo</b>\n", encoding="utf-8")
    run(capsys, "check", str(source), "--mentions", "-q", "--html", str(tmp_path / "r.html"), *G)
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<h2>Every name found (2)</h2>" in page and "<script" not in page
    assert (
        '<span id="n1" class="name" title="Chiang Kai-shek"><a href="#r1">Chiang Kai-shek</a></span>' in page
    )
    assert '<tr id="r2"><td><a href="#m1">1:22</a></td><td>Nosaka Sanzo</td>' in page
    assert "&lt;b&gt;" in page


def test_names_writes_an_index_of_several_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.md"
    one.write_text(MANUSCRIPT, encoding="utf-8")
    two.write_text("Then `Mao Zedong` and Nosaka Sanzō.\n", encoding="utf-8")
    code, out, _ = run(capsys, "names", str(one), str(two), *G)
    assert code == 0 and out.startswith("# Index of names\n")
    assert (
        "- **Nosaka Sanzō** (`nosaka-sanzo`), 2 mention(s): Nosaka Sanzo ×1, Nosaka Sanzō ×1 "
        f"— `{one}`: 2; `{two}`: 1" in out
    )
    assert "Mao Zedong" not in out  # code spans in Markdown are not prose
    code, out, _ = run(capsys, "names", str(one), "--format", "json", *G)
    data = json.loads(out)
    assert data["files"] == [str(one)] and data["style"] == "scholarly-east-asia"
    assert data["names"][0] == {
        "id": "chiang-kai-shek",
        "label": "Chiang Kai-shek",
        "house": "Chiang Kai-shek",
        "mentions": 2,
        "variants": [{"form": "Chang Kai-shek", "count": 1}, {"form": "Chiang Kai-shek", "count": 1}],
        "places": [{"file": str(one), "line": 1}],
    }
    target = tmp_path / "index.csv"
    assert run(capsys, "names", str(one), "--format", "csv", "-o", str(target), *G)[:2] == (0, "")
    assert target.read_text(encoding="utf-8").splitlines()[0] == "house,id,label,mentions,variants,places"


def test_a_style_file_with_several_mistakes_lists_each_on_its_own_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    style = tmp_path / "bad.toml"
    style.write_text(
        '[style]\nid = "x"\nascii = 1\n[zh]\nsystem = "wade-gilles"\nhyphen = "join"\n', encoding="utf-8"
    )
    code, out, err = run(capsys, "check", "ms.txt", "--style", str(style), *G)
    lines = err.strip().splitlines()
    assert code == 2 and out == "" and len(lines) == 4
    assert "[style]: ascii must be true or false" in lines[0] and "unknown key 'hyphen'" in lines[1]
    assert "unknown romanization system 'wade-gilles'" in lines[2]
    assert lines[3] == f"termbase: error: {style}: 3 mistakes in the house style"


def test_check_reports_unknown_names_written_several_ways(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "ms.txt"
    source.write_text("Chou Hsin-min and Zhou Xinmin met Chiang Kai-shek.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(source), *G)
    assert code == 0  # not a finding: no entry says which spelling is right
    assert out == (
        f"{source}:1:1: written 2 ways (in no glossary): 'Chou Hsin-min' ×1, 'Zhou Xinmin' ×1; "
        "proposed 'Zhou Xinmin' (at 1:1, 1:19)\n"
    )
    assert "1 name(s) in no glossary written several ways" in err
