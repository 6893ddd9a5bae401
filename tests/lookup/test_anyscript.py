"""Queries in scripts no engine reads: transliterated to Latin, offered, never accepted."""

from __future__ import annotations

import pytest

from termbase.lookup import lookup
from termbase.lookup.anyscript import other_script, to_latin
from termbase.service import Termbase


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Λαυρέντι Μπέρια", "Greek"),
        ("ماو تسي تونغ", "Arabic"),
        ("מאו דזה-דונג", "Hebrew"),
        ("ლავრენტი ბერია", "Georgian"),
        ("Մաո Ցզեդուն", "Armenian"),
        ("เหมา เจ๋อตง", "Thai"),
        ("माओ", "Devanagari"),
        ("마오쩌둥", "Hangul"),
    ],
)
def test_scripts_no_engine_reads_are_named(text: str, script: str) -> None:
    assert other_script(text) == script


@pytest.mark.parametrize("text", ["Mao Zedong", "毛泽东", "ベリヤ", "Берия", "Ｍａｏ", "ﾍﾞﾘﾔ"])
def test_scripts_an_engine_reads_are_not(text: str) -> None:
    assert other_script(text) is None


def test_transliteration_is_latin_with_collapsed_spaces() -> None:
    assert to_latin("ლავრენტი  ბერია") == "lavrent'i beria"
    assert to_latin("Λαυρέντι Μπέρια").isascii()


@pytest.mark.parametrize(("query", "script"), [("Λαυρέντι Μπέρια", "Greek"), ("ლავრენტი ბერია", "Georgian")])
def test_a_transliterated_query_finds_its_entry_as_a_candidate_only(
    names: Termbase, query: str, script: str
) -> None:
    results = lookup(names.index, query).results
    assert results[0].entry.id == "lavrentii-beria"
    assert f"transliterated from {script}" in results[0].matched.via
    # Georgian comes out as a French spelling letter for letter, and still is no match.
    assert not any(r.match for r in results)


def test_a_transliterated_query_reports_the_query_as_typed(names: Termbase) -> None:
    assert lookup(names.index, "Λαυρέντι Μπέρια").query == "Λαυρέντι Μπέρια"
