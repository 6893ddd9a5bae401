"""Unicode helpers for the Russian engine: letters, words, case and normalization."""

from __future__ import annotations

import re
import unicodedata

#: The 33 letters of the modern Russian alphabet, lower case.
RUSSIAN_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
RUSSIAN_LETTERS = frozenset(RUSSIAN_LOWER + RUSSIAN_LOWER.upper())
#: Letters keys read leniently though renderers do not map them: pre-1918 (і ѣ ѳ ѵ) and
#: Ukrainian/Belarusian (ї є ґ ў).
EXTRA_CYRILLIC = frozenset("іѣѳѵїєґў")

#: A word: letters of any script with their combining marks. Digits, spaces, hyphens and
#: punctuation separate words.
WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u1dc0-\u1dff\ufe20-\ufe2f])+")
#: Marks that only show stress in Russian dictionaries and textbooks (Бе́рия).
_STRESS = dict.fromkeys((0x0300, 0x0301))


def normalize_reading(text: str) -> str:
    """NFC, without stress accents (Бе́рия -> Берия; й and ё stay composed)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text).translate(_STRESS)
    return unicodedata.normalize("NFC", decomposed)


def lower1(char: str) -> str:
    """``char`` in lower case, or unchanged when lower-casing would change its length."""
    low = char.lower()
    return low if len(low) == 1 else char


def is_all_caps(word: str) -> bool:
    """True for words of two or more letters written wholly in capitals (НКВД, ГУПВИ)."""
    return not any(c.islower() for c in word) and sum(c.isupper() for c in word) >= 2


def capitalized(spelling: str) -> str:
    """``spelling`` with its first cased character in upper case (zh -> Zh, ·e -> ·E)."""
    for index, char in enumerate(spelling):
        if char.upper() != char:
            return spelling[:index] + char.upper() + spelling[index + 1 :]
    return spelling


def is_cyrillic(char: str) -> bool:
    """True for any character in the Cyrillic blocks."""
    return "\u0400" <= char <= "\u052f" or "\u1c80" <= char <= "\u1c8f" or "\ua640" <= char <= "\ua69f"
