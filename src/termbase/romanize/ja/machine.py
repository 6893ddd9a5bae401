"""Machine readings (pykakasi) for Japanese text that is not in the glossary.

Only for text the glossary does not cover, and always labelled as a machine reading by the caller:
dictionary guessers misread names (後宮淳 is Ushiroku Jun; pykakasi says あとみや あつし).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

import pykakasi

from termbase.romanize.ja.kana import is_kana

_JAPANESE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]")


@cache
def _kakasi() -> Any:
    factory: Callable[[], Any] = pykakasi.kakasi  # untyped library
    return factory()


def _reading_of(item: dict[str, str]) -> str:
    original = item.get("orig", "")
    if not _JAPANESE.search(original):
        return original.strip()  # not Japanese: left for the caller's errors= policy
    if all(is_kana(char) for char in original):
        return original  # kana is its own reading (katakana stays katakana)
    return item.get("hira", "") or original


def machine_reading(text: str) -> str | None:
    """A spaced kana reading guessed for Japanese ``text``, or None if it has no Japanese."""
    if not _JAPANESE.search(text):
        return None
    parts = [_reading_of(item) for item in _kakasi().convert(text)]
    reading = " ".join(" ".join(parts).split())
    return reading or None
