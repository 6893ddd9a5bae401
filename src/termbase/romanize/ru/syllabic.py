"""Syllabic scripts for Russian names: Korean Hangul, Japanese katakana and Chinese characters.

A syllabic system's ``[table]`` spells Cyrillic as a string of phoneme tokens (context rules as
in every system: ``"л" = { "after:vowels before:vowels" = "Ll" }``); its
``[options.syllabary]`` says how tokens make syllables, which no letter table can::

    [options.syllabary]
    script = "hangul"                       # or "kana", "han"
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
fallback onset alone. A Han onset before an iotated vowel its row does not give is its ``i``
character and the syllabary's ``iotated`` one (ви + я -> 维亚, as the Xinhua table writes вя).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pypinyin import Style, lazy_pinyin

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
    #: Han: the character written after an onset's i-syllable for an iotated vowel (я -> 亚).
    iotated: Mapping[str, str] = field(default_factory=dict)

    def syllable(self, onset: str, vowel: str) -> str:
        row = self.onsets[onset]
        if self.script == "hangul":
            return compose(row["initial"], row.get("vowels", {}).get(vowel, self.vowels[vowel]))
        if vowel in row:
            return str(row[vowel])
        if self.script == "han":
            return str(row["i"]) + self.iotated[vowel] if vowel in self.iotated else ""
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
    iotated: Mapping[str, str] = spec.get("iotated", {})
    return Syllabary(spec["script"], spec["vowels"], onsets, batchim, marks, pattern, iotated)


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


# Han: a Chinese transcription of a Russian name (the Xinhua table's 莫洛托夫) read by sound.
# Pages choose other characters of one sound (维/韦, 夫/弗), other characters for the same
# Russian syllable (维辛斯基 and the table's 维申斯基 for Вышинский), and write nasal syllables the
# table's letter-by-letter spelling does not (安东诺夫 for Антонов, where a syllable-by-syllable
# rendering has 阿恩托诺夫): a word's key is each character's toneless pinyin reduced to an
# onset class and a vowel class, nasal endings and the bare н (恩) dropped.

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Pinyin initials, longest first, and the class each stands for (aspiration and the
#: retroflex/dental/palatal series merged: 德 and 特 both write д and т, 希 ш and щ).
_INITIALS = (
    ("zh", "Z"), ("ch", "Z"), ("sh", "S"), ("b", "B"), ("p", "B"), ("m", "M"), ("f", "V"),
    ("w", "V"), ("d", "D"), ("t", "D"), ("n", "N"), ("l", "L"), ("g", "G"), ("k", "G"),
    ("h", "H"), ("j", "Z"), ("q", "Z"), ("x", "S"), ("r", "Z"), ("z", "Z"), ("c", "Z"),
    ("s", "S"), ("y", ""),
)  # fmt: skip
#: y-spelt finals as the finals they are (ya = ia).
_Y_FINALS = {"i": "i", "a": "ia", "e": "ie", "ao": "iao", "ou": "iu", "an": "ian", "in": "in",
             "ang": "iang", "ing": "ing", "ong": "iong", "u": "v", "ue": "ve", "uan": "van", "un": "vn",
             "o": "io"}  # fmt: skip
#: Pinyin finals (ü as v) by the vowel class of the Russian syllable they write: а; е, и, э, ы;
#: о, ё; у, ю.
_FINAL_CLASS = {
    **dict.fromkeys(("a", "ia", "ua", "an", "uan", "ang", "iang", "uang"), "A"),
    **dict.fromkeys(("e", "ie", "ei", "ai", "uai", "ui", "i", "ian", "van", "en", "in", "un", "vn",
                     "eng", "ing", "ueng"), "E"),
    **dict.fromkeys(("o", "io", "uo", "ao", "iao", "ve", "ong"), "O"),
    **dict.fromkeys(("u", "ou", "iu", "v", "iong"), "U"),
}  # fmt: skip


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


#: Each onset and vowel class written as one character whose pinyin has just those classes, so
#: that a key read again is itself (莫洛托夫 -> 莫洛多夫).
_HAN_CLASS_CHARS = {
    **dict(zip((("", v) for v in "AEOU"), "阿伊奥欧", strict=True)),
    **{(onset, vowel): char
       for onset, chars in (("B", "巴比博布"), ("D", "达德多杜"), ("G", "卡格郭古"), ("Z", "扎济佐祖"),
                            ("S", "萨斯索苏"), ("V", "瓦维沃夫"), ("H", "哈黑霍胡"), ("M", "马米莫穆"),
                            ("N", "纳尼诺努"), ("L", "拉利洛卢"))
       for vowel, char in zip("AEOU", chars, strict=True)},
    ("L", ""): "尔",
}  # fmt: skip


def _han_syllable(pinyin: str) -> tuple[str, str] | None:
    """A syllable's onset and vowel classes; None for what keys leave out."""
    if pinyin in ("en", "n", "ng"):  # 恩: the bare н, or a nasal the next syllable also writes
        return None
    if pinyin in ("er", "r"):  # 尔: the bare л or р
        return ("L", "")
    initial, onset = next(((i, c) for i, c in _INITIALS if pinyin.startswith(i)), ("", ""))
    final = pinyin[len(initial) :]
    if initial == "y":
        final = _Y_FINALS.get(final, final)
    elif initial == "w":
        final = final or "u"
    vowel = _FINAL_CLASS.get(final)
    return (onset, vowel) if vowel else None


def han_skeleton(word: str) -> str:
    """Each Han character of ``word`` as its pinyin's onset and vowel classes (莫洛托夫 and
    莫洛托弗 both 莫洛多夫), a vowel after the same vowel once (安德烈伊 = 安德烈); other
    characters are left out."""
    chars = "".join(_HAN.findall(word))
    classes = [c for c in map(_han_syllable, lazy_pinyin(chars, style=Style.NORMAL)) if c]
    kept = [
        pair
        for i, pair in enumerate(classes)
        if not (i and pair[0] == "" and classes[i - 1][1] == pair[1])
        and not (pair == ("L", "") and i + 1 < len(classes) and classes[i + 1][0] == "L")
    ]
    return "".join(_HAN_CLASS_CHARS[pair] for pair in kept)
