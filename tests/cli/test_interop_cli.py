"""termbase export | import from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.cli.main import main
from tests.conftest import NAMES
from tests.interop.conftest import FIXTURES, SAMPLES

G = ["--glossary", str(NAMES)]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_tbx_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", *G)
    assert code == 0 and out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic"')


def test_export_import_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    exported = tmp_path / "names.json"
    code, _, err = run(capsys, "export", "--format", "json", "--output", str(exported), *G)
    assert code == 0 and "wrote 10 entries" in err
    assert json.loads(exported.read_text(encoding="utf-8"))["format"] == "termbase-glossary"
    target = tmp_path / "copy"
    code, out, _ = run(capsys, "import", str(exported), "--into", str(target))
    assert code == 0 and out.strip() == f"ok: wrote 10 entries to {target}"
    code, out, _ = run(capsys, "validate", str(target))
    assert code == 0 and out.startswith("ok: 10 entries")


def test_export_csv_layouts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--format", "csv", "--layout", "omegat", "--target-lang", "en", *G)
    assert code == 0 and "野坂参三\tNosaka Sanzō\t" in out
    with pytest.raises(SystemExit) as caught:
        main(["export", "--format", "csv", "--layout", "excel", *G])
    assert caught.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_import_refuses_to_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sample = SAMPLES / "tbx3-basic-dca_oracle_TBX.tbx"
    target = tmp_path / "oracle"
    code, _, err = run(capsys, "import", str(sample), "--into", str(target))
    before = (target / "entries.yaml").read_text(encoding="utf-8")
    # Portuguese is a served language (exonyms): its three terms are imported, not left out.
    assert code == 0 and "left out" not in err and before.count("lang: pt") == 3
    code, _, err = run(capsys, "import", str(sample), "--into", str(target))
    assert code == 2 and "already exists; use --force" in err
    code, _, _ = run(capsys, "import", str(sample), "--into", str(target), "--force")
    assert code == 0 and (target / "entries.yaml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("xxe.tbx", "termbase: error: line 3: entity declaration 'xxe'"),
        ("malformed.tbx", "termbase: error: line 6, column"),
    ],
)
def test_bad_files_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fixture: str, message: str
) -> None:
    code, out, err = run(capsys, "import", str(FIXTURES / fixture), "--into", str(tmp_path / "g"))
    assert code == 2 and out == "" and err.startswith(message) and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_import_of_missing_or_csv_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "nope.tbx"), "--into", str(tmp_path / "g"))
    assert code == 2 and "cannot read" in err
    csv_file = tmp_path / "terms.csv"
    csv_file.write_text("en,ja\nTokyo,東京\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(csv_file), "--into", str(tmp_path / "g"))
    assert code == 2 and "CSV layouts cannot be imported" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["terms.csv"]
