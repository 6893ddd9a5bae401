"""Which fuzzy hits are typos safe to accept."""

from __future__ import annotations

import pytest

from termbase.lookup.typos import at_word_end, safe_typo


@pytest.mark.parametrize(
    ("query_key", "key"),
    [("vladivostock", "vladivostok"), ("kuomingtang", "kuomintang"), ("krushchev", "khrushchev")],
)
def test_one_edit_inside_a_long_word_is_a_typo(query_key: str, key: str) -> None:
    assert safe_typo(query_key, key, 1)


@pytest.mark.parametrize(
    ("query_key", "key", "edits"),
    [
        ("chernyshova", "chernyshov", 1),  # an ending: another person
        ("сталина", "сталин", 1),  # a case ending
        ("шаньси", "шэньси", 1),  # too short to tell a slip from another name
        ("vladivastock", "vladivostok", 2),  # two edits
        ("vasilii chernyshova", "vasilii chernyshov", 1),  # the end of the second word
    ],
)
def test_endings_short_keys_and_two_edits_are_not(query_key: str, key: str, edits: int) -> None:
    assert not safe_typo(query_key, key, edits)


def test_word_ends() -> None:
    assert at_word_end("kruglova", "kruglov")
    assert at_word_end("sergei kruglova", "sergei kruglov")
    assert at_word_end("sergej kruglov", "sergei kruglov")  # the end of the first word
    assert not at_word_end("krugolv", "kruglov")
