"""Conventional forms (Kai-shek, Peking, Čankajšek) respelt as the pinyin they stand for.

No rule of any system makes them, so ``keys`` reads them through ``conventional.toml`` before
cutting a text into syllables: "Tschiang Kai-schek" is read as "Tschiang jieshi" and meets
Jiǎng Jièshí. Matching is on whole words, after folding case, marks and apostrophes.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from importlib import resources

_LATIN = re.compile("[A-Za-z]")


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _forms() -> tuple[re.Pattern[str], dict[str, str]]:
    data = tomllib.loads((resources.files(__package__) / "conventional.toml").read_text(encoding="utf-8"))
    pinyin = {_fold(spelling): form["pinyin"] for form in data["forms"] for spelling in form["spellings"]}
    alternatives = "|".join(re.escape(s) for s in sorted(pinyin, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{alternatives})(?![\w'-])"), pinyin


def respell(text: str) -> str:
    """``text`` with every conventional form replaced by its pinyin (folded), or unchanged."""
    pattern, pinyin = _forms()
    if not _LATIN.search(text):  # Hangul, Cyrillic, Bopomofo: no conventional form to find
        return text
    folded = _fold(text)
    if not pattern.search(folded):
        return text
    return pattern.sub(lambda match: pinyin[match.group()], folded)


def strip(text: str) -> str:
    """``text`` without its conventional forms (they belong to no one system)."""
    pattern, _ = _forms()
    folded = _fold(text)
    return pattern.sub(" ", folded) if pattern.search(folded) else text
