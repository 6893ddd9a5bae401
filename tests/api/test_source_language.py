"""The source-language hint (``from``) reaches lookup from every shell: API, web page, CLI and
the reconciliation service, and an unknown value is a clear 400."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from termbase.cli.main import main
from termbase.reconcile.queries import parse_batch
from tests.api.conftest import assert_problem


def test_api_reports_the_hint_and_the_conventions(client: TestClient) -> None:
    body = client.get("/v1/lookup", params={"q": "Lawrenti Berija", "from": "de"}).json()
    assert body["detected"]["from_lang"] == "de"
    assert all({"system", "text_lang", "name"} == c.keys() for c in body["detected"]["conventions"])


def test_api_refuses_an_unknown_source_language(client: TestClient) -> None:
    assert_problem(client.get("/v1/lookup", params={"q": "Beria", "from": "xx"}), 400, "unknown-language")


def test_web_page_keeps_the_selected_source_language(client: TestClient) -> None:
    page = client.get("/", params={"q": "Beria", "from": "pl"}).text
    assert '<select id="from" name="from">' in page and '<option value="pl" selected>' in page


def test_cli_from(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["lookup", "Mao Tse-tung", "--from", "de", "--json"])
    body = json.loads(capsys.readouterr().out)
    assert code == 0 and body["detected"]["from_lang"] == "de"


def test_reconciliation_from_property() -> None:
    queries = {"q0": {"query": "Tschiang Kai-schek", "properties": [{"pid": "from", "v": "German"}]}}
    assert parse_batch(json.dumps(queries), max_batch=10)["q0"].from_lang == "de"
