"""Keys of Sino-Korean and Sino-Vietnamese spellings, prefixed so the two never meet.

- Korean: ``ko:`` and the Hangul with spaces taken out and the initial-sound law folded at the
  start of every word (류사기 and 유사기 both give ``ko:유사기``; 로동당 gives ``ko:노동당``);
  Arabic numerals stay as written (第5方面軍 and 제5방면군 both give ``ko:제5방면군``).
- Vietnamese: ``vi:`` and the syllables in lowercase, tone marks and vowel marks off, đ kept as
  d, one space between syllables (Mao Trạch Đông gives ``vi:mao trach dong``). Latin text is
  read as Vietnamese only when it could be: every word a Vietnamese syllable, and either a
  Vietnamese letter or mark (đ, ư, ạ ...) in it or at least two words, so that an English
  "Chu" does not meet every Chu in Vietnamese.
"""

from __future__ import annotations

import re
import unicodedata

from termbase.romanize import hangul

KO, VI = "ko:", "vi:"
#: A word of Hangul syllables, with the Arabic numerals Korean writes among them (제5방면군).
_HANGUL_WORD = re.compile(r"(?=[0-9]*[\uac00-\ud7a3])[\uac00-\ud7a30-9]+")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_MARKS = re.compile(r"[đươăâêôạ-ỹàáảãèéẻẽìíỉĩòóỏõùúủũỳýỷỹ]")
#: The initial-sound law (두음법칙): ㄹ before i/y vowels drops, ㄹ before others becomes ㄴ,
#: ㄴ before i/y vowels drops.
_Y_VOWELS = frozenset("ㅑㅕㅖㅛㅠㅣ")


def initial_law(syllable: str) -> str:
    """A word-initial Hangul syllable with the initial-sound law applied (리 -> 이, 로 -> 노)."""
    initial, vowel, final = hangul.decompose(syllable)
    if initial in ("ㄹ", "ㄴ") and vowel in _Y_VOWELS:
        return hangul.compose("ㅇ", vowel, final)
    if initial == "ㄹ":
        return hangul.compose("ㄴ", vowel, final)
    return syllable


def korean_key(text: str) -> str | None:
    """``ko:`` key of a Hangul spelling (words of Hangul syllables only), else None."""
    words = text.split()
    if not words or not all(_HANGUL_WORD.fullmatch(word) for word in words):
        return None
    return KO + "".join(initial_law(word[0]) + word[1:] if not word[0].isdigit() else word for word in words)


def _base(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def vietnamese_key(text: str, *, prefixed: bool = False) -> str | None:
    """``vi:`` key of a Vietnamese-Latin spelling, else None (``prefixed``: it was a key)."""
    lowered = unicodedata.normalize("NFC", text.lower())
    words = _base(lowered).replace("-", " ").split()
    if not words or not all(_SYLLABLE.fullmatch(word) for word in words):
        return None
    if not (prefixed or _MARKS.search(lowered) or len(words) > 1):
        return None
    return VI + " ".join(words)
