"""Writing glossary folders: readable YAML the loader accepts, all-or-nothing, no clobbering."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.errors import GlossaryError, InputError
from termbase.glossary.loader import load
from termbase.interop import glossary_records, write_glossaries
from termbase.interop.folder import entries_yaml
from termbase.interop.records import GlossaryRecords
from termbase.service import Termbase


def test_yaml_looks_hand_written(names: Termbase) -> None:
    text = entries_yaml(glossary_records(names.glossary)[0].entries)
    assert text.startswith("- id: nosaka-sanzo\n  kind: person\n")
    assert "    - {lang: en, form: Nosaka Sanzō, status: preferred}\n" in text
    assert "\n\n- id: yoshida-shigeru\n" in text


def test_written_folder_loads_to_equal_entries(names: Termbase, tmp_path: Path) -> None:
    folder = write_glossaries(glossary_records(names.glossary), tmp_path / "copy")
    assert sorted(p.name for p in folder.iterdir()) == ["entries.yaml", "glossary.yaml"]
    assert load(folder).entries == names.glossary.entries


def test_yaml_1_2_strings_stay_strings(names: Termbase, tmp_path: Path) -> None:
    group = glossary_records(names.glossary)[0]
    group.entries[0]["note"] = "no"
    group.entries[0]["terms"][0]["note"] = "line one\nline two"
    entry = load(write_glossaries([group], tmp_path / "g")).entries[0]
    assert entry.note == "no" and entry.terms[0].note == "line one\nline two"


def test_invalid_records_write_nothing(names: Termbase, tmp_path: Path) -> None:
    group = glossary_records(names.glossary)[0]
    group.entries[0]["terms"][0]["lang"] = "xx"
    with pytest.raises(GlossaryError) as caught:
        write_glossaries([group], tmp_path / "bad")
    assert str(tmp_path / "bad") in str(caught.value.problems[0])
    assert list(tmp_path.iterdir()) == []


def test_existing_folders_need_force_and_must_be_glossaries(names: Termbase, tmp_path: Path) -> None:
    groups = glossary_records(names.glossary)
    target = write_glossaries(groups, tmp_path / "g")
    with pytest.raises(InputError, match="already exists; use --force"):
        write_glossaries(groups, target)
    write_glossaries(groups, target, force=True)
    assert load(target).entries == names.glossary.entries
    other = tmp_path / "photos"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(InputError, match="not a glossary; refusing"):
        write_glossaries(groups, other, force=True)
    assert (other / "cat.jpg").exists()


def test_several_glossaries_become_a_folder_of_folders(names: Termbase, tmp_path: Path) -> None:
    first = glossary_records(names.glossary)[0]
    second = GlossaryRecords(
        {**first.info, "id": "names-two"}, [{**e, "id": e["id"] + "-2"} for e in first.entries]
    )
    for entry in second.entries:
        entry.pop("relations", None)
    target = write_glossaries([first, second], tmp_path / "both")
    assert sorted(p.name for p in target.iterdir()) == ["names", "names-two"]
    assert len(load(target).entries) == 2 * len(names.glossary.entries)


def test_nothing_to_write(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothing to write"):
        write_glossaries([], tmp_path / "empty")
