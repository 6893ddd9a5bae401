"""Latin (any system, any language's letters) and Cyrillic spellings reduced to the system-neutral key.

The key is lower-case ASCII in Kunrei-like letters with every difference between the systems
taken out (see docs/romanization/ja.md, "Key levels")::

    Nosaka Sanzō, NOSAKA SANZO, Nosaka Sanzoo, Nosaka Sanzou, Носака Сандзо   -> nosakasanzo
    Chūkiren, Tyûkiren, Chuukiren, Тюкирэн                                     -> tyukiren
    Minshu shimbun, Minshu Shinbun, Minsyu sinbun                              -> minsyusinbun
    Hattori, Hatori                                                            -> haqtori, hatori

A geminate consonant is written ``q`` before its consonant (``tchi``, ``cchi``, ``tti``, ``тти`` ->
``qti``), so names that differ only in it stay apart. A spelling that cannot be read as Japanese
(``Stalin``, ``Mao Zedong``, digits, other scripts) has no key.

Other languages' letters are read first: Czech, Slovak and Serbo-Croatian š č ć ž đ dž ň and
c (= ts) always mean the same Japanese sounds; j means y in those languages but じ in Hepburn,
and Hungarian writes s for sh and sz for s, so a spelling with j, or with Hungarian digraphs
or acute vowels, is also read the other way, and keeps every reading that is Japanese.
Cyrillic is read as Polivanov, with the Ukrainian (і ґ є ьо) and Serbian (ј ћ ђ њ) letters.
"""

from __future__ import annotations

import re
import unicodedata

from termbase.romanize.ja.korean import KEY_PATTERN
from termbase.scripts import char_class

_CYRILLIC = re.compile(f"[{char_class('Cyrl')}]")
_CYRILLIC_UNITS = re.compile(f"дж|ьо|[{char_class('Cyrl')}]")
# fmt: off
_CYRILLIC_LETTERS = {
    "дж": "j", "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "ye", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "'", "ы": "i",
    "ь": "'", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian and Serbian letters
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ьо": "yo", "ј": "y", "ћ": "ch", "ђ": "j", "џ": "j", "њ": "ny",
    "љ": "ry",
}
# Latin letters of other languages with one Japanese meaning (before marks are stripped);
# c not before h or c is ts (Czech, Polish, Hungarian, Serbo-Croatian cu, Macui).
_FOREIGN_LATIN = re.compile(r"čč|ćć|šš|ňň|ddž|đđ|cc(?!h)|dž|dzs|zs|[šžčćđňǆ]|c(?![ch])")
_FOREIGN_LETTERS = {
    "čč": "tch", "ćć": "tch", "šš": "ssh", "ňň": "nny", "ddž": "qzy", "đđ": "qzy", "cc": "tts",
    "dž": "zy", "dzs": "zy", "zs": "zy", "ž": "zy", "đ": "zy", "ǆ": "zy",
    "š": "sh", "č": "ch", "ć": "ch", "ň": "ny", "c": "ts",
}
# Hungarian: cs ch, sz s, s sh, read as an alternative when the text shows Hungarian letters
# (a Hungarian San, しゃん, with none of them is read as Hepburn さん: see docs, Not supported)
_HUNGARIAN = re.compile(r"cs|sz|zs|gy|[áéíóúőű]")
_HUNGARIAN_UNITS = re.compile(r"ddzs|ccs|ssz|zzs|dzs|cs|sz|zs|s")
_PALATAL_YO = re.compile(r"(sh|ch|j)y")  # Ukrainian шьо чьо джьо: sho cho jo
_HEPBURN_ONLY = re.compile(r"y|sh|ch|ts")  # a text with these writes y as y: its j is じ
# Text that another language may have written, or Cyrillic: read by `readings`; else as it stands
_NEEDS_READING = re.compile(r"c(?![ch])|[jv]|sz|zs|gy|[šžčćđňǆáéíóúőű\u0400-\u04ff]")
_HUNGARIAN_LETTERS = {
    "ddzs": "jj", "ccs": "tch", "ssz": "ss", "zzs": "jj",
    "dzs": "zy", "cs": "ch", "sz": "s", "zs": "zy", "s": "sh",
}
# fmt: on
_CYRILLIC_VOWELS = frozenset("аеёиоуэюяіїє")
#: Letters only Ukrainian or Serbian Cyrillic has: there е is always e (no ye).
_NOT_RUSSIAN = re.compile(r"[іїєґјћђџњљ]")
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
#: Long vowels collapse, but not ii: every system writes いい with two i (Niigata, Iitsuka; Kunrei
#: Nîgata), so Iichirō is another name than Ichirō (Hatoyama Iichirō is Ichirō's son). A marked
#: i (ī î) is read both as ii and as i: it also writes a katakana ー, which some systems omit.
_DOUBLE_VOWEL = re.compile(r"([aueo])\1+")
_LONG_I = str.maketrans({"ī": "ii", "î": "ii"})
_SHORT_I = str.maketrans({"ī": "i", "î": "i"})
_STRAY_Q = re.compile(r"q+(?![kgsztdhbpr])")
_READABLE = re.compile(r"(?:q?(?:[kgsztdnhbpmr]y?|[kg]w|[wy])?[aiueo]|n)+")


