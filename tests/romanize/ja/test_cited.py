"""Real spellings from pages in many languages meet their names' readings (cited_spellings.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from termbase.romanize.ja import ENGINE

DATA = tomllib.loads((Path(__file__).parent / "cited_spellings.toml").read_text(encoding="utf-8"))["spelling"]


@pytest.mark.parametrize("row", DATA, ids=[f"{r['lang']}:{r['spelling']}" for r in DATA])
def test_a_published_spelling_meets_its_reading(row: dict[str, str]) -> None:
    assert row["url"].startswith("http")
    assert ENGINE.phonetic_keys(row["reading"]) & ENGINE.phonetic_keys(row["spelling"])


@pytest.mark.parametrize(
    "row", [r for r in DATA if r["system"]], ids=lambda r: f"{r['lang']}:{r['spelling']}"
)
def test_the_system_that_spells_it_so_is_detected(row: dict[str, str]) -> None:
    assert row["system"] in ENGINE.plausible_systems(row["spelling"])


def test_the_vectors_cover_the_new_conventions() -> None:
    assert {r["lang"] for r in DATA} >= {"cs", "sk", "hu", "pl", "de", "sr", "sr-Latn", "uk", "ko"}
