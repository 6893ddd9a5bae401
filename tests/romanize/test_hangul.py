"""Hangul composition: Unicode's arithmetic, checked on syllables from the Unicode charts."""

import pytest

from termbase.romanize.hangul import add_final, compose, decompose, is_syllable


@pytest.mark.parametrize(
    ("jamo", "syllable"),
    [
        (("ㄱ", "ㅏ", ""), "가"),
        (("ㅂ", "ㅔ", ""), "베"),
        (("ㅅ", "ㅡ", "ㄹ"), "슬"),
        (("", "ㅑ", ""), "야"),
        (("ㅎ", "ㅣ", "ㅎ"), "힣"),
        (("ㅉ", "ㅓ", ""), "쩌"),
    ],
)
def test_compose_and_decompose(jamo: tuple[str, str, str], syllable: str) -> None:
    assert compose(*jamo) == syllable
    assert decompose(syllable) == (jamo[0] or "ㅇ", jamo[1], jamo[2])


def test_add_final() -> None:
    assert add_final("스", "ㄹ") == "슬"
    with pytest.raises(ValueError, match="already"):
        add_final("슬", "ㄴ")


def test_not_a_syllable() -> None:
    assert not is_syllable("a") and not is_syllable("ㄱ")
    with pytest.raises(ValueError):
        decompose("ㄱ")
