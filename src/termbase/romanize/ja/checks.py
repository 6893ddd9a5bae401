"""Is a reading well formed? Which systems could have produced a spelling?"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

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

#: Spelling features a Latin text may show, each a regular expression over the lower-cased text.
FEATURES: dict[str, re.Pattern[str]] = {
    "macron": re.compile(r"[āīūēō]"),
    "circumflex": re.compile(r"[âîûêô]"),
    "double": re.compile(r"aa|uu|ee|oo"),
    "ou": re.compile(r"ou"),
    "oh": re.compile(r"oh(?![aiueoy])"),
    "m-labial": re.compile(r"m(?=[bmp])"),
    "n-labial": re.compile(r"n(?=[bmp])"),
    "n-apostrophe": re.compile(r"n['’ʼ](?=[aiueoyāīūēōâîûêô])"),
    "n-hyphen": re.compile(r"n-(?=[aiueoyāīūēōâîûêô])"),
    "hepburn-consonants": re.compile(r"sh|ch|ts|j|fu"),
    "kunrei-consonants": re.compile(r"si|ti|tu|hu|zi|sy|ty|zy"),
    "nihon-consonants": re.compile(r"di|du|dy|wo"),
    "tch": re.compile(r"tch"),
    "cch": re.compile(r"cch"),
}
_NON_POLIVANOV = re.compile(r"[шщчжыь]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def producible(speller: Speller) -> frozenset[str]:
    """The features a system's own spellings (or its accepted variants) can show."""
    table, options = speller.table, speller.system.options
    found = {str(v) for v in options.get("accepted_variants", ())}
    found |= {speller.long_style} if speller.long_style in ("macron", "circumflex", "double") else set()
    found.add("m-labial" if speller.n_before_labial == "m" else "n-labial")
    found |= {{"'": "n-apostrophe", "-": "n-hyphen"}.get(speller.n_before_vowel, "")}
    found |= {{"t": "tch", "c": "cch"}.get(speller.geminate_ch, "")}
    found |= {"hepburn-consonants"} if table.get("し") == "shi" else {"kunrei-consonants"}
    if table.get("ぢ") == "di" or table.get("を") == "wo":
        found.add("nihon-consonants")
    return frozenset(found - {""})


def plausible_systems(text: str, spellers: Iterable[Speller]) -> tuple[str, ...]:
    """Ids of the systems whose spelling rules ``text`` fits (none for kana or unreadable text)."""
    text = unicodedata.normalize("NFC", text).casefold()
    if any(is_kana(char) for char in text) or not phonetic_keys(text):
        return ()
    if _CYRILLIC.search(text):
        if _NON_POLIVANOV.search(text):
            return ()
        return tuple(s.system.id for s in spellers if s.system.target == "ru")
    shown = {name for name, pattern in FEATURES.items() if pattern.search(text)}
    return tuple(s.system.id for s in spellers if s.system.target.endswith("Latn") and shown <= producible(s))
