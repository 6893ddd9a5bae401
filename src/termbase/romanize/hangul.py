"""Hangul syllables from jamo and back (Unicode's arithmetic, chapter 3.12), for the Korean
transcription systems of every language engine.

    compose("ㅂ", "ㅔ")            -> "베"
    compose("ㅅ", "ㅡ", "ㄹ")      -> "슬"
    decompose("슬")               -> ("ㅅ", "ㅡ", "ㄹ")

Jamo are given as compatibility letters (ㄱ, ㅏ): what people type and what tables are easy to
read in. A syllable with no initial consonant takes ㅇ, as Hangul writes it.
"""

from __future__ import annotations

FIRST_SYLLABLE = 0xAC00
LAST_SYLLABLE = 0xD7A3
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
#: Final consonants (batchim); index 0 is "no final".
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")


def is_syllable(char: str) -> bool:
    return len(char) == 1 and FIRST_SYLLABLE <= ord(char) <= LAST_SYLLABLE


def compose(initial: str, vowel: str, final: str = "") -> str:
    """One syllable block; ``initial`` may be empty (ㅇ is written)."""
    lead = INITIALS.index(initial or "ㅇ")
    block = (lead * len(VOWELS) + VOWELS.index(vowel)) * len(FINALS) + FINALS.index(final)
    return chr(FIRST_SYLLABLE + block)


def decompose(syllable: str) -> tuple[str, str, str]:
    """(initial, vowel, final) of one syllable block; the final is "" when there is none."""
    if not is_syllable(syllable):
        raise ValueError(f"not a Hangul syllable: {syllable!r}")
    offset = ord(syllable) - FIRST_SYLLABLE
    lead, rest = divmod(offset, len(VOWELS) * len(FINALS))
    vowel, final = divmod(rest, len(FINALS))
    return INITIALS[lead], VOWELS[vowel], FINALS[final]


def add_final(syllable: str, final: str) -> str:
    """``syllable`` with ``final`` as its batchim (it must have none yet)."""
    initial, vowel, current = decompose(syllable)
    if current:
        raise ValueError(f"{syllable!r} already has a final consonant")
    return compose(initial, vowel, final)
