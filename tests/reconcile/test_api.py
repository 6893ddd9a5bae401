"""Every kind of /reconcile response over HTTP, each validated against the 0.2 JSON Schemas, and
every kind of bad request answered with problem+json (never a 500)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_problem
from tests.reconcile.conftest import BASE_URL, MAX_BATCH
from tests.reconcile.specs import assert_valid


def path_of(url: str) -> str:
    """A manifest URL (absolute, under BASE_URL) as a path the test client can request."""
    assert url.startswith(BASE_URL), url
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def reconcile(client: TestClient, queries: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/reconcile", data={"queries": json.dumps(queries)})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert_valid(body, "reconciliation-result-batch.json")
    return body


def test_manifest_validates_and_points_at_our_endpoints(client: TestClient) -> None:
    manifest = client.get("/reconcile").json()
    assert_valid(manifest, "manifest.json")
    assert manifest["versions"] == ["0.2"]
    assert manifest["view"]["url"] == f"{BASE_URL}/entries/{{{{id}}}}"
    assert manifest["preview"]["url"] == f"{BASE_URL}/reconcile/preview?id={{{{id}}}}"
    assert {t["id"] for t in manifest["defaultTypes"]} == {"person", "place", "organization"}
    for part in ("entity", "type", "property"):
        service = manifest["suggest"][part]
        assert client.get(
            path_of(service["service_url"] + service["service_path"]), params={"prefix": "m"}
        ).is_success
    proposal = manifest["extend"]["propose_properties"]
    assert client.get(path_of(proposal["service_url"] + proposal["service_path"])).is_success


def test_queries_by_get_and_by_post_give_the_same_answer(client: TestClient) -> None:
    queries = json.dumps({"q0": {"query": "Mao Tse-tung"}, "q1": {"query": "毛澤東", "limit": 1}})
    by_get = client.get("/reconcile", params={"queries": queries}).json()
    by_post = client.post("/reconcile", data={"queries": queries}).json()
    assert by_get == by_post
    assert_valid(by_get, "reconciliation-result-batch.json")
    assert [c["id"] for c in by_get["q0"]["result"]][:1] == ["mao-zedong"]
    assert len(by_get["q1"]["result"]) == 1


def test_candidate_fields(client: TestClient) -> None:
    first = reconcile(client, {"q0": {"query": "Mao Tse-tung"}})["q0"]["result"][0]
    assert first["id"] == "mao-zedong" and first["name"] == "Mao Zedong" and first["match"] is True
    assert first["type"] == [{"id": "person", "name": "Person"}]
    assert 0 <= first["score"] <= 100
    assert first["description"].startswith("matched 'Mao Tse-tung' (Wade–Giles)")


def test_jsonp_wraps_the_same_json(client: TestClient) -> None:
    response = client.get("/reconcile", params={"callback": "jQuery123_456"})
    assert response.headers["content-type"].startswith("application/javascript")
    text = response.text
    assert text.startswith("/**/jQuery123_456(") and text.endswith(");")
    assert_valid(json.loads(text[len("/**/jQuery123_456(") : -2]), "manifest.json")


def test_preview_is_a_small_escaped_page_without_scripts(client: TestClient) -> None:
    response = client.get("/reconcile/preview", params={"id": "nosaka-sanzo"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    page = response.text
    assert "Nosaka Sanzō" in page and "野坂参三" in page and "のさか さんぞう" in page
    assert "<script" not in page.lower() and f'href="{BASE_URL}/entries/nosaka-sanzo"' in page


def test_suggest_responses_validate(client: TestClient) -> None:
    entity = client.get("/reconcile/suggest/entity", params={"prefix": "Mao Ts"}).json()
    assert_valid(entity, "suggest-entities-response.json")
    assert entity["result"][0]["id"] == "mao-zedong"
    assert entity["result"][0]["notable"] == [{"id": "person", "name": "Person"}]
    types = client.get("/reconcile/suggest/type", params={"prefix": "pla"}).json()
    assert_valid(types, "suggest-types-response.json")
    assert types["result"] == [{"id": "place", "name": "Place"}]
    properties = client.get("/reconcile/suggest/property", params={"prefix": "wade"}).json()
    assert_valid(properties, "suggest-properties-response.json")
    assert properties["result"][0]["name"] == "Wade–Giles"


def test_flyout(client: TestClient) -> None:
    body = client.get("/reconcile/flyout/entity", params={"id": "qiqihar"}).json()
    # No schema covers flyout responses (see specs.UNCHECKED); the 0.2 example has exactly these keys.
    assert body.keys() == {"id", "html"}
    assert body["id"] == "qiqihar" and "Qiqihar" in body["html"] and "<script" not in body["html"]


def test_propose_properties_validates(client: TestClient) -> None:
    body = client.get("/reconcile/propose_properties", params={"type": "person", "limit": 5}).json()
    assert_valid(body, "data-extension-property-proposal.json")
    assert body["type"] == "person" and body["limit"] == 5 and len(body["properties"]) == 5
    everything = client.get("/reconcile/propose_properties").json()
    assert_valid(everything, "data-extension-property-proposal.json")
    ids = {p["id"] for p in everything["properties"]}
    assert {"preferred-en", "kind", "kanji", "hanzi", "cyrillic", "reading", "wade-giles"} <= ids


def test_extend_validates_and_fills_every_row(client: TestClient) -> None:
    extend = {
        "ids": ["mao-zedong", "nosaka-sanzo", "no-such-entry"],
        "properties": [
            {"id": "preferred-en"},
            {"id": "cyrillic"},
            {"id": "kanji", "settings": {"limit": "1"}},
        ],
    }
    body = client.post("/reconcile", data={"extend": json.dumps(extend)}).json()
    assert_valid(body, "data-extension-response.json")
    assert [m["id"] for m in body["meta"]] == ["preferred-en", "cyrillic", "kanji"]
    assert body["rows"]["nosaka-sanzo"] == {
        "preferred-en": [{"str": "Nosaka Sanzō"}],
        "cyrillic": [{"str": "Носака Сандзо"}],
        "kanji": [{"str": "野坂参三"}],
    }
    assert body["rows"]["mao-zedong"]["kanji"] == []
    assert body["rows"]["no-such-entry"] == {"preferred-en": [], "cyrillic": [], "kanji": []}
    by_get = client.get("/reconcile", params={"extend": json.dumps(extend)}).json()
    assert by_get == body


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"queries": "{not json"}, 400, "malformed-reconciliation-query"),
        ({"queries": "[]"}, 400, "malformed-reconciliation-query"),
        ({"queries": '{"q0": "Mao"}'}, 400, "malformed-reconciliation-query"),
        ({"queries": '{"q0": {"query": "Mao", "limit": "ten"}}'}, 400, "malformed-reconciliation-query"),
        ({"queries": '{"q0": {"query": "Mao", "type": "city"}}'}, 400, "unknown-type"),
        (
            {"queries": json.dumps({f"q{i}": {"query": "Mao"} for i in range(MAX_BATCH + 1)})},
            413,
            "limit-exceeded",
        ),
        ({"extend": '{"ids": ["mao-zedong"], "properties": [{"id": "shoe-size"}]}'}, 400, "unknown-property"),
        ({"extend": '{"ids": "mao-zedong", "properties": []}'}, 400, "malformed-reconciliation-query"),
        ({"extend": json.dumps({"ids": ["x"] * (MAX_BATCH + 1), "properties": []})}, 413, "limit-exceeded"),
        ({}, 400, "malformed-reconciliation-query"),
    ],
    ids=[
        "not-json",
        "array",
        "not-object",
        "bad-limit",
        "unknown-type",
        "too-many",
        "unknown-property",
        "ids-not-list",
        "too-many-ids",
        "nothing",
    ],
)
def test_bad_posts_are_problems(client: TestClient, payload: dict[str, str], status: int, code: str) -> None:
    assert_problem(client.post("/reconcile", data=payload), status, code)


def test_bad_gets_are_problems(client: TestClient) -> None:
    assert_problem(client.get("/reconcile", params={"queries": "{"}), 400, "malformed-reconciliation-query")
    assert_problem(
        client.get("/reconcile", params={"callback": "alert(1)//"}), 400, "malformed-reconciliation-query"
    )
    assert_problem(client.get("/reconcile/preview", params={"id": "no-such-entry"}), 404, "not-found")
    assert_problem(client.get("/reconcile/preview"), 400, "invalid-parameter")
    assert_problem(client.get("/reconcile/flyout/entity", params={"id": "nope"}), 404, "not-found")
    assert_problem(client.get("/reconcile/suggest/entity"), 400, "invalid-parameter")
    assert_problem(
        client.get("/reconcile/suggest/entity", params={"prefix": "M", "type": "x"}), 400, "unknown-type"
    )
    assert_problem(
        client.get("/reconcile/suggest/entity", params={"prefix": "M", "limit": 0}), 400, "invalid-parameter"
    )
    assert_problem(client.get("/reconcile/propose_properties", params={"type": "x"}), 400, "unknown-type")


def test_cors_is_on(client: TestClient) -> None:
    response = client.get("/reconcile", headers={"Origin": "http://localhost:3333"})
    assert response.headers["access-control-allow-origin"] == "*"


HOSTILE = [
    "",
    " ",
    "\x00",
    "\ufeff",
    "\u202eevil",
    "<script>alert(1)</script>",
    "😀" * 50,
    "a\u0301" * 30,
    "ー",
    "'",
    "\t\n",
    "x" * 300,
    "𠀀",
    "ㄅㄆ",
    "null",
    "{}",
    "%00",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_never_causes_a_server_error(client: TestClient, text: str) -> None:
    queries = {
        "q0": {"query": text},
        "q1": {"query": text, "type": "person", "properties": [{"pid": "lang", "v": text}]},
    }
    body = reconcile(client, queries)
    assert body.keys() == {"q0", "q1"}
    for response in (
        client.get("/reconcile/suggest/entity", params={"prefix": text[:200]}),
        client.get("/reconcile/suggest/property", params={"prefix": text[:200]}),
        client.get("/reconcile/preview", params={"id": text[:200]}),
        client.post(
            "/reconcile", data={"extend": json.dumps({"ids": [text], "properties": [{"id": "kind"}]})}
        ),
    ):
        assert response.status_code < 500, (text, response.status_code, response.text)


def test_jsonp_is_ascii_and_callbacks_are_plain_identifiers(client: TestClient) -> None:
    text = client.get("/reconcile/suggest/entity", params={"prefix": "Цици", "callback": "cb"}).text
    assert text.isascii() and "qiqihar" in text
    assert_problem(client.get("/reconcile", params={"callback": "цб"}), 400, "malformed-reconciliation-query")


def test_new_problem_codes_are_explained(client: TestClient) -> None:
    for code in ("malformed-reconciliation-query", "unknown-type", "unknown-property"):
        assert client.get(f"/problems/{code}").json()["code"] == code


def test_one_reconciler_per_loaded_glossary(client: TestClient) -> None:
    termbase = client.app.state.termbase  # type: ignore[attr-defined]
    client.get("/reconcile")
    first = termbase.reconciler
    client.get("/reconcile/suggest/entity", params={"prefix": "Mao"})
    assert termbase.reconciler is first and first.suggest_index is termbase.suggest_index
