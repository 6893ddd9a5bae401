"""Serbian Cyrillic spelt in Serbian Latin, letter for letter."""

from __future__ import annotations

import pytest

from termbase.lookup import lookup
from termbase.romanize.serbian import serbian_latin
from termbase.service import Termbase

CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш"
LATIN = "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split()


def test_the_table_has_the_thirty_letters_of_both_alphabets() -> None:
    assert [serbian_latin(letter) for letter in CYRILLIC] == LATIN
    assert serbian_latin("Љубљана Џамија Ђурђевак") == "Ljubljana Džamija Đurđevak"


@pytest.mark.parametrize("text", ["Хрущёв", "Щукин", "Сталиныы", "Япония", "Latin only", "蔣介石"], ids=repr)
def test_text_that_is_not_serbian_cyrillic_has_no_latin_spelling(text: str) -> None:
    assert serbian_latin(text) is None


def test_a_serbian_form_is_met_in_serbian_latin(bundled: Termbase) -> None:
    """The glossary's Serbian forms are Cyrillic (Совјетски Савез, Хе Јингћин); Serbian pages
    also write them in Latin."""
    for latin, entry in [("Sovjetski Savez", "soviet-union"), ("He Jingćin", "he-yingqin")]:
        top = lookup(bundled.index, latin).results[0]
        assert top.entry.id == entry and top.match
