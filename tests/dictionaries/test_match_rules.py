"""Dictionary data beside the bundled glossaries: never ahead of a reviewed entry of equal score,
and a match only on its exact native-script form (lookup.confidence, lookup.ranking)."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.glossary.loader import bundled_path
from termbase.service import Termbase


def _ids(termbase: Termbase, query: str) -> list[str]:
    return [c.entry.id for c in termbase.lookup(query, limit=10).results]


@pytest.mark.parametrize(
    ("query", "reviewed", "dictionary"),
    [
        ("Mao Tse-tung", "mao-zedong", "jmnedict-5666380"),  # JMnedict gives the same romanized form
        ("Yoshida Shigeru", "yoshida-shigeru", "jmnedict-5210168"),  # JMnedict's is another man (1940-)
        ("Nosaka Sanzō", "nosaka-sanzo", "jmnedict-5671758"),
    ],
)
def test_a_reviewed_entry_comes_first_and_still_matches(
    with_dictionaries: Termbase, query: str, reviewed: str, dictionary: str
) -> None:
    results = with_dictionaries.lookup(query, limit=10).results
    ids = [c.entry.id for c in results]
    assert ids[0] == reviewed
    assert dictionary in ids
    by_id = {c.entry.id: c for c in results}
    assert by_id[dictionary].score == results[0].score or query == "Nosaka Sanzō"
    assert results[0].match  # the dictionary's namesake does not make it ambiguous


def test_equal_scores_rank_reviewed_before_dictionary_data(imported: Path) -> None:
    # Dictionaries loaded first, and every label alike ("Mao Zedong"): only the rule orders them.
    termbase = Termbase.load(imported / "jmnedict", imported / "cedict", bundled_path())
    results = termbase.lookup("Mao Tse-tung", limit=10).results
    assert {c.entry.label for c in results} == {"Mao Zedong"}
    assert {c.score for c in results} == {100}
    assert [c.entry.glossary for c in results] == ["article", "jmnedict", "cedict"]
    assert results[0].match


@pytest.mark.parametrize("query", ["Kaburaki", "Akuya", "Karl Marx", "Kaer Makesi"])
def test_a_romanized_hit_on_dictionary_data_is_a_candidate(with_dictionaries: Termbase, query: str) -> None:
    results = with_dictionaries.lookup(query).results
    assert results
    assert results[0].entry.glossary in ("jmnedict", "cedict")
    assert not results[0].match


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("あく屋", "jmnedict-5000268"),
        ("国労", "jmnedict-1657560"),
        ("卡尔·马克思", "cedict-ka-er-ma-ke-si-7ec6d77c"),
    ],
)
def test_an_exact_kanji_or_hanzi_form_is_a_match(
    with_dictionaries: Termbase, query: str, entry_id: str
) -> None:
    top = with_dictionaries.lookup(query).results[0]
    assert top.entry.id == entry_id
    assert top.match


def test_an_exact_form_many_dictionary_entries_share_is_ambiguous(with_dictionaries: Termbase) -> None:
    results = with_dictionaries.lookup("鏑木").results  # Kaburaki, Kaburagi, Kaburayaki
    assert len(results) == 3
    assert not results[0].match


def test_the_kana_reading_of_a_dictionary_entry_is_not_its_written_form(with_dictionaries: Termbase) -> None:
    results = with_dictionaries.lookup("あくや").results
    assert results and results[0].entry.id == "jmnedict-5000268"
    assert not results[0].match


def test_a_bundled_native_form_the_dictionary_shares_stays_the_match(
    with_dictionaries: Termbase, bundled: Termbase
) -> None:
    for query in ("毛泽东", "東京", "Tsitsihar"):
        alone = bundled.lookup(query).results[0]
        beside = with_dictionaries.lookup(query).results[0]
        assert (beside.entry.id, beside.match, beside.score) == (alone.entry.id, alone.match, alone.score)
