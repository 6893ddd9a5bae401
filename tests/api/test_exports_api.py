"""GET /v1/export/{format}: downloads with the right media type and file name; problems otherwise."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_problem

XML = '<?xml version="1.0" encoding="UTF-8"?>\n'


@pytest.mark.parametrize(
    ("path", "media_type", "filename", "start"),
    [
        (
            "/v1/export/tbx",
            "application/xml",
            "termbase.tbx",
            '<?xml version="1.0" encoding="UTF-8"?>\n<tbx ',
        ),
        (
            "/v1/export/tbx2",
            "application/xml",
            "termbase-v2.tbx",
            '<?xml version="1.0" encoding="UTF-8"?>\n<martif ',
        ),
        ("/v1/export/json", "application/json", "termbase.json", "{"),
        ("/v1/export/csv", "text/csv", "termbase-memoq.csv", "\ufeffEntry_Subject,"),
        ("/v1/export/csv?layout=phrase", "text/csv", "termbase-phrase.csv", "term,description,"),
        ("/v1/export/csv?layout=omegat&target=ru", "text/tab-separated-values", "termbase-ru.utf8", "Nosaka"),
    ],
)
def test_downloads(client: TestClient, path: str, media_type: str, filename: str, start: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
    assert response.content.decode("utf-8").startswith(start)


def test_json_download_is_the_whole_glossary(client: TestClient) -> None:
    body = json.loads(client.get("/v1/export/json").content)
    (glossary,) = body["glossaries"]
    assert glossary["metadata"]["id"] == "names" and len(glossary["entries"]) == 10


def test_unknown_format_and_layout_are_problems(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/export/xlsx"), 400, "unknown-format")
    assert "tbx, tbx2, csv, json" in body["detail"]
    assert_problem(client.get("/v1/export/csv", params={"layout": "excel"}), 400, "invalid-input")
    assert_problem(
        client.get("/v1/export/csv", params={"layout": "omegat", "target": "xx"}), 400, "invalid-input"
    )
    assert client.get("/problems/unknown-format").json()["code"] == "unknown-format"


def test_export_is_in_openapi(client: TestClient) -> None:
    assert "/v1/export/{format}" in client.get("/openapi.json").json()["paths"]
