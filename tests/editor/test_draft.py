"""Draft glossaries of names in no glossary: valid folders, unverified terms, TBX beside them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from termbase.editor import HouseStyle, check_text
from termbase.editor.cluster import ClusterOptions
from termbase.editor.draft import DraftName, Seen, cluster_drafts, guessed_origin, unknown_drafts, write_draft
from termbase.errors import InputError
from termbase.glossary.loader import check
from termbase.model import Verification
from termbase.service import Termbase
from tests.editor.test_unknown import TEXT


def _entries(folder: Path) -> list[dict[str, object]]:
    loaded = YAML(typ="safe").load((folder / "entries.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return loaded


def test_a_check_s_unknown_names_become_a_valid_unverified_glossary(
    house: Termbase, scholarly: HouseStyle, tmp_path: Path
) -> None:
    names = unknown_drafts(check_text(house.gazetteer, TEXT, scholarly).unknown)
    draft = write_draft(names, tmp_path / "draft", where="chapter.txt")
    report = check(draft.folder)
    assert report.glossary is not None and not report.problems
    assert {e.verification for e in report.glossary.entries} == {Verification.UNVERIFIED}
    assert all(
        t.verification is None and t.status.value == "admitted"
        for e in report.glossary.entries
        for t in e.terms
    )
    sakurai = next(e for e in _entries(draft.folder) if e["id"] == "sakurai-taro")
    assert sakurai["origin"] == "ja" and sakurai["kind"] == "person"
    terms = sakurai["terms"]
    assert isinstance(terms, list)
    assert terms[0] == {
        "lang": "en",
        "form": "Sakurai Tarō",
        "status": "admitted",
        "sources": ["seen: line 1, column 1"],
    }
    assert draft.tbx.read_text(encoding="utf-8").count("<conceptEntry") == len(draft.ids)


def test_a_table_s_clusters_in_no_glossary_are_drafted_with_their_lines(
    house: Termbase, tmp_path: Path
) -> None:
    table = "name\nMao Tse-tung\nMao Zedong\nAnshan\nAn-shan\nИван Петров\nIwan Petrow\n"
    report = house.cluster_table(io.BytesIO(table.encode()), ClusterOptions("csv", ("name",)))
    names = cluster_drafts(report.reported())
    assert [n.proposed for n in names] == ["Anshan", "Iwan Petrow"]  # Mao Zedong is in the glossary
    draft = write_draft(names, tmp_path / "names", where="names.csv")
    petrow = next(e for e in _entries(draft.folder) if e["id"] == "iwan-petrow")
    assert petrow["origin"] == "ru"
    assert [t["lang"] for t in petrow["terms"]] == ["en", "ru"]  # type: ignore[index, union-attr]
    assert petrow["terms"][1]["sources"] == ["seen: line 6"]  # type: ignore[index]


def test_ids_never_clash_with_the_loaded_glossary(tmp_path: Path) -> None:
    names = (DraftName("Mao Zedong", (Seen("Mao Zedong", 1, ("line 2",)),)),)
    draft = write_draft(names, tmp_path / "d", where="x.csv", taken=["mao-zedong"])
    assert draft.ids == ("mao-zedong-2",)


def test_an_existing_folder_needs_force(tmp_path: Path) -> None:
    names = (DraftName("Anshan", (Seen("Anshan", 1, ("line 2",)), Seen("An-shan", 1, ("line 3",)))),)
    write_draft(names, tmp_path / "d", where="x.csv")
    with pytest.raises(InputError, match="already exists"):
        write_draft(names, tmp_path / "d", where="x.csv")
    assert write_draft(names, tmp_path / "d", where="x.csv", force=True).ids == ("anshan",)


def test_the_origin_is_the_language_whose_keys_join_the_spellings() -> None:
    assert guessed_origin(["Sakurai Tarō", "Taro Sakurai"]) == "ja"
    assert guessed_origin(["Chou Hsin-min", "Zhou Xinmin"]) == "zh"
    assert guessed_origin(["Iwan Petrow", "Иван Петров"]) == "ru"
    assert guessed_origin(["Smith", "Jones"]) is None
