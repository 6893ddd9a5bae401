"""Is a reading well formed? Which systems could have produced a spelling?"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from termbase.romanize.ja import korean
from termbase.romanize.ja.kana import (
    BOUNDARY,
    Mora,
    base_table,
    is_kana,
    onset_of,
    to_hiragana,
    tokenize,
)
from termbase.romanize.ja.keys import phonetic_keys
from termbase.romanize.ja.render import Speller

_SMALL = frozenset("ぁぃぅぇぉゃゅょゎ")
_SEPARATORS = frozenset(" ・")
_VOWELS = frozenset("aiueo")


def _bad_character(reading: str) -> str | None:
    for char in reading:
        if not (is_kana(char) or char in _SEPARATORS or char == BOUNDARY):
            name = unicodedata.name(char, "unnamed")
            return f"{char!r} (U+{ord(char):04X} {name}) is not kana; write readings in hiragana or katakana"
    return None


def _consonant_syllable(mora: Mora | None) -> bool:
    return mora is not None and mora.kind == "syl" and onset_of(mora.kana) not in _VOWELS


def _bad_mora(morae: list[Mora]) -> str | None:
    for i, mora in enumerate(morae):
        after = morae[i + 1] if i + 1 < len(morae) else None
        if mora.kind == "syl" and mora.kana in _SMALL:
            return f"small {mora.kana!r} does not follow a kana it can combine with"
        if mora.kind == "sokuon" and not _consonant_syllable(after):
            return "'っ' must stand before a consonant"
        if mora.kind == "bar" and (i == 0 or morae[i - 1].kind != "syl"):
            return "'ー' must follow a syllable"
        if mora.kind == "other":
            return f"{mora.kana!r} cannot be read"
    return None


def _bad_word(word: str) -> str | None:
    if word.startswith(BOUNDARY) or word.endswith(BOUNDARY) or BOUNDARY * 2 in word:
        return f"the morpheme boundary '-' must stand between two kana, not as in {word!r}"
    table = base_table()
    return _bad_mora(tokenize(to_hiragana(word), frozenset(table), max(map(len, table))))


def check_reading(reading: str) -> str | None:
    """``None`` for a well-formed kana reading, else a one-line reason."""
    reading = unicodedata.normalize("NFKC", reading)
    if not reading.strip():
        return "the reading is empty"
    if reading != reading.strip() or re.search(r"\s\s|[^\S ]", reading):
        return "separate words with single spaces, with none before or after"
    bad = _bad_character(reading)
    if bad:
        return bad
    for word in re.split(r"[ ・]+", reading):
        bad = _bad_word(word)
        if bad:
            return bad
    return None


# --- detection -------------------------------------------------------------------------------

#: Spelling features a text may show, each a regular expression over the lower-cased text. A
#: system fits a text when it can show every feature the text shows (found by spelling probe
#: readings in it) and writes every letter the text has.
FEATURES: dict[str, re.Pattern[str]] = {
    "double": re.compile(r"aa|uu|ee|oo"),
    "ou": re.compile(r"ou"),
    "oh": re.compile(r"oh(?![aiueoy])"),
    "m-labial": re.compile(r"m(?=[bmp])"),
    "n-labial": re.compile(r"n(?=[bmp])"),
    "n-apostrophe": re.compile(r"n['’ʼ](?=[aiueoyjāīūēōâîûêôáíúéó])"),
    "n-hyphen": re.compile(r"n-(?=[aiueoyāīūēōâîûêô])"),
    **{digraph: re.compile(digraph) for digraph in ("sh", "ch", "ts", "j", "fu")},
    **{digraph: re.compile(digraph) for digraph in ("si", "ti", "tu", "hu", "zi", "sy", "ty", "zy")},
    **{digraph: re.compile(digraph) for digraph in ("di", "du", "dy", "wo")},
    **{digraph: re.compile(digraph) for digraph in ("cs", "sz", "zs")},
    "tch": re.compile(r"tch"),
    "cch": re.compile(r"cch"),
}
#: Readings that show how a system writes each rule: long vowels, ん, っ, particles.
_PROBES = ("とう", "おお", "くう", "かあ", "ねえ", "いい", "えい", "ラーメン", "しんぶん", "さんま", "かんぱ",
           "けんいち", "ほっち", "はっとり", "ちゅう", "かなづかい", "ぢ", "を", "ほん を よむ")  # fmt: skip
_CORE = re.compile(r"[あ-ゔ]|[きぎしじちぢにひびぴみり][ゃゅょ]")


def _letters(text: str) -> set[str]:
    """The letters of ``text`` (Hangul syllables as their jamo)."""
    found: set[str] = set()
    for char in unicodedata.normalize("NFC", text):
        if korean.HANGUL.match(char):
            found.update(unicodedata.normalize("NFD", char))
        elif char.isalpha():
            found.add(char)
    return found


@dataclass(frozen=True, slots=True)
class Profile:
    """What a system writes: its letters, the features its spellings (or accepted variants)
    show, and its whole-word exceptions (Tokio), which fit it whatever their letters."""

    system_id: str
    letters: frozenset[str]
    features: frozenset[str]
    exceptions: frozenset[str]

    def fits(self, text: str) -> bool:
        if self.exceptions:
            text = " ".join(w for w in text.split() if w not in self.exceptions)
        shown = {name for name, pattern in FEATURES.items() if pattern.search(text)}
        return _letters(text) <= self.letters and shown <= self.features


def profile(speller: Speller) -> Profile:
    """Spell the probes (and every plain kana) in ``speller``'s system and note what shows."""
    core = [kana for kana in speller.table if _CORE.fullmatch(kana) and kana not in _SMALL]
    spelt = [speller.render(reading, "keep").casefold() for reading in (*core, *_PROBES)]
    spelt += [v.casefold() for v in speller.particles.values()]
    shown = {name for name, pattern in FEATURES.items() if any(pattern.search(s) for s in spelt)}
    shown |= {str(v) for v in speller.system.options.get("accepted_variants", ())}
    exceptions = frozenset(unicodedata.normalize("NFC", v).casefold() for v in speller.exceptions.values())
    return Profile(
        speller.system.id, frozenset(set().union(*map(_letters, spelt))), frozenset(shown), exceptions
    )


def plausible_systems(text: str, profiles: Iterable[Profile]) -> tuple[str, ...]:
    """Ids of the systems whose spelling rules ``text`` fits (none for kana or unreadable text)."""
    text = unicodedata.normalize("NFC", text).casefold()
    if any(is_kana(char) for char in text) or not phonetic_keys(text):
        return ()
    return tuple(p.system_id for p in profiles if p.fits(text))
