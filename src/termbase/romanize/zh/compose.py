"""Syllable tables made from rules: initials + finals (European usages), or jamo (NIKL Hangul).

Most national conventions spell a Mandarin syllable as "initial + final" with a few exceptions,
so their system files give the parts instead of 427 cells (options, all optional):

- ``rewrite``: ``[["ch", "tsch"], ...]``: substitutions applied in order to every cell of the
  table the file extends (the German and Polish press forms are Wade–Giles respelt);
- ``compose = "latin"``: the table is ``initials[i] + finals[f]``, where ``after.<i>`` overrides
  a final after one initial, ``zero`` spells the syllables without an initial (yi, wu, yue)
  and ``syllables`` overrides whole syllables;
- ``compose = "hangul"``: finals are written as Hangul with ㅇ (``"ao" = "아오"``); the initial's
  jamo replaces the ㅇ of the first block, and ``palatal`` respells its vowel after some initials
  (NIKL: ㅑㅖㅛㅠ after ㅈㅉㅊ are written ㅏㅔㅗㅜ, so jiang is 장).

Finals are named as in the pinyin tables (GB/T 16159): ``iou``, ``uei``, ``uen`` (written iu,
ui, un after an initial), ``ü``, ``üe``, ``üan``, ``ün`` (written u after j, q, x), ``-i`` for
the vowel of zi ci si and ``-ri`` for that of zhi chi shi ri.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from termbase.romanize import hangul
from termbase.romanize.system import System

INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcs")
#: Interjections and syllabic nasals: read only when they stand alone, never inside a word.
STANDALONE = frozenset({"m", "n", "ng", "hm", "hng", "ê", "o"})
_ZERO = {
    "yi": "i", "ya": "ia", "yo": "io", "ye": "ie", "yai": "iai", "yao": "iao", "you": "iou",
    "yan": "ian", "yin": "in", "yang": "iang", "ying": "ing", "yong": "iong", "yu": "ü",
    "yue": "üe", "yuan": "üan", "yun": "ün", "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai",
    "wei": "uei", "wan": "uan", "wen": "uen", "wang": "uang", "weng": "ueng",
}  # fmt: skip
_FULL = {"iu": "iou", "ui": "uei", "un": "uen"}


def split(syllable: str) -> tuple[str, str]:
    """(initial, final) of a toneless pinyin syllable; the initial is "" for yi, wu, a, er."""
    if syllable in _ZERO:
        return "", _ZERO[syllable]
    if syllable in STANDALONE:
        return "", syllable
    initial = next((i for i in INITIALS if syllable.startswith(i) and len(syllable) > len(i)), "")
    rest = syllable[len(initial) :]
    if initial in ("j", "q", "x") and rest.startswith("u"):
        return initial, "ü" + rest[1:]
    if rest == "i" and initial in ("z", "c", "s"):
        return initial, "-i"
    if rest == "i" and initial in ("zh", "ch", "sh", "r"):
        return initial, "-ri"
    return initial, _FULL.get(rest, rest)


def _rewrite(spelling: str, rules: list[list[str]]) -> str:
    for old, new in rules:
        spelling = spelling.replace(old, new)
    return spelling


def _latin(syllable: str, options: Mapping[str, Any]) -> str:
    whole = options.get("syllables", {}).get(syllable)
    if whole is not None:
        return str(whole)
    initial, final = split(syllable)
    zero = options.get("zero", {})
    if not initial:
        return str(zero[syllable] if syllable in zero else options["finals"][final])
    after = options.get("after", {}).get(initial, {})
    spelt = after[final] if final in after else options["finals"][final]
    return str(options["initials"][initial]) + str(spelt)


def _hangul(syllable: str, options: Mapping[str, Any]) -> str:
    whole = options.get("syllables", {}).get(syllable) or options.get("zero", {}).get(syllable)
    initial, final = split(syllable)
    if whole is not None or not initial:
        return str(whole or options["finals"][final])
    after = options.get("after", {}).get(initial, {})
    written = str(after[final] if final in after else options["finals"][final])
    consonant = str(options["initials"][initial])
    _, vowel, batchim = hangul.decompose(written[0])
    palatal = options.get("palatal", {})
    if consonant in palatal.get("initials", ""):
        vowel = palatal.get("vowels", {}).get(vowel, vowel)
    return hangul.compose(consonant, vowel, batchim) + written[1:]


def finish(system: System, inventory: frozenset[str]) -> System:
    """``system`` with the table its rules make (unchanged when it has no rules)."""
    options = system.options
    style = options.get("compose")
    if style is None and "rewrite" not in options:
        return system
    table: dict[str, Any] = dict(system.table)
    if style is not None:
        make = _hangul if style == "hangul" else _latin
        table = {syllable: make(syllable, options) for syllable in sorted(inventory)}
    rules = options.get("rewrite", [])
    table = {syllable: _rewrite(str(spelling), rules) for syllable, spelling in table.items()}
    return dataclasses.replace(system, table=table)
