"""The index of names: per entry the house form, spellings seen with counts, and the places."""

from __future__ import annotations

import csv
import io

import pytest

from termbase.editor import HouseStyle, check_text
from termbase.editor.names import IndexedName, index_csv, index_markdown, name_index
from termbase.service import Termbase

CHAPTER_1 = "Chang Kai-shek met Chiang Kai-shek.\nNosaka Sanzo spoke.\n"
CHAPTER_2 = "Later Chiang Kai-shek left;\n\nNosaka Sanzō and 野坂参三 wrote.\n"


@pytest.fixture(scope="module")
def index(house: Termbase, scholarly: HouseStyle) -> tuple[IndexedName, ...]:
    checks = [
        (name, check_text(house.gazetteer, text, scholarly))
        for name, text in (("one.txt", CHAPTER_1), ("two_b.md", CHAPTER_2))
    ]
    return name_index(checks)


def test_one_entry_per_entity_with_variants_and_places(index: tuple[IndexedName, ...]) -> None:
    assert [i.house for i in index] == ["Chiang Kai-shek", "Nosaka Sanzō"]
    chiang, nosaka = index
    assert chiang.entry == "chiang-kai-shek" and chiang.mentions == 3
    assert chiang.variants == (("Chiang Kai-shek", 2), ("Chang Kai-shek", 1))
    assert chiang.places == (("one.txt", 1), ("two_b.md", 1))  # line 1 of one.txt once, though twice there
    assert nosaka.variants == (("Nosaka Sanzo", 1), ("Nosaka Sanzō", 1), ("野坂参三", 1))
    assert nosaka.places == (("one.txt", 2), ("two_b.md", 3))


def test_markdown_is_an_index_with_files_in_code_spans(index: tuple[IndexedName, ...]) -> None:
    text = index_markdown(index)
    assert text.splitlines()[0] == "# Index of names"
    assert (
        "- **Chiang Kai-shek** (`chiang-kai-shek`), 3 mention(s): Chiang Kai-shek ×2, Chang Kai-shek ×1 "
        "— `one.txt`: 1; `two_b.md`: 1"
    ) in text
    assert index_markdown(()).endswith("No glossary names found.\n")


def test_markdown_escapes_what_markdown_would_read() -> None:
    item = IndexedName("x", "x", "A*b_c [d]", 1, (("A|b", 1),), (("f.txt", 1),))
    assert "**A\\*b\\_c \\[d\\]**" in index_markdown((item,)) and "A\\|b ×1" in index_markdown((item,))


def test_csv_has_one_row_per_entry(index: tuple[IndexedName, ...]) -> None:
    rows = list(csv.DictReader(io.StringIO(index_csv(index))))
    assert [r["id"] for r in rows] == ["chiang-kai-shek", "nosaka-sanzo"]
    assert rows[1]["variants"] == "Nosaka Sanzo ×1; Nosaka Sanzō ×1; 野坂参三 ×1"
    assert rows[1]["places"] == "one.txt:2; two_b.md:3" and rows[1]["mentions"] == "3"
