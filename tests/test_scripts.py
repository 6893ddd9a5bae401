"""The scripts table: one answer everywhere for which script a letter is in."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from termbase.errors import InvalidTextError
from termbase.scripts import (
    LANGUAGE_NAMES,
    LANGUAGE_TAGS,
    RANGES,
    base_language,
    char_class,
    require_characters,
    script_of,
    script_of_tag,
    scripts_of,
    writes,
)


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("a", "Latn"), ("ō", "Latn"), ("ş", "Latn"), ("Б", "Cyrl"), ("ӕ", "Cyrl"), ("Ԥ", "Cyrl"),
        ("べ", "Hira"), ("ベ", "Kana"), ("ー", "Kana"), ("ｶ", "Kana"), ("毛", "Hani"), ("々", "Hani"),
        ("𠮷", "Hani"), ("ㄇ", "Bopo"), ("장", "Hang"), ("Β", "Grek"), ("ب", "Arab"), ("ש", "Hebr"),
        ("ბ", "Geor"), ("Բ", "Armn"), ("ก", "Thai"), ("क", "Deva"),
        ("1", None), (" ", None), ("・", None), ("-", None), ("\u0301", None),
    ],
)  # fmt: skip
def test_script_of(char: str, script: str | None) -> None:
    assert script_of(char) == script


def test_scripts_of_counts_letters_most_frequent_first() -> None:
    assert scripts_of("ベリヤ Beria") == ("Latn", "Kana")
    assert scripts_of("1945–1956") == ()


def test_ranges_do_not_overlap() -> None:
    spans = sorted((low, high) for ranges in RANGES.values() for low, high in ranges)
    assert all(high < next_low for (_, high), (next_low, _) in pairwise(spans))


def test_char_class_agrees_with_script_of() -> None:
    han = re.compile(f"[{char_class('Jpan')}]")
    assert han.search("満洲国") and han.search("ベ") and not han.search("Beria Берия")
    assert writes("山田 Hanako", "Hani") and not writes("Hanako", "Jpan")


def test_tags() -> None:
    assert script_of_tag("zh-Hant") == "Hant" and script_of_tag("ru") == "Cyrl"
    assert script_of_tag("de") == "Latn" and script_of_tag("ja") == "Jpan"
    assert base_language("ja-Latn") == "ja"
    assert "ja-Cyrl" in LANGUAGE_NAMES and "ja-Cyrl" not in LANGUAGE_TAGS
    assert {"pl", "cs", "vi", "ko", "de", "fr"} <= LANGUAGE_TAGS


def test_require_characters_refuses_a_lone_surrogate_only() -> None:
    assert require_characters("野坂参三 Берия 🀄", "the text") == "野坂参三 Берия 🀄"
    with pytest.raises(InvalidTextError, match="the query holds bytes"):
        require_characters("Mao \udcff", "the query")
