"""GET /v1/entries, GET /v1/entries/{id}, GET /v1/systems, POST /v1/romanize."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import assert_problem


def test_entry_has_terms_readings_renderings_sources(client: TestClient) -> None:
    entry = client.get("/v1/entries/nosaka-sanzo").json()
    assert entry["label"] == "Nosaka Sanzō" and entry["kind"] == "person"
    assert {"form": "野坂参三", "lang": "ja"}.items() <= entry["terms"][1].items()
    hepburn = {r["system"]: r for r in entry["renderings"]["ja"]}
    assert hepburn["hepburn-modified"]["text"] == "Nosaka Sanzō"
    assert hepburn["hepburn-modified"]["swapped"] == "Sanzō Nosaka"
    assert hepburn["polivanov"]["text"] == "Носака Сандзо"
    assert entry["sources"][0]["source"] == "article"


def test_unknown_entry_is_404(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/entries/no-such-entry"), 404, "not-found")
    assert "no-such-entry" in body["detail"]


def test_entries_are_filtered_and_paginated(client: TestClient) -> None:
    page = client.get("/v1/entries", params={"kind": "place", "limit": 2}).json()
    assert page["total"] == 3 and len(page["entries"]) == 2
    rest = client.get("/v1/entries", params={"kind": "place", "limit": 2, "offset": 2}).json()
    assert len(rest["entries"]) == 1
    assert client.get("/v1/entries", params={"lang": "ru"}).json()["total"] == 4
    assert_problem(client.get("/v1/entries", params={"limit": 1000}), 400, "invalid-parameter")
    assert_problem(client.get("/v1/entries", params={"kind": "planet"}), 400, "invalid-parameter")


def test_systems_list_every_language(client: TestClient) -> None:
    systems = client.get("/v1/systems").json()["systems"]
    assert {s["lang"] for s in systems} == {"ja", "zh", "ru", "han"}  # han: Sino-Korean, Sino-Vietnamese
    assert all(s["samples"] and s["authority"] for s in systems)
    assert {s["lang"] for s in client.get("/v1/systems", params={"lang": "zh"}).json()["systems"]} == {"zh"}
    assert_problem(client.get("/v1/systems", params={"lang": "ko"}), 400, "invalid-parameter")


def test_romanize_uses_the_glossary_reading(client: TestClient) -> None:
    body = client.post("/v1/romanize", json={"text": "野坂参三"}).json()
    assert (body["reading"], body["reading_source"], body["entry"]) == (
        "のさか さんぞう",
        "glossary",
        "nosaka-sanzo",
    )
    spellings = {s["system"]: s["text"] for s in body["spellings"]}
    assert spellings["hepburn-modified"] == "Nosaka Sanzō" and spellings["kunrei"] == "Nosaka Sanzô"


def test_romanize_labels_machine_readings(client: TestClient) -> None:
    body = client.post(
        "/v1/romanize", json={"text": "東京", "lang": "ja", "system": "hepburn-modified"}
    ).json()
    assert body["reading_source"] == "machine" and "machine" in body["note"]
    assert body["spellings"][0]["text"].lower().startswith("t")


def test_romanize_errors_are_problems(client: TestClient) -> None:
    assert_problem(
        client.post("/v1/romanize", json={"text": "野坂参三", "system": "hepburm"}), 400, "unknown-system"
    )
    assert_problem(client.post("/v1/romanize", json={"text": ""}), 400, "invalid-parameter")
    assert_problem(client.post("/v1/romanize", json={"text": "x", "colour": 1}), 400, "invalid-parameter")
    assert_problem(
        client.post("/v1/romanize", content=b"{not json", headers={"content-type": "application/json"}),
        400,
        "invalid-parameter",
    )
    assert_problem(client.post("/v1/romanize", json={"text": "毛泽东外"}), 400, "invalid-input")
    strict = {"text": "のさか★", "lang": "ja", "system": "hepburn-modified", "errors": "strict"}
    assert_problem(client.post("/v1/romanize", json=strict), 400, "unmappable-character")


def test_body_over_the_limit_is_413(client: TestClient) -> None:
    assert_problem(client.post("/v1/romanize", json={"text": "あ" * 20_000}), 413, "limit-exceeded")
