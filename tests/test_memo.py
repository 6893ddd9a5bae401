"""The bounded memo: remembers, forgets the least recently used, belongs to its owner."""

from __future__ import annotations

import pytest

from termbase.memo import Memo


def test_a_memo_answers_repeats_without_calling_again() -> None:
    calls: list[int] = []

    def square(n: int) -> int:
        calls.append(n)
        return n * n

    memo = Memo(square, maxsize=2)
    assert [memo(3), memo(3), memo(4)] == [9, 9, 16]
    assert calls == [3, 4] and len(memo) == 2


def test_a_memo_is_bounded_and_drops_the_least_recently_used() -> None:
    calls: list[str] = []
    memo = Memo(lambda s: calls.append(s) or s.upper(), maxsize=2)
    for text in ("a", "b", "a", "c", "a", "b"):
        memo(text)
    # "b" was least recently used when "c" came, so it is computed again at the end.
    assert calls == ["a", "b", "c", "b"] and len(memo) == 2


def test_two_owners_never_share_answers() -> None:
    one, other = Memo(len, maxsize=4), Memo(len, maxsize=4)
    one("abc")
    assert (len(one), len(other)) == (1, 0)
    one.clear()
    assert len(one) == 0


def test_a_memo_needs_room() -> None:
    with pytest.raises(ValueError, match="maxsize"):
        Memo(len, maxsize=0)
