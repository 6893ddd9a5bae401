"""Readings to renderings: one table-driven speller runs every system file.

A system is its ``[table]`` (kana -> spelling) and a few ``[options]`` (documented in
docs/romanization/ja.md); nothing here names a particular system.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from termbase.memo import Memo
from termbase.romanize.ja import korean
from termbase.romanize.ja.kana import (
    LONG_BAR,
    Mora,
    merge_long,
    onset_of,
    to_hiragana,
    tokenize,
    vowel_of,
    words,
)
from termbase.romanize.policy import ErrorPolicy, unmappable
from termbase.romanize.system import System

_MARKS = {"macron": "\u0304", "circumflex": "\u0302", "acute": "\u0301"}
LONG_STYLES = ("macron", "circumflex", "acute", "double", "omit")
#: Letters っ cannot double: vowels (Latin, Russian and Ukrainian Cyrillic) and й.
_UNDOUBLED = frozenset("aeiouаеёиоуыэюяйіїє")
_LABIALS = frozenset("bmp")
#: Words remembered per system (each of the 20-odd systems has its own memo).
WORD_MEMO = 16_384
_VOWEL_OR_Y = frozenset("aiueoy")


def _strings(options: Mapping[str, Any], name: str) -> frozenset[str]:
    return frozenset(str(item) for item in options.get(name, ()))


@dataclass(frozen=True, slots=True)
class Speller:
    """A system's table and options, checked and ready to spell readings."""

    system: System
    table: Mapping[str, str]
    units: frozenset[str]
    longest: int
    long_style: str
    long_pairs: frozenset[str]
    n_before_vowel: str
    n_before_labial: str
    geminate_ch: str
    geminate: bool
    diphthong_i: str
    particles: Mapping[str, str]
    capitalize: bool
    lowercase_words: frozenset[str]
    #: Whole words spelt by usage, not by rule (Polish Tokio): hiragana word -> spelling.
    exceptions: Mapping[str, str]
    #: Hangul output: word-initial consonants (ㅋ -> ㄱ ...); None for an alphabet.
    word_initial: Mapping[str, str] | None
    #: Spelt words by (word, policy name): names share words, and lookups re-render them.
    words: Memo[[str, str], str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", Memo(self._spell, maxsize=WORD_MEMO))

    @classmethod
    def of(cls, system: System) -> Speller:
        options, table = system.options, {k: str(v) for k, v in system.table.items()}
        style = str(options.get("long_vowels", "macron"))
        if style not in LONG_STYLES:
            raise ValueError(f"{system.id}: long_vowels must be one of {', '.join(LONG_STYLES)}")
        return cls(
            system=system,
            table=table,
            units=frozenset(k for k in table if k not in ("っ", "ん")),
            longest=max(map(len, table), default=1),
            long_style=style,
            long_pairs=_strings(options, "long_pairs"),
            n_before_vowel=str(options.get("n_before_vowel", "")),
            n_before_labial=str(options.get("n_before_labial", "")),
            geminate_ch=str(options.get("geminate_ch", "")),
            geminate=bool(options.get("geminate", True)),
            diphthong_i=str(options.get("diphthong_i", "")),
            particles={str(k): str(v) for k, v in options.get("particles", {}).items()},
            capitalize=bool(options.get("capitalize", True)),
            lowercase_words=_strings(options, "lowercase_words"),
            exceptions={to_hiragana(str(k)): str(v) for k, v in options.get("exceptions", {}).items()},
            word_initial=_word_initial(options),
        )

    def render(self, reading: str, errors: ErrorPolicy) -> str:
        """The reading in this system, words capitalized (particles and the like kept lower)."""
        return self.render_words(reading_words(reading), errors)

    def render_words(self, parts: Sequence[tuple[str, str]], errors: ErrorPolicy) -> str:
        """A reading cut by :func:`reading_words` (once for every system that spells it)."""
        out = []
        for word, hiragana in parts:
            if word in self.particles:
                out.append(self.particles[word])
                continue
            if hiragana.replace("-", "") in self.exceptions:
                out.append(self.exceptions[hiragana.replace("-", "")])
                continue
            spelt = self.word(hiragana, errors)
            keep_lower = not self.capitalize or word in self.lowercase_words
            out.append(spelt if keep_lower else spelt[:1].upper() + spelt[1:])
        return " ".join(out)

    def word(self, word: str, errors: ErrorPolicy) -> str:
        """One word (hiragana, no spaces) in this system, lower case."""
        if callable(errors):
            return self._spell(word, errors)
        return self.words(word, errors)

    def _spell(self, word: str, errors: ErrorPolicy) -> str:
        morae = merge_long(tokenize(word, self.units, self.longest), self.long_pairs)
        spelt = [self._syllable(m, i, morae) if m.kind == "syl" else "" for i, m in enumerate(morae)]
        for i, mora in enumerate(morae):
            if mora.kind == "n":
                spelt[i] = self._syllabic_n(_next_syllable(morae, i))
            elif mora.kind == "sokuon":
                spelt[i] = self._geminate(spelt[i + 1] if i + 1 < len(morae) else "")
            elif mora.kind == "other":
                spelt[i] = unmappable(mora.kana, errors, system=self.system.id)
        if self.word_initial is not None:
            return korean.join([m.kind for m in morae], spelt, self.word_initial)
        return "".join(spelt)

    def _spelling(self, kana: str) -> str:
        if kana in self.table:
            return self.table[kana]
        return "".join(self.table.get(char, char) for char in kana)

    def _syllable(self, mora: Mora, i: int, morae: list[Mora]) -> str:
        if self.diphthong_i and _is_diphthong_i(morae, i):
            return self.diphthong_i
        spelt = self._spelling(mora.kana)
        if not mora.long or not spelt:
            return spelt
        if self.long_style in _MARKS:
            marked = unicodedata.normalize("NFC", spelt[-1] + _MARKS[self.long_style])
            return spelt[:-1] + marked
        if self.long_style == "double":
            return spelt + spelt[-1]
        return spelt

    def _syllabic_n(self, following: Mora | None) -> str:
        n = self.table.get("ん", "n")
        onset = onset_of(following.kana) if following else ""
        if onset in _LABIALS and self.n_before_labial:
            return self.n_before_labial
        if onset in _VOWEL_OR_Y:
            return n + self.n_before_vowel
        return n

    def _geminate(self, following: str) -> str:
        if self.word_initial is not None:
            return self.table.get("っ", "")
        if not self.geminate:
            return ""
        if following.startswith("ch") and self.geminate_ch:
            return self.geminate_ch
        first = following[:1]
        return first if first.isalpha() and first.lower() not in _UNDOUBLED else ""


def reading_words(reading: str) -> tuple[tuple[str, str], ...]:
    """The words of a reading, each with its hiragana: the same for every system."""
    return tuple((word, to_hiragana(word)) for word in words(reading))


def _word_initial(options: Mapping[str, Any]) -> Mapping[str, str] | None:
    if options.get("script") != "hangul":
        return None
    return {str(k): str(v) for k, v in options.get("word_initial", {}).items()}


def _next_syllable(morae: list[Mora], i: int) -> Mora | None:
    for mora in morae[i + 1 :]:
        if mora.kind != "boundary":
            return mora if mora.kind == "syl" else None
    return None


def _is_diphthong_i(morae: list[Mora], i: int) -> bool:
    """い after a vowel of the same morpheme, before a consonant or the end (Polivanov й)."""
    mora = morae[i]
    if mora.kana != "い" or mora.long or i == 0 or morae[i - 1].kind != "syl":
        return False
    if vowel_of(morae[i - 1].kana) not in ("a", "u", "e", "o"):
        return False
    after = next((m for m in morae[i + 1 :] if m.kind not in ("boundary", "sokuon")), None)
    return after is None or after.kind != "syl" or onset_of(after.kana) not in _VOWEL_OR_Y


__all__ = ["LONG_BAR", "LONG_STYLES", "Speller", "reading_words"]
