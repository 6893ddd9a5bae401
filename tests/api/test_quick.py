"""The quick answers (termbase.api.quick): plain lookups and reconciliation batches answered
before FastAPI are the routes' answers, byte for byte; other shapes go to the routes."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, unquote_plus

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from termbase.api.quick import _pairs, _unquote_plus, plain_lookup, plain_reconcile
from termbase.api.routes.reconcile import INLINE_BATCH

FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.mark.parametrize(
    "query",
    ["q=Nosaka", "q=Nosaka+Sanzo&limit=1", "q=%E9%87%8E%E5%9D%82&lang=ja", "q=Beria&from=de", "q=zzzzqqqq"],
)
def test_a_plain_lookup_is_the_routes_answer(client: TestClient, query: str) -> None:
    assert plain_lookup(query.encode()) is not None
    quick = client.get(f"/v1/lookup?{query}")
    # A repeated parameter is not plain: FastAPI's route answers it (and takes the last value).
    routed = client.get(f"/v1/lookup?{query}&q={query.split('&', maxsplit=1)[0][2:]}")
    assert plain_lookup(f"{query}&q=x".encode()) is None
    assert quick.status_code == routed.status_code == 200
    assert quick.content == routed.content
    assert quick.headers["content-type"] == routed.headers["content-type"] == "application/json"
    assert quick.headers["content-length"] == routed.headers["content-length"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "lang=ja",
        "q=a&q=b",
        "q=Mao&limit=0",
        "q=Mao&limit=010",
        "q=Mao&limit=+5",
        "q=Mao&x=1",
        "q",
        "q=a;b",
    ],
)
def test_other_lookups_are_left_to_the_route(query: str) -> None:
    assert plain_lookup(query.encode()) is None


def _batch(*texts: str) -> str:
    return json.dumps({f"q{n}": {"query": text} for n, text in enumerate(texts)})


def test_a_plain_reconciliation_batch_is_the_routes_answer(client: TestClient) -> None:
    queries = _batch("Nosaka Sanzo", "Noska", "", "zzzzqqqq")
    quick = client.post("/reconcile", data={"queries": queries})
    routed = client.post("/reconcile?via=route", data={"queries": queries})  # a query string: the route
    assert quick.status_code == routed.status_code == 200
    assert quick.content == routed.content and json.loads(quick.content)["q0"]["result"]
    assert quick.headers["content-type"] == routed.headers["content-type"]


def test_bad_or_large_batches_are_the_routes_to_answer(client: TestClient) -> None:
    response = client.post("/reconcile", data={"queries": "{not json"})
    assert response.status_code == 400 and response.headers["content-type"].startswith("application/problem")
    large = json.dumps({f"k{n}": {"query": "Nosaka"} for n in range(INLINE_BATCH + 1)})
    body = client.post("/reconcile", data={"queries": large}).json()
    assert len(body) == INLINE_BATCH + 1 and all(body[f"k{n}"]["result"] for n in range(INLINE_BATCH + 1))


def test_only_a_form_with_queries_alone_is_plain() -> None:
    scope = {"query_string": b"", "headers": [(b"content-type", b"application/x-www-form-urlencoded")]}
    assert plain_reconcile(scope, b"queries=%7B%7D") == "{}"
    assert plain_reconcile(scope, b"queries=%7B%7D&callback=f") is None
    assert plain_reconcile(scope, b"extend=%7B%7D") is None
    assert plain_reconcile(scope, b"queries=1&queries=2") is None
    assert plain_reconcile({**scope, "query_string": b"callback=f"}, b"queries=%7B%7D") is None
    assert (
        plain_reconcile({**scope, "headers": [(b"content-type", b"multipart/form-data")]}, b"queries=1")
        is None
    )


def test_quick_answers_are_logged_under_their_route(
    client: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    client.get("/v1/lookup?q=Nosaka")
    client.post("/reconcile", data={"queries": _batch("Nosaka")})
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    assert [(line["route"], line["status"]) for line in lines[-2:]] == [
        ("/v1/lookup", 200),
        ("/reconcile", 200),
    ]


#: Form bodies as clients write them, and as they should not: escapes of either case, cut short
#: (``%4``, ``%``) or not hex (``%zz``), ``+``, raw non-ASCII, the separators.
PIECES = [*"%+&=;aZ09fF4zé野", "%7B", "%22", "%e9", "%E9%87%8E", "%C3"]
FORM_TEXT = st.lists(st.sampled_from(PIECES)).map("".join)


@given(FORM_TEXT)
def test_a_form_value_is_decoded_as_urllib_decodes_it(text: str) -> None:
    assert _unquote_plus(text) == unquote_plus(text)


@given(FORM_TEXT)
def test_plain_pairs_are_what_parse_qsl_reads(text: str) -> None:
    found = _pairs(text)
    if found is not None:
        assert found == dict(parse_qsl(text, keep_blank_values=True))
