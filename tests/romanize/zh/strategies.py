"""Hypothesis strategies: random well-formed tone-marked pinyin readings."""

from __future__ import annotations

from hypothesis import strategies as st

from termbase.romanize.zh.compose import STANDALONE
from termbase.romanize.zh.syllables import APOSTROPHE_INITIALS, inventory, place_tone

PINYIN_GROUPS = ("aeê", "o", "iuü", "mnrz")
SYLLABLES = sorted(inventory() - STANDALONE)


def spell_word(syllables: list[tuple[str, int]], capital: bool) -> str:
    out = ""
    for syllable, tone in syllables:
        if out and syllable[0] in APOSTROPHE_INITIALS:
            out += "'"
        out += place_tone(syllable, tone, PINYIN_GROUPS)
    return out[:1].upper() + out[1:] if capital else out


word = st.builds(
    spell_word,
    st.lists(st.tuples(st.sampled_from(SYLLABLES), st.integers(1, 5)), min_size=1, max_size=3),
    st.booleans(),
)
# At most 6 syllables: the documented bound within which every rendering keeps its key (zh.md).
readings = st.lists(word, min_size=1, max_size=2).map(" ".join)
