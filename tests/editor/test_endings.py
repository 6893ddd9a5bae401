"""The case-ending tables read back on one word (the forms are the real texts': realtexts/
hu-hadifoglyok, fi-sotavangit, cs-zajatci, and the Lithuanian page of tests/editor/test_qualifiers)."""

from __future__ import annotations

import pytest

from termbase.editor.endings import (
    added_read_back,
    ending_read_back,
    estonian_read_back,
    particles,
    slavic_adjective,
    suffixed,
)


@pytest.mark.parametrize(
    ("key", "form"),
    [
        ("szovjetunioban", "szovjetunio"),  # Szovjetunióban, Hungarian inessive
        ("neuvostoliitossa", "neuvostoliitto"),  # Finnish, the doubled t put back
        ("mongoliaan", "mongolia"),  # Finnish illative: the last vowel again and n
        ("japanin", "japani"),  # Finnish genitive
        ("sahalinin", "sahalin"),  # Finnish genitive of a consonant-final name
        ("chabarovsku", "chabarovsk"),  # Czech locative
        ("japonijos", "japonija"),  # Lithuanian genitive
        ("raudonosios", "raudonoji"),  # Lithuanian definite adjective (Raudonosios armijos)
        ("chinach", "chiny"),  # Polish plural locative (w Chinach)
        ("kurylach", "kuryle"),  # Polish plural locative (na Kurylach)
        ("stalinovi", "stalin"),  # Czech dative
        ("sztalinnal", "sztalin"),  # Hungarian instrumental, -val assimilated to the n
        ("irkutska", "irkutsk"),  # Slavic genitive of a consonant-final name
    ],
)
def test_endings_read_back(key: str, form: str) -> None:
    assert form in set(ending_read_back(key))


def test_short_stems_are_not_read() -> None:
    # Kina (four letters) is too short a stem for a vowel-final ending: Kinan is not read.
    assert "kina" not in set(ending_read_back("kinan"))


@pytest.mark.parametrize(
    ("rest", "expected"), [("", True), ("의", True), ("에서는", True), ("족", False), ("라도", False)]
)
def test_korean_particles(rest: str, expected: bool) -> None:
    assert particles(rest) is expected


def test_an_ending_added_keeps_the_whole_name() -> None:
    assert "stalin" in set(added_read_back("stalinin"))  # Finnish genitive
    assert "stalinas" in set(added_read_back("stalinui"))  # Lithuanian dative of Stalinas
    assert "stalinas" not in set(added_read_back("stalino"))  # the genitive: Stalino, a town
    assert "isamu" not in set(added_read_back("isami"))  # a changed vowel is another name


def test_estonian_cases_and_the_genitive_vowel() -> None:
    assert {"moskva"} <= set(estonian_read_back("moskvas"))
    assert {"jaapan"} <= set(estonian_read_back("jaapanist"))
    assert {"jaapan"} <= set(estonian_read_back("jaapani"))


def test_korean_suffixes_and_czech_adjectives() -> None:
    assert suffixed("기에") and suffixed("측은") and not suffixed("사변") and not suffixed("족")
    assert slavic_adjective("Mandžuská") and slavic_adjective("sovětského")
    assert not slavic_adjective("Mandžuska") and not slavic_adjective("Mandžusku")
