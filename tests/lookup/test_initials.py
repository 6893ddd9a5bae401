"""Reading a query as a family name with initials, and checking a name against it."""

from __future__ import annotations

import pytest

from termbase.lookup.initials import Cited, agrees, cited


@pytest.mark.parametrize(
    ("text", "family", "initials"),
    [
        ("N. S. Khrushchev", "Khrushchev", ("n", "s")),
        ("Хрущёв Н. С.", "Хрущёв", ("н", "с")),
        ("Kruglov, S.N.", "Kruglov", ("s", "n")),
        ("A. Ya. Vyshinsky", "Vyshinsky", ("a", "ya")),
        ("Nosaka S", "Nosaka", ("s",)),
    ],
)
def test_citations_are_read(text: str, family: str, initials: tuple[str, ...]) -> None:
    assert cited(text) == Cited(family, initials)


@pytest.mark.parametrize("text", ["Khrushchev", "Nikita Khrushchev", "N. S.", "Li Peng", "Mao Zedong"])
def test_other_queries_are_not_citations(text: str) -> None:
    assert cited(text) is None


def _same(family: str):  # type: ignore[no-untyped-def]
    return lambda word: word.casefold() == family.casefold()


def test_initials_begin_the_other_names_in_order() -> None:
    name = "Nikita Sergeevich Khrushchev"
    assert agrees(name, Cited("Khrushchev", ("n", "s")), _same("Khrushchev"))
    assert agrees(name, Cited("Khrushchev", ("n",)), _same("Khrushchev"))
    assert not agrees(name, Cited("Khrushchev", ("s", "n")), _same("Khrushchev"))
    assert not agrees(name, Cited("Sergeevich", ("n",)), _same("Sergeevich"))  # not at either end


def test_family_name_first_and_unrecorded_patronymics() -> None:
    assert agrees("Nosaka Sanzō", Cited("Nosaka", ("s",)), _same("Nosaka"))
    assert agrees("Lavrentii Beria", Cited("Beria", ("l", "p")), _same("Beria"))  # no patronymic recorded
    assert not agrees("Lavrentii Beria", Cited("Beria", ("p",)), _same("Beria"))
    assert not agrees("Beria", Cited("Beria", ("l",)), _same("Beria"))  # nothing to compare with
