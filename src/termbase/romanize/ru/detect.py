"""Which systems a Latin spelling fits, and whether a reading is well-formed Cyrillic."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import partial

from termbase.romanize.hangul import add_final, decompose, is_syllable
from termbase.romanize.ru.reading import APOSTROPHES, Reader, spelling_norm
from termbase.romanize.ru.syllabic import Syllabary, has_hangul, has_kana, syllabify
from termbase.romanize.ru.text import RUSSIAN_LETTERS, is_cyrillic, normalize_reading

#: Readings tried per word when checking whether a system could have produced it.
CANDIDATES = 1024
#: A Latin word with the apostrophes, primes and graves that systems use as letters.
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\ufe20-\ufe2f" + re.escape(APOSTROPHES) + "])+")

Spell = Callable[[str, str], str]  # (Cyrillic, system id) -> rendering


#: Letter sequences Russian spelling does not use (жи ши for жы шы, ча чу ща щу for чя чю щя
#: щю, ъ only before е ё ю я, no sign first or twice, no ы after и ы й, no и after й) or
#: hardly ever (кх зх цх жх гх: what ISO 9 would mean by kh zh ch; сх before a consonant: what
#: Polish would mean by German sch), nor in names (a husher or ц before a sibilant, сж сщ зш зщ
#: штш: what Portuguese would mean by Dutch sj, Croatian by Finnish štš; a final -вс: Latvian -vs;
#: й after a consonant, or first before one: Nordic sj tj).
_UNRUSSIAN = re.compile(
    r"[жш]ы|[чщ][яю]|^[ъь]|[ъь][ъь]|ъ(?![еёюя])|[иый]ы|й[и]|[кзцжг]х|сх(?![аеёиоуыэюя])"
    r"|[жшщчц][сзжшщц]|с[жшщ]|з[шщ]|штш|вс$|[бвгджзклмнпрстфхцчшщ]й|^й(?![аеёиоуыэюя])"
)


def _fits(word: str, reader: Reader, spell: Callable[[str], str]) -> bool:
    target = spelling_norm(word)
    if not reader.alphabet.issuperset(target):  # a letter the system never writes: cheap no
        return False
    return any(
        not _UNRUSSIAN.search(cyrillic) and spelling_norm(spell(cyrillic)) == target
        for cyrillic in reader.read_all(target, CANDIDATES)
    )


def _spell_in(spell: Spell, system_id: str, cyrillic: str) -> str:
    return spell(cyrillic, system_id)


class FitCache:
    """Remembers whether a system fits a word: names share words, and each check reads the word
    back in up to ``CANDIDATES`` ways and spells every reading again."""

    def __init__(self, size: int = 65_536) -> None:
        self.size = size
        self._fits: dict[tuple[str, str], bool] = {}

    def fits(self, word: str, system_id: str, reader: Reader, spell: Spell) -> bool:
        found = self._fits.get((word, system_id))
        if found is None:
            found = _fits(word, reader, partial(_spell_in, spell, system_id))
            if len(self._fits) >= self.size:
                self._fits.clear()
            self._fits[(word, system_id)] = found
        return found

    def clear(self) -> None:
        self._fits.clear()


def plausible_systems(
    text: str, readers: Mapping[str, Reader], spell: Spell, cache: FitCache | None = None
) -> tuple[str, ...]:
    """Ids of the systems that spell every Latin word of ``text`` exactly so (case aside).

    A system fits a word when one of its readings of the word, spelt again by the system,
    gives the word back; readings Russian spelling would not use (йа, жы, кх ...) do not count
    (Khrushchev is not ISO 9 for кхрусхцхев). Cyrillic text fits no system: it is a reading.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words or any(is_cyrillic(c) for word in words for c in word):
        return ()
    cache = cache or FitCache(size=len(words) * len(readers))
    return tuple(
        system_id
        for system_id, reader in readers.items()
        if all(cache.fits(word, system_id, reader, spell) for word in words)
    )


def _describe(char: str) -> str:
    return f"{char!r} (U+{ord(char):04X})"


def _problem(char: str) -> str | None:
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn") and char not in "\t\n\r":
        return f"control or unassigned character {_describe(char)}"
    if category[0] not in "LM" or char in RUSSIAN_LETTERS:
        return None
    if category[0] == "M":
        return f"combining mark {_describe(char)} is not used in Russian (stress accents are dropped)"
    if is_cyrillic(char):
        return (
            f"{_describe(char)} is not in the modern Russian alphabet "
            "(Ukrainian, Belarusian and pre-1918 letters are not supported)"
        )
    return f"{_describe(char)} is not a Cyrillic letter: a Russian reading is the Cyrillic form itself"


def check_reading(reading: str) -> str | None:
    """``None`` for Cyrillic text (with spaces, hyphens, digits, punctuation), else why not."""
    text = normalize_reading(reading)
    if not text.strip():
        return "empty reading: give the Russian form in Cyrillic"
    for char in text:
        problem = _problem(char)
        if problem:
            return problem
    if not any(char in RUSSIAN_LETTERS for char in text):
        return "no Cyrillic letter: a Russian reading is the Cyrillic form itself"
    return None


def syllabary_alphabet(syllabary: Syllabary) -> frozenset[str]:
    """Every character a Hangul or katakana system can write: each onset with each vowel, each
    consonant alone, each vowel alone; for Hangul, each of those with each final consonant."""
    written = {syllabary.alone(onset, final=final) for onset in syllabary.onsets for final in (False, True)}
    written |= {syllabary.syllable(onset, vowel) for onset in syllabary.onsets for vowel in syllabary.vowels}
    written |= {syllabify(vowel, syllabary) for vowel in syllabary.vowels}
    written |= set(syllabary.marks.values())
    chars = {char for text in written for char in text}
    if syllabary.script == "hangul":
        finals = {jamo for jamo, _ in syllabary.batchim.values()}
        chars |= {
            add_final(c, f) for c in list(chars) if is_syllable(c) and not decompose(c)[2] for f in finals
        }
    return frozenset(chars)


def is_syllabic(text: str) -> bool:
    return has_hangul(text) or has_kana(text)


def syllabic_systems(text: str, alphabets: Mapping[str, frozenset[str]]) -> tuple[str, ...]:
    """Hangul or katakana systems that write every letter of ``text`` (which has no other letters)."""
    letters = {char for char in unicodedata.normalize("NFC", text) if char.isalpha() or char == "ー"}
    return tuple(system_id for system_id, alphabet in alphabets.items() if letters and letters <= alphabet)
