"""Ordinary English words (SCOWL, sizes 10–50; licence in ``data/SCOWL-COPYRIGHT.txt``).

Used to tell English prose from glossary names and romanized syllables spelt the same way:
"list", "fond" and "tom" (archival terms), "men", "she", "long", "ban", "fen" (syllables).
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def english_words() -> frozenset[str]:
    data = (resources.files("termbase.editor") / "data" / "english-words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def is_english(word: str) -> bool:
    """Whether ``word`` (any case) is an ordinary lowercase English word."""
    return word.lower() in english_words()
