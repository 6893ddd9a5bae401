"""Names as running text inflects them: Квантунской армии, Никитой Хрущевым, Armii Czerwonej,
Státního obranného výboru, А. М. Василевского. Glossaries hold the dictionary form (Квантунская
армия), so a query whose words are case forms finds nothing by any key.

No grammar of each language is attempted. Each word is cut by up to three letters (a case
ending) and given each of a few dictionary endings of its script; a cut word counts only when it
is a word the index already holds (a word of some glossary name), so the guesses are checked
against the glossary itself, in constant time per guess, and a language with other endings
needs no table of its own. Whatever is found this way is a candidate, never a match: a case
form read back is a guess (Внутренней Монголии is Inner Mongolia, not Mongolia).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice, product

from termbase.detect import script_of
from termbase.romanize import fold

#: Dictionary endings tried on a cut word, per script: nominatives of nouns and adjectives
#: (армия, Красная, Василевский, Никита, Хрущев; Armia, Czerwona; výbor, Kínai).
DICTIONARY_ENDINGS: dict[str, tuple[str, ...]] = {
    "Cyrl": ("", "а", "я", "ия", "ь", "й", "ий", "ый", "ой", "ая", "яя", "ое", "ие", "ые", "о", "е"),
    "Latn": ("", "a", "e", "i", "o", "u", "y", "ia", "ja", "ya", "ie", "ij", "iy", "ii"),
}
#: Letters a case ending takes off at most (-ого, -ами, -ejs, -ának).
MAX_CUT = 3
#: Shortest stem left after the cut, and at least two thirds of the word: an ending is short,
#: and a shorter stem is another word (Changhaï is not an inflected Chang, nor Kurils Kure).
MIN_STEM = 3
#: Folded words shorter than this are kept as written (initials, prepositions).
MIN_WORD = 4
#: Readings of a whole query checked against the glossary's forms (dictionary look-ups), and
#: searched by every key at most.
MAX_COMBINATIONS = 64
MAX_READINGS = 4


def dictionary_forms(
    text: str,
    known: Callable[[str], bool],
    whole: Callable[[str], bool],
    heard: Callable[[str], bool] | None = None,
) -> list[str]:
    """Readings of ``text`` with some of its words put into a dictionary form that ``known``
    holds (both callables take folded text): first the readings that are a whole glossary form
    by ``whole`` (Дальнем Востоке России -> дальний восток россии), then the others, the most
    words read back first; empty when no word can be read back. ``heard`` says whether a bare
    stem (the ending cut, none added) sounds like a glossary word in another convention
    (Hruštšovin -> hrustsov, Khrushchev's name as Finnish spells it); it costs a key
    reading, so only the bare stems are asked."""
    words = text.split()
    # Each word's dictionary forms first, the word as written last.
    choices = [[*forms[1:], forms[0]] for forms in (_word_forms(word, known, heard) for word in words)]
    if all(len(forms) == 1 for forms in choices):
        return []
    readings = [" ".join(chosen) for chosen in islice(product(*choices), MAX_COMBINATIONS)]
    readings = [reading for reading in readings if reading != text]
    forms = [reading for reading in readings if whole(fold(reading))]
    return (forms or readings)[:MAX_READINGS]


def word_forms(word: str, known: Callable[[str], bool]) -> list[str]:
    """The dictionary forms (folded) of one ``word`` that ``known`` holds, least changed first;
    empty when none is (the manuscript scanner asks this of single words)."""
    return _word_forms(word, known, None)[1:]


def _word_forms(word: str, known: Callable[[str], bool], heard: Callable[[str], bool] | None) -> list[str]:
    """``word`` itself, then its dictionary forms (folded) that are known words."""
    folded = fold(word)
    if len(folded) < MIN_WORD or not folded.isalpha() or word.isupper():  # not acronyms (RGANI)
        return [word]
    script = script_of(folded[-1])
    endings = DICTIONARY_ENDINGS.get(script) if script else None
    if endings is None:
        return [word]
    found = list(dict.fromkeys(_known_bases(folded, endings, known)))
    if not found and heard is not None:
        found = [stem for stem in _stems(folded) if heard(stem)][:1]
    return [word, *found] if found else [word]


def _stems(folded: str) -> Iterator[str]:
    """``folded`` cut by 1..MAX_CUT letters, shortest cut first, while the stem is long enough."""
    for cut in range(1, MAX_CUT + 1):
        stem = folded[:-cut]
        if len(stem) < max(MIN_STEM, -(-2 * len(folded) // 3)):
            return
        yield stem


def _known_bases(folded: str, endings: tuple[str, ...], known: Callable[[str], bool]) -> Iterator[str]:
    """Known words made of ``folded`` cut by 1..MAX_CUT letters plus a dictionary ending,
    shortest cut first (the least changed reading is the likeliest)."""
    for stem in _stems(folded):
        for ending in endings:
            base = stem + ending
            if base != folded and known(base):
                yield base
