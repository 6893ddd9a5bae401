"""Data extension: the property catalogue, values per entry, settings, proposals."""

from __future__ import annotations

import pytest

from termbase.errors import UnknownPropertyError
from termbase.reconcile import Reconciler
from termbase.reconcile.extend import search_properties
from termbase.reconcile.properties import Options, catalog, get_property, values
from termbase.romanize import systems
from termbase.service import Termbase


def test_every_system_is_a_property() -> None:
    ids = catalog().keys()
    assert {s.id for s in systems()} <= ids
    assert catalog()["wade-giles"].name == "Wade–Giles"


@pytest.mark.parametrize(
    ("entry_id", "pid", "expected"),
    [
        ("nosaka-sanzo", "preferred-en", ["Nosaka Sanzō"]),
        ("nosaka-sanzo", "kind", ["person"]),
        ("nosaka-sanzo", "kanji", ["野坂参三"]),
        ("nosaka-sanzo", "reading", ["のさか さんぞう"]),
        ("nosaka-sanzo", "russian", ["Носака Сандзо"]),
        ("nosaka-sanzo", "hepburn-modified", ["Nosaka Sanzō"]),
        ("nosaka-sanzo", "hanzi", []),
        ("mao-zedong", "hanzi-simplified", ["毛泽东"]),
        ("mao-zedong", "hanzi-traditional", ["毛澤東"]),
        ("mao-zedong", "reading", ["Máo Zédōng"]),
        ("mao-zedong", "russian", []),
        ("shanxi", "hanzi-traditional", ["山西"]),
        ("chiang-kai-shek", "cyrillic", ["Чан Кайши"]),
        ("kwantung-army", "variants", ["Kwantung Army", "関東軍", "Kwangtung army"]),
        ("yoshida-atsushi", "hepburn-modified", []),
    ],
)
def test_values(names: Termbase, entry_id: str, pid: str, expected: list[str]) -> None:
    assert values(names.entry(entry_id), pid) == expected


def test_cyrillic_falls_back_to_the_generated_rendering(names: Termbase) -> None:
    palladius = values(names.entry("mao-zedong"), "palladius")
    assert palladius and values(names.entry("mao-zedong"), "cyrillic") == palladius


def test_settings_order_and_limit(names: Termbase) -> None:
    nosaka = names.entry("nosaka-sanzo")
    assert values(nosaka, "hepburn-modified", Options(order="swapped")) == ["Sanzō Nosaka"]
    assert values(names.entry("qiqihar"), "hepburn-modified", Options(order="swapped")) == []
    assert values(names.entry("shaanxi"), "wade-giles", Options(order="swapped")) == values(
        names.entry("shaanxi"), "wade-giles"
    )
    assert len(values(names.entry("qiqihar"), "variants", Options(limit=2))) == 2


def test_unknown_property() -> None:
    with pytest.raises(UnknownPropertyError):
        get_property("shoe-size")


def test_proposals_and_property_search(reconciler: Reconciler) -> None:
    assert reconciler.propose_properties(None)["properties"][0]["id"] == "preferred-en"
    assert reconciler.propose_properties("place", limit=3)["type"] == "place"
    hepburn = [p["id"] for p in search_properties("hepb", limit=50)]
    assert sorted(hepburn[:5]) == [  # in the engine's rank order; compared as a set
        "hepburn-circumflex",
        "hepburn-doubled",
        "hepburn-modified",
        "hepburn-plain",
        "hepburn-traditional",
    ]
    assert "passport" in hepburn  # "Passport Hepburn (MOFA)": contains the prefix, so after those
    assert search_properties("cyril")[0]["id"] == "cyrillic"
