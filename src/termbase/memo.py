"""One bounded memo, owned by the object that uses it (never a module-level cache).

An engine or index makes its memos in ``__init__``; they live and die with it, so two glossaries
(or two test fixtures) never share remembered answers, and memory is bounded per owner.

    self.spellings = Memo(self._spellings, maxsize=65_536)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Memo(Generic[P, R]):
    """``function`` remembered for its last ``maxsize`` distinct arguments (least recently used
    dropped first). Arguments must be hashable."""

    __slots__ = ("_call", "maxsize")

    def __init__(self, function: Callable[P, R], *, maxsize: int) -> None:
        if maxsize <= 0:
            raise ValueError(f"maxsize must be positive, got {maxsize}")
        self.maxsize = maxsize
        self._call: Callable[..., R] = lru_cache(maxsize=maxsize)(function)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._call(*args, **kwargs)

    def __len__(self) -> int:
        return int(self._call.cache_info().currsize)  # type: ignore[attr-defined]

    def clear(self) -> None:
        self._call.cache_clear()  # type: ignore[attr-defined]
