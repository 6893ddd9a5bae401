"""Shape of benchmarks/data/realtexts.tsv, the hand annotations of the real-text check benchmark."""

from __future__ import annotations

import csv
import re
from itertools import pairwise
from pathlib import Path

import pytest

from termbase.service import Termbase

DATA = Path(__file__).parents[2] / "benchmarks" / "data"
TEXTS = DATA / "realtexts"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with (DATA / "realtexts.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_every_span_spells_what_the_row_says(rows: list[dict[str, str]]) -> None:
    texts = {path.name: path.read_text(encoding="utf-8") for path in TEXTS.glob("*.txt")}
    for row in rows:
        text = texts[row["doc"]]
        span = text[int(row["start"]) : int(row["end"])]
        assert " ".join(span.split()) == " ".join(row["found"].split()), row


def test_spans_of_a_file_do_not_overlap(rows: list[dict[str, str]]) -> None:
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append((int(row["start"]), int(row["end"])))
    for spans in by_doc.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_expected_entries_exist_or_are_names_in_no_glossary(
    rows: list[dict[str, str]], bundled: Termbase
) -> None:
    ids = {entry.id for entry in bundled.glossary.entries}
    for row in rows:
        expected = row["expected"]
        assert expected in ids or re.fullmatch(r"u:[a-z0-9-]+", expected), row


def test_every_file_has_its_source_recorded() -> None:
    sources = (TEXTS / "SOURCES.md").read_text(encoding="utf-8")
    for path in TEXTS.glob("*.txt"):
        assert f"`{path.name}`" in sources, path.name
