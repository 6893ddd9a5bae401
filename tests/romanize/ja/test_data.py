"""The system files themselves: complete, documented, and consistent with the base table."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from termbase.romanize.ja import ENGINE
from termbase.romanize.ja.kana import base_table

DOCS = Path(__file__).parents[3] / "docs" / "romanization" / "ja.md"
FOLDER = resources.files("termbase.romanize.ja") / "systems"


def _files() -> dict[str, dict[str, Any]]:
    return {
        entry.name: tomllib.loads(entry.read_text(encoding="utf-8"))
        for entry in FOLDER.iterdir()
        if entry.name.endswith(".toml")
    }


def test_every_option_in_a_system_file_is_documented() -> None:
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", DOCS.read_text(encoding="utf-8"), flags=re.M))
    used = {name for data in _files().values() for name in data.get("options", {})}
    assert used and used <= documented, used - documented


def test_every_system_is_in_the_documented_table() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert all(f"| `{system.id}` |" in text for system in ENGINE.systems)


def test_the_ten_system_ids_other_code_refers_to() -> None:
    assert {s.id for s in ENGINE.systems} == {
        "hepburn-modified", "hepburn-traditional", "hepburn-plain", "hepburn-circumflex", "hepburn-doubled",
        "wapuro", "passport", "kunrei", "nihon-shiki", "polivanov",
    }  # fmt: skip


@pytest.mark.parametrize("name", sorted(_files()))
def test_tables_are_keyed_by_hiragana(name: str) -> None:
    for kana in _files()[name].get("table", {}):
        assert all("\u3041" <= char <= "\u3096" for char in kana), (name, kana)


def test_polivanov_spells_every_kana_of_the_base_itself() -> None:
    own = _files()["polivanov.toml"]["table"]
    assert set(base_table()) <= set(own)


def test_systems_target_latin_except_polivanov() -> None:
    targets = {s.id: s.target for s in ENGINE.systems}
    assert targets.pop("polivanov") == "ru"
    assert set(targets.values()) == {"ja-Latn"}
