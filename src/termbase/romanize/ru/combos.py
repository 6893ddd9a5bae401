"""Combinations in order of rank: a word's (or a text's) likeliest readings first."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import product
from math import prod
from operator import getitem
from typing import TypeVar

T = TypeVar("T")


def _sums(total: int, limits: Sequence[int], room: Sequence[int]) -> Iterator[tuple[int, ...]]:
    """Index tuples with ``index[i] <= limits[i]`` adding up to ``total``; ``room[i]`` is the
    sum of ``limits[i:]`` (branches that cannot reach the total are not explored)."""
    if not limits:
        if total == 0:
            yield ()
        return
    for first in range(max(0, total - room[1]), min(total, limits[0]) + 1):
        for rest in _sums(total - first, limits[1:], room[1:]):
            yield (first, *rest)


#: Beyond this many choices with alternatives, plain lexicographic order (bounded recursion).
MOST_VARIED = 16


#: Up to this many combinations, all are made and sorted (faster than walking the sums).
SORTED_UP_TO = 512


def balanced_product(choices: Sequence[Sequence[T]]) -> Iterator[tuple[T, ...]]:
    """Every combination of one item per choice, those of low summed rank first: each word's
    first readings meet before any word's later ones are tried. Equal sums come in
    lexicographic order of the ranks."""
    varied = [i for i, choice in enumerate(choices) if len(choice) > 1]
    if len(varied) <= 1:  # one choice with alternatives: its order is the rank order
        yield from product(*choices)
        return
    if prod(map(len, choices)) <= SORTED_UP_TO:
        # product() is lexicographic and sorted() stable: equal sums stay in that order.
        for rank in sorted(product(*(range(len(choice)) for choice in choices)), key=sum):
            yield tuple(map(getitem, choices, rank))
        return
    if len(varied) > MOST_VARIED:
        yield from product(*choices)
        return
    limits = [len(choices[i]) - 1 for i in varied]
    room = [sum(limits[i:]) for i in range(len(limits) + 1)]
    picked = [choice[0] for choice in choices]
    for total in range(room[0] + 1):
        for indices in _sums(total, limits, room):
            for position, index in zip(varied, indices, strict=True):
                picked[position] = choices[position][index]
            yield tuple(picked)
