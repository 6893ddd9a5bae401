"""JMnedict: its XML and jamdict-data's database read alike into glossary entries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from termbase.dictionaries import DICTIONARIES, import_dictionary
from termbase.dictionaries.common import Edition
from termbase.dictionaries.jmnedict import Name, Reading, entries, entry_of
from termbase.glossary.loader import load
from termbase.model import Kind, TermVerification, Verification

from .conftest import JMNEDICT_XML

#: jamdict's tables for JMnedict (the columns the importer reads), as jamdict-data 1.5 has them.
JAMDICT_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE NEEntry (idseq INTEGER NOT NULL UNIQUE);
CREATE TABLE NEKanji (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT);
CREATE TABLE NEKana (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT, nokanji BOOLEAN);
CREATE TABLE NETranslation (ID INTEGER PRIMARY KEY, idseq INTEGER);
CREATE TABLE NETransType (tid INTEGER, text TEXT);
CREATE TABLE NETransGloss (tid INTEGER, lang TEXT, gend TEXT, text TEXT);
"""


def _xml_entries() -> list[dict[str, object]]:
    edition = Edition(JMNEDICT_XML, "2020-05-29", "CC BY-SA 4.0", "test")
    return [e for e in entries(edition) if isinstance(e, dict)]


def _database_of(made: list[dict[str, object]], path: Path) -> Path:
    """A jamdict-style database holding the XML excerpt's entries (the same rows jamdict writes)."""
    db = sqlite3.connect(path)
    db.executescript(JAMDICT_SCHEMA)
    db.execute("INSERT INTO meta VALUES ('jmnedict.date', '2020-05-29')")
    for name in _names():
        db.execute("INSERT INTO NEEntry VALUES (?)", (name.seq,))
        db.executemany("INSERT INTO NEKanji (idseq, text) VALUES (?, ?)", [(name.seq, k) for k in name.kanji])
        db.executemany(
            "INSERT INTO NEKana (idseq, text, nokanji) VALUES (?, ?, 0)",
            [(name.seq, r.kana) for r in name.readings],
        )
        tid = db.execute("INSERT INTO NETranslation (idseq) VALUES (?)", (name.seq,)).lastrowid
        db.executemany("INSERT INTO NETransType VALUES (?, ?)", [(tid, t) for t in name.types])
        db.executemany("INSERT INTO NETransGloss VALUES (?, 'eng', '', ?)", [(tid, g) for g in name.glosses])
    db.commit()
    db.close()
    return path


def _names() -> list[Name]:
    from termbase.dictionaries.jmnedict import _xml_names

    return list(_xml_names(JMNEDICT_XML))


def test_xml_names_keep_seq_forms_readings_types_and_translations() -> None:
    by_seq = {name.seq: name for name in _names()}
    assert len(by_seq) == 10
    nosaka = by_seq[5671758]
    assert nosaka.kanji == ("野坂参三",)
    assert nosaka.readings == (Reading("のさかさんぞう"),)
    assert nosaka.types == ("person",)  # the entity &person; mapped back to its name
    assert nosaka.glosses == ("Nosaka Sanzou (1892.3.30-1993.11.14)",)
    assert by_seq[5538229].types == ("place", "surname")
    assert by_seq[5057716].kanji == ()  # ナウシカア: kana only


def test_an_entry_is_one_concept_with_kanji_reading_english_and_citation() -> None:
    made = {e["id"]: e for e in _xml_entries()}
    nosaka = made["jmnedict-5671758"]
    assert nosaka["kind"] == "person"
    assert nosaka["origin"] == "ja"
    assert nosaka["sources"] == ["jmnedict: ent_seq 5671758"]
    forms = [(t["lang"], t["form"], t.get("reading")) for t in nosaka["terms"]]  # type: ignore[index, union-attr]
    assert forms == [("ja", "野坂参三", "のさかさんぞう"), ("en", "Nosaka Sanzou", None)]
    assert {t["verification"] for t in nosaka["terms"]} == {"dictionary"}  # type: ignore[union-attr]
    assert {t["status"] for t in nosaka["terms"]} == {"admitted"}  # type: ignore[union-attr]


