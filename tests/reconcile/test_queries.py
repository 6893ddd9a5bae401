"""Parsing ``queries=``: what is accepted, what each property means, and what is refused."""

from __future__ import annotations

import json
from typing import Any

import pytest

from termbase.errors import LimitError
from termbase.model import Kind
from termbase.reconcile import ReconcileQueryError, UnknownTypeError
from termbase.reconcile.queries import DEFAULT_LIMIT, Query, parse_batch


def one(query: dict[str, Any]) -> Query:
    return parse_batch(json.dumps({"q0": query}), max_batch=10)["q0"]


def test_defaults() -> None:
    assert one({"query": "Mao"}) == Query(text="Mao", limit=DEFAULT_LIMIT)


@pytest.mark.parametrize("text", ["Mao", "", "毛泽东"])
def test_a_query_string_alone_reads_as_the_same_query_with_every_default_spelt_out(text: str) -> None:
    spelt_out = {"query": text, "type_strict": "should", "limit": DEFAULT_LIMIT, "properties": []}
    assert one({"query": text}) == one(spelt_out)


def test_types_and_strictness() -> None:
    query = one({"query": "x", "type": ["person", "Place"], "type_strict": "any"})
    assert query.types == (Kind.PERSON, Kind.PLACE)
    assert query.accepts_kind(Kind.PLACE) and not query.accepts_kind(Kind.TERM)
    both = one({"query": "x", "type": ["person", "place"], "type_strict": "all"})
    assert not both.accepts_kind(Kind.PERSON)
    assert one({"query": "x", "type": "archival-term"}).accepts_kind(Kind.ARCHIVAL_TERM)


@pytest.mark.parametrize(("raw", "limit"), [(3, 3), (2.0, 2), (500, 50)])
def test_limit_is_capped_at_lookups_limit(raw: float, limit: int) -> None:
    assert one({"query": "x", "limit": raw}).limit == limit


def test_language_and_kind_properties() -> None:
    query = one(
        {
            "query": "x",
            "properties": [
                {"pid": "lang", "v": ["Japanese", "zh-hant", "Klingon"]},
                {"pid": "language", "v": "ja"},
                {"pid": "kind", "v": {"id": "place", "name": "Place"}},
                {"pid": "type", "v": "Archival term"},
                {"pid": "shoe-size", "v": 42},
            ],
        }
    )
    assert query.langs == ("ja", "zh-Hant")
    assert query.kinds == (Kind.PLACE, Kind.ARCHIVAL_TERM)
    assert query.checks == ()
    assert query.accepts_kind(Kind.PLACE) and not query.accepts_kind(Kind.PERSON)


def test_extension_properties_become_checks() -> None:
    query = one({"query": "x", "properties": [{"pid": "pinyin", "v": ["Máo Zédōng", " "]}]})
    assert query.checks == (("pinyin", ("Máo Zédōng",)),)


def test_properties_only_query_is_valid() -> None:
    assert one({"properties": [{"pid": "kind", "v": "person"}]}).text == ""


@pytest.mark.parametrize(
    "query",
    [
        {"query": 3},
        {"query": "x", "limit": 0},
        {"query": "x", "limit": True},
        {"query": "x", "limit": "5"},
        {"query": "x", "type": 7},
        {"query": "x", "type_strict": "maybe"},
        {"query": "x", "properties": {"pid": "lang"}},
        {"query": "x", "properties": [{"pid": "lang"}]},
        {"query": "x", "properties": [{"pid": "lang", "v": [["ja"]]}]},
        {"query": "x", "props": []},
        {"limit": 1},
        {"properties": []},
    ],
    ids=repr,
)
def test_malformed_queries_are_refused(query: dict[str, Any]) -> None:
    with pytest.raises(ReconcileQueryError):
        one(query)


def test_nan_limit_is_refused() -> None:
    with pytest.raises(ReconcileQueryError, match="limit"):
        parse_batch('{"q0": {"query": "x", "limit": NaN}}', max_batch=10)


@pytest.mark.parametrize("raw", [None, "", "  ", "{", "[]", '"q0"', "[" * 100_000])
def test_malformed_batches_are_refused(raw: str | None) -> None:
    with pytest.raises(ReconcileQueryError):
        parse_batch(raw, max_batch=10)


def test_unknown_type_is_its_own_error() -> None:
    with pytest.raises(UnknownTypeError):
        one({"query": "x", "type": "DifferentiatedPerson"})


def test_batch_limit() -> None:
    batch = json.dumps({f"q{i}": {"query": "x"} for i in range(11)})
    with pytest.raises(LimitError):
        parse_batch(batch, max_batch=10)
    assert len(parse_batch(batch, max_batch=11)) == 11
