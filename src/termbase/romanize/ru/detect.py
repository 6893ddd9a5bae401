"""Which systems a Latin spelling fits, and whether a reading is well-formed Cyrillic."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from termbase.memo import Memo
from termbase.romanize.hangul import add_final, decompose, is_syllable
from termbase.romanize.ru.reading import APOSTROPHES, Reader, spelling_norm
from termbase.romanize.ru.render import spelling_at
from termbase.romanize.ru.rules import Table
from termbase.romanize.ru.syllabic import Syllabary, has_han, has_hangul, has_kana, syllabify
from termbase.romanize.ru.text import RUSSIAN_LETTERS, is_cyrillic, normalize_reading

#: Readings tried per word when checking whether a system could have produced it.
CANDIDATES = 1024
#: A Latin word with the apostrophes, primes and graves that systems use as letters.
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\ufe20-\ufe2f" + re.escape(APOSTROPHES) + "])+")

#: (Cyrillic, system id, target) -> whether the system spells the Cyrillic as the target (both
#: compared after :func:`spelling_norm`).
SpeltAs = Callable[[str, str, str], bool]


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


@dataclass(frozen=True, slots=True)
class Spelling:
    """How detection spells readings again: ``spelt_as`` for any system; ``stepwise``, the
    tables whose spellings can be compared with the word one at a time (no spelling starts with
    a combining mark, so normalizing each is normalizing the whole), with ``norms``: each of
    their spellings normalized."""

    spelt_as: SpeltAs
    stepwise: Mapping[str, Table]
    norms: Mapping[str, str]


def _fits(word: str, system_id: str, reader: Reader, spelling: Spelling) -> bool:
    target = spelling_norm(word)
    if not reader.alphabet.issuperset(target):  # a letter the system never writes: cheap no
        return False
    table = spelling.stepwise.get(system_id)
    found = _fits_stepwise(target, reader, table, spelling.norms) if table is not None else None
    return found if found is not None else _fits_by_readings(target, system_id, reader, spelling)


def _fits_by_readings(target: str, system_id: str, reader: Reader, spelling: Spelling) -> bool:
    """The definition: one of read_all's readings of ``target``, spelt again, gives it back."""
    return any(
        not _UNRUSSIAN.search(cyrillic) and spelling.spelt_as(cyrillic, system_id, target)
        for cyrillic in reader.read_all(target, CANDIDATES)
    )


Steps = list[list[tuple[int, tuple[str, ...]]]]  # per start: (end, readings of target[start:end])


def _steps(target: str, reader: Reader) -> Steps | None:
    """The tokens ``reader.read_all`` cuts ``target`` into, by start; None when some suffix has
    more than CANDIDATES readings (read_all then keeps only the first of them)."""
    size = len(target)
    steps: Steps = [[] for _ in range(size)]
    counts = [0] * size + [1]
    for start in range(size - 1, -1, -1):
        for end in range(min(size, start + reader.longest), start, -1):
            token = target[start:end]
            options = reader.anywhere.get(token, ())
            if end == size and token in reader.final:
                options = (*options, *reader.final[token])
            if options and counts[end]:
                steps[start].append((end, options))
                counts[start] += len(options) * counts[end]
        if counts[start] > CANDIDATES:
            return None
    return steps


def _fits_stepwise(target: str, reader: Reader, table: Table, norms: Mapping[str, str]) -> bool | None:
    """What ``_fits`` answers from read_all's readings, found without writing them all out:
    readings are grown token by token, and a reading whose settled spelling (the part no later
    letter can change) already differs from ``target`` is dropped with every longer one. None
    when read_all would cut its readings short (the answer then depends on which it keeps)."""
    steps = _steps(target, reader)
    if steps is None:
        return None
    size = len(target)
    stack: list[tuple[int, str, int, int]] = [(0, "", 0, 0)]  # (cut at, reading, spelt to, matched)
    while stack:
        cut, reading, spelt, matched = stack.pop()
        for end, options in steps[cut] if cut < size else ():
            for option in options:
                grown = reading + option
                done = end == size
                settled = _settle(
                    grown, spelt, matched, table=table, target=target, norms=norms, complete=done
                )
                if settled is None:
                    continue
                if not done:
                    stack.append((end, grown, *settled))
                elif settled[1] == size and not _UNRUSSIAN.search(grown):
                    return True
    return False


def _settle(
    low: str, spelt: int, matched: int, *, table: Table, target: str, norms: Mapping[str, str], complete: bool
) -> tuple[int, int] | None:
    """Spell ``low`` on from letter ``spelt`` (``matched`` letters of ``target`` met so far) as
    far as later letters cannot change it: up to where the longest key and the letter after it
    still fall inside ``low`` (all of it when ``complete``). None as soon as a spelling differs
    from ``target`` (or a letter has no spelling, so the rendering would keep it Cyrillic)."""
    limit = len(low) if complete else len(low) - table.longest
    while spelt < limit:
        found = spelling_at(table, low, spelt)
        if found is None:
            return None
        spelt, spelling = found
        part = norms[spelling]
        if not target.startswith(part, matched):
            return None
        matched += len(part)
    return spelt, matched


class FitCache:
    """Remembers whether a system fits a word, for one set of readers: names share words, and
    each check reads the word back in up to ``CANDIDATES`` ways and spells every reading again."""

    def __init__(self, readers: Mapping[str, Reader], spelling: Spelling, size: int = 65_536) -> None:
        self.readers = readers
        self.spelling = spelling
        self.fits: Memo[[str, str], bool] = Memo(self._fits, maxsize=size)

    def _fits(self, word: str, system_id: str) -> bool:
        return _fits(word, system_id, self.readers[system_id], self.spelling)

    def clear(self) -> None:
        self.fits.clear()


def plausible_systems(
    text: str, readers: Mapping[str, Reader], spelling: Spelling, cache: FitCache | None = None
) -> tuple[str, ...]:
    """Ids of the systems that spell every Latin word of ``text`` exactly so (case aside).

    A system fits a word when one of its readings of the word, spelt again by the system,
    gives the word back; readings Russian spelling would not use (йа, жы, кх ...) do not count
    (Khrushchev is not ISO 9 for кхрусхцхев). Cyrillic text fits no system: it is a reading.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words or any(is_cyrillic(c) for word in words for c in word):
        return ()
    cache = cache or FitCache(readers, spelling, size=len(words) * len(readers))
    return tuple(system_id for system_id in readers if all(cache.fits(word, system_id) for word in words))


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
    """Every character a Hangul, katakana or Han system can write: each onset with each vowel, each
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
    return has_hangul(text) or has_kana(text) or has_han(text)


def syllabic_systems(text: str, alphabets: Mapping[str, frozenset[str]]) -> tuple[str, ...]:
    """Hangul, katakana or Han systems that write every letter of ``text`` (which has no other letters)."""
    letters = {char for char in unicodedata.normalize("NFC", text) if char.isalpha() or char == "ー"}
    return tuple(system_id for system_id, alphabet in alphabets.items() if letters and letters <= alphabet)
