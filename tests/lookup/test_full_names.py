"""Full names behave like the best cases: patronymics, bare surnames, katakana full names
with ・, and a family name that outweighs a shared given name."""

from __future__ import annotations

import pytest

from termbase.lookup import Tier
from termbase.service import Termbase


@pytest.mark.parametrize(
    "query",
    [
        "Лаврентий Павлович Берия",
        "Lavrentiy Pavlovich Beriya",
        "Lawrentij Pawlowitsch Berija",  # German
        "Lavrenti Pavlovitch Beria",  # French
        "Lavrentij Pavlovič Berija",  # Czech
    ],
)
def test_a_full_russian_name_with_patronymic_is_a_match(names: Termbase, query: str) -> None:
    top = names.lookup(query).results[0]
    assert (top.entry.id, top.match) == ("lavrentii-beria", True) and top.tier <= Tier.PHONETIC
    assert "without the patronymic" in top.matched.detail


def test_a_middle_word_that_is_no_patronymic_is_kept(names: Termbase) -> None:
    assert all("patronymic" not in r.matched.detail for r in names.lookup("Mao Tse tung").results)


@pytest.mark.parametrize("query", ["Beriya", "Берия", "Berija", "Beryja"])
def test_a_bare_surname_in_any_convention_finds_its_bearer_without_accepting(
    names: Termbase, query: str
) -> None:
    """A name part alone is never accepted (unlike "Beria", the fixture's Japanese form ベリヤ
    read in Hepburn, a whole name of the entry)."""
    results = names.lookup(query).results
    assert results[0].entry.id == "lavrentii-beria" and not results[0].match


def test_a_katakana_full_name_split_by_a_dot_finds_the_person(names: Termbase) -> None:
    results = names.lookup("ラヴレンチー・ベリヤ").results
    assert results[0].entry.id == "lavrentii-beria" and not results[0].match


def test_a_shared_family_name_outweighs_a_shared_given_name(names: Termbase) -> None:
    """Nosaka Sanzō shares the given name, Yoshida Shigeru the family name (his reading よしだ
    しげる says it is his family name): Yoshida first, whichever order the query is in."""
    for query in ("Yoshida Sanzō", "Sanzo Yoshida"):
        results = names.lookup(query).results
        scores = {r.entry.id: r.score for r in results}
        assert results[0].entry.id == "yoshida-shigeru" and scores["yoshida-shigeru"] > scores["nosaka-sanzo"]
        assert "family name" in results[0].matched.detail and not any(r.match for r in results)
