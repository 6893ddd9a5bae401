"""Russian renderings: every context rule, ё and е, capitals, the errors policy, hostile input."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from transliterate import translit

from termbase.errors import UnknownSystemError, UnmappableError
from termbase.romanize import get_system, render, systems
from termbase.romanize.ru import ENGINE
from termbase.romanize.ru.render import render_table
from termbase.romanize.ru.rules import compile_table
from termbase.romanize.system import System
from tests.romanize.ru.strategies import words

# (system, reading, rendering, the rule the vector exercises)
RULES = [
    ("bgn-pcgn", "Елена", "Yelena", "е word-initially"),
    ("bgn-pcgn", "Чапаевск", "Chapayevsk", "е after a vowel"),
    ("bgn-pcgn", "Мейеровка", "Meyyerovka", "е after й"),
    ("bgn-pcgn", "Подъезд", "Podˮyezd", "е after ъ"),
    ("bgn-pcgn", "Белкино", "Belkino", "е after a consonant"),
    ("bgn-pcgn", "Ёлкино", "Yëlkino", "ё word-initially"),
    ("bgn-pcgn", "Озёрный", "Ozërnyy", "ё after a consonant"),
    ("bgn-pcgn", "Воробьёво", "Vorobʼyëvo", "ё after ь"),
    ("bgn-pcgn", "Айёган", "Ayyëgan", "ё after й"),
    ("bgn-pcgn", "Тыайа", "Ty·ay·a", "ы and й before а"),
    ("bgn-pcgn", "Суык", "Su·yk", "ы after a vowel"),
    ("bgn-pcgn", "Улан-Удэ", "Ulan-Ud·e", "э after a consonant"),
    ("bgn-pcgn", "Электрогорск", "Elektrogorsk", "э word-initially"),
    ("bgn-pcgn", "Братск", "Brat·sk", "тс"),
    ("bgn-pcgn", "Ташчишма", "Tash·chishma", "шч"),
    ("english-popular", "Евгений", "Yevgeny", "е word-initially, final -ий"),
    ("english-popular", "Грозный", "Grozny", "final -ый"),
    ("english-popular", "Бийск", "Biysk", "-ий not final"),
    ("english-popular", "Ильич", "Ilyich", "ь before a plain vowel"),
    ("english-popular", "Юрьев", "Yuryev", "ь before an iotated vowel"),
    ("english-popular", "Выхухоль", "Vykhukhol", "ь at the end"),
    ("english-popular", "Майер", "Mayer", "е after й"),
    ("english-popular", "Пётр", "Pyotr", "ё after a consonant"),
    ("english-popular", "Хрущёв", "Khrushchyov", "ё after щ"),
    ("english-popular", "Хрущев", "Khrushchev", "е printed for ё"),
    ("german", "Василий", "Wassili", "в, с between vowels, final -ий"),
    ("german", "Пётр", "Pjotr", "ё after a consonant"),
    ("german", "Горбачёв", "Gorbatschow", "ё after ч"),
    ("german", "Йошкар-Ола", "Joschkar-Ola", "й word-initially"),
    ("german", "Чуйков", "Tschuikow", "й between vowel and consonant"),
    ("german", "Новороссийск", "Noworossijsk", "-ий before a consonant"),
    ("german", "Грозный", "Grosny", "з, final -ый"),
    ("german", "Алексей", "Alexei", "кс"),
    ("german", "Ильич", "Iljitsch", "ь before и"),
    ("german", "Щукин", "Schtschukin", "щ"),
    ("german", "Жуков", "Schukow", "ж"),
    ("german", "Цой", "Zoi", "ц, final й after a vowel"),
    ("french", "Георгий", "Gueorgui", "г before е and и, final -ий"),
    ("french", "Киев", "Kiev", "е after и"),
    ("french", "Дудаев", "Doudaïev", "у, е after a vowel"),
    ("french", "Екатеринбург", "Iekaterinbourg", "е word-initially"),
    ("french", "Васильев", "Vassiliev", "с between vowels, е after ь"),
    ("french", "Михаил", "Mikhaïl", "и after a vowel"),
    ("french", "Гагарин", "Gagarine", "final -ин"),
    ("french", "Калининград", "Kaliningrad", "-ин not final"),
    ("french", "Солженицын", "Soljenitsyne", "ж, final -ын"),
    ("french", "Берия", "Beria", "я after и"),
    ("french", "Ярослав", "Iaroslav", "я word-initially"),
    ("french", "Юрий", "Iouri", "ю"),
    ("french", "Хрущёв", "Khrouchtchiov", "щ, ё"),
    ("gost-7.79-b", "Царица", "Czaricza", "ц: cz before а"),
    ("gost-7.79-b", "Цирк", "Cirk", "ц: c before и"),
    ("gost-7.79-b", "Цыган", "Cy`gan", "ц before ы"),
    ("gost-7.79-b", "Цех", "Cex", "ц before е, х"),
    ("gost-7.79-b", "Цюрих", "Czyurix", "ц before ю"),
    ("gost-7.79-b", "Эхо", "E`xo", "э"),
    ("gost-7.79-b", "Объём", "Ob``yom", "ъ, ё"),
    ("iso9", "Объём", "Obʺëm", "ъ, ё"),
    ("iso9", "Эхо", "Èho", "э, х"),
    ("iso9", "Щука", "Ŝuka", "щ"),
    ("iso9", "Юлия", "Ûliâ", "ю, я"),
    ("icao", "Объём", "Obieem", "ъ, ё"),
    ("icao", "Ильин", "Ilin", "ь dropped"),
    ("ala-lc", "Юлия", "I͡ulii͡a", "ligature ties"),
    ("ala-lc", "Эйзенштейн", "Ėĭzenshteĭn", "э, й"),
    ("ala-lc", "Цой", "T͡soĭ", "ц"),
    ("ala-lc-plain", "Цой", "Tsoi", "ц, й"),
    ("ala-lc-plain", "Объём", "Ob”em", "ъ, ё"),
    ("scholarly", "Щукин", "Ščukin", "щ"),
    ("scholarly", "Хрущёв", "Xruščëv", "х"),
    ("transliterate-ru", "Щукин", "Schukin", "щ"),
    ("transliterate-ru", "Хрущёв", "Hruschev", "х, ё"),
]


@pytest.mark.parametrize(
    ("system_id", "reading", "rendering", "rule"), RULES, ids=[f"{r[0]}:{r[1]}" for r in RULES]
)
def test_context_rules(system_id: str, reading: str, rendering: str, rule: str) -> None:
    assert render(reading, system_id) == rendering, rule


@pytest.mark.parametrize(
    ("system_id", "with_yo", "with_e"),
    [
        ("bgn-pcgn", "Khrushchëv", "Khrushchev"),
        ("ala-lc", "Khrushchëv", "Khrushchev"),
        ("english-popular", "Khrushchyov", "Khrushchev"),
        ("german", "Chruschtschow", "Chruschtschew"),
        ("french", "Khrouchtchiov", "Khrouchtchev"),
        ("iso9", "Hruŝëv", "Hruŝev"),
        ("gost-7.79-b", "Xrushhyov", "Xrushhev"),
        ("icao", "Khrushchev", "Khrushchev"),
        ("ala-lc-plain", "Khrushchev", "Khrushchev"),
        ("transliterate-ru", "Hruschev", "Hruschev"),
    ],
)
def test_yo_and_e_spellings(system_id: str, with_yo: str, with_e: str) -> None:
    assert render("Хрущёв", system_id) == with_yo
    assert render("Хрущев", system_id) == with_e


@pytest.mark.parametrize(
    ("system_id", "reading", "rendering"),
    [
        ("bgn-pcgn", "НКВД СССР", "NKVD SSSR"),
        ("bgn-pcgn", "ЩУКИН", "SHCHUKIN"),
        ("bgn-pcgn", "ЁЛКИНО", "YËLKINO"),
        ("ala-lc", "ЮЛИЯ", "I͡ULII͡A"),
        ("german", "ГУПВИ", "GUPWI"),
        ("transliterate-ru", "ЮЛИЯ", "JULIJA"),
        ("bgn-pcgn", "Ю. Андропов", "Yu. Andropov"),
        ("bgn-pcgn", "Я", "Ya"),
        ("bgn-pcgn", "нКВД", "nKVD"),
        ("bgn-pcgn", "щукин", "shchukin"),
        ("iso9", "ЩУКА", "ŜUKA"),
    ],
)
def test_case_follows_the_cyrillic(system_id: str, reading: str, rendering: str) -> None:
    assert render(reading, system_id) == rendering


@pytest.mark.parametrize(
    ("reading", "rendering"),
    [
        ("Т-34", "T-34"),
        ("«Правда», 1945 г.", "«Pravda», 1945 g."),
        ("Ростов-на-Дону", "Rostov-na-Donu"),
        ("Бе́рия", "Beriya"),  # stress accent dropped
        ("Хрущёв", "Khrushchëv"),  # decomposed ё (е + U+0308)
        ("", ""),
        ("  Берия\t", "  Beriya\t"),
    ],
)
def test_everything_but_letters_passes_through(reading: str, rendering: str) -> None:
    assert render(reading, "bgn-pcgn") == rendering


def test_errors_policy_on_letters_no_table_maps() -> None:
    reading = "Lavrentiy Берия, Київ"
    assert render(reading, "bgn-pcgn") == "Lavrentiy Beriya, Kiїv"
    assert render(reading, "bgn-pcgn", errors="ignore") == " Beriya, Kiv"
    assert render(reading, "bgn-pcgn", errors="replace") == "????????? Beriya, Ki?v"
    assert render(reading, "bgn-pcgn", errors=lambda chars: f"[{chars}]") == "[Lavrentiy] Beriya, Ki[ї]v"
    with pytest.raises(UnmappableError) as caught:
        render(reading, "bgn-pcgn", errors="strict")
    assert caught.value.detail["system"] == "bgn-pcgn"


def test_errors_policy_in_the_transliterate_scheme() -> None:
    assert render("Київ", "transliterate-ru", errors="replace") == "Ki?v"
    with pytest.raises(UnmappableError):
        render("Berija", "transliterate-ru", errors="strict")


HOSTILE = ["\x00", "\u202eБерия", "🙂Берия", "Бери\ud800я", "а\u0308", "ǅ", "Берия" * 20_000]


@pytest.mark.parametrize("reading", HOSTILE, ids=lambda r: repr(r[:12]))
def test_hostile_readings_render_without_surprises(reading: str) -> None:
    for system in systems("ru"):
        assert isinstance(render(reading, system.id), str)


def test_a_callers_own_variant_of_a_system_leaves_the_engine_alone() -> None:
    bgn = get_system("bgn-pcgn")
    plain = dataclasses.replace(bgn, table={**bgn.table, "ь": "", "ъ": ""})
    assert ENGINE.render("Юрьев", plain) == "Yuryev"
    assert ENGINE.render("Юрьев", bgn) == "Yurʼyev"


def test_capital_overrides_in_a_table() -> None:
    lc = get_system("ala-lc")
    capitals = dataclasses.replace(lc, table={**lc.table, "Я": "I͡A"})
    assert ENGINE.render("Яковлев", capitals) == "I͡Akovlev"
    assert ENGINE.render("Яковлев", lc) == "I͡akovlev"


def test_a_system_of_another_language_is_refused() -> None:
    other = System(id="x-ja", lang="ja", target="ja-Latn", name="x", authority="x")
    with pytest.raises(UnknownSystemError):
        ENGINE.render("Берия", other)


@pytest.mark.parametrize(
    "table",
    [
        {"е": {"sideways:x": "e"}},
        {"е": {"after:nonsense": "e"}},
        {"q": "q"},
        {"Ий": "Iy"},
        {"е": 5},
    ],
)
def test_malformed_tables_are_refused_with_the_system_named(table: dict[str, object]) -> None:
    system = System(id="broken", lang="ru", target="ru-Latn", name="x", authority="x", table=table)
    with pytest.raises(ValueError, match="broken"):
        compile_table(system)


@settings(max_examples=200, deadline=None)
@given(word=words())
def test_the_transliterate_table_says_what_the_library_does(word: str) -> None:
    system = get_system("transliterate-ru")
    table = compile_table(system)
    by_library = str(translit(word, "ru", reversed=True))
    by_table = render_table(word, table, system=system.id, errors="keep")
    assert by_table.lower() == by_library.lower()
    assert render(word, system.id).lower() == by_library.lower()
