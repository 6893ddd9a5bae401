"""The case-ending tables read back on one word (the forms are the real texts': realtexts/
hu-hadifoglyok, fi-sotavangit, cs-zajatci, and the Lithuanian page of tests/editor/test_qualifiers)."""

from __future__ import annotations

import pytest

from termbase.editor.endings import ending_read_back, particles


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
