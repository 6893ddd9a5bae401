"""The bounded memo: remembers, forgets the least recently used, belongs to its owner."""

from __future__ import annotations

import re

import pytest

from termbase.memo import Memo
from termbase.service import Termbase


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


def test_a_memo_passes_keyword_arguments_through() -> None:
    memo = Memo(lambda text, *, upper=False: text.upper() if upper else text, maxsize=4)
    assert (memo("ab"), memo("ab", upper=True)) == ("ab", "AB")
    assert len(memo) == 2


def test_no_module_holds_an_answer_cache() -> None:
    """Module-level functools caches only load tables: unbounded ones keyed by a fixed set (a
    language, a system) or bounded ones of one or two entries (a loader of no argument). Answers
    to arbitrary input are remembered by a Memo its owner holds (an engine, an index)."""
    import importlib
    import pkgutil
    from functools import _lru_cache_wrapper

    import termbase

    answer_caches = []
    for info in pkgutil.walk_packages(termbase.__path__, "termbase."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, _lru_cache_wrapper):
                maxsize = value.cache_info().maxsize
                if maxsize is not None and maxsize > 2:
                    answer_caches.append(f"{info.name}.{name} (maxsize {maxsize})")
    assert answer_caches == []


def test_every_memo_and_its_bound_is_documented(bundled: Termbase) -> None:
    """docs/operations.md names each memo as /metrics does, with its bound in the same row."""
    from pathlib import Path

    from termbase.api.metrics import bounded_caches
    from termbase.romanize import LANGUAGES, engine

    for lang in LANGUAGES:
        engine(lang)  # the engines' memos exist once an engine is loaded
    rows = [
        line
        for line in (Path(__file__).parents[1] / "docs" / "operations.md").read_text().splitlines()
        if line.startswith("|")
    ]
    undocumented = []
    for name, _, bound in bounded_caches(bundled):
        if bound < 4096:  # a loader of a table or two, not a memo of answers
            continue
        # One memo per system is one row: ``spellers[hepburn-plain].words`` as ``spellers[*].words``.
        short = re.sub(r"\[.*\]", "[*]", name.removeprefix("termbase."))
        if not any(f"`{short}`" in row and f"{bound:,}" in row for row in rows):
            undocumented.append(f"{short} ({bound:,})")
    assert sorted(set(undocumented)) == []
