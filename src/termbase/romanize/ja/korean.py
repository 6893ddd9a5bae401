"""Hangul output for the NIKL transcription of Japanese (외래어 표기법, 일본어 표기), and the key
that Hangul spellings meet kana readings at.

The speller spells each mora with its ``[table]`` entry (the form inside a word: 카, 타, 치);
:func:`join` then writes ん and っ as the finals ㄴ and ㅅ of the syllable before them and gives
the first syllable of a word its plain initial (가 for か, 다 for た, 자 for ち), as the NIKL
rules do. Long vowels are not written (the system's ``long_vowels = "omit"``).

Hangul cannot be read back into kana one way (도 is と or ど at the start of a word, 조 is ぞ
or じょ), so keys do not try: a Hangul spelling and a kana reading meet at :func:`hangul_key`
of the reading's own NIKL spelling, an ASCII key that starts with ``x`` (no Latin spelling
starts so) and folds what Korean texts vary in (토조/도조, 츠/쓰).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from termbase.romanize.hangul import FINALS, add_final, compose, decompose, is_syllable

#: Finals a Japanese word can end a syllable with in Hangul: none, ㄴ (ん) and ㅅ (っ).
_JAPANESE_FINALS = frozenset(("", "ㄴ", "ㅅ"))
_PLAIN_INITIAL = {"ㅋ": "ㄱ", "ㅌ": "ㄷ", "ㅊ": "ㅈ"}
# One ASCII spelling per jamo. The key is a fixed point of the Latin reduction because that passes
# through any lower-case string that starts with "x" (no Latin spelling of Japanese does).
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_INITIAL_LETTERS = (
    "g",
    "gg",
    "n",
    "d",
    "dd",
    "r",
    "m",
    "b",
    "bb",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "c",
    "k",
    "t",
    "p",
    "h",
)
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_VOWEL_LETTERS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
    "yu", "eu", "ui", "i",
)  # fmt: skip
_FINAL_LETTERS = {"": "", "ㄴ": "n", "ㅅ": "q"}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
_WORDS = re.compile(r"[^\s・\-]+")


def join(morae_kinds: Sequence[str], spelt: Sequence[str], word_initial: Mapping[str, str]) -> str:
    """One word's Hangul from its morae's spellings: ん and っ become finals, the first
    syllable takes its word-initial consonant."""
    blocks: list[str] = []
    for kind, text in zip(morae_kinds, spelt, strict=True):
        if kind in ("n", "sokuon"):
            if (
                blocks
                and text in FINALS
                and is_syllable(blocks[-1][-1:])
                and not decompose(blocks[-1][-1])[2]
            ):
                blocks[-1] = blocks[-1][:-1] + add_final(blocks[-1][-1], text)
            continue
        if text:
            blocks.append(text)
    word = "".join(blocks)
    if word and is_syllable(word[0]):
        initial, vowel, final = decompose(word[0])
        if initial in word_initial:
            word = compose(word_initial[initial], vowel, final) + word[1:]
    return word


def _syllable_key(syllable: str, first: bool) -> str | None:
    initial, vowel, final = decompose(syllable)
    if final not in _JAPANESE_FINALS:
        return None
    if first:
        initial = _PLAIN_INITIAL.get(initial, initial)
    if initial == "ㅊ" and vowel == "ㅡ":
        initial = "ㅆ"  # つ: 츠 in common usage, 쓰 in NIKL's
    return (
        _INITIAL_LETTERS[_INITIALS.index(initial)]
        + _VOWEL_LETTERS[_VOWELS.index(vowel)]
        + _FINAL_LETTERS[final]
    )


def hangul_key(text: str) -> str | None:
    """The key of a Hangul spelling (None if it has other characters or finals Japanese lacks)."""
    parts = ["x"]
    for word in _WORDS.findall(text):
        for i, char in enumerate(word):
            if not is_syllable(char):
                return None
            code = _syllable_key(char, first=i == 0)
            if code is None:
                return None
            parts.append(code)
    return "".join(parts) if len(parts) > 1 else None


#: What a Hangul key looks like (the Latin reduction passes these through unchanged).
KEY_PATTERN = re.compile(r"x[a-z]+")
