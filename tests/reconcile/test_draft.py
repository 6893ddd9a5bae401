"""The 1.0 draft at /reconcile/v1: the same engine, every response valid against the 1.0 schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from termbase.reconcile import ReconcileQueryError, UnknownTypeError, draft
from tests.api.conftest import assert_problem
from tests.reconcile.specs import assert_valid, specs_folder

V1 = "1.0-draft"


def test_manifest(client: TestClient) -> None:
    manifest = client.get("/reconcile/v1").json()
    assert_valid(manifest, "manifest.json", version=V1)
    assert manifest["versions"] == ["1.0-draft"] and manifest["standardizedScore"] is True


def test_reconcile_gives_the_same_candidates_as_0_2(client: TestClient) -> None:
    batch = {
        "queries": [
            {"conditions": [{"matchType": "name", "propertyValue": "Mao Tse-tung"}]},
            {
                "type": "person",
                "limit": 3,
                "lang": "ja",
                "conditions": [
                    {"matchType": "name", "propertyValue": "Yoshida"},
                    {"matchType": "property", "propertyId": "kind", "propertyValue": "person"},
                ],
            },
        ]
    }
    body = client.post("/reconcile/v1/reconcile", json=batch).json()
    assert_valid(body, "reconciliation-result-batch.json", version=V1)
    old = client.post(
        "/reconcile",
        data={
            "queries": json.dumps({"q0": {"query": "Mao Tse-tung"}, "q1": {"query": "Yoshida", "limit": 3}})
        },
    ).json()
    assert body["results"][0]["candidates"] == old["q0"]["result"]
    assert [c["id"] for c in body["results"][1]["candidates"]] == [c["id"] for c in old["q1"]["result"]]


def test_features_have_names_in_1_0(client: TestClient) -> None:
    query = {
        "conditions": [
            {"matchType": "name", "propertyValue": "Mao Tse-tung"},
            {"matchType": "property", "propertyId": "pinyin", "propertyValue": "Máo Zédōng"},
        ]
    }
    body = client.post("/reconcile/v1/reconcile", json={"queries": [query]}).json()
    assert_valid(body, "reconciliation-result-batch.json", version=V1)
    assert body["results"][0]["candidates"][0]["features"] == [
        {"id": "property:pinyin", "value": True, "name": "agrees with pinyin"}
    ]


def test_suggest_preview_propose_extend(client: TestClient) -> None:
    for kind, schema in (("entity", "entities"), ("type", "types"), ("property", "properties")):
        body = client.get(f"/reconcile/v1/suggest/{kind}", params={"prefix": "Sh"}).json()
        assert_valid(body, f"suggest-{schema}-response.json", version=V1)
    assert "毛泽东" in client.get("/reconcile/v1/preview", params={"id": "mao-zedong"}).text
    proposed = client.get("/reconcile/v1/extend/propose", params={"type": "place"}).json()
    assert_valid(proposed, "data-extension-property-proposal.json", version=V1)
    query = {"ids": ["qiqihar", "gone"], "properties": [{"id": "hanzi"}, {"id": "cyrillic"}]}
    extended = client.post("/reconcile/v1/extend", json=query).json()
    assert_valid(extended, "data-extension-response.json", version=V1)
    assert extended["rows"][0] == {
        "id": "qiqihar",
        "properties": [
            {"id": "hanzi", "values": [{"str": "齐齐哈尔"}, {"str": "齊齊哈爾"}]},
            {"id": "cyrillic", "values": [{"str": "Цицикар"}]},
        ],
    }
    assert extended["rows"][1] == {
        "id": "gone",
        "properties": [{"id": "hanzi", "values": []}, {"id": "cyrillic", "values": []}],
    }


def test_errors_are_problems(client: TestClient) -> None:
    post = client.post
    assert_problem(post("/reconcile/v1/reconcile", content=b"{"), 400, "malformed-reconciliation-query")
    assert_problem(
        post("/reconcile/v1/reconcile", json={"queries": {}}), 400, "malformed-reconciliation-query"
    )
    big = {"queries": [{"conditions": [{"matchType": "name", "propertyValue": "x"}]}] * 26}
    assert_problem(post("/reconcile/v1/reconcile", json=big), 413, "limit-exceeded")
    assert_problem(post("/reconcile/v1/extend", content=b"\xff\xfe"), 400, "malformed-reconciliation-query")


def _examples(verdict: str) -> list[Path]:
    return sorted((specs_folder(V1) / "examples" / "reconciliation-query-batch" / verdict).glob("*.json"))


@pytest.mark.parametrize("path", _examples("valid"), ids=lambda p: p.name)
def test_valid_draft_query_examples_parse(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    try:
        assert len(draft.parse_batch(raw, max_batch=10)) == len(json.loads(raw)["queries"])
    except UnknownTypeError:
        assert "DifferentiatedPerson" in raw


@pytest.mark.parametrize("path", _examples("invalid"), ids=lambda p: p.name)
def test_invalid_draft_query_examples_are_refused(path: Path) -> None:
    with pytest.raises(ReconcileQueryError):
        draft.parse_batch(path.read_text(encoding="utf-8"), max_batch=10)
