"""Kana readings cut into morae: the input side of the Japanese engine.

A reading is hiragana or katakana (folded to hiragana here), words separated by spaces (or the
katakana middle dot ・), with ``ー`` lengthening the previous vowel and ``-`` marking a morpheme
boundary inside a word. A word is cut into :class:`Mora` values by longest match against a
system's table, so a table that lacks a combination (``きぇ``) spells its kana one by one.

The phonology every system shares (which vowel a mora ends in, whether it starts with a labial or
with a vowel) is read from the Hepburn spellings of the base table ``systems/_kana.toml``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

MoraKind = Literal["syl", "sokuon", "n", "bar", "boundary", "other"]

SOKUON = "っ"
SYLLABIC_N = "ん"
LONG_BAR = "ー"
BOUNDARY = "-"
BARE_VOWELS = frozenset("あいうえお")
WORD_SPLIT = re.compile(r"[\s・]+")

_ITERATION = {"ゝ": False, "ゞ": True}
_EXTRA_KATAKANA = {"ヷ": "ゔぁ", "ヸ": "ゔぃ", "ヹ": "ゔぇ", "ヺ": "ゔぉ", "ヽ": "ゝ", "ヾ": "ゞ"}
_KATA_TO_HIRA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)} | {
    ord(k): v for k, v in _EXTRA_KATAKANA.items()
}


@dataclass(slots=True)
class Mora:
    """One unit of a word: a syllable (``kana`` is its hiragana) or a special sign."""

    kind: MoraKind
    kana: str
    long: str = ""
    """For a syllable: the kana merged into it as a long vowel (``う``, ``お`` ... or ``ー``)."""


@cache
def base_table() -> Mapping[str, str]:
    """The Hepburn spellings of ``_kana.toml``: the shared phonology."""
    path = resources.files("termbase.romanize.ja") / "systems" / "_kana.toml"
    table: dict[str, str] = tomllib.loads(path.read_text(encoding="utf-8"))["table"]
    return table


@cache
def phonology(kana: str) -> str:
    """The Hepburn spelling of a mora's kana (kana by kana when the table lacks the combination)."""
    table = base_table()
    if kana in table:
        return table[kana]
    return "".join(table.get(char, "") for char in kana)


def vowel_of(kana: str) -> str:
    spelt = phonology(kana)
    return spelt[-1] if spelt else ""


def onset_of(kana: str) -> str:
    spelt = phonology(kana)
    return spelt[0] if spelt else ""


def _repeat(previous: str, voiced: bool) -> str | None:
    base = unicodedata.normalize("NFD", previous)[0]
    repeated = unicodedata.normalize("NFC", base + "\u3099") if voiced else base
    return repeated if len(repeated) == 1 else None


def _expand_iteration(text: str) -> str:
    out: list[str] = []
    for char in text:
        repeated = None
        if char in _ITERATION and out and "\u3041" <= out[-1] <= "\u3096":
            repeated = _repeat(out[-1], _ITERATION[char])
        out.append(repeated or char)
    return "".join(out)


def to_hiragana(text: str) -> str:
    """NFKC (half-width kana), katakana to hiragana, iteration marks (ゝゞ) spelt out."""
    folded = unicodedata.normalize("NFKC", text).translate(_KATA_TO_HIRA)
    return _expand_iteration(folded) if ("ゝ" in folded or "ゞ" in folded) else folded


def is_kana(char: str) -> bool:
    """Kana letters, iteration marks and ー (not the middle dot, not bare voicing marks)."""
    return (
        "\u3041" <= char <= "\u3096"
        or "\u309d" <= char <= "\u309e"
        or "\u30a1" <= char <= "\u30fa"
        or "\u30fc" <= char <= "\u30fe"
    )


def words(reading: str) -> list[str]:
    """The words of a reading (NFKC'd, not yet folded to hiragana)."""
    return [w for w in WORD_SPLIT.split(unicodedata.normalize("NFKC", reading)) if w]


_SPECIAL: dict[str, MoraKind] = {SOKUON: "sokuon", SYLLABIC_N: "n", LONG_BAR: "bar", BOUNDARY: "boundary"}


def _match(word: str, i: int, units: frozenset[str], longest: int) -> int:
    """Length of the longest unit at ``word[i]`` (0 if none)."""
    if longest == 2:  # every table today: try the pair, then the single kana
        return 2 if word[i : i + 2] in units and i + 1 < len(word) else int(word[i] in units)
    for size in range(min(longest, len(word) - i), 0, -1):
        if word[i : i + size] in units:
            return size
    return 0


def tokenize(word: str, units: frozenset[str], longest: int) -> list[Mora]:
    """Cut a hiragana word into morae by longest match against ``units``."""
    morae: list[Mora] = []
    i, end = 0, len(word)
    while i < end:
        special = _SPECIAL.get(word[i])
        size = 1 if special else _match(word, i, units, longest)
        if special:
            morae.append(Mora(special, word[i]))
        elif size:
            morae.append(Mora("syl", word[i : i + size]))
        elif morae and morae[-1].kind == "other":
            morae[-1].kana += word[i]
            size = 1
        else:
            morae.append(Mora("other", word[i]))
            size = 1
        i += size
    return morae


def merge_long(morae: list[Mora], pairs: frozenset[str]) -> list[Mora]:
    """Fold ``ー`` and the vowel kana of each long pair into the mora before them."""
    out: list[Mora] = []
    for mora in morae:
        before = out[-1] if out else None
        open_syllable = before is not None and before.kind == "syl" and not before.long
        if mora.kind == "bar":
            if open_syllable and before is not None:
                before.long = LONG_BAR
            continue
        if (
            open_syllable
            and before is not None
            and mora.kind == "syl"
            and mora.kana in BARE_VOWELS
            and vowel_of(before.kana) + vowel_of(mora.kana) in pairs
        ):
            before.long = mora.kana
            continue
        out.append(mora)
    return out
