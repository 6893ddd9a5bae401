"""Is a reading well-formed tone-marked pinyin? One reason per reading, the first found."""

from __future__ import annotations

from termbase.romanize.zh.reading import ParseReading, Syllable, Unread, Word, expected_mark, parse_reading
from termbase.romanize.zh.syllables import APOSTROPHE_INITIALS


def _syllable_problem(syllable: Syllable) -> str | None:
    if syllable.breve:
        return f"{syllable.written!r} marks the third tone with a breve; use a caron (ǎ, ǐ, ǔ)"
    if len(syllable.marks) > 1:
        return f"{syllable.written!r} has more than one tone mark"
    if syllable.marks and syllable.marks[0] != expected_mark(syllable):
        where = expected_mark(syllable)
        letter = syllable.pinyin[where] if where is not None else "?"
        return f"the tone mark of {syllable.written!r} belongs on its {letter!r}"
    if syllable.after_apostrophe and syllable.pinyin[0] not in APOSTROPHE_INITIALS:
        return f"apostrophe before {syllable.written!r}, which does not start with a, o or e"
    return None


def _word_problem(word: Word) -> str | None:
    if word.missing_apostrophes:
        missing = word.syllables[word.missing_apostrophes[0]].written
        return f"missing apostrophe before {missing!r} in {word.text!r}"
    for syllable in word.syllables:
        problem = _syllable_problem(syllable)
        if problem:
            return problem
    return None


def _item_problem(item: Word | Unread | str) -> str | None:
    if isinstance(item, Unread):
        return f"{item.text!r} is not a sequence of Mandarin syllables in pinyin"
    if isinstance(item, str):
        return None if item == " " else f"words must be separated by single spaces, not {item!r}"
    return _word_problem(item)


def check_reading(reading: str, parse: ParseReading = parse_reading) -> str | None:
    """None for well-formed tone-marked pinyin, else a one-line reason."""
    if not reading.strip():
        return "the reading is empty"
    if reading != reading.strip():
        return "the reading has leading or trailing spaces"
    items = parse(reading)
    for item in items:
        problem = _item_problem(item)
        if problem:
            return problem
    words = [item for item in items if isinstance(item, Word)]
    if not any(s.marks for word in words for s in word.syllables):
        return "no tone marks: write the tones (Máo Zédōng), leaving only neutral tones unmarked"
    return None
