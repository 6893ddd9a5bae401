"""Proper-name Han variants OpenCC misses (romanize/data/han_variants.tsv), and what stays apart."""

from __future__ import annotations

import pytest

from termbase.romanize.fold import fold, name_variants


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("満州国", "満洲国"),  # Manchukuo, postwar and prewar Japanese writing
        ("満州", "滿洲"),
        ("髙橋", "高橋"),
        ("山﨑", "山崎"),
        ("宮嵜", "宮崎"),
        ("𠮷田", "吉田"),
        ("渡邉", "渡辺"),
        ("渡邊", "渡辺"),
        ("大澤", "大沢"),  # OpenCC already: 沢/澤/泽
        ("竜", "龍"),
        ("檜山", "桧山"),
        ("斉藤", "齊藤"),
        ("横浜", "橫濱"),
    ],
)
def test_name_variants_fold_together(one: str, other: str) -> None:
    assert fold(one) == fold(other)


@pytest.mark.parametrize(("one", "other"), [("广州", "广洲"), ("亚洲", "亚州"), ("州", "洲")])
def test_zhou_and_zhou_stay_apart_outside_the_listed_words(one: str, other: str) -> None:
    assert fold(one) != fold(other)


def test_every_table_row_is_a_real_variant() -> None:
    words, chars = name_variants()
    assert ("满州", "满洲") in words
    assert all(len(chr(code)) == 1 and value != chr(code) for code, value in chars.items())
