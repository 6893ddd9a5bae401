"""Names with a generic qualifier: 哈尔滨市, Shanxi Province, НКВД СССР."""

from __future__ import annotations

import pytest

from termbase.lookup import lookup
from termbase.lookup.qualifiers import without_qualifier, without_title
from termbase.service import Termbase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("哈尔滨市", ("哈尔滨", "市")),
        ("山西省", ("山西", "省")),
        ("Shanxi Province", ("Shanxi", "Province")),
        ("Harbin City", ("Harbin", "City")),
        ("город Хабаровск", ("Хабаровск", "город")),
        ("г. Хабаровск", ("Хабаровск", "г.")),
        ("НКВД СССР", ("НКВД", "СССР")),
        ("통화시", ("통화", "시")),
        ("산둥성", ("산둥", "성")),
        ("第八路軍", ("八路軍", "第")),
        ("第731部隊", ("731部隊", "第")),
        ("POWs", ("POW", "s")),
        ("ГУПВИ НКВД", ("ГУПВИ", "НКВД")),
        ("GUPVI MVD", ("GUPVI", "MVD")),
        ("Mukden (Shenyang)", ("Mukden", "(Shenyang)")),
        ("Harbin(China)", ("Harbin", "(China)")),
    ],
)
def test_qualifiers_are_taken_off(text: str, expected: tuple[str, str]) -> None:
    assert without_qualifier(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "満州",
        "津市",
        "Khabarovsk krai",
        "Karagandinskaya oblast",
        "City",
        "Harbin",
        "시",
        "하시",
        "第一",
        "第",
        "次第",
        "Pows",
        "Ps",
        "USSR",
        "NKVD Regulation",
        "НКВД",
        "(Shenyang)",
    ],
)
def test_names_and_region_words_are_kept(text: str) -> None:
    assert without_qualifier(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("蔣介石委員長", ("蔣介石", "委員長")),
        ("毛泽东主席", ("毛泽东", "主席")),
        ("斯大林大元帅", ("斯大林", "大元帅")),
        ("바실렙스키 원수", ("바실렙스키", "원수")),
        ("generale Okamura Yasuji", ("Okamura Yasuji", "generale")),
        ("maréchal Malinovski", ("Malinovski", "maréchal")),
        ("Маршал Василевский", ("Василевский", "Маршал")),
        ("Ivan Konyev marsall", ("Ivan Konyev", "marsall")),
    ],
)
def test_titles_are_taken_off(text: str, expected: tuple[str, str]) -> None:
    assert without_title(text) == expected


@pytest.mark.parametrize(
    "text", ["主席", "毛主席", "원수", "General", "General Affairs Agency Tokyo", "Okamura Yasuji"]
)
def test_a_title_alone_or_a_name_without_one_is_kept(text: str) -> None:
    """A title with less than two characters of name left is not taken off (毛主席 is a
    by-name); "General Affairs Agency Tokyo" loses "General" only when looked up for persons."""
    expected = ("Affairs Agency Tokyo", "General") if text.startswith("General ") else None
    assert without_title(text) == expected


def test_a_title_taken_off_finds_the_person_as_a_candidate_only(bundled: Termbase) -> None:
    """阎锡山将军 (General Yan Xishan) is no glossary form: the person is offered, not accepted."""
    for query, entry in [("generale Okamura Yasuji", "okamura-yasuji"), ("蔣介石委員長", "chiang-kai-shek")]:
        top = lookup(bundled.index, query).results[0]
        assert top.entry.id == entry and not top.match
        assert "without the title" in top.matched.via
