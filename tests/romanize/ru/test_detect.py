"""Which systems a spelling fits; whether a reading is Cyrillic; the system files themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.romanize import systems
from termbase.romanize.ru import ENGINE, detect
from termbase.romanize.ru.reading import spelling_norm
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
    "ru-de",
    "ru-fr",
    "transliterate-ru",
    *(f"ru-{lang}" for lang in "es it pt pl cs sk hu nl sv nb da fi tr ro hr lv lt ko ja zh".split()),
}
SYLLABIC = {"ru-ko", "ru-ja", "ru-zh"}
SAMPLES = [(s.id, sample.rendering) for s in systems("ru") for sample in s.samples]


@pytest.mark.parametrize(("system_id", "rendering"), SAMPLES, ids=repr)
def test_every_sample_fits_its_own_system(system_id: str, rendering: str) -> None:
    assert system_id in ENGINE.plausible_systems(rendering)


@pytest.mark.parametrize(
    ("text", "fits", "does_not_fit"),
    [
        ("Chruschtschow", {"ru-de"}, {"english-popular", "bgn-pcgn", "ru-fr", "iso9"}),
        ("Lawrenti Berija", {"ru-de"}, {"english-popular", "scholarly", "iso9"}),
        ("Berija", {"ru-de", "scholarly", "transliterate-ru"}, {"english-popular", "bgn-pcgn", "icao"}),
        ("Khrushchev", {"english-popular", "bgn-pcgn", "icao", "ala-lc-plain"}, {"iso9", "ru-de", "ru-fr"}),
        ("Khrouchtchev", {"ru-fr"}, {"ru-de", "iso9", "scholarly"}),
        ("Hruŝëv", {"iso9"}, {"scholarly", "english-popular"}),
        ("Xruščëv", {"scholarly"}, {"iso9", "english-popular"}),
        ("Xrushhyov", {"gost-7.79-b"}, {"iso9", "scholarly", "english-popular"}),
        ("Lavrentiĭ Berii͡a", {"ala-lc"}, {"ala-lc-plain", "icao"}),
        ("Lavrentii Beriia", {"ala-lc-plain", "icao"}, {"ru-de"}),
        ("Lavrentiy Beriya", {"bgn-pcgn", "english-popular"}, {"ala-lc-plain", "icao", "ru-de"}),
        ("Yuryev", {"english-popular"}, {"bgn-pcgn"}),
        ("Yurʼyev", {"bgn-pcgn"}, {"english-popular"}),
        ("Zagorul’ko", {"ala-lc-plain", "iso9"}, {"english-popular", "ru-de", "icao"}),
        ("Chruszczow", {"ru-pl"}, {"ru-cs", "ru-de", "english-popular"}),
        ("Ławrientij", {"ru-pl"}, {"ru-cs", "scholarly"}),
        ("Chruščov", {"ru-cs", "ru-sk"}, {"scholarly", "ru-hr", "ru-pl"}),
        ("Brežněv", {"ru-cs"}, {"ru-sk", "ru-hr"}),
        ("Hruščov", {"ru-hr"}, {"ru-cs", "ru-fi"}),
        ("Hruštšov", {"ru-fi"}, {"ru-hr", "ru-cs"}),
        ("Nyikita Hruscsov", {"ru-hu"}, {"ru-cs", "english-popular"}),
        ("Chrusjtjov", {"ru-sv"}, {"ru-nb", "ru-nl", "ru-da"}),
        ("Khrusjtsjov", {"ru-nb"}, {"ru-sv", "ru-nl"}),  # Danish too, as хруштсёв
        ("Khrusjtjov", {"ru-da"}, {"ru-sv", "ru-nl"}),  # Norwegian too, as хружтёв
        ("Chroesjtsjov", {"ru-nl"}, {"ru-de", "ru-da", "ru-cs"}),  # Swedish too, as хроэштсёв
        ("Hruşçov", {"ru-tr"}, {"ru-hr", "ru-ro"}),
        ("Hrușciov", {"ru-ro"}, {"ru-tr"}),
        ("Hruščovs", {"ru-lv"}, {"ru-lt", "ru-hr"}),
        ("Chruščiovas", {"ru-lt"}, {"ru-lv"}),
        ("Jruschov", {"ru-es"}, {"ru-pt", "ru-fr"}),
        ("Khruchtchev", {"ru-pt"}, {"ru-fr", "ru-es"}),
        ("Chruščëv", {"ru-it"}, {"scholarly", "iso9"}),
        ("흐루쇼프", {"ru-ko"}, {"ru-ja", "iso9"}),
        ("フルシチョフ", {"ru-ja"}, {"ru-ko"}),
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
    assert system.lang == "ru" and system.target == (
        "ru-Latn" if system.id not in SYLLABIC else system.text_lang
    )
    assert len(system.samples) >= 5
    for sample in system.samples:
        derived = "derived" in sample.note
        assert sample.source.startswith(("Article (seed)", "Output of")) or not derived


@pytest.mark.parametrize("system", systems("ru"), ids=lambda s: s.id)
def test_every_system_is_documented(system) -> None:  # type: ignore[no-untyped-def]
    assert f"`{system.id}`" in DOCS.read_text(encoding="utf-8")


# --- the stepwise search agrees with its definition --------------------------------------

_REAL = Path(__file__).parent / "data" / "real_spellings.tsv"
_WORDS = sorted(
    {
        word
        for line in _REAL.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
        for word in detect._WORD.findall(line.split("\t")[0])
    }
    | {word for _, rendering in SAMPLES for word in detect._WORD.findall(rendering)}
)
_LATIN = {sid: reader for sid, reader in ENGINE._detect.items() if sid in ENGINE._spelling.stepwise}


def _both(word: str, system_id: str) -> tuple[bool | None, bool]:
    reader, spelling = ENGINE._detect[system_id], ENGINE._spelling
    target = spelling_norm(word)
    table = spelling.stepwise[system_id]
    return (
        detect._fits_stepwise(target, reader, table, spelling.norms),
        detect._fits_by_readings(target, system_id, reader, spelling),
    )


@pytest.mark.parametrize("system_id", sorted(_LATIN))
def test_stepwise_fit_is_the_fit_by_readings_on_real_words(system_id: str) -> None:
    """Every word of the cited real spellings and of the systems' samples, in every system:
    the stepwise search answers what spelling every reading again answers (or declines)."""
    checked = fitted = 0
    for word in _WORDS:
        if not ENGINE._detect[system_id].alphabet.issuperset(spelling_norm(word)):
            continue
        stepwise, by_readings = _both(word, system_id)
        if stepwise is not None:
            assert stepwise == by_readings, word
            checked += 1
            fitted += stepwise
    assert checked and fitted  # the comparison saw words that fit and words that do not
    assert fitted < checked


@given(st.text(alphabet="abcdefghijklmnoprstuvyzčšžʹʺ'’", min_size=1, max_size=9))
@settings(max_examples=300, deadline=None)
def test_stepwise_fit_is_the_fit_by_readings_on_any_latin(word: str) -> None:
    for system_id, reader in _LATIN.items():
        if reader.alphabet.issuperset(spelling_norm(word)):
            stepwise, by_readings = _both(word, system_id)
            assert stepwise in (None, by_readings), (word, system_id)
