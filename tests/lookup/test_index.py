"""What the index keys besides the forms as written."""

from __future__ import annotations

import pytest

from termbase.lookup import Tier
from termbase.lookup.build import main_title
from termbase.lookup.index import without_patronymic
from termbase.service import Termbase


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Иосиф Виссарионович Сталин", "Иосиф Сталин"),
        ("Елена Леонидовна Катасонова", "Елена Катасонова"),
        ("Вениамин Фёдорович Зима", "Вениамин Зима"),
        ("Анна Ильинична Петрова", "Анна Петрова"),
    ],
)
def test_a_patronymic_is_left_out(name: str, short: str) -> None:
    assert without_patronymic(name) == short


@pytest.mark.parametrize("name", ["Иосиф Сталин", "Мао Цзэдун", "Союз Советских Социалистических Республик"])
def test_other_names_have_no_short_form(name: str) -> None:
    assert without_patronymic(name) is None


@pytest.mark.parametrize("query", ["Iosif Stalin", "Иосиф Сталин", "Stalin Iosif", "Veniamin Zima"])
def test_a_russian_name_without_its_patronymic_is_a_match(bundled: Termbase, query: str) -> None:
    hit = bundled.lookup(query).results[0]
    assert hit.entry.kind.value == "person" and hit.match and hit.tier <= Tier.PHONETIC


def test_the_index_remembers_folds_for_itself(bundled: Termbase) -> None:
    from termbase.lookup.index import FOLD_MEMO
    from termbase.romanize import fold

    index = bundled.index
    index.folded.clear()
    assert index.folded("Ha'erbin") == fold("Ha'erbin") == "haerbin"
    bundled.lookup("Nosaka Sanzō")
    assert len(index.folded) >= 2  # the query's fold, kept by this index only
    assert index.folded.maxsize == FOLD_MEMO


@pytest.mark.parametrize(
    ("title", "main"),
    [
        ("Yaponskie voennoplennye v SSSR: bol'shaya igra velikikh derzhav", "Yaponskie voennoplennye v SSSR"),
        ("Японские военнопленные в СССР: большая игра великих держав", "Японские военнопленные в СССР"),
        ("シベリア抑留者たちの戦後：冷戦下の世論と運動", "シベリア抑留者たちの戦後"),
    ],
)
def test_a_title_has_its_main_title(title: str, main: str) -> None:
    assert main_title(title) == main


@pytest.mark.parametrize(
    "title", ["Horyo: a memoir", "Плен: воспоминания", "抑留：記録", "Shiberia horyo shūyōjo"]
)
def test_one_word_or_no_subtitle_is_no_main_title(title: str) -> None:
    assert main_title(title) is None


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("Iaponskie voennoplennye v SSSR", "katasonova-yaponskie-voennoplennye"),
        ("Японские военнопленные в СССР", "katasonova-yaponskie-voennoplennye"),
        ("シベリア抑留者たちの戦後", "tomita-shiberia-yokuryusha-tachi-no-sengo"),
    ],
)
def test_a_work_is_found_by_its_main_title(bundled: Termbase, query: str, entry_id: str) -> None:
    assert bundled.lookup(query).results[0].entry.id == entry_id
