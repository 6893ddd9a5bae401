"""The wire model: typed responses serialized once, in the shapes the API documents."""

from __future__ import annotations

import json

from termbase.service import Termbase
from termbase.wire import check_response, dumps, entry_view, lookup_response, normalize_response, to_json


def test_lookup_response_is_json_ready(bundled: Termbase) -> None:
    body = to_json(lookup_response(bundled.lookup("Mao Tse-tung", limit=1)))
    json.dumps(body)
    top = body["results"][0]
    assert top["id"] == "mao-zedong" and top["match"] is True and top["matched"]["status"] == "admitted"
    assert body["detected"]["scripts"] == ["Latn"]


def test_dumps_writes_the_bytes_json_dumps_writes_of_to_json(bundled: Termbase) -> None:
    """The fast path (orjson on the dataclasses) and the reference path agree byte for byte, on
    lookups of every script, a deprecated form, nothing found, and an entry view."""
    queries = ("Mao Tse-tung", "Tschiang Kai-schek", "毛澤東", "Хрущёв", "野坂参三", "Chang Kai-shek", "zzzq")
    views: list[object] = [lookup_response(bundled.lookup(q, from_lang="de")) for q in queries]
    views.append(entry_view(bundled.entry("nosaka-sanzo"), bundled.glossary))
    views.append({1: ("a", None), "b": [True, 2.5]})
    for view in views:
        reference = json.dumps(to_json(view), ensure_ascii=False, separators=(",", ":")).encode()
        assert dumps(view) == reference


def test_entry_view_groups_renderings_with_both_orders(bundled: Termbase) -> None:
    body = to_json(entry_view(bundled.entry("nosaka-sanzo"), bundled.glossary))
    rows = {row["system"]: row for row in body["renderings"]["ja"]}
    assert rows["hepburn-modified"]["text"] == "Nosaka Sanzō"
    assert rows["hepburn-modified"]["swapped"] == "Sanzō Nosaka"
    assert body["verification"]["status"] in ("verified", "unverified")


def test_batch_responses(bundled: Termbase) -> None:
    normalized = to_json(normalize_response(bundled.normalize(["Mao Tse-tung"])))
    assert normalized["summary"] == {"values": 1, "normalized": 1}
    checked = to_json(check_response(bundled.check("Chang Kai-shek", fix=True)))
    assert checked["fixed"] == "Chiang Kai-shek" and checked["remaining"]["findings"] == 0


def test_transcriptions_are_not_romanized_again(bundled: Termbase) -> None:
    """Носака Сандзо is Polivanov's spelling of a Japanese name: no source writes "Nossaka Sandzo"."""
    body = to_json(entry_view(bundled.entry("nosaka-sanzo"), bundled.glossary))
    assert "ru" not in body["renderings"] and "han" not in body["renderings"]
    beria = to_json(entry_view(bundled.entry("lavrentii-beria"), bundled.glossary))
    assert any(row["text"] == "Lavrentiy Beriya" for row in beria["renderings"]["ru"])
