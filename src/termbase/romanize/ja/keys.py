"""Any string to the Japanese phonological keys (the second key level, after ``fold``).

Kana is spelt literally in Latin first (a hidden system over the base table: no long-vowel
merging, ``ー`` as a doubled vowel, ``n`` with no separator), then every string, kana-born or typed,
goes through the same Latin reduction (:mod:`termbase.romanize.ja.latin`). One reduction for all
input is what makes every system's rendering of a reading meet the reading itself.

Han characters make a string unreadable here (empty key set): the index matches Han by character
fold, and keys never guess readings.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

from termbase.errors import UnmappableError
from termbase.romanize.ja import korean, variants
from termbase.romanize.ja.kana import base_table, to_hiragana, words
from termbase.romanize.ja.latin import latin_keys
from termbase.romanize.ja.render import Speller
from termbase.romanize.system import System
from termbase.scripts import char_class

#: Every spelling a standalone particle takes in some system (Hepburn wa, Nihon-shiki ha ...).
PARTICLE_SOUNDS: dict[str, tuple[str, ...]] = {"は": ("wa", "ha"), "へ": ("e", "he"), "を": ("o",)}
_MAX_VARIANTS = 16  # particle mixes spelt out; each may add oh/nn readings (at most 64 keys)
_HAN = re.compile(f"[{char_class('Hani')}]")
_KANA_CHAR = re.compile(r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe]")
#: A ー after an i-row kana: systems write it ī, î, ii or not at all (it is not いい).
_I_LONG_BAR = re.compile("(?<=[いきしちにひみりぎじぢびぴゐぃイキシチニヒミリギジヂビピヰィ])ー")
_KANA_RUN = re.compile(r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\-]+")


@cache
def _kana_speller() -> Speller:
    options = {
        "long_vowels": "double",
        "long_pairs": [],
        "n_before_vowel": "",
        "geminate_ch": "t",
        "capitalize": False,
    }
    system = System(
        id="ja-key",
        lang="ja",
        target="ja-Latn",
        name="key spelling",
        authority="internal",
        options=options,
        table=base_table(),
    )
    return Speller.of(system)


#: Katakana loanwords end in -iya and -ia alike (シベリヤ, シベリア; ロシヤ, ロシア); native names
#: ending in -iya (Sannomiya) are written in hiragana or kanji and keep it.
_LOANWORD_IYA = re.compile(r"(?<=[ィイキシチニヒミリギジビピ])ヤ$")


#: A run of kana spelt in Latin (``kana_to_latin``, or an engine's memo of it).
KanaToLatin = Callable[[str], str]


def kana_to_latin(run: str) -> str:
    """A run of kana spelt literally in Latin (the key spelling; not remembered here: the
    engine owns a memo of it, as names share their kana runs)."""
    if _LOANWORD_IYA.search(run):
        run = run[:-1] + "ア"
    return _kana_speller().word(to_hiragana(run), "strict")


def _word_sounds(word: str, kana_latin: KanaToLatin) -> tuple[str, ...]:
    """The Latin spellings one word may stand for (several only for a standalone particle)."""
    if word in PARTICLE_SOUNDS:
        return PARTICLE_SOUNDS[word]
    if not _KANA_CHAR.search(word):
        return (word,)
    return (_KANA_RUN.sub(lambda m: kana_latin(m.group()), word),)


def phonetic_keys(text: str, kana_latin: KanaToLatin = kana_to_latin) -> frozenset[str]:
    """The keys of ``text`` read as Japanese; empty when it cannot be (never raises)."""
    text = unicodedata.normalize("NFKC", text)
    if _HAN.search(text):
        return frozenset()
    if korean.HANGUL.search(text):
        key = korean.hangul_key(text)
        return frozenset((key,)) if key else frozenset()
    if not _KANA_CHAR.search(text):  # Latin or Cyrillic: no particles to spell out
        exonyms_read = variants.with_exonyms_read(text)
        if exonyms_read is None:
            return frozenset(latin_keys(text))
        return frozenset(latin_keys(text)) | phonetic_keys(exonyms_read, kana_latin)
    try:
        split = words(text)
        choices = [_word_sounds(word, kana_latin) for word in split]
        spellings = [*_spellings(choices), *_loanword_spellings(split, choices, kana_latin)]
    except UnmappableError:
        return frozenset()
    keys: set[str] = set()
    for spelling in spellings:
        keys.update(latin_keys(" ".join(spelling), from_kana=True))
    if _I_LONG_BAR.search(text):
        keys.update(phonetic_keys(_I_LONG_BAR.sub("", text), kana_latin))
    hangul = variants.kana_hangul_key(text) if keys else None
    return frozenset(keys | {hangul}) if hangul else frozenset(keys)


def _loanword_spellings(
    split: list[str], choices: list[tuple[str, ...]], kana_latin: KanaToLatin
) -> Iterator[tuple[str, ...]]:
    """The text with its katakana words in their other loanword spellings (ハルピン as ハルビン),
    each particle spelt each way."""
    others = [[kana_latin(v) for v in variants.katakana_variants(word)] for word in split]
    for j in range(max(map(len, others), default=0)):
        for p in range(max(map(len, choices))):
            yield tuple(
                alt[min(j, len(alt) - 1)] if alt else sounds[min(p, len(sounds) - 1)]
                for alt, sounds in zip(others, choices, strict=True)
            )


def _spellings(choices: list[tuple[str, ...]]) -> Iterator[tuple[str, ...]]:
    """Every mix of particle spellings, or (past 16) each system's uniform choice (all wa, all ha)."""
    if math.prod(map(len, choices)) <= _MAX_VARIANTS:
        return itertools.product(*choices)
    widest = max(map(len, choices))
    return (tuple(c[min(i, len(c) - 1)] for c in choices) for i in range(widest))
