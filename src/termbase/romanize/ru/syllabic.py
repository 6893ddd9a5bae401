"""Syllabic scripts for Russian names: Korean Hangul and Japanese katakana.

A syllabic system's ``[table]`` spells Cyrillic as a string of phoneme tokens (context rules as
in every system: ``"л" = { "after:vowels before:vowels" = "Ll" }``); its
``[options.syllabary]`` says how tokens make syllables, which no letter table can::

    [options.syllabary]
    script = "hangul"                       # or "kana"
    vowels = { a = "ㅏ", ja = "ㅑ", ... }     # hangul: vowel jamo; kana: the vowel alone (ア)
    [options.syllabary.onsets]
    sh = { initial = "ㅅ", alone = "시", vowels = { a = "ㅑ" } }      # hangul
    b = { a = "バ", i = "ビ", u = "ブ", e = "ベ", o = "ボ", alone = "ブ" }   # kana
    [options.syllabary.batchim]             # hangul: a final consonant, or its fallback onset
    N = ["ㄴ", "n"]
    [options.syllabary.marks]               # tokens copied as they are (the kana long mark)
    "ː" = "ー"

An onset before a vowel makes one syllable; an onset before no vowel is written ``alone`` (or
``final`` at the end of a word: Молотов -> モロトフ, 몰로토프). A kana onset before an iotated vowel
(ja ju jo je) is its ``i`` kana and a small ャ ュ ョ ェ unless the row gives the syllable itself.
A batchim token closes the syllable before it when it can (마 + N -> 만), else it is spelt as its
fallback onset alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from termbase.romanize.hangul import add_final, compose, decompose, is_syllable

_SMALL = {"ja": "ャ", "ju": "ュ", "jo": "ョ", "je": "ェ"}


@dataclass(frozen=True, slots=True)
class Syllabary:
    """A syllabic system's token rules, compiled."""

    script: str
    vowels: Mapping[str, str]
    onsets: Mapping[str, Mapping[str, Any]]
    batchim: Mapping[str, tuple[str, str]]
    marks: Mapping[str, str]
    pattern: re.Pattern[str]

    def syllable(self, onset: str, vowel: str) -> str:
        row = self.onsets[onset]
        if self.script == "hangul":
            return compose(row["initial"], row.get("vowels", {}).get(vowel, self.vowels[vowel]))
        if vowel in row:
            return str(row[vowel])
        return str(row["i"]) + _SMALL[vowel] if vowel in _SMALL else str(row.get(vowel, ""))

    def alone(self, onset: str, *, final: bool) -> str:
        row = self.onsets[onset]
        return str(row["final"] if final and "final" in row else row["alone"])


def compile_syllabary(spec: Mapping[str, Any]) -> Syllabary:
    onsets: Mapping[str, Mapping[str, Any]] = spec.get("onsets", {})
    batchim = {token: (pair[0], pair[1]) for token, pair in spec.get("batchim", {}).items()}
    marks: Mapping[str, str] = spec.get("marks", {})
    tokens = sorted({*onsets, *spec["vowels"], *batchim, *marks}, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, tokens)) + "|.", re.DOTALL)
    return Syllabary(spec["script"], spec["vowels"], onsets, batchim, marks, pattern)


def _close(out: list[str], jamo: str) -> bool:
    """Put ``jamo`` under the last syllable as its final consonant, if it has none."""
    if out and is_syllable(out[-1][-1:]) and not decompose(out[-1][-1])[2]:
        out[-1] = out[-1][:-1] + add_final(out[-1][-1], jamo)
        return True
    return False


def syllabify(spelt: str, syllabary: Syllabary) -> str:
    """A word's phoneme tokens (the table's output) written in syllables."""
    tokens: list[str] = syllabary.pattern.findall(spelt)
    out: list[str] = []
    for index, token in enumerate(tokens):
        nxt = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in syllabary.onsets:
            if nxt in syllabary.vowels:
                continue  # the vowel writes the syllable
            out.append(syllabary.alone(token, final=not nxt))
        elif token in syllabary.vowels:
            prev = tokens[index - 1] if index else ""
            onset = prev if prev in syllabary.onsets else ""
            out.append(syllabary.syllable(onset, token) if onset else _vowel(token, syllabary))
        elif token in syllabary.batchim:
            jamo, fallback = syllabary.batchim[token]
            if not _close(out, jamo):
                out.append(syllabary.alone(fallback, final=not nxt))
        else:
            out.append(syllabary.marks.get(token, token))
    return "".join(out)


def _vowel(token: str, syllabary: Syllabary) -> str:
    if syllabary.script == "hangul":
        return compose("", syllabary.vowels[token])
    return syllabary.vowels[token]


# Keys: Hangul and kana reduced to what transcriptions of one name agree on.

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]")
#: Final consonants as the initials they sound like (칼리놉카 = 칼리노브카: ㅂ under 놉 is 브).
_FINAL_AS_INITIAL = {
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
}  # fmt: skip
_TENSE = str.maketrans("ㄲㄸㅃㅆㅉㅐㅒ", "ㄱㄷㅂㅅㅈㅔㅖ")
_SMALL_KANA = str.maketrans(
    {**dict(zip("ぁぃぅぇぉゃゅょゎゔ", "あいうえおやゆよわぶ", strict=True)), "っ": None, "ー": None}
)
_RUNS = re.compile(r"(.)\1+")


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


def has_kana(text: str) -> bool:
    return bool(_KANA.search(text))


def hangul_skeleton(word: str) -> str:
    """Jamo of ``word`` without the epenthetic ㅡ, the silent ㅇ, tense/plain and final/initial
    distinctions, and doubled letters (몰로토프 = 모로토프; 흐루쇼프 = 흐루쇼프)."""
    jamo: list[str] = []
    for char in word:
        if is_syllable(char):
            initial, vowel, final = decompose(char)
            jamo += [initial, vowel, _FINAL_AS_INITIAL.get(final, final)]
        elif "\u3131" <= char <= "\u318e":
            jamo.append(_FINAL_AS_INITIAL.get(char, char))
    flat = "".join(jamo).translate(_TENSE).replace("ㅇ", "").replace("ㅡ", "")
    return _RUNS.sub(r"\1", flat)


def kana_skeleton(word: str) -> str:
    """Hiragana of ``word`` without long marks, sokuon and small-kana distinctions
    (ニキータ = ニキタ; フルシチョフ = ふるしちよふ)."""
    hira = "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in word)
    flat = hira.translate(_SMALL_KANA)
    return _RUNS.sub(r"\1", "".join(c for c in flat if "\u3041" <= c <= "\u3096"))
