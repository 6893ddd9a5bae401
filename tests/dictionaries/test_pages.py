"""The API names each result's glossary and marks dictionary data; the web page shows its badge."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from termbase.api.app import create_app
from termbase.api.settings import Settings
from termbase.glossary.loader import bundled_path
from termbase.service import Termbase

BADGE = "dictionary data, unverified"


@pytest.fixture(scope="module")
def client(with_dictionaries: Termbase, imported: Path) -> TestClient:
    settings = Settings(glossaries=(bundled_path(), imported / "jmnedict", imported / "cedict"))
    return TestClient(create_app(settings, termbase=with_dictionaries))


def test_lookup_results_name_their_glossary_and_how_the_form_is_known(client: TestClient) -> None:
    results = client.get("/v1/lookup", params={"q": "Mao Tse-tung"}).json()["results"]
    by_id = {r["id"]: r for r in results}
    assert by_id["mao-zedong"]["glossary"] == "article"
    assert by_id["mao-zedong"]["matched"]["verification"] != "dictionary"
    assert by_id["jmnedict-5666380"]["glossary"] == "jmnedict"
    assert by_id["jmnedict-5666380"]["matched"]["verification"] == "dictionary"
    assert not by_id["jmnedict-5666380"]["match"]


def test_the_search_page_marks_dictionary_results_only(client: TestClient) -> None:
    page = client.get("/", params={"q": "Mao Tse-tung"}).text
    assert f"jmnedict · {BADGE}" in page
    assert f"cedict · {BADGE}" in page
    assert page.count(BADGE) == 2  # not on the reviewed entry


def test_the_entry_page_of_dictionary_data_shows_its_badge_and_source(client: TestClient) -> None:
    page = client.get("/entries/jmnedict-5671758").text
    assert f"jmnedict · {BADGE}" in page
    assert "JMnedict (Japanese proper names dictionary)" in page
    assert BADGE not in client.get("/entries/nosaka-sanzo").text
