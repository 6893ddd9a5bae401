"""The exact fold: what it folds together and what it keeps apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termbase.romanize import fold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nosaka Sanzō", "NOSAKA SANZO"),
        ("Sanzô", "sanzo"),
        ("Ha'erbin", "Haerbin"),
        ("Ha’erbin", "Ha-erbin"),
        ("Hruščov", "Hruscov"),
        ("ベリヤ", "べりや"),
        ("ｎｏｓａｋａ", "nosaka"),
        ("Хрущёв", "Хрущев"),
        ("蔣介石", "蒋介石"),
        ("مُولُوتُوف", "مولوتوف"),  # Arabic vowel points, written only sometimes
        ("مولوـتوف", "مولوتوف"),  # the tatweel
        ("חֲרוּשְׁצ'וֹב", "חרושצ'וב"),  # Hebrew points
        ("野坂參三", "野坂参三"),
        ("滿洲", "満洲"),
        # 外来語の表記 (1991): the notice's own examples of its two permitted spellings.
        ("ヴァイオリン", "バイオリン"),
        ("ヴィーナス", "ビーナス"),
        ("ヴェール", "ベール"),
        ("ウィスキー", "ウイスキー"),
        ("ウェディングケーキ", "ウエディングケーキ"),
        ("ストップウォッチ", "ストップウオッチ"),
        ("イェーツ", "イエーツ"),
        ("ソヴィエト連邦", "ソビエト連邦"),
    ],
)
def test_folds_together(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sanzoo", "Sanzo"),
        ("tongmen", "tongmeng"),
        ("Shaanxi", "Shanxi"),
        ("Берия", "Бериа"),
        ("山西", "陕西"),
        ("مولوتوف", "مولوتون"),  # the letters themselves are kept
    ],
)
def test_keeps_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_keeps_short_i_apart_from_i() -> None:
    assert fold("Лаврентий") != fold("Лавренти")


@given(st.text(max_size=60))
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
