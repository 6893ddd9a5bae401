"""Readings: the well-formedness check, and which systems a spelling fits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from termbase.romanize.zh import check_reading, plausible_systems

from .strategies import readings

WELL_FORMED = [
    "Máo Zédōng",
    "Zhōu Ēnlái",
    "Hā'ěrbīn",
    "Qíqíhā'ěr",
    "Rénmín rìbào",
    "Xī'ān",
    "Tiān'ānmén",
    "lǜ",
    "lvè",  # v accepted for ü
    "nüè",
    "lüè",
    "Xióng'ān",
    "péngyou",  # neutral tone unmarked
    "MÁO ZÉDŌNG",
    "guì liù",
    "Ńg",
]

ILL_FORMED = [
    ("", "empty"),
    (" Máo", "leading or trailing"),
    ("Mao Zedong", "no tone marks"),
    ("Xīān", "missing apostrophe before 'ān'"),
    ("Hāěrbīn", "missing apostrophe before 'ěr'"),
    ("Zhōng'guó", "apostrophe before 'guó'"),
    ("lìu", "belongs on its 'u'"),
    ("gúi", "belongs on its 'i'"),
    ("hǎó", "more than one tone mark"),
    ("Hăo", "breve"),
    ("Máo-Zédōng", "single spaces"),
    ("Máo  Zédōng", "single spaces"),
    ("Mao Tse-tung", "not a sequence of Mandarin syllables"),
    ("毛泽东", "not a sequence"),
    ("Máo2", "not a sequence"),
    ("Xi''ān", "not a sequence"),
    ("Chiang Kài-shek", "'Chiang'"),  # read as chi'ang, then shek fails
]


@pytest.mark.parametrize("reading", WELL_FORMED)
def test_well_formed_readings_pass(reading: str) -> None:
    assert check_reading(reading) is None


@pytest.mark.parametrize(("reading", "reason"), ILL_FORMED)
def test_ill_formed_readings_say_why(reading: str, reason: str) -> None:
    problem = check_reading(reading)
    assert problem is not None
    assert reason in problem
    assert "\n" not in problem


@settings(max_examples=200, deadline=None)
@given(reading=readings)
def test_generated_readings_with_a_tone_pass(reading: str) -> None:
    has_tone = any(c in reading.lower() for c in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ") or "\u0304" in reading
    assert (check_reading(reading) is None) == has_tone, check_reading(reading)


@pytest.mark.parametrize(
    ("text", "systems"),
    [
        ("Mao Tse-tung", ("wade-giles", "wade-giles-plain", "zh-de", "zh-pl")),
        ("Mao Zedong", ("pinyin-plain",)),
        ("Máo Zédōng", ("pinyin",)),
        ("Mao2 Ze2dong1", ("pinyin-numbers",)),
        ("Ch'i-ch'i-ha-erh", ("wade-giles",)),
        ("Mao² Tsê²-tung¹", ("wade-giles-strict",)),
        ("Máu Dzé-dūng", ("yale",)),
        ("ㄇㄠˊ ㄗㄜˊ ㄉㄨㄥ", ("zhuyin",)),
        ("Мао Цзэдун", ("palladius",)),
        ("Lü Hsün", ("wade-giles", "zh-de", "zh-nl")),
        ("Chang", ("pinyin-plain", "wade-giles", "wade-giles-plain", "yale", "zh-cs", "zh-fr-efeo")),
        ("Chiang Kai-shek", ("pinyin-plain", "wade-giles", "wade-giles-plain")),  # Kai-shek: no system's
        ("Peking", ()),  # a conventional form only
        ("毛泽东", ()),
        ("Харбин", ()),
        ("", ()),
    ],
)
def test_plausible_systems(text: str, systems: tuple[str, ...]) -> None:
    assert plausible_systems(text) == systems
