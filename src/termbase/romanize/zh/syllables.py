"""The Mandarin syllable inventory and the small rules every direction shares.

A *syllable* here is a toneless Hanyu Pinyin syllable in its canonical spelling: lowercase,
``ü`` written ``ü`` (``lü``, ``nüe``) except after j, q, x and y where pinyin writes ``u``
(``ju``, ``xue``), and ``ê`` for the interjection ê. The inventory is the table of the
``pinyin`` system (generated from the kfcd table by ``scripts/build_zh_tables.py``); every
other system's table maps the same syllables.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache

from termbase.romanize.system import System, load_systems
from termbase.romanize.zh.compose import finish

#: Combining tone marks of pinyin and Yale, and the tone each stands for.
TONE_OF_MARK: Mapping[str, int] = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
MARK_OF_TONE: Mapping[int, str] = {tone: mark for mark, tone in TONE_OF_MARK.items()}
NEUTRAL = 5

#: Syllables that take an apostrophe when they do not start a word (GB/T 16159: a, o, e).
APOSTROPHE_INITIALS = frozenset("aoeê")

_ASPIRATED = {"p": "b", "t": "d", "k": "g", "q": "j", "c": "z"}


@cache
def systems() -> tuple[System, ...]:
    """The zh systems, loaded once from ``zh/systems``, with the tables of rule-made ones filled."""
    loaded = load_systems("termbase.romanize.zh")
    syllables = next(frozenset(s.table) for s in loaded if s.id == "pinyin")
    return tuple(finish(s, syllables) for s in loaded)


@cache
def system(system_id: str) -> System:
    for found in systems():
        if found.id == system_id:
            return found
    raise KeyError(system_id)


@cache
def inventory() -> frozenset[str]:
    """Every toneless pinyin syllable termbase knows."""
    return frozenset(system("pinyin").table)


def collapse(syllable: str) -> str:
    """The key syllable: aspiration (p/b, t/d, k/g, c/z, ch/zh, q/j) and ü/u merged."""
    if syllable.startswith("ch"):
        syllable = "zh" + syllable[2:]
    elif syllable[:1] in _ASPIRATED:
        syllable = _ASPIRATED[syllable[0]] + syllable[1:]
    return syllable.replace("ü", "u")


def tone_position(spelling: str, groups: tuple[str, ...]) -> int | None:
    """Index of the letter that carries the tone mark: the last letter of the first group found.

    With the groups ``("aeê", "o", "iuü", "mnrz")`` this is the pinyin rule (a or e, else the
    o of ou, else the second of i/u: liù, guì) and the Yale one (jr̄, sž on the r or z).
    """
    for group in groups:
        found = [i for i, char in enumerate(spelling) if char in group]
        if found:
            return found[-1]
    return None


def place_tone(spelling: str, tone: int, groups: tuple[str, ...]) -> str:
    """``spelling`` with the combining mark of ``tone`` on the right letter (NFC)."""
    position = tone_position(spelling, groups)
    if tone == NEUTRAL or position is None:
        return spelling
    marked = spelling[: position + 1] + MARK_OF_TONE[tone] + spelling[position + 1 :]
    return unicodedata.normalize("NFC", marked)
