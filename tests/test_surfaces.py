"""surfaces(): the one enumeration of an entry's spellings that the derived indexes share."""

from __future__ import annotations

from termbase.service import Termbase
from termbase.surfaces import surfaces


def test_terms_then_readings_and_their_renderings(bundled: Termbase) -> None:
    entry = bundled.entry("nosaka-sanzo")
    found = list(surfaces(7, entry))
    assert {s.entry for s in found} == {7}
    terms = [s.form for s in found if s.how == "term"]
    assert terms == [t.form for t in entry.terms]
    assert ("のさか さんぞう", "reading") in {(s.form, s.how) for s in found}
    renderings = {(s.form, s.system) for s in found if s.how == "rendering"}
    assert ("Nosaka Sanzô", "kunrei") in renderings and ("Носака Сандзо", "polivanov") in renderings
    assert ("Sanzo Nosaka", "hepburn-plain") in {
        (s.form, s.system) for s in found if s.how == "rendering-swapped"
    }


def test_a_person_is_also_written_in_the_other_order(bundled: Termbase) -> None:
    forms = {s.form for s in surfaces(0, bundled.entry("mao-zedong")) if s.how == "term-swapped"}
    assert "Zedong Mao" in forms


def test_generated_false_gives_terms_only(bundled: Termbase) -> None:
    found = list(surfaces(0, bundled.entry("harbin"), generated=False))
    assert found and all(not s.generated for s in found)


def test_gazetteer_and_suggest_share_one_lifetime(names: Termbase) -> None:
    assert names.gazetteer is names.gazetteer
    assert names.reconciler.suggest_index is names.suggest_index
