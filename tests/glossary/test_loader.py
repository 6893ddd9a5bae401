"""The loader reports every kind of problem with its file, line and a hint.

Each file in fixtures/broken has one kind of problem, named by the file, on the line marked
``# expect: <code>``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from termbase.errors import GlossaryError
from termbase.glossary.loader import check, load

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))


def _glossary_with(tmp_path: Path, entry_file: Path) -> Path:
    folder = tmp_path / "fixture"
    folder.mkdir()
    shutil.copy(FIXTURES / "glossary.yaml", folder / "glossary.yaml")
    shutil.copy(entry_file, folder / entry_file.name)
    return folder


def _expected_line(path: Path) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if f"# expect: {path.stem}" in line:
            return number
    raise AssertionError(f"{path.name} has no '# expect: {path.stem}' marker")


@pytest.mark.parametrize("entry_file", BROKEN, ids=lambda p: p.stem)
def test_broken_file_is_reported_at_its_line(tmp_path: Path, entry_file: Path) -> None:
    report = check(_glossary_with(tmp_path, entry_file))
    assert report.glossary is None
    found = [(p.code, p.line, Path(p.path).name) for p in report.problems]
    assert (entry_file.stem, _expected_line(entry_file), entry_file.name) in found, found


def test_every_kind_of_problem_has_a_fixture() -> None:
    kinds = {p.stem for p in BROKEN}
    assert {
        "duplicate-id",
        "bad-id",
        "unknown-language",
        "unknown-status",
        "bad-reading",
        "rendering-mismatch",
        "dangling-relation",
        "no-source",
        "yaml-syntax",
        "missing-note",
    } <= kinds


def test_problem_message_names_file_line_and_hint(tmp_path: Path) -> None:
    report = check(_glossary_with(tmp_path, FIXTURES / "broken" / "unknown-status.yaml"))
    text = str(report.problems[0])
    assert "unknown-status.yaml:6: unknown-status: unknown status 'prefered'" in text
    assert "did you mean 'preferred'?" in text


def test_load_raises_with_every_problem(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError) as raised:
        load(_glossary_with(tmp_path, FIXTURES / "broken" / "duplicate-id.yaml"))
    assert raised.value.problems and raised.value.code == "invalid-glossary"


def test_yaml_1_2_keeps_no_and_on_as_text(tmp_path: Path) -> None:
    glossary = load(_glossary_with(tmp_path, FIXTURES / "valid" / "yaml-1-2.yaml"))
    entry = glossary.by_id["no"]
    assert [t.form for t in entry.terms] == ["no", "on"]


def test_a_folder_of_glossaries_loads_each(tmp_path: Path) -> None:
    _glossary_with(tmp_path, FIXTURES / "valid" / "yaml-1-2.yaml")
    glossary = load(tmp_path)
    assert [info.id for info in glossary.infos] == ["fixture"]


def test_jsonl_entries_load_with_line_numbers(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    shutil.copy(FIXTURES / "glossary.yaml", folder / "glossary.yaml")
    good = (
        '{"id": "fushun", "kind": "place", "gloss": "City", "sources": ["article: n. 88"], '
        '"terms": [{"lang": "en", "form": "Fushun", "status": "preferred"}]}'
    )
    (folder / "entries.jsonl").write_text(
        good + "\n\n" + good.replace("place", "planet") + "\n", encoding="utf-8"
    )
    report = check(folder)
    assert [(p.code, p.line) for p in report.problems] == [("unknown-kind", 3)]


def test_jsonl_is_read_line_by_line_a_broken_line_is_a_problem_at_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    shutil.copy(FIXTURES / "glossary.yaml", folder / "glossary.yaml")
    good = (
        '{"id": "fushun", "kind": "place", "gloss": "City", "sources": ["article: n. 88"], '
        '"terms": [{"lang": "en", "form": "Fushun", "status": "preferred"}]}'
    )
    (folder / "entries.jsonl").write_text(
        good + "\n" + '{"id": "broken",\n' + good.replace("place", "planet") + "\n", encoding="utf-8"
    )
    report = check(folder)
    assert [(p.code, p.line) for p in report.problems] == [("json-syntax", 2), ("unknown-kind", 3)]


def test_a_source_id_defined_twice_is_a_problem_at_the_second(tmp_path: Path) -> None:
    folder = _glossary_with(tmp_path, FIXTURES / "valid" / "yaml-1-2.yaml")
    meta = folder / "glossary.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8") + "  - id: article\n    title: Another work under the same id\n",
        encoding="utf-8",
    )
    report = check(folder)
    found = [(p.code, p.line, p.message) for p in report.problems]
    assert found == [("duplicate-source", 8, "source id 'article' is already defined at line 6")]
