"""POST /v1/normalize and POST /v1/check: shapes, limits, problem+json errors."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.service import Termbase
from tests.api.conftest import assert_problem
from tests.editor.conftest import HOUSE


@pytest.fixture(scope="module")
def batch_client() -> Iterator[TestClient]:
    app = create_app(Settings(max_body_bytes=20_000, max_batch=5), termbase=Termbase.load(HOUSE))
    with TestClient(app) as client:
        yield client


def test_normalize_a_batch(batch_client: TestClient) -> None:
    body = {"strings": ["Mao Tse-tung", "Xylophone", "Nosaka Sanzō", ""], "style": "legacy-wade-giles"}
    response = batch_client.post("/v1/normalize", json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["style"] == "legacy-wade-giles"
    assert [r["outcome"] for r in data["results"]] == ["unchanged", "unmatched", "unchanged", "skipped"]
    first = data["results"][0]
    assert (first["id"], first["normalized"], first["match"], first["status"]) == (
        "mao-zedong",
        "Mao Tse-tung",
        True,
        "admitted",
    )
    assert data["summary"] == {"values": 4, "unchanged": 2, "unmatched": 1, "skipped": 1}


def test_normalize_with_an_inline_style(batch_client: TestClient) -> None:
    style = {"style": {"id": "mine", "english": "systematic"}, "zh": {"system": "wade-giles"}}
    response = batch_client.post("/v1/normalize", json={"strings": ["毛泽东"], "style": style})
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["normalized"] == "Mao Tse-tung"


def test_check_text(batch_client: TestClient) -> None:
    text = "Chang Kai-shek met Chiang Kai-shek and Nosaka Sanzo."
    response = batch_client.post("/v1/check", json={"text": text, "fix": True})
    assert response.status_code == 200, response.text
    data = response.json()
    assert [(f["found"], f["reasons"]) for f in data["findings"]] == [
        ("Chang Kai-shek", ["erroneous", "inconsistent"]),
        ("Nosaka Sanzo", ["deprecated"]),
    ]
    assert data["findings"][0]["line"] == 1 and data["findings"][0]["column"] == 1
    assert data["fixed"] == "Chiang Kai-shek met Chiang Kai-shek and Nosaka Sanzō."
    assert data["groups"][0]["spellings"] == [
        {"form": "Chang Kai-shek", "count": 1},
        {"form": "Chiang Kai-shek", "count": 1},
    ]
    assert data["summary"]["findings"] == 2


def test_styles_are_listed(batch_client: TestClient) -> None:
    styles = batch_client.get("/v1/styles").json()["styles"]
    assert {s["id"] for s in styles} >= {"scholarly-east-asia", "plain-ascii", "legacy-wade-giles"}


@pytest.mark.parametrize(
    ("path", "body", "status", "code"),
    [
        ("/v1/normalize", {"strings": ["a"] * 6}, 413, "limit-exceeded"),
        ("/v1/normalize", {"strings": ["a"], "style": "chicago"}, 400, "unknown-style"),
        ("/v1/normalize", {"strings": ["a"], "style": "../../etc/passwd"}, 400, "unknown-style"),
        (
            "/v1/normalize",
            {"strings": ["a"], "style": {"style": {"id": "x"}, "zh": {"system": "x"}}},
            400,
            "invalid-style",
        ),
        ("/v1/normalize", {"strings": "Mao"}, 400, "invalid-parameter"),
        ("/v1/normalize", {"strings": ["a"], "extra": 1}, 400, "invalid-parameter"),
        ("/v1/check", {"text": "x" * 30_000}, 413, "limit-exceeded"),
        ("/v1/check", {"text": "x", "format": "docx"}, 400, "invalid-parameter"),
        ("/v1/check", {}, 400, "invalid-parameter"),
    ],
)
def test_errors_are_problems(
    batch_client: TestClient, path: str, body: object, status: int, code: str
) -> None:
    assert_problem(batch_client.post(path, json=body), status, code)


@pytest.mark.parametrize(
    "text", ["", "\x00", "\ud7ff", "\u202eevil", "<script>", "ー" * 100, "a\u0301" * 50, "𠀀"]
)
def test_hostile_text_never_breaks_the_service(batch_client: TestClient, text: str) -> None:
    assert batch_client.post("/v1/check", json={"text": text, "fix": True}).status_code == 200
    assert batch_client.post("/v1/normalize", json={"strings": [text]}).status_code == 200


def test_check_lists_every_mention(batch_client: TestClient) -> None:
    text = "Chang Kai-shek met Chiang Kai-shek.\n野坂参三 spoke."
    data = batch_client.post("/v1/check", json={"text": text}).json()
    assert [(m["found"], m["id"], m["how"], m["reasons"]) for m in data["mentions"]] == [
        ("Chang Kai-shek", "chiang-kai-shek", "term", ["erroneous", "inconsistent"]),
        ("Chiang Kai-shek", "chiang-kai-shek", "term", []),
        ("野坂参三", "nosaka-sanzo", "term", []),
    ]
    kana = data["mentions"][2]
    assert (kana["line"], kana["column"], kana["start"], kana["end"], kana["lang"]) == (2, 1, 36, 40, "ja")
    assert text[kana["start"] : kana["end"]] == "野坂参三" and kana["house"] == "Nosaka Sanzō"
    assert data["summary"]["mentions"] == 3


def test_check_response_is_documented_in_openapi(batch_client: TestClient) -> None:
    spec = batch_client.get("/openapi.json").json()
    ok = spec["paths"]["/v1/check"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/CheckResponse"}
    mention = spec["components"]["schemas"]["CheckMention"]
    assert set(mention["properties"]) == {
        "line",
        "column",
        "start",
        "end",
        "found",
        "id",
        "label",
        "form",
        "lang",
        "system",
        "status",
        "house",
        "how",
        "reasons",
    }
    how = re.compile(mention["properties"]["how"]["pattern"])
    known = ("term", "term-swapped", "rendering", "rendering-swapped", "lookup-fuzzy")
    assert all(how.match(v) for v in known)
    assert not how.match("lookup") and not how.match("guess")


def test_an_inline_style_with_several_mistakes_reports_them_all(batch_client: TestClient) -> None:
    style = {"style": {"id": "x", "ascii": 1}, "zh": {"system": "wade-gilles"}}
    body = assert_problem(
        batch_client.post("/v1/check", json={"text": "x", "style": style}), 400, "invalid-style"
    )
    assert "ascii must be true or false" in body["detail"] and "unknown romanization system" in body["detail"]
