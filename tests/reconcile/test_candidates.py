"""Candidates are lookup's results, narrowed, with lookup's scores and match flag kept."""

from __future__ import annotations

import pytest

from termbase.model import Kind
from termbase.reconcile import Reconciler
from termbase.reconcile.queries import Query
from termbase.service import Termbase


@pytest.mark.parametrize(
    "text", ["Mao Tse-tung", "Yoshida", "Chang Kai-shek", "Nosaka Sanzo", "Цицикар", "野坂参三", "Tsitsihar"]
)
def test_scores_order_and_match_are_lookups(names: Termbase, reconciler: Reconciler, text: str) -> None:
    expected = [(c.entry.id, c.score, c.match) for c in names.lookup(text).results]
    found = [(r.entry.id, r.score, r.match) for r in reconciler.candidates(Query(text))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Mao Tse-tung", "matched 'Mao Tse-tung' (Wade–Giles) — Chairman of the CCP"),
        ("毛澤東", "matched '毛澤東' (traditional Chinese form) — Chairman of the CCP"),
        ("Qiqihar", "matched 'Qiqihar' (English form) — City in Heilongjiang"),
        ("Nosaka Sanzo", "matched 'Nosaka Sanzo' (English form), deprecated: write Nosaka Sanzō"),
    ],
)
def test_description_names_the_form_and_system(reconciler: Reconciler, text: str, description: str) -> None:
    assert reconciler.candidates(Query(text))[0].description.startswith(description)


def test_type_narrows(reconciler: Reconciler) -> None:
    assert reconciler.candidates(Query("Yoshida", types=(Kind.PLACE,))) == []
    assert len(reconciler.candidates(Query("Yoshida", types=(Kind.PERSON,)))) == 2
    assert [r.entry.id for r in reconciler.candidates(Query("Qiqihar", kinds=(Kind.PLACE,)))] == ["qiqihar"]


def test_language_narrows_to_origin_or_terms(reconciler: Reconciler) -> None:
    assert [r.entry.id for r in reconciler.candidates(Query("ベリヤ", langs=("ru",)))] == ["lavrentii-beria"]
    assert [r.entry.id for r in reconciler.candidates(Query("ベリヤ", langs=("ja",)))] == ["lavrentii-beria"]
    assert reconciler.candidates(Query("ベリヤ", langs=("zh",))) == []


def test_limit_applies_after_narrowing(reconciler: Reconciler) -> None:
    assert len(reconciler.candidates(Query("Yoshida", limit=1, types=(Kind.PERSON,)))) == 1


def test_disagreeing_property_drops_match(reconciler: Reconciler) -> None:
    agree = reconciler.candidates(Query("Mao Tse-tung", checks=(("pinyin", ("mao zedong",)),)))[0]
    assert agree.match and agree.as_dict()["features"] == [{"id": "property:pinyin", "value": True}]
    disagree = reconciler.candidates(Query("Mao Tse-tung", checks=(("pinyin", ("Jiang Jieshi",)),)))[0]
    assert disagree.entry.id == "mao-zedong" and not disagree.match
    assert disagree.as_dict()["features"] == [{"id": "property:pinyin", "value": False}]


@pytest.mark.parametrize("text", ["", "   ", "x" * 201, "\x00"])
def test_unusable_text_has_no_candidates(reconciler: Reconciler, text: str) -> None:
    assert reconciler.candidates(Query(text)) == []
