"""Hypothesis strategies for well-formed kana readings."""

from __future__ import annotations

from hypothesis import strategies as st

from termbase.romanize.ja.kana import base_table, onset_of

SMALL = set("ぁぃぅぇぉゃゅょゎ")
SYLLABLES = sorted(k for k in base_table() if k not in SMALL and k not in ("ん",))
CONSONANT_SYLLABLES = [s for s in SYLLABLES if onset_of(s) not in "aiueo"]


def _to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


@st.composite
def morpheme(draw: st.DrawFn) -> str:
    """Syllables with optional ん, ー and っ (before a consonant) in well-formed places."""
    out: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.integers(0, 6)) == 0:
            out.append("っ" + draw(st.sampled_from(CONSONANT_SYLLABLES)))
        else:
            out.append(draw(st.sampled_from(SYLLABLES)))
        extra = draw(st.integers(0, 8))
        if extra == 0:
            out.append("ん")
        elif extra == 1:
            out.append("ー")
    return "".join(out)


@st.composite
def word(draw: st.DrawFn) -> str:
    text = "-".join(draw(st.lists(morpheme(), min_size=1, max_size=3)))
    return _to_katakana(text) if draw(st.booleans()) else text


@st.composite
def readings(draw: st.DrawFn) -> str:
    """Well-formed readings: words, sometimes with a standalone particle between them."""
    parts = draw(
        st.lists(st.one_of(word(), word(), st.sampled_from(["は", "へ", "を", "の"])), min_size=1, max_size=4)
    )
    if parts[0] in ("は", "へ", "を", "の"):
        parts.insert(0, draw(word()))
    return " ".join(parts)
