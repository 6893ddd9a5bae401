"""A place beside a qualifier word is the qualified place the glossary has (real-text cases:
benchmarks/data/realtexts, tr-esirler, bg-voennoplennici, it-prigionieri, zh-qianfan)."""

from __future__ import annotations

import pytest

from termbase.service import Termbase


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Japon savaş esirleri Mançurya, Kore, Güney Sahalin ve Kuril Adaları'ndan alınıp", "Güney Sahalin"),
        ("бяха изпратени от Манджурия, Корея, Юг Сахалин и Курилските острови", "Юг Сахалин"),
        (
            "prigionieri dalla Manciuria, dalla Corea, dal Sakhalin meridionale e dalle isole Curili",
            "Sakhalin meridionale",
        ),
        ("8月11日,苏联出兵日本所属的库页岛南部及千岛群岛地区。", "库页岛南部"),
    ],
)
def test_south_of_sakhalin_is_southern_sakhalin(bundled: Termbase, text: str, found: str) -> None:
    linked = {m.found: (m.entry, m.how) for m in bundled.check(text).result.linked}
    assert linked[found] == ("southern-sakhalin", "qualifier")


def test_a_city_beside_a_region_word_is_the_krai(bundled: Termbase) -> None:
    result = bundled.check("Primorski Krayı, Habarovsk Krayı, Krasnoyarsk Krayı").result
    assert {m.found: m.entry for m in result.linked}["Habarovsk Krayı"] == "khabarovsk-krai"


def test_a_qualifier_beside_a_place_without_a_qualified_entry_changes_nothing(bundled: Termbase) -> None:
    linked = {m.found: m.entry for m in bundled.check("Güney Japonya ve Sakhalin adası.").result.linked}
    assert linked.get("Japonya") == "japan"
    assert linked.get("Sakhalin") == "sakhalin"
