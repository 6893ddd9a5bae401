"""Readings: tone-marked Hanyu Pinyin as the glossary stores it, parsed into syllables.

A reading is written as GB/T 16159 writes pinyin: words separated by spaces, the syllables
of a word together, an apostrophe before a syllable starting with a, o or e inside a word,
tone marks on the vowel the rules name, the neutral tone unmarked, capitals as in the text
(``Máo Zédōng``, ``Hā'ěrbīn``, ``Rénmín rìbào``). ``v`` is read as ``ü`` (``lv`` = lǜ), and
``lue``/``nue`` as lüe/nüe.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from termbase.romanize.zh.segment import Speller, segmentations
from termbase.romanize.zh.syllables import (
    APOSTROPHE_INITIALS,
    NEUTRAL,
    TONE_OF_MARK,
    inventory,
    tone_position,
)

PINYIN_GROUPS = ("aeê", "o", "iuü", "mnrz")
_WORD = re.compile(r"(?:[A-Za-z][\u0300-\u036f]*|['’ʼ])+")
_BREVE = "\u0306"
_KNOWN_MARKS = frozenset({"\u0302", "\u0308", _BREVE, *TONE_OF_MARK})


@dataclass(frozen=True, slots=True)
class Syllable:
    pinyin: str  # canonical toneless syllable: "lü", "xue", "er"
    tone: int  # 1-4, 5 for the neutral tone
    case: str  # "lower", "title" or "upper"
    written: str  # the letters as the reading wrote them, marks included
    marks: tuple[int, ...] = ()  # positions (in the syllable) that carry a tone mark
    breve: bool = False  # a breve was used for the third tone
    after_apostrophe: bool = False


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    syllables: tuple[Syllable, ...]
    missing_apostrophes: tuple[int, ...] = ()  # syllable indexes that needed one


@dataclass(frozen=True, slots=True)
class Unread:
    """Text of a reading that is not pinyin (left to the ``errors`` policy)."""

    text: str


Item = Word | Unread | str  # str: whitespace and hyphens, copied through


@lru_cache(maxsize=1)
def _reading_speller() -> Speller:
    spellings: dict[str, tuple[str, ...]] = {s: (s,) for s in inventory()}
    for syllable in inventory():
        if "ü" in syllable and syllable.replace("ü", "u") not in spellings:
            spellings[syllable.replace("ü", "u")] = (syllable,)  # lue, nue
    for plain in ("ju", "qu", "xu", "yu", "jue", "que", "xue", "yue", "juan", "quan", "xuan", "yuan"):
        spellings.setdefault(plain.replace("u", "ü", 1), (plain,))  # jü written with the dots
    for plain in ("jun", "qun", "xun", "yun"):
        spellings.setdefault(plain.replace("u", "ü", 1), (plain,))
    return Speller("reading", spellings)


@dataclass(frozen=True, slots=True)
class _Letter:
    char: str  # lowercase base letter, ü and ê composed, v read as ü
    tone: int  # 0 if unmarked
    upper: bool
    breve: bool
    written: str


def _letters(part: str) -> list[_Letter] | None:
    letters: list[_Letter] = []
    for match in re.finditer(r"[A-Za-z][\u0300-\u036f]*", part):
        base, marks = match.group()[0], match.group()[1:]
        char = base.lower()
        if char == "v":
            char = "ü"
        if "\u0308" in marks and char == "u":
            char = "ü"
        if "\u0302" in marks and char == "e":
            char = "ê"
        tones = [TONE_OF_MARK[m] for m in marks if m in TONE_OF_MARK] + [3 for m in marks if m == _BREVE]
        if len(tones) > 1 or any(m not in _KNOWN_MARKS for m in marks):
            return None
        written = unicodedata.normalize("NFC", match.group())
        letters.append(_Letter(char, tones[0] if tones else 0, base.isupper(), _BREVE in marks, written))
    return letters


def _case(letters: list[_Letter], word_upper: bool) -> str:
    if all(letter.upper for letter in letters) and (len(letters) > 1 or word_upper):
        return "upper"
    return "title" if letters[0].upper else "lower"


def _syllables(part: str, word_upper: bool, after_apostrophe: bool) -> tuple[list[Syllable], int] | None:
    letters = _letters(part)
    if not letters:
        return None
    base = "".join(letter.char for letter in letters)
    found = segmentations(base, _reading_speller(), limit=4)
    if not found:
        return None
    marked = [i for i, letter in enumerate(letters) if letter.tone]
    best = min(found, key=lambda r: (_tone_conflicts(r[1], marked), r[0]))
    out: list[Syllable] = []
    start = 0
    for index, syllable in enumerate(best[1]):
        # Every spelling is as long as its syllable (lue ~ lüe, jü ~ ju), so spans line up.
        span = letters[start : start + len(syllable)]
        start += len(span)
        tones = [letter.tone for letter in span if letter.tone]
        out.append(
            Syllable(
                pinyin=syllable,
                tone=tones[0] if tones else NEUTRAL,
                case=_case(span, word_upper),
                written="".join(letter.written for letter in span),
                marks=tuple(i for i, letter in enumerate(span) if letter.tone),
                breve=any(letter.breve for letter in span),
                after_apostrophe=after_apostrophe and index == 0,
            )
        )
    return out, best[0]


def _tone_conflicts(syllables: tuple[str, ...], marked: list[int]) -> int:
    conflicts, start = 0, 0
    for syllable in syllables:
        end = start + len(syllable)
        conflicts += max(0, sum(1 for i in marked if start <= i < end) - 1)
        start = end
    return conflicts


def parse_word(text: str) -> Word | None:
    """One space-free word of a reading, or None when it is not pinyin (not remembered here:
    names share words, Zhāng, Liáng, and the engine owns a memo of it)."""
    parts = re.split(r"['’ʼ]", unicodedata.normalize("NFD", text))
    word_upper = sum(1 for c in text if c.isalpha()) > 1 and text.upper() == text
    syllables: list[Syllable] = []
    missing: list[int] = []
    for number, part in enumerate(parts):
        if not part:
            return None
        parsed = _syllables(part, word_upper, after_apostrophe=number > 0)
        if parsed is None:
            return None
        offset = len(syllables)
        syllables.extend(parsed[0])
        missing.extend(
            offset + i for i, s in enumerate(parsed[0]) if i and s.pinyin[0] in APOSTROPHE_INITIALS
        )
    return Word(text, tuple(syllables), tuple(missing)) if syllables else None


#: A reading parsed (``parse_reading``, or an engine's memo of it).
ParseReading = Callable[[str], tuple[Item, ...]]


def parse_reading(reading: str, parse: Callable[[str], Word | None] = parse_word) -> tuple[Item, ...]:
    """The reading cut into words, separators and text that is not pinyin; ``parse`` parses
    each word."""
    text = unicodedata.normalize("NFD", reading)
    items: list[Item] = []
    position = 0
    for match in _WORD.finditer(text):
        _between(text[position : match.start()], items)
        written = unicodedata.normalize("NFC", match.group())
        word = parse(written)
        items.append(word if word is not None else Unread(written))
        position = match.end()
    _between(text[position:], items)
    return tuple(_merged(items))


def _merged(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for item in items:
        if isinstance(item, Unread) and out and isinstance(out[-1], Unread):
            out[-1] = Unread(out[-1].text + item.text)
        else:
            out.append(item)
    return out


def _between(text: str, items: list[Item]) -> None:
    for piece in re.findall(r"[\s\-]+|[^\s\-]+", unicodedata.normalize("NFC", text)):
        items.append(piece if piece[0].isspace() or piece[0] == "-" else Unread(piece))


def expected_mark(syllable: Syllable) -> int | None:
    """Where the tone mark of ``syllable`` belongs (index into its letters)."""
    return tone_position(syllable.pinyin, PINYIN_GROUPS)
