"""Simplified <-> traditional characters, and machine readings for Han text."""

from __future__ import annotations

import pytest

from termbase.romanize.zh import check_reading, machine_reading, to_simplified, to_traditional


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("毛泽东", "毛澤東"),
        ("周恩来", "周恩來"),
        ("哈尔滨", "哈爾濱"),
        ("人民日报", "人民日報"),
        ("阎锡山", "閻錫山"),
    ],
)
def test_simplified_and_traditional(simplified: str, traditional: str) -> None:
    assert to_traditional(simplified) == traditional
    assert to_simplified(traditional) == simplified


def test_conversion_leaves_other_text_alone() -> None:
    assert to_simplified("Mao Zedong, 1893") == "Mao Zedong, 1893"
    assert to_traditional("") == ""


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("毛泽东", "Máo Zédōng"),
        ("毛澤東", "Máo Zédōng"),
        ("周恩来", "Zhōu Ēnlái"),
        ("阎锡山", "Yán Xīshān"),
        ("哈尔滨", "Hā'ěrbīn"),  # not a family name first: one word
        ("齐齐哈尔", "Qíqíhā'ěr"),
        ("欧阳修", "Ōuyáng Xiū"),
        ("贝利亚", "Bèilìyà"),  # Beria: no family name first, one word
        ("约瑟夫·斯大林", "Yuēsèfū Sīdàlín"),
    ],
)
def test_machine_reading(text: str, reading: str) -> None:
    assert machine_reading(text) == reading
    assert check_reading(reading) is None


@pytest.mark.parametrize("text", ["", "Mao", "毛 Zedong", "毛泽东!", "ベリヤ"])
def test_machine_reading_needs_han_text(text: str) -> None:
    assert machine_reading(text) is None


def test_longer_text_is_grouped_into_words() -> None:
    reading = machine_reading("东北人民政府")
    assert reading is not None
    assert check_reading(reading) is None
    assert reading.startswith("Dōngběi ")
