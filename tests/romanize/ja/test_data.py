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


def test_the_system_ids_other_code_refers_to() -> None:
    assert {s.id for s in ENGINE.systems} == {
        "hepburn-modified", "hepburn-traditional", "hepburn-plain", "hepburn-circumflex", "hepburn-doubled",
        "wapuro", "passport", "kunrei", "nihon-shiki", "polivanov",
        "ja-cs", "ja-sk", "ja-pl", "ja-hu", "ja-hr", "ja-sr", "ja-uk", "ja-de", "ja-ko",
    }  # fmt: skip


@pytest.mark.parametrize("name", sorted(_files()))
def test_tables_are_keyed_by_hiragana(name: str) -> None:
    for kana in _files()[name].get("table", {}):
        assert all("\u3041" <= char <= "\u3096" for char in kana), (name, kana)


@pytest.mark.parametrize("name", ["polivanov.toml", "ja-uk.toml", "ja-ko.toml"])
def test_non_latin_systems_spell_every_kana_of_the_base_themselves(name: str) -> None:
    own = _files()[name]["table"]
    assert set(base_table()) <= set(own)


#: The letters each non-Latin system may write (its alphabet), so no Latin or Russian-only
#: letter is left over from the base it extends.
ALPHABETS = {
    "polivanov": "абвгдеёзийкмнопрстуфхцъэюя",
    "ja-uk": "абвгґдежзийіклмнопрстуфхцчшьюяє'",
    "ja-sr": "абвгдђезијклмнњопрстћуфхцчџш",
}


@pytest.mark.parametrize("system_id", sorted(ALPHABETS))
def test_cyrillic_systems_write_only_their_own_letters(system_id: str) -> None:
    system = next(s for s in ENGINE.systems if s.id == system_id)
    spelt = {ENGINE.render(kana, system).casefold() for kana in base_table()}
    assert set("".join(spelt)) <= set(ALPHABETS[system_id]), set("".join(spelt)) - set(ALPHABETS[system_id])


def test_korean_spells_every_kana_in_hangul() -> None:
    system = next(s for s in ENGINE.systems if s.id == "ja-ko")
    assert all("\uac00" <= c <= "\ud7a3" for kana in base_table() for c in ENGINE.render(kana, system))


def test_each_system_says_which_language_writes_it_and_targets_its_script() -> None:
    targets = {s.id: (s.target, s.text_lang) for s in ENGINE.systems}
    assert targets.pop("polivanov")[0] == "ru"
    assert targets.pop("ja-uk") == ("uk", "uk") and targets.pop("ja-sr") == ("sr", "sr")
    assert targets.pop("ja-ko") == ("ko-Hang", "ko")
    assert all(target.endswith("-Latn") for target, _ in targets.values())
    assert {lang for _, lang in targets.values()} >= {"cs", "sk", "pl", "hu", "de", "sr-Latn"}
