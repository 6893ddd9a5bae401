"""Names with a generic qualifier: 哈尔滨市, Shanxi Province, НКВД СССР."""

from __future__ import annotations

import pytest

from termbase.lookup.qualifiers import without_qualifier


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
