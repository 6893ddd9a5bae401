"""The reduced Cyrillic skeleton that keys are made of.

Reduction keeps most consonants apart (ж/ш, к/х, ц/ч, б/п, д/т stay distinct) and merges what
spellings of one name vary on:

- signs ъ ь vanish; э ё -> е; й ы -> и; я ю -> иа иу; щ -> шч (so сч, жч -> шч too);
- з -> с: German and French write both as s (Sinowjew, Wassili), and Russian spelling
  itself varies with voicing (Безсонов, Бессонов);
- тс -> ц (Bratsk = Братск: ts cannot tell ц from тс);
- doubled letters are single (Wassili = Vasilii);
- the glide и before е vanishes (Yevgeny/Evgenii/Jewgeni = Евгений; -iye = -ie = -ье),
  and after ж ч ш ц before a vowel (Khrushchyov = Khrushchov).

The result uses only а б в г д е ж и к л м н о п р с т у ф х ц ч ш; reducing it again
changes nothing (keys are fixed points).
"""

from __future__ import annotations

import re

_LETTERS = str.maketrans(
    {
        "ъ": "",
        "ь": "",
        "э": "е",
        "ё": "е",
        "й": "и",
        "ы": "и",
        "я": "иа",
        "ю": "иу",
        "щ": "шч",
        "з": "с",
        # read leniently: pre-1918 and Ukrainian/Belarusian letters
        "і": "и",
        "ї": "и",
        "ѵ": "и",
        "ѣ": "е",
        "є": "е",
        "ѳ": "ф",
        "ґ": "г",
        "ў": "в",
    }
)
_SHCH = re.compile("[сж]ч")
_RUNS = re.compile(r"(.)\1+")
_GLIDE = re.compile(r"и(?=е)|(?<=[жчшц])и(?=[аоу])")


_LETTERS_KEEPING_YO = {**_LETTERS, ord("ё"): "ё"}


def letters(text: str, *, keep_yo: bool = False) -> str:
    """The letter-by-letter part of the reduction (no context rules).

    ``keep_yo``: leave ё for :func:`expand_yo` (readers of Latin words read every yo/jo/ë of a
    word the same way, as Cyrillic keys do).
    """
    return text.translate(_LETTERS_KEEPING_YO if keep_yo else _LETTERS)


def expand_yo(reading: str) -> tuple[str, ...]:
    """A reading with ё left in it, as ё is read: all е, or all йо (reduced: ио)."""
    if "ё" not in reading:
        return (reading,)
    return reading.replace("ё", "е"), reading.replace("ё", "ио")


def context(text: str) -> str:
    """The context part of the reduction, on a word already passed through :func:`letters`
    (not remembered here: :class:`~termbase.romanize.ru.keys.KeyMaker` owns a memo of it)."""
    if "ч" in text:
        text = _SHCH.sub("шч", text)
    if "тс" in text:
        text = text.replace("тс", "ц")
    if _RUNS.search(text):
        text = _RUNS.sub(_first, text)
    if "и" in text and _GLIDE.search(text):
        text = _GLIDE.sub("", text)
        if _RUNS.search(text):
            text = _RUNS.sub(_first, text)
    return text


def _first(match: re.Match[str]) -> str:
    return match.group(1)


def reduce_word(word: str) -> str:
    """The reduced skeleton of one lower-case Cyrillic word."""
    return context(letters(word))
