"""Typed keys and hits, and the index's "could any key tier find this" question."""

from __future__ import annotations

import pytest

from termbase.lookup import Hit, Key, Via
from termbase.lookup.keys import add
from termbase.service import Termbase


def test_a_key_prints_with_its_namespace_and_a_hit_has_named_fields() -> None:
    assert str(Key("ru", "beria")) == "ru:beria"
    hit = Hit(3, 1, Via.READING)
    assert (hit.entry, hit.term, hit.via) == (3, 1, Via.READING)


def test_add_keeps_one_hit_per_term_under_a_key() -> None:
    table: dict[str, list[Hit]] = {}
    add(table, "beria", Hit(0, 1, Via.FORM))
    add(table, "beria", Hit(0, 1, Via.READING))  # same term again: kept once
    add(table, "beria", Hit(2, 0, Via.FORM))
    assert table == {"beria": [Hit(0, 1, Via.FORM), Hit(2, 0, Via.FORM)]}


def test_phonetic_tables_are_nested_by_language(names: Termbase) -> None:
    index = names.index
    assert set(index.phonetic) <= {"ja", "zh", "ru", "han"}
    # The han engine's keys say which reading they are (ko: / vi:), so those two never meet.
    assert all(":" not in key for ns, table in index.phonetic.items() if ns != "han" for key in table)
    assert all(key[:3] in ("ko:", "vi:") for key in index.phonetic.get("han", {}))
    assert not index.phonetic_hits(Key("zh", "no-such-key"))


@pytest.mark.parametrize("text", ["Mao Tse-tung", "NOSAKA SANZO", "Yoshida", "Берия", "蔣介石"])
def test_could_find_is_true_where_a_key_tier_finds_the_entry(names: Termbase, text: str) -> None:
    assert names.index.could_find(text)
    assert names.lookup(text).results[0].tier.name in {"EXACT", "FOLD", "PHONETIC", "PARTIAL"}


@pytest.mark.parametrize("text", ["Xylophone Quartet", "Nosaka Sanzp", "野坂参四"])
def test_could_find_is_false_where_only_edits_or_nothing_would(names: Termbase, text: str) -> None:
    assert not names.index.could_find(text)
    assert not any(result.match for result in names.lookup(text).results)
