"""romanize: glossary readings first, machine readings labelled."""

from __future__ import annotations

import pytest

from termbase.errors import InputError
from termbase.service import Termbase


def test_glossary_reading_is_used_for_a_glossary_name(bundled: Termbase) -> None:
    result = bundled.romanize("後宮淳", lang="ja", system="hepburn-modified")
    assert result.reading_source == "glossary" and result.spellings[0].text == "Ushiroku Jun"


def test_text_outside_the_glossary_is_a_labelled_machine_reading(bundled: Termbase) -> None:
    result = bundled.romanize("山田花子", lang="ja")
    assert result.reading_source == "machine" and "machine reading" in result.note


def test_han_without_a_language_is_refused(bundled: Termbase) -> None:
    with pytest.raises(InputError, match="lang=zh or lang=ja"):
        bundled.romanize("山田花子")


def test_a_system_of_another_language_is_refused(bundled: Termbase) -> None:
    with pytest.raises(InputError, match="romanizes"):
        bundled.romanize("Берия", lang="ru", system="pinyin")


def test_texts_longer_than_a_query_are_romanized_up_to_the_documented_limit(bundled: Termbase) -> None:
    text = "ベリヤ " * 100  # 400 characters: more than a lookup query, less than romanize's 2,000
    result = bundled.romanize(text, system="hepburn-modified")
    assert result.reading_source == "input" and result.spellings[0].text.startswith("Beriya Beriya")
