"""Rendering rules of every zh system, one vector per rule (samples with citations live in the
system files and run in tests/romanize/test_systems.py)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings

from termbase.errors import UnmappableError
from termbase.romanize import render
from termbase.romanize.zh import ENGINE
from termbase.romanize.zh.syllables import inventory, system

from .strategies import readings

ZH_SYSTEMS = [s.id for s in ENGINE.systems]

VECTORS = [
    # pinyin: tone placement (a/e first, o of ou, else the last vowel), apostrophe, ü, caps
    ("pinyin", "Xī'ān", "Xī'ān"),
    ("pinyin", "liù guǐ lüè", "liù guǐ lüè"),
    ("pinyin", "lv4", "lü4"),  # v read as ü; the digit is not pinyin and is kept (policy "keep")
    ("pinyin", "lǜ nǚ", "lǜ nǚ"),
    ("pinyin", "lvè", "lüè"),  # v read as ü
    ("pinyin", "nüè lüè", "nüè lüè"),
    ("pinyin", "MÁO ZÉDŌNG", "MÁO ZÉDŌNG"),
    ("pinyin", "Ēnlái", "Ēnlái"),
    ("pinyin", "pí'ǎo", "pí'ǎo"),
    ("pinyin", "Ńg", "Ńg"),
    # pinyin-numbers: digits 1-5, neutral 5, no apostrophe
    ("pinyin-numbers", "Xī'ān", "Xi1an1"),
    ("pinyin-numbers", "Rénmín rìbào", "Ren2min2 ri4bao4"),
    ("pinyin-numbers", "lǜ", "lü4"),
    ("pinyin-numbers", "péngyou", "peng2you5"),
    # pinyin-plain keeps the apostrophe, drops tones
    ("pinyin-plain", "Qíqíhā'ěr", "Qiqiha'er"),
    ("pinyin-plain", "Xī'ān", "Xi'an"),
    ("pinyin-plain", "Lǚ", "Lü"),
    # Wade-Giles: hyphens inside a word, aspiration apostrophe, ü, yen, e -> o, ih, ssu/tzu
    ("wade-giles", "Qíqíhā'ěr", "Ch'i-ch'i-ha-erh"),
    ("wade-giles", "Yán'ān", "Yen-an"),
    ("wade-giles", "Shěnyáng", "Shen-yang"),
    ("wade-giles", "Xīnhuá", "Hsin-hua"),
    ("wade-giles", "Lǚ Xùn", "Lü Hsün"),
    ("wade-giles", "Zhīshi", "Chih-shih"),
    ("wade-giles", "é", "o"),
    ("wade-giles", "Sìchuān", "Ssu-ch'uan"),
    ("wade-giles", "Zǐgòng", "Tzu-kung"),
    ("wade-giles", "cí", "tz'u"),
    ("wade-giles", "Guǎngdōng", "Kuang-tung"),
    ("wade-giles", "Rénmín rìbào", "Jen-min jih-pao"),
    ("wade-giles", "kēi cēi ruá", "k'ei ts'ei jua"),  # syllables added to the kfcd table
    # Wade-Giles without diacritics
    ("wade-giles-plain", "Qíqíhā'ěr", "Chi-chi-ha-erh"),
    ("wade-giles-plain", "Lǚ Xùn", "Lu Hsun"),
    ("wade-giles-plain", "Yán'ān", "Yen-an"),
    # Wade-Giles strict: ê, ŭ, ʽ, superscript tones, ⁵ for the neutral tone
    ("wade-giles-strict", "Máo Zédōng", "Mao² Tsê²-tung¹"),
    ("wade-giles-strict", "Zhōu Ēnlái", "Chou¹ Ên¹-lai²"),
    ("wade-giles-strict", "Sìchuān", "Ssŭ⁴-chʽuan¹"),
    ("wade-giles-strict", "Hā'ěrbīn", "Ha¹-êrh³-pin¹"),
    ("wade-giles-strict", "xiānsheng", "hsien¹-shêng⁵"),
    # Yale: hyphens, tone on the syllabic r/z, -wun
    ("yale", "Zhīshi", "Jr̄-shr"),
    ("yale", "sì", "sz̀"),
    ("yale", "Hā'ěrbīn", "Hā-ěr-bīn"),
    ("yale", "Máo Zédōng", "Máu Dzé-dūng"),
    ("yale", "lùn", "lwùn"),
    # Zhuyin: first tone unmarked, neutral dot first, syllables spaced
    ("zhuyin", "Hā'ěrbīn", "ㄏㄚ ㄦˇ ㄅㄧㄣ"),
    ("zhuyin", "xiānsheng", "ㄒㄧㄢ ˙ㄕㄥ"),
    ("zhuyin", "Máo Zédōng", "ㄇㄠˊ ㄗㄜˊ ㄉㄨㄥ"),
    ("zhuyin", "hm", "˙ㄏㄇ"),
    # Palladius: joined, ь after -n (нь), ъ after -ng (н) before a vowel, wu -> у, hui -> хуэй
    ("palladius", "Hā'ěrbīn", "Хаэрбинь"),
    ("palladius", "Qíqíhā'ěr", "Цицихаэр"),
    ("palladius", "Yán'ān", "Яньань"),
    ("palladius", "Xī'ān", "Сиань"),
    ("palladius", "Tiān'ānmén", "Тяньаньмэнь"),
    ("palladius", "Shěnyáng", "Шэньян"),
    ("palladius", "Yán Xīshān", "Янь Сишань"),
    ("palladius", "Rénmín rìbào", "Жэньминь жибао"),
    ("palladius", "Dōngběi", "Дунбэй"),
    ("palladius", "Xīnhuá", "Синьхуа"),
    ("palladius", "Huīzhōu", "Хуэйчжоу"),
    ("palladius", "Chángyáng", "Чанъян"),
    ("palladius", "Wú", "У"),
]


@pytest.mark.parametrize(("system_id", "reading", "rendering"), VECTORS, ids=str)
def test_rule_vector(system_id: str, reading: str, rendering: str) -> None:
    assert render(reading, system_id) == rendering


@pytest.mark.parametrize("system_id", ZH_SYSTEMS)
def test_every_table_covers_the_inventory(system_id: str) -> None:
    table = system(system_id).table
    assert inventory() <= set(table), sorted(inventory() - set(table))


def test_errors_policy_on_text_that_is_not_pinyin() -> None:
    reading = "Máo 2x Zédōng"
    assert render(reading, "wade-giles") == "Mao 2x Tse-tung"
    assert render(reading, "wade-giles", errors="ignore") == "Mao  Tse-tung"
    assert render(reading, "wade-giles", errors="replace") == "Mao ?? Tse-tung"
    assert render(reading, "wade-giles", errors=lambda chars: f"<{chars}>") == "Mao <2x> Tse-tung"
    with pytest.raises(UnmappableError) as raised:
        render(reading, "wade-giles", errors="strict")
    assert raised.value.detail["system"] == "wade-giles"


@pytest.mark.parametrize("word", ["Qzx", "毛泽东", "Xi''an", "'an", "Mao!"])
def test_unreadable_words_go_through_the_policy(word: str) -> None:
    with pytest.raises(UnmappableError):
        render(word, "palladius", errors="strict")


def test_a_system_without_a_syllable_uses_the_policy() -> None:
    partial = dataclasses.replace(system("wade-giles"), table={"mao": "mao"})
    assert ENGINE.render("Máo Zédōng", partial, errors="replace") == "Mao ??????"


@settings(max_examples=200, deadline=None)
@given(reading=readings)
def test_pinyin_renders_a_well_formed_reading_unchanged(reading: str) -> None:
    assert render(reading, "pinyin") == reading


@settings(max_examples=200, deadline=None)
@given(reading=readings)
def test_every_system_renders_every_reading_without_leftovers(reading: str) -> None:
    for system_id in ZH_SYSTEMS:
        rendering = render(reading, system_id, errors="strict")
        assert rendering and "?" not in rendering
