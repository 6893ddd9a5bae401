"""Names in no glossary written several ways: candidates, clusters by phonetic keys, proposals."""

from __future__ import annotations

import pytest

from termbase.editor import Checked, HouseStyle, check_text, load_style
from termbase.editor.html import html_report
from termbase.editor.text import Document
from termbase.editor.unknown import candidates, name_keys
from termbase.service import Termbase
from termbase.wire import check_response, to_json
from tests.editor.conftest import ARTICLE

TEXT = (
    "Sakurai Tarō wrote first. Later Taro Sakurai replied, and Sakurai Taroo signed.\n"
    "Chou Hsin-min and Zhou Xinmin are one man; Mao Tse-tung met Kowalenko (Kovalenko).\n"
    "The town of An-shan, or Anshan, lay south. Iwan Petrow and Иван Петров were one man.\n"
    "Smith and Smyth, London and Londres, The Daily Worker and Pravda are not.\n"
)


def _unknown(house: Termbase, style: HouseStyle) -> dict[str, tuple[tuple[str, int], ...]]:
    return {g.proposed: g.variants for g in check_text(house.gazetteer, TEXT, style).unknown}


def test_variants_of_one_unknown_name_are_clustered(house: Termbase, scholarly: HouseStyle) -> None:
    assert _unknown(house, scholarly) == {
        "Sakurai Tarō": (("Sakurai Tarō", 1), ("Taro Sakurai", 1), ("Sakurai Taroo", 1)),
        "Zhou Xinmin": (("Chou Hsin-min", 1), ("Zhou Xinmin", 1)),
        "Kovalenko": (("Kowalenko", 1), ("Kovalenko", 1)),
        "An-shan": (("An-shan", 1), ("Anshan", 1)),  # both fit pinyin: the first seen
        "Iwan Petrow": (("Iwan Petrow", 1), ("Иван Петров", 1)),
    }


def test_the_proposal_follows_the_house_style(house: Termbase) -> None:
    legacy = _unknown(house, load_style("legacy-wade-giles"))
    assert "Chou Hsin-min" in legacy and "Zhou Xinmin" not in legacy


def test_places_are_line_and_column_of_each_spelling(house: Termbase, scholarly: HouseStyle) -> None:
    group = next(g for g in check_text(house.gazetteer, TEXT, scholarly).unknown if g.proposed == "An-shan")
    assert group.places == ((3, 13, "An-shan"), (3, 25, "Anshan"))


def test_glossary_names_and_english_words_are_no_candidates(house: Termbase, scholarly: HouseStyle) -> None:
    result = check_text(house.gazetteer, TEXT, scholarly)
    spans = [(m.start, m.end) for m in result.linked]
    found = {c.text for c in candidates(Document(TEXT), spans)}
    assert "Mao Tse-tung" not in found and "Mao" not in found
    assert "Taro Sakurai" in found and "Later Taro Sakurai" not in found  # a sentence's first word is cut
    assert not found & {"The Daily Worker", "Daily Worker", "The"}


def test_keys_cover_both_name_orders() -> None:
    assert name_keys("Taro Sakurai") & name_keys("Sakurai Tarō")
    assert name_keys("Kowalenko") & name_keys("Kovalenko")
    assert not name_keys("London") & name_keys("Londres")


@pytest.mark.skipif(not ARTICLE.is_file(), reason="the seed article is not beside the repository")
def test_the_article_has_no_false_cluster(bundled: Termbase, scholarly: HouseStyle) -> None:
    result = bundled.check(ARTICLE.read_text(encoding="utf-8"), scholarly).result
    assert result.unknown == ()


def test_unknown_names_reach_json_and_the_html_report(house: Termbase, scholarly: HouseStyle) -> None:
    result = check_text(house.gazetteer, TEXT, scholarly)
    data = to_json(check_response(Checked(result)))
    assert data["summary"]["unknown"] == len(data["unknown"]) == 5
    assert data["unknown"][1] == {
        "proposed": "Zhou Xinmin",
        "variants": [{"form": "Chou Hsin-min", "count": 1}, {"form": "Zhou Xinmin", "count": 1}],
        "places": [
            {"line": 2, "column": 1, "found": "Chou Hsin-min"},
            {"line": 2, "column": 19, "found": "Zhou Xinmin"},
        ],
    }
    page = html_report(result, title="t")
    assert (
        "<strong>Zhou Xinmin</strong> (proposed): <q>Chou Hsin-min</q> ×1, "
        "<q>Zhou Xinmin</q> ×1 — at 2:1, 2:19" in page
    )
    assert "<q>Иван Петров</q> ×1" in page


def test_han_runs_join_by_their_chinese_reading_only(house: Termbase, scholarly: HouseStyle) -> None:
    text = "Zheng Xiaoxu (鄭孝胥; Japanese Tei Kōsho), or Cheng Hsiao-hsu, was premier.\n"
    groups = check_text(house.gazetteer, text, scholarly).unknown
    assert [g.variants for g in groups] == [(("Zheng Xiaoxu", 1), ("鄭孝胥", 1), ("Cheng Hsiao-hsu", 1))]
    assert groups[0].proposed == "Zheng Xiaoxu"  # a Latin spelling, never the machine reading


def test_abbreviations_and_lists_are_no_names(house: Termbase, scholarly: HouseStyle) -> None:
    text = "Lt-General Sato and Lt General Kato. Puyi, Pujie, Xi Qia were held.\n"
    found = {c.text for c in candidates(Document(text), [])}
    assert "Lt-General" not in found and "Lt General" not in found
    assert {"Pujie", "Xi Qia"} <= found and "Pujie Xi Qia" not in found


def test_a_hyphen_joins_a_syllable_not_a_noun(bundled: Termbase) -> None:
    text = "de nederlaag van het leger door de Sovjet-troepen. Zij gaven zich over aan de Sovjettroepen."
    spellings = {s for group in bundled.check(text).result.unknown for s, _ in group.variants}
    assert "Sovjet-troepen" not in spellings  # Dutch for Soviet troops: no name


def test_a_japanese_name_in_han_with_a_space_is_read_as_japanese(
    house: Termbase, scholarly: HouseStyle
) -> None:
    # "By Toshio Kurihara [栗原 俊雄]" (japansociety.org.uk review 302): family and given name
    # a space apart, as Japanese sets them (Chinese writes none), read by the Japanese reading.
    text = "Review of a book by Toshio Kurihara [栗原 俊雄], 2009."
    groups = check_text(house.gazetteer, text, scholarly).unknown
    assert [g.variants for g in groups] == [(("Toshio Kurihara", 1), ("栗原 俊雄", 1))]
    assert [c.text for c in candidates(Document(text), [])] == ["Toshio Kurihara", "栗原 俊雄"]
