"""When a fuzzy hit is a typo of the name, safe to accept, and when it may be another name.

One edit in a long key is a typo ("Vladivostock", "Kuomingtang", "Krushchev"); in a short key
it is as likely another name (Shanxi/Shaanxi, Yoshida/Yoshino). An edit at the end of a word is
an ending, not a typo: Russian family names differ there by sex or case (Chernyshov,
Chernyshova; Stalin, Stalina), so such a hit is offered and never accepted. Nor is an i written
once or twice: every system writes Japanese いい as ii, so Iichirō is another name than Ichirō
(Hatoyama Iichirō is Ichirō's son); the other doubled vowels are long vowels the systems spell
apart, or slips (Tsitsihaar).
"""

from __future__ import annotations

#: Fewest letters in a key (without spaces and hyphens) where one edit is taken for a typo.
SAFE_TYPO_LETTERS = 9
_WORD_BREAKS = " -"


def _edit_span(longer: str, shorter: str) -> tuple[int, int]:
    """Where ``longer`` differs from ``shorter``: [start, end) in ``longer``."""
    start = 0
    while start < len(shorter) and longer[start] == shorter[start]:
        start += 1
    common_end = 0
    while (
        common_end < len(shorter) - start
        and longer[len(longer) - 1 - common_end] == shorter[len(shorter) - 1 - common_end]
    ):
        common_end += 1
    return start, max(start + 1, len(longer) - common_end)


def at_word_end(one: str, other: str) -> bool:
    """True when the strings differ at the end of a word (an ending, not a slip)."""
    longer, shorter = (one, other) if len(one) >= len(other) else (other, one)
    _, end = _edit_span(longer, shorter)
    return end >= len(longer) or longer[end] in _WORD_BREAKS


def doubled_i(one: str, other: str) -> bool:
    """True when the strings differ by an i written beside another (Iichiro, Ichiro)."""
    longer, shorter = (one, other) if len(one) >= len(other) else (other, one)
    if len(longer) != len(shorter) + 1:
        return False
    start, _ = _edit_span(longer, shorter)
    if longer[:start] + longer[start + 1 :] != shorter:
        return False
    return longer[start] == "i" and "i" in longer[start - 1 : start] + longer[start + 1 : start + 2]


def safe_typo(query_key: str, key: str, edits: int) -> bool:
    """One edit, inside a word, in a key long enough that it is not another name."""
    letters = sum(1 for char in key if char not in _WORD_BREAKS)
    return (
        edits == 1
        and letters >= SAFE_TYPO_LETTERS
        and not at_word_end(query_key, key)
        and not doubled_i(query_key, key)
    )
