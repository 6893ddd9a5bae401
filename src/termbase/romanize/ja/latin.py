"""Latin (any system) and Polivanov Cyrillic spellings reduced to the system-neutral key.

The key is lower-case ASCII in Kunrei-like letters with every difference between the systems
taken out (see docs/romanization/ja.md, "Key levels")::

    Nosaka Sanzō, NOSAKA SANZO, Nosaka Sanzoo, Nosaka Sanzou, Носака Сандзо   -> nosakasanzo
    Chūkiren, Tyûkiren, Chuukiren, Тюкирэн                                     -> tyukiren
    Minshu shimbun, Minshu Shinbun, Minsyu sinbun                              -> minsyusinbun
    Hattori, Hatori                                                            -> haqtori, hatori

A geminate consonant is written ``q`` before its consonant (``tchi``, ``cchi``, ``tti``, ``тти`` ->
``qti``), so names that differ only in it stay apart. A spelling that cannot be read as Japanese
(``Stalin``, ``Mao Zedong``, digits, other scripts) has no key.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_UNITS = re.compile(r"дж|[\u0400-\u04ff]")
# fmt: off
_CYRILLIC_LETTERS = {
    "дж": "j", "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "ye", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "'", "ы": "i",
    "ь": "'", "э": "e", "ю": "yu", "я": "ya",
}
# fmt: on
_CYRILLIC_VOWELS = frozenset("аеёиоуэюя")
_CYRILLIC_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―'’‘ʻʼ`´.·・:,;/()\[\]\"“”«»]+")
_TYPED_Q = re.compile(r"q(?![kgsztdhbpr])")  # q only as a key's geminate mark
_DOUBLED = re.compile(r"([bcdfghjkprstvwyz])\1")
_LABIAL_M = re.compile(r"m(?=[bmp])")
_DIGRAPHS = (("sh", "sy"), ("ch", "ty"), ("ts", "t"), ("dz", "z"))
_LETTERS = str.maketrans({"j": "zy", "f": "h", "v": "w", "l": "r"})
_D_ROW = re.compile(r"d(?=[yiu])")
_W_GLIDE = re.compile(r"w+(?=[iueoy])")
_Y_GLIDE = re.compile(r"(?<=[stz])y(?=[ie])")
_LONG_H = re.compile(r"(?<=[aiueo])h(?![aiueoy])")
_OH_VOWEL = re.compile(r"(?<=o)h(?=[aiueo])")
_NN_VOWEL = re.compile(r"n(?=n[aiueo])")
_DOUBLE_VOWEL = re.compile(r"([aiueo])\1+")
_STRAY_Q = re.compile(r"q+(?![kgsztdhbpr])")
_READABLE = re.compile(r"(?:q?(?:[kgsztdnhbpmr]y?|[kg]w|[wy])?[aiueo]|n)+")


def _cyrillic_unit(match: re.Match[str]) -> str:
    unit, start, end = match.group(), match.start(), match.end()
    if unit == "й" and match.string[end : end + 1] in _CYRILLIC_VOWELS:
        return "y"  # й before a vowel letter is a glide (йэ = ye)
    if unit == "е" and start and match.string[start - 1] in _CYRILLIC_CONSONANTS:
        return "e"  # е after a consonant is a (non-Polivanov) e; elsewhere it is ye
    return _CYRILLIC_LETTERS.get(unit, unit)


def cyrillic_to_latin(text: str) -> str:
    """Polivanov (and common non-standard) Cyrillic letters to Latin, before keying."""
    return _CYRILLIC_UNITS.sub(_cyrillic_unit, text)


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _collapse_vowels(text: str) -> str:
    while "ou" in text or _DOUBLE_VOWEL.search(text):
        text = _DOUBLE_VOWEL.sub(_first, text.replace("ou", "o"))
    return text


def _first(match: re.Match[str]) -> str:
    return match.group(1)


def _geminate(match: re.Match[str]) -> str:
    return "q" + match.group(1)


def _finish(text: str) -> str:
    """Vowel length and stray geminate marks taken out; ``""`` if not readable as Japanese."""
    if "q" in text:
        text = _STRAY_Q.sub("", text)
    text = _collapse_vowels(text)
    return text if _READABLE.fullmatch(text) else ""


def _consonants(text: str) -> str:
    """Geminates to q, m before labials to n, every system's consonant spellings to one."""
    text = text.replace("tch", "qch").replace("tsts", "qts")
    if _DOUBLED.search(text):
        text = _DOUBLED.sub(_geminate, text)
    if "m" in text:
        text = _LABIAL_M.sub("n", text)
    for digraph, key in _DIGRAPHS:
        text = text.replace(digraph, key)
    text = text.translate(_LETTERS)
    if "q" in text:
        text = _STRAY_Q.sub("", text)
    if "w" in text:
        text = _W_GLIDE.sub("", text)
    if "d" in text:
        text = _D_ROW.sub("z", text)
    if "y" in text:
        text = _Y_GLIDE.sub("", text)
    return _LONG_H.sub("", text) if "h" in text else text


def latin_keys(text: str) -> tuple[str, ...]:
    """Keys of a Latin or Cyrillic spelling (lower-cased already or not); () if unreadable."""
    text = text.casefold()
    if not text.isascii():
        if _CYRILLIC.search(text):
            text = cyrillic_to_latin(unicodedata.normalize("NFC", text))
        text = _strip_marks(text)
    text = _SEPARATORS.sub("", text)
    if not (text.isascii() and text.isalpha()) or _TYPED_Q.search(text):
        return ()
    text = _consonants(text)
    variants = {text, _OH_VOWEL.sub("", text)} if "oh" in text else {text}
    if "nn" in text:
        variants |= {_NN_VOWEL.sub("", v) for v in variants}
    if len(variants) == 1:
        key = _finish(text)
        return (key,) if key else ()
    keys = (_finish(v) for v in sorted(variants))
    return tuple(dict.fromkeys(k for k in keys if k))
