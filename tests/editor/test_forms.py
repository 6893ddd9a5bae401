"""house_form: established English forms, systematic renderings, name order, ASCII."""

from __future__ import annotations

import pytest

from termbase.editor import HouseStyle, house_form, load_style, parse_style
from termbase.service import Termbase

CASES = [
    # (style, entry, form): why
    ("scholarly-east-asia", "chiang-kai-shek", "Chiang Kai-shek"),  # conventional English wins
    ("scholarly-east-asia", "mao-zedong", "Mao Zedong"),  # pinyin
    ("scholarly-east-asia", "nosaka-sanzo", "Nosaka Sanzō"),  # Hepburn with macrons
    ("scholarly-east-asia", "furumi-kenichi", "Furumi Ken'ichi"),  # apostrophe option
    ("scholarly-east-asia", "minshu-shimbun", "Minshu shimbun"),  # m before b; a title keeps its case
    ("scholarly-east-asia", "lavrentii-beria", "Lavrentii Beria"),  # Russian: the English form wins
    ("scholarly-east-asia", "igarashi-yoshikuni", "Yoshikuni Igarashi"),  # publishes given name first
    ("scholarly-east-asia", "garf", "GARF"),
    ("scholarly-east-asia", "qiqihar", "Qiqihar"),
    ("legacy-wade-giles", "mao-zedong", "Mao Tse-tung"),  # admitted conventional form wins here
    ("legacy-wade-giles", "qiqihar", "Tsitsihar"),  # historical (postal) form
    ("legacy-wade-giles", "chiang-kai-shek", "Chiang Kai-shek"),
    ("plain-ascii", "nosaka-sanzo", "Nosaka Sanzo"),
    ("plain-ascii", "furumi-kenichi", "Furumi Kenichi"),
]


@pytest.mark.parametrize(("style_id", "entry_id", "form"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_house_form(house: Termbase, style_id: str, entry_id: str, form: str) -> None:
    assert house_form(house.entry(entry_id), load_style(style_id)).text == form


def _style(**ja: object) -> HouseStyle:
    return parse_style(
        {
            "style": {"id": "t", "english": "systematic"},
            "ja": {"system": "hepburn-modified", **ja},
            "zh": {"system": "wade-giles", "hyphens": "join"},
        }
    )


def test_systematic_style_renders_persons_from_their_reading(house: Termbase) -> None:
    style = _style(order="given-first")
    assert house_form(house.entry("nosaka-sanzo"), style).text == "Sanzō Nosaka"
    assert house_form(house.entry("igarashi-yoshikuni"), style).text == "Yoshikuni Igarashi"
    mao = house_form(house.entry("mao-zedong"), style)
    assert (mao.text, mao.source, mao.system) == ("Mao Tsetung", "rendering", "wade-giles")
    # Organizations keep their established English names even in a systematic style.
    assert house_form(house.entry("kwantung-army"), style).text == "Kwantung Army"


def test_entry_without_a_rule_for_its_language_falls_back_to_english(house: Termbase) -> None:
    style = parse_style({"style": {"id": "t", "english": "systematic"}})
    form = house_form(house.entry("mao-zedong"), style)
    assert (form.text, form.source) == ("Mao Zedong", "fallback")
