"""A session replayed as OpenRefine 3.x sends it, end to end over HTTP, every response validated.

What OpenRefine does (StandardReconConfig, GuessTypesOfColumnCommand, ReconciledDataExtensionJob,
the suggest widget): fetch the manifest; guess the column's type from its first 10 distinct values
(one form-encoded ``queries=`` batch, ``limit`` 3, no types); reconcile in batches of 10 with
``type``, ``type_strict: "should"`` and ``properties`` from other columns; show preview cards; call
suggest as the user types; propose properties for the type; extend with ``extend=``.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient

from tests.reconcile.specs import assert_valid
from tests.reconcile.test_api import path_of, reconcile

COLUMN = [
    ("Nosaka Sanzo", "ja"),
    ("Mao Tse-tung", "zh"),
    ("蔣介石", "Chinese"),
    ("Лаврентий Берия", "Russian"),
    ("Yoshida", "ja"),
    ("Yoshida Shigeru", "ja"),
    ("野坂参三", "ja"),
    ("Chang Kai-shek", "zh"),
    ("Kwantung Army", "ja"),
    ("Qiqihar", "zh"),
]


def guess_types(batch: dict[str, Any]) -> list[str]:
    """OpenRefine's own ranking: a type scores 1/(1+rank) per candidate; most counted first."""
    counts: dict[str, int] = {}
    scores: dict[str, float] = {}
    for answer in batch.values():
        for rank, candidate in enumerate(answer["result"]):
            for t in candidate["type"]:
                counts[t["id"]] = counts.get(t["id"], 0) + 1
                scores[t["id"]] = scores.get(t["id"], 0.0) + 1 / (1 + rank)
    return sorted(counts, key=lambda t: (-min(10, counts[t]), -scores[t] / counts[t]))


def test_openrefine_session(client: TestClient) -> None:
    manifest = client.get("/reconcile").json()
    assert_valid(manifest, "manifest.json")

    # Type guessing: the first 10 distinct values, limit 3, no type.
    guess = reconcile(client, {f"q{i}": {"query": text, "limit": 3} for i, (text, _) in enumerate(COLUMN)})
    assert all(len(answer["result"]) <= 3 for answer in guess.values())
    assert guess_types(guess)[0] == "person"

    # The batch: type person (should), the language column as a property.
    queries = {
        f"q{i}": {
            "query": text,
            "type": "person",
            "type_strict": "should",
            "properties": [{"pid": "lang", "v": lang}],
        }
        for i, (text, lang) in enumerate(COLUMN)
    }
    batch = reconcile(client, queries)
    matched = {
        COLUMN[int(key[1:])][0]: answer["result"][0]["id"]
        for key, answer in batch.items()
        if answer["result"] and answer["result"][0]["match"]
    }
    assert matched == {
        "Nosaka Sanzo": "nosaka-sanzo",
        "Mao Tse-tung": "mao-zedong",
        "蔣介石": "chiang-kai-shek",
        "Лаврентий Берия": "lavrentii-beria",
        "Yoshida Shigeru": "yoshida-shigeru",
        "野坂参三": "nosaka-sanzo",
        "Chang Kai-shek": "chiang-kai-shek",
    }
    assert [c["id"] for c in batch["q4"]["result"]] == ["yoshida-atsushi", "yoshida-shigeru"]
    assert batch["q8"]["result"] == [] and batch["q9"]["result"] == []  # not persons
    assert "erroneous: write Chiang Kai-shek" in batch["q7"]["result"][0]["description"]

    # Hovering a candidate: the preview card.
    preview = client.get(path_of(manifest["preview"]["url"].replace("{{id}}", "mao-zedong")))
    assert preview.status_code == 200 and "毛泽东" in preview.text

    # Searching for a match by hand: suggest on each keystroke.
    service = manifest["suggest"]["entity"]
    url = path_of(service["service_url"] + service["service_path"])
    typed = "Mao Ts"
    for end in range(1, len(typed) + 1):
        answer = client.get(
            url, params={"prefix": typed[:end], "type": "person", "type_strict": "should"}
        ).json()
        assert_valid(answer, "suggest-entities-response.json")
    assert answer["result"][0]["id"] == "mao-zedong"

    # Adding columns from the service: propose, then extend the matched rows.
    proposal = manifest["extend"]["propose_properties"]
    proposed = client.get(
        path_of(proposal["service_url"] + proposal["service_path"]), params={"type": "person"}
    ).json()
    assert_valid(proposed, "data-extension-property-proposal.json")
    wanted = ["preferred-en", "pinyin", "wade-giles", "hepburn-modified", "cyrillic", "kanji", "hanzi"]
    assert set(wanted) <= {p["id"] for p in proposed["properties"]}
    extend = {"ids": sorted(set(matched.values())), "properties": [{"id": pid} for pid in wanted]}
    extended = client.post("/reconcile", data={"extend": json.dumps(extend)}).json()
    assert_valid(extended, "data-extension-response.json")
    rows = extended["rows"]
    assert rows["mao-zedong"]["wade-giles"] == [{"str": "Mao Tse-tung"}]
    assert rows["mao-zedong"]["pinyin"] == [{"str": "Máo Zédōng"}]
    assert rows["mao-zedong"]["hanzi"] == [{"str": "毛泽东"}, {"str": "毛澤東"}]
    assert rows["nosaka-sanzo"]["hepburn-modified"] == [{"str": "Nosaka Sanzō"}]
    assert rows["nosaka-sanzo"]["cyrillic"] == [{"str": "Носака Сандзо"}]
    assert rows["chiang-kai-shek"]["preferred-en"] == [{"str": "Chiang Kai-shek"}]
    assert rows["lavrentii-beria"]["kanji"] == [{"str": "ベリヤ"}]
