"""No input makes a 500: hostile strings through every GET/POST endpoint."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_problem

HOSTILE = [
    "",
    " ",
    "\x00",
    "\ud7ff",
    "\ufeff",
    "\u202eevil",
    "'; DROP TABLE entries; --",
    "<script>alert(1)</script>",
    "%00",
    "../../etc/passwd",
    "😀" * 50,
    "ｎｏｓａｋａ",
    "a\u0301" * 30,
    "\u3099\u309a",
    "ー",
    "ッ",
    "ん",
    "'",
    "-",
    "ʼʻ",
    "Ё",
    "ъь",
    "\t\n",
    "x" * 200,
    "🀄︎",
    "𠀀",
    "ㄅㄆ",
    "null",
    "{}",
    "[]",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_strings_never_cause_a_server_error(client: TestClient, text: str) -> None:
    for response in (
        client.get("/v1/lookup", params={"q": text}),
        client.post("/v1/romanize", json={"text": text}),
        client.post("/v1/romanize", json={"text": text, "lang": "ja", "errors": "strict"}),
        client.get("/v1/entries/" + quote(text, safe="")) if text.strip() else client.get("/healthz"),
    ):
        assert response.status_code < 500, (text, response.status_code, response.text)


@pytest.mark.parametrize(
    ("path", "body"),
    [("/v1/normalize", '{"strings": ["Mao \\ud800"]}'), ("/v1/check", '{"text": "Mao \\ud800 met Beria"}')],
)
def test_a_lone_surrogate_is_a_400_not_a_500(client: TestClient, path: str, body: str) -> None:
    response = client.post(path, content=body, headers={"content-type": "application/json"})
    assert_problem(response, 400, "invalid-text")

