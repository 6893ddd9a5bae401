"""Ranked combinations: the sorted shortcut gives what walking the sums gives."""

from __future__ import annotations

import random
from itertools import islice

import pytest

from termbase.romanize.ru import combos
from termbase.romanize.ru.combos import balanced_product


def test_low_ranks_first() -> None:
    found = list(balanced_product([["a0", "a1"], ["b0", "b1", "b2"]]))
    assert found == [
        ("a0", "b0"),
        ("a0", "b1"),
        ("a1", "b0"),
        ("a0", "b2"),
        ("a1", "b1"),
        ("a1", "b2"),
    ]


def test_no_choices_is_one_empty_combination() -> None:
    assert list(balanced_product([])) == [()]


@pytest.mark.parametrize("seed", range(5))
def test_sorted_shortcut_matches_the_walk(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        choices = [[f"{i}.{j}" for j in range(rng.randint(1, 5))] for i in range(rng.randint(0, 6))]
        monkeypatch.setattr(combos, "SORTED_UP_TO", 0)
        walked = list(islice(balanced_product(choices), 100))
        monkeypatch.setattr(combos, "SORTED_UP_TO", 10**9)
        assert list(islice(balanced_product(choices), 100)) == walked
