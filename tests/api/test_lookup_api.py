"""GET /v1/lookup and the service endpoints: success and error shapes."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import assert_problem


def test_lookup_shape_follows_the_design(client: TestClient) -> None:
    body = client.get("/v1/lookup", params={"q": "Mao Tse-tung"}).json()
    assert body["query"] == "Mao Tse-tung"
    assert {"scripts", "languages", "systems", "ambiguous"} <= body["detected"].keys()
    first = body["results"][0]
    assert {"id", "label", "score", "match", "matched"} <= first.keys()
    assert {"form", "lang", "system", "status", "via"} <= first["matched"].keys()
    assert (first["id"], first["match"], first["matched"]["system"]) == ("mao-zedong", True, "wade-giles")
    assert 0 <= first["score"] <= 100


def test_lookup_ambiguous_query_has_no_match(client: TestClient) -> None:
    results = client.get("/v1/lookup", params={"q": "Yoshida"}).json()["results"]
    assert len(results) == 2 and not any(r["match"] for r in results)


def test_lookup_erroneous_form_names_the_preferred_one(client: TestClient) -> None:
    matched = client.get("/v1/lookup", params={"q": "Chang Kai-shek"}).json()["results"][0]["matched"]
    assert (matched["status"], matched["preferred"]) == ("erroneous", "Chiang Kai-shek")


def test_lookup_errors_are_problems(client: TestClient) -> None:
    assert_problem(client.get("/v1/lookup"), 400, "invalid-parameter")
    assert_problem(client.get("/v1/lookup", params={"q": "x" * 201}), 400, "query-too-long")
    assert_problem(client.get("/v1/lookup", params={"q": "Mao", "limit": 0}), 400, "invalid-input")
    assert_problem(client.get("/v1/lookup", params={"q": "Mao", "limit": "many"}), 400, "invalid-parameter")
    assert_problem(client.get("/v1/lookup", params={"q": "Mao", "lang": "xx"}), 400, "unknown-language")
    assert_problem(client.get("/v1/lookup", params={"q": " "}), 400, "invalid-input")


def test_unknown_route_and_method_are_problems(client: TestClient) -> None:
    assert_problem(client.get("/v2/lookup"), 404, "not-found")
    assert_problem(client.post("/v1/lookup"), 405, "method-not-allowed")


def test_problem_types_are_documented(client: TestClient) -> None:
    body = client.get("/problems/query-too-long").json()
    assert body == {"code": "query-too-long", "title": "Query too long"}
    assert_problem(client.get("/problems/no-such-code"), 404, "not-found")


def test_health_cors_and_openapi(client: TestClient) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["entries"] == 10
    response = client.get("/v1/lookup", params={"q": "Mao"}, headers={"Origin": "https://example.org"})
    assert response.headers["access-control-allow-origin"] == "*"
    spec = client.get("/openapi.json").json()
    assert {"/v1/lookup", "/v1/entries", "/v1/entries/{entry_id}", "/v1/systems", "/v1/romanize"} <= spec[
        "paths"
    ].keys()
    assert client.get("/docs").status_code == 200