def _cyrillic_unit(match: re.Match[str]) -> str:
    unit, start, end = match.group(), match.start(), match.end()
    if unit == "й" and match.string[end : end + 1] in _CYRILLIC_VOWELS:
        return "y"  # й before a vowel letter is a glide (йэ = ye)
    if unit == "е" and (
        (start and match.string[start - 1] in _CYRILLIC_CONSONANTS) or _NOT_RUSSIAN.search(match.string)
    ):
        return "e"  # е after a consonant, or in Ukrainian or Serbian, is e; in Russian elsewhere ye
    return _CYRILLIC_LETTERS.get(unit, unit)


def cyrillic_to_latin(text: str) -> str:
    """Polivanov (and common non-standard) Cyrillic letters to Latin, before keying."""
    spelt = _PALATAL_YO.sub(r"\1", _CYRILLIC_UNITS.sub(_cyrillic_unit, text))
    for doubled, geminate in (("shsh", "ssh"), ("chch", "tch"), ("dj", "jj")):  # шш чч ддж
        spelt = spelt.replace(doubled, geminate)
    return spelt


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


def shows_hungarian(text: str) -> bool:
    """Whether ``text`` has letters that only Hungarian (or Czech) spelling writes."""
    return bool(_HUNGARIAN.search(text.casefold()))


def _foreign(text: str) -> str:
    return (
        _FOREIGN_LATIN.sub(lambda m: _FOREIGN_LETTERS[m.group()], text)
        if _FOREIGN_LATIN.search(text)
        else text
    )


def _hungarian(text: str) -> str:
    spelt = _HUNGARIAN_UNITS.sub(lambda m: _HUNGARIAN_LETTERS[m.group()], text.replace("j", "y"))
    return _foreign(spelt).replace("shsh", "ssh")


def readings(text: str) -> list[str]:
    """The ways a lower-cased spelling may be read, in ASCII letters and separators: Cyrillic
    and other languages' letters spelt out, and each ambiguous letter read both ways."""
    if _CYRILLIC.search(text):
        text = unicodedata.normalize("NFC", text)
        found = [cyrillic_to_latin(text)]
        if "е" in text:  # Russian е alone is ye; Serbian (and Ukrainian) е is e everywhere
            found.append(cyrillic_to_latin(text.replace("е", "э")))
    else:
        found = [_hungarian(text)] if _HUNGARIAN.search(text) else []
        found.append(_foreign(text))
    found = [_strip_marks(t) for t in dict.fromkeys(found)]  # marks go once, variants follow
    if "j" in found[-1] and not _HEPBURN_ONLY.search(text) and not _CYRILLIC.search(text):
        found.append(found[-1].replace("j", "y"))  # Czech, Slovak, Serbo-Croatian j
    if any("v" in t for t in found):
        found.extend([t.replace("v", "b") for t in found if "v" in t])  # ヴ as ブ; в as ヴ or ワ
    return found


def _keys_of(text: str) -> list[str]:
    text = _SEPARATORS.sub("", text)
    if not (text.isascii() and text.isalpha()) or _TYPED_Q.search(text):
        return []
    text = _consonants(text)
    if "oh" not in text and "nn" not in text:  # the usual case: one reading
        key = _finish(text)
        return [key] if key else []
    variants = {text, _OH_VOWEL.sub("", text)} if "oh" in text else {text}
    if "nn" in text:
        variants |= {_NN_VOWEL.sub("", v) for v in variants}
    keys = (_finish(v) for v in sorted(variants))
    return [k for k in keys if k]


def latin_keys(text: str, *, from_kana: bool = False) -> tuple[str, ...]:
    """Keys of a Latin or Cyrillic spelling (lower-cased already or not); () if unreadable.
    ``from_kana``: the text is kana spelt in Hepburn letters, read only as such (its j is じ)."""
    text = text.casefold()
    if "ī" in text or "î" in text:
        return tuple(
            dict.fromkeys((*latin_keys(text.translate(_LONG_I)), *latin_keys(text.translate(_SHORT_I))))
        )
    if from_kana:
        spelt = [text, text.replace("v", "b")] if "v" in text else [text]
        return tuple(dict.fromkeys(key for reading in spelt for key in _keys_of(reading)))
    # A Hangul key (see korean.py) is its own key, even with a j or v in it (ぢ's "xji").
    if text[:1] == "x" and KEY_PATTERN.fullmatch(_SEPARATORS.sub("", text)):
        return (_SEPARATORS.sub("", text),)
    if not _NEEDS_READING.search(text):
        return tuple(_keys_of(_strip_marks(text)))
    return tuple(dict.fromkeys(key for reading in readings(text) for key in _keys_of(reading)))
