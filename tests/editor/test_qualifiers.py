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
    ],
)
def test_south_of_sakhalin_is_southern_sakhalin(bundled: Termbase, text: str, found: str) -> None:
    linked = {m.found: (m.entry, m.how) for m in bundled.check(text).result.linked}
    assert linked[found] == ("southern-sakhalin", "qualifier")


def test_a_qualified_place_the_glossary_holds_is_its_term(bundled: Termbase) -> None:
    # 库页岛南部 was read by the qualifier rule until a page attested it as a term of its own.
    text = "8月11日,苏联出兵日本所属的库页岛南部及千岛群岛地区。"
    linked = {m.found: (m.entry, m.how) for m in bundled.check(text).result.linked}
    assert linked["库页岛南部"] == ("southern-sakhalin", "term")


def test_a_city_beside_a_region_word_is_the_krai(bundled: Termbase) -> None:
    result = bundled.check("Primorski Krayı, Habarovsk Krayı, Krasnoyarsk Krayı").result
    assert {m.found: m.entry for m in result.linked}["Habarovsk Krayı"] == "khabarovsk-krai"


def test_a_qualifier_beside_a_place_without_a_qualified_entry_changes_nothing(bundled: Termbase) -> None:
    linked = {m.found: m.entry for m in bundled.check("Güney Japonya ve Sakhalin adası.").result.linked}
    assert linked.get("Japonya") == "japan"
    assert linked.get("Sakhalin") == "sakhalin"


def test_lithuanian_case_forms_and_the_south_of_sakhalin(bundled: Termbase) -> None:
    # https://www.tv3.lt/naujiena/uzsienis/antrojo-pasaulinio-karo-baigtis-ukrainai-dar-vienas-svetimas-frontas-ir-prarastos-gyvybes-n1449461
    text = (
        "Mainais jis užsitikrino reikšmingų teritorinių laimėjimų – Pietų Sachaliną ir Kurilų salas. "
        "Nors tarp SSRS ir Japonijos galiojo 1941 m. pasirašytas neutraliteto paktas, 1945 m. "
        "balandį Maskva šį susitarimą nutraukė."
    )
    linked = {m.found: (m.entry, m.how) for m in bundled.check(text).result.linked}
    assert linked["Pietų Sachaliną"] == ("southern-sakhalin", "qualifier")
    assert linked["Japonijos"] == ("japan", "inflection")
    assert linked["Maskva"][0] == "moscow"


def test_a_direction_after_a_case_form_is_no_longer_name(bundled: Termbase) -> None:
    # pl-japonczycy.txt (forumdwutygodnik.pl): East Siberia is Siberia; no glossary entry is
    # Eastern Siberia, so the mention stays Siberia's.
    text = "Zostali wywiezieni eszelonami na terytorium Związku Radzieckiego, głównie na Syberię Wschodnią."
    linked = {m.found: m.entry for m in bundled.check(text).result.linked}
    assert linked["Syberię"] == "siberia"