def test_kinds_follow_the_first_name_type() -> None:
    made = {e["id"]: e["kind"] for e in _xml_entries()}
    assert made["jmnedict-5553193"] == "place"  # 東京: place, surname
    assert made["jmnedict-1657560"] == "organization"  # 国労
    assert made["jmnedict-5057716"] == "term"  # ナウシカア: unclassified


def test_a_kana_only_name_is_written_in_kana_without_a_reading() -> None:
    made = {e["id"]: e for e in _xml_entries()}
    terms = made["jmnedict-5057716"]["terms"]
    assert terms[0] == {
        "lang": "ja",
        "form": "ナウシカア",
        "status": "admitted",
        "verification": "dictionary",
    }  # type: ignore[index]
    assert "origin" not in made["jmnedict-5057716"]


def test_a_reading_restricted_to_one_kanji_form_reads_only_that_one() -> None:
    name = Name(
        1,
        ("山田", "河川"),
        (Reading("かせん", ("河川",)), Reading("やまだ", ("山田",))),
        ("surname",),
        ("Yamada",),
    )
    made = entry_of(name)
    assert isinstance(made, dict)
    assert [(t["form"], t.get("reading")) for t in made["terms"] if t["lang"] == "ja"] == [
        ("山田", "やまだ"),
        ("河川", "かせん"),
    ]


def test_an_entry_without_an_english_name_is_left_out_with_its_reason() -> None:
    assert entry_of(Name(2, ("某",), (Reading("ぼう"),), ("surname",), ())) == "no-english"


def test_the_database_and_the_xml_give_the_same_entries(tmp_path: Path) -> None:
    from_xml = _xml_entries()
    database = _database_of(from_xml, tmp_path / "jamdict.db")
    edition = DICTIONARIES["jmnedict"].edition(database, "test")
    assert edition.date == "2020-05-29"
    from_database = [e for e in entries(edition) if isinstance(e, dict)]
    assert sorted(from_database, key=str) == sorted(from_xml, key=str)


def test_the_imported_folder_loads_with_its_licence_and_attribution(tmp_path: Path) -> None:
    report = import_dictionary(DICTIONARIES["jmnedict"], tmp_path / "jmnedict", source=JMNEDICT_XML)
    assert report.written == 10
    assert not report.skipped
    glossary = load(tmp_path / "jmnedict")
    (info,) = glossary.infos
    assert info.id == "jmnedict"
    assert info.licence == "CC BY-SA 4.0"
    assert "Electronic Dictionary Research and Development Group" in info.sources[0].note
    assert "edrdg.org" in info.sources[0].note
    entry = glossary.entry("jmnedict-5671758")
    assert entry.kind is Kind.PERSON
    assert entry.verification is Verification.UNVERIFIED
    assert {t.verification for t in entry.terms} == {TermVerification.DICTIONARY}


def test_limit_writes_at_most_that_many_entries(tmp_path: Path) -> None:
    report = import_dictionary(DICTIONARIES["jmnedict"], tmp_path / "j", source=JMNEDICT_XML, limit=3)
    assert report.written == 3
    assert len((tmp_path / "j" / "entries.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_the_full_jamdict_data_database_imports() -> None:
    """The real thing, when the `dictionaries` extra is installed (a 320 MB database)."""
    pytest.importorskip("jamdict_data", reason="the dictionaries extra (jamdict-data) is not installed")
    edition = DICTIONARIES["jmnedict"].edition(DICTIONARIES["jmnedict"].bundled(), "test")
    first = [e for _, e in zip(range(2000), entries(edition), strict=False) if isinstance(e, dict)]
    assert len(first) > 1900
    assert all(e["sources"][0].startswith("jmnedict: ent_seq ") for e in first)  # type: ignore[index]
