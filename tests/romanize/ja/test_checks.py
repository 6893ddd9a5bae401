"""Reading checks, system detection and machine readings."""

from __future__ import annotations

import pytest

from termbase.romanize.ja import ENGINE


@pytest.mark.parametrize(
    "reading",
    [
        "のさか さんぞう",
        "しお-うら",
        "ラーメン",
        "ヨシフ・スターリン",
        "すゞき",
        "は",
        "ん",
        "ﾉｻｶ",
        "っか",
        "ほん を よむ",
    ],
)
def test_well_formed_readings_pass(reading: str) -> None:
    assert ENGINE.check_reading(reading) is None


@pytest.mark.parametrize(
    ("reading", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (" のさか", "single spaces"),
        ("のさか  さんぞう", "single spaces"),
        ("のさか\tさんぞう", "single spaces"),
        ("野坂 さんぞう", "not kana"),
        ("Nosaka", "not kana"),
        ("のさか★", "U+2605"),
        ("-しお", "boundary"),
        ("しお-", "boundary"),
        ("しお--うら", "boundary"),
        ("ゃく", "small"),
        ("あっ", "っ"),
        ("あっあ", "っ"),
        ("ーあ", "ー"),
        ("んー", "ー"),
        ("か゛", "not kana"),
    ],
)
def test_malformed_readings_say_why_in_one_line(reading: str, reason: str) -> None:
    why = ENGINE.check_reading(reading)
    assert why is not None and reason in why and "\n" not in why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tyûkiren", {"kunrei", "nihon-shiki"}),
        ("Sigeru Yosida", {"kunrei", "nihon-shiki"}),
        ("shimbun", {"hepburn-traditional", "passport"}),
        ("Nosaka Sanzō", {"hepburn-modified", "hepburn-traditional"}),
        ("Nosaka Sanzô", {"hepburn-circumflex", "kunrei", "nihon-shiki"}),
        ("Sanzou", {"wapuro"}),
        ("Satoh", {"passport"}),
        ("Ken-ichi", {"hepburn-traditional"}),
        ("kanadukai", {"nihon-shiki", "wapuro"}),
        ("Hatchō", {"hepburn-modified", "hepburn-traditional"}),
        ("Носака Сандзо", {"polivanov", "ja-uk", "ja-sr"}),
        ("Носака Сандзо Кэнъити", {"polivanov"}),
        ("Šinzó Abe", {"ja-cs", "ja-sk"}),
        ("Abe Sinzó", {"ja-hu"}),
        ("Tódzsó Hideki", {"ja-hu"}),
        ("Tódžó Hideki", {"ja-cs", "ja-sk"}),
        ("Kodzsima Hideo", {"ja-hu"}),
        ("Rjuići Tanabe", {"ja-hr"}),
        ("Шинзо Абе", {"ja-sr"}),
        ("Тодзьо Хідекі", {"ja-uk"}),
        ("도조 히데키", {"ja-ko"}),
        ("Honsiu", {"kunrei", "nihon-shiki", "ja-pl", "ja-hu"}),
    ],
)
def test_plausible_systems(text: str, expected: set[str]) -> None:
    assert set(ENGINE.plausible_systems(text)) == expected


def test_plain_spelling_fits_every_latin_system() -> None:
    latin = {s.id for s in ENGINE.systems if s.target.endswith("Latn")}
    assert set(ENGINE.plausible_systems("Nosaka Sanzo")) == latin


@pytest.mark.parametrize("text", ["のさか", "Stalin", "Хрущёв", "Хирошимы", "野坂参三", "", "123", "한국"])
def test_no_system_for_kana_unreadable_or_unjapanese_text(text: str) -> None:
    assert ENGINE.plausible_systems(text) == ()


def test_a_spelling_without_the_marks_of_a_system_is_listed_most_usual_system_first() -> None:
    # "Nihon shinbun" has no long vowel: every Hepburn variant spells it so; the ranking puts
    # the usual one first, so a match on it is named for modified Hepburn, not circumflexes.
    fits = ENGINE.plausible_systems("Nihon shinbun")
    assert fits[0] == "hepburn-modified" and "hepburn-circumflex" in fits
    assert not {"ja-cs", "ja-hu", "kunrei", "passport", "hepburn-traditional"} & set(fits)


def test_systems_are_ranked_usual_hepburn_first() -> None:
    ids = [s.id for s in ENGINE.systems]
    assert ids[:3] == ["hepburn-modified", "hepburn-plain", "passport"]
    assert ids.index("hepburn-circumflex") > ids.index("kunrei")


def test_machine_reading_is_a_spaced_kana_reading() -> None:
    assert ENGINE.machine_reading("東京") == "とうきょう"
    guessed = ENGINE.machine_reading("野坂参三")
    assert guessed is not None and ENGINE.check_reading(guessed) is None and " " in guessed


def test_machine_reading_keeps_what_it_cannot_read_for_the_errors_policy() -> None:
    assert ENGINE.machine_reading("のさか★") == "のさか ★"


@pytest.mark.parametrize("text", ["Stalin", "", "123", "Хрущёв"])
def test_no_machine_reading_without_japanese(text: str) -> None:
    assert ENGINE.machine_reading(text) is None


def test_machine_readings_of_names_can_be_wrong_which_is_why_they_only_propose() -> None:
    assert ENGINE.machine_reading("後宮淳") != "うしろく じゅん"  # the glossary's reading (Ushiroku Jun)
