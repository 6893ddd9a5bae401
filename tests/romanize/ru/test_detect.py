"""Which systems a spelling fits; whether a reading is Cyrillic; the system files themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.romanize import systems
from termbase.romanize.ru import ENGINE
from termbase.romanize.ru.rules import compile_table
from termbase.romanize.ru.text import RUSSIAN_LOWER

DOCS = Path(__file__).parents[3] / "docs" / "romanization" / "ru.md"
IDS = {
    "ala-lc",
    "ala-lc-plain",
    "bgn-pcgn",
    "iso9",
    "gost-7.79-b",
    "icao",
    "scholarly",
    "english-popular",
    "german",
    "french",
    "transliterate-ru",
}
SAMPLES = [(s.id, sample.rendering) for s in systems("ru") for sample in s.samples]


@pytest.mark.parametrize(("system_id", "rendering"), SAMPLES, ids=repr)
def test_every_sample_fits_its_own_system(system_id: str, rendering: str) -> None:
    assert system_id in ENGINE.plausible_systems(rendering)


@pytest.mark.parametrize(
    ("text", "fits", "does_not_fit"),
    [
        ("Chruschtschow", {"german"}, {"english-popular", "bgn-pcgn", "french", "iso9"}),
        ("Lawrenti Berija", {"german"}, {"english-popular", "scholarly", "iso9"}),
        ("Berija", {"german", "scholarly", "transliterate-ru"}, {"english-popular", "bgn-pcgn", "icao"}),
        ("Khrushchev", {"english-popular", "bgn-pcgn", "icao", "ala-lc-plain"}, {"iso9", "german", "french"}),
        ("Khrouchtchev", {"french"}, {"german", "iso9", "scholarly"}),
        ("Hruŝëv", {"iso9"}, {"scholarly", "english-popular"}),
        ("Xruščëv", {"scholarly"}, {"iso9", "english-popular"}),
        ("Xrushhyov", {"gost-7.79-b"}, {"iso9", "scholarly", "english-popular"}),
        ("Lavrentiĭ Berii͡a", {"ala-lc"}, {"ala-lc-plain", "icao"}),
        ("Lavrentii Beriia", {"ala-lc-plain", "icao"}, {"german"}),
        ("Lavrentiy Beriya", {"bgn-pcgn", "english-popular"}, {"ala-lc-plain", "icao", "german"}),
        ("Yuryev", {"english-popular"}, {"bgn-pcgn"}),
        ("Yurʼyev", {"bgn-pcgn"}, {"english-popular"}),
        ("Zagorul’ko", {"ala-lc-plain", "iso9"}, {"english-popular", "german", "icao"}),
    ],
)
def test_plausible_systems(text: str, fits: set[str], does_not_fit: set[str]) -> None:
    found = set(ENGINE.plausible_systems(text))
    assert fits <= found
    assert not does_not_fit & found


@pytest.mark.parametrize("text", ["Лаврентий Берия", "", "   ", "1945", "贝利亚", "Berija Берия"])
def test_cyrillic_or_letterless_text_fits_no_system(text: str) -> None:
    assert ENGINE.plausible_systems(text) == ()


@pytest.mark.parametrize(
    "reading",
    ["Лаврентий Берия", "Ростов-на-Дону", "«Правда», № 5 (1945)", "Т-34", "Бе́рия", "ГУПВИ НКВД", "Хрущёв"],
)
def test_cyrillic_readings_are_well_formed(reading: str) -> None:
    assert ENGINE.check_reading(reading) is None


@pytest.mark.parametrize(
    ("reading", "reason"),
    [
        ("", "empty"),
        ("  ", "empty"),
        ("1945", "no Cyrillic letter"),
        ("Lavrentii Beria", "'L' (U+004C) is not a Cyrillic letter"),
        ("Беpия", "'p' (U+0070) is not a Cyrillic letter"),
        ("Київ", "'ї' (U+0457) is not in the modern Russian alphabet"),
        ("Мiръ", "'i' (U+0069)"),
        ("Міръ", "'і' (U+0456) is not in the modern Russian alphabet"),
        ("Бе\u0323рия", "combining mark"),
        ("Бе\u0306рия", "'ӗ' (U+04D7) is not in the modern Russian alphabet"),
        ("Берия\x00", "control"),
        ("贝利亚", "is not a Cyrillic letter"),
    ],
)
def test_other_readings_get_a_one_line_reason(reading: str, reason: str) -> None:
    found = ENGINE.check_reading(reading)
    assert found is not None
    assert reason in found
    assert "\n" not in found


def test_machine_reading_is_never_needed() -> None:
    assert ENGINE.machine_reading("Берия") is None


def test_the_system_ids_other_code_refers_to() -> None:
    assert {s.id for s in systems("ru")} == IDS


@pytest.mark.parametrize("system", systems("ru"), ids=lambda s: s.id)
def test_every_system_spells_every_letter_and_cites_its_samples(system) -> None:  # type: ignore[no-untyped-def]
    table = compile_table(system)
    assert set(RUSSIAN_LOWER) <= set(table.entries)
    assert system.lang == "ru" and system.target == "ru-Latn"
    assert len(system.samples) >= 5
    for sample in system.samples:
        derived = "derived" in sample.note
        assert sample.source.startswith(("Article (seed)", "Output of")) or not derived


@pytest.mark.parametrize("system", systems("ru"), ids=lambda s: s.id)
def test_every_system_is_documented(system) -> None:  # type: ignore[no-untyped-def]
    assert f"`{system.id}`" in DOCS.read_text(encoding="utf-8")
