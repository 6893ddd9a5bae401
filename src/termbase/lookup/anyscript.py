"""Queries in scripts no engine reads (Greek, Arabic, Persian, Hebrew, Georgian, Armenian,
Thai, Devanagari, Hangul ...): transliterated to Latin by anyascii, then looked up by the same
keys. A transliteration is a guess at how the name sounds (Arabic writes few vowels, Greek
"ου" comes out "oy"), so what it finds is offered as a candidate, never accepted.

anyascii (ISC licence, pure Python, maintained) covers every script in Unicode with one table
per block; PyICU's transforms are better for some scripts but need ICU's headers to build.
"""

from __future__ import annotations

import unicodedata

from anyascii import anyascii

from termbase.detect import script_of

#: Scripts an engine (or the fold) reads directly.
ENGINE_SCRIPTS = frozenset({"Latn", "Cyrl", "Hani", "Hira", "Kana", "Bopo"})


def other_script(text: str) -> str | None:
    """The name of the first script in ``text`` that no engine reads ("Greek", "Arabic"),
    or None when every letter is in one that does."""
    for char in unicodedata.normalize("NFKC", text):  # fullwidth and halfwidth forms too
        if not char.isalpha() or script_of(char) in ENGINE_SCRIPTS:
            continue
        name = unicodedata.name(char, "")
        if name:
            return name.split(" ", 1)[0].title()
    return None


def to_latin(text: str) -> str:
    """``text`` transliterated to ASCII Latin, whitespace collapsed."""
    return " ".join(anyascii(text).split())
