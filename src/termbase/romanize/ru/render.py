"""Cyrillic readings spelt in one system: the generic table renderer (with syllables for Hangul and
katakana systems), and transliterate's.

The reading is normalized (NFC, stress accents dropped) and cut into words (runs of letters).
Within a word the longest table key that has a rule for its context wins; everything between
words (spaces, hyphens, digits, punctuation) is copied as it is. Letters the table cannot map
(Latin letters inside a reading, Ukrainian і, pre-1918 ѣ ...) go through the ``errors`` policy.

Case follows the Cyrillic: a capital letter gives a capitalized spelling (Ж -> Zh), a word in
capitals of two or more letters is spelt in capitals (НКВД -> NKVD, ЩУКА -> SHCHUKA).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from transliterate import get_translit_function

from termbase.romanize.policy import ErrorPolicy, unmappable
from termbase.romanize.ru.rules import Table
from termbase.romanize.ru.syllabic import Syllabary, syllabify
from termbase.romanize.ru.text import (
    RUSSIAN_LETTERS,
    WORD,
    capitalized,
    is_all_caps,
    lower1,
    normalize_reading,
)

WordSpeller = Callable[[str], str]


def split_words(reading: str) -> tuple[str, ...]:
    """``reading`` normalized and cut at its words: what lies before the first word, the first
    word, what lies between it and the next ... what follows the last (words at odd places).
    The same for every system: an engine remembers it, so each reading is cut once."""
    text = normalize_reading(reading)
    parts: list[str] = []
    pos = 0
    for match in WORD.finditer(text):
        parts += (text[pos : match.start()], match.group())
        pos = match.end()
    parts.append(text[pos:])
    return tuple(parts)


def render_words(
    reading: str, spell_word: WordSpeller, *, split: Callable[[str], tuple[str, ...]] = split_words
) -> str:
    """``reading`` spelt word by word by ``spell_word`` (see :func:`table_speller`); ``split``
    cuts it (:func:`split_words`, or a memo of it)."""
    parts = split(reading)
    return "".join([spell_word(part) if index % 2 else part for index, part in enumerate(parts)])


def _cased(spelling: str, chunk: str, all_caps: bool, table: Table) -> str:
    if not chunk[0].isupper():
        return spelling
    if all_caps:
        return spelling.upper()
    if len(chunk) == 1 and chunk in table.capitals:
        return table.capitals[chunk]
    return capitalized(spelling)


def _foreign_run(low: str, start: int) -> int:
    end = start
    while end < len(low) and low[end] not in RUSSIAN_LETTERS:
        end += 1
    return end


def spelling_at(table: Table, low: str, start: int) -> tuple[int, str] | None:
    """The end of the key that spells the lower-case ``low`` from ``start``, and its spelling
    (the longest key whose rule holds there); None when no key does."""
    plain = table.plain.get(low[start])
    if plain is not None:  # one spelling everywhere, and no longer key starts with the letter
        return start + 1, plain
    prev = low[start - 1] if start else ""
    for length in range(min(table.longest, len(low) - start), 0, -1):
        entry = table.entries.get(low[start : start + length])
        if entry is None:
            continue
        end = start + length
        spelling = entry.spell(prev, low[end] if end < len(low) else "")
        if spelling is not None:
            return end, spelling
    return None


def _spell_plain(word: str, low: str, table: Table, all_caps: bool) -> str | None:
    """``word`` spelt letter by letter when every letter is context-free (as :func:`spell_word`
    would spell it), else None."""
    plain = table.plain
    if not all(c in plain for c in low):
        return None
    parts = [plain[c] for c in low]
    if all_caps:
        return "".join(parts).upper()
    for i, char in enumerate(word):
        if char.isupper():
            parts[i] = table.capitals[char] if char in table.capitals else capitalized(parts[i])
    return "".join(parts)


def spell_word(word: str, table: Table, *, system: str, errors: ErrorPolicy) -> str:
    """One word (a run of letters) spelt with ``table``."""
    low = word.lower()
    if len(low) != len(word):  # a letter whose lower case is longer (İ): keep it as it is
        low = "".join(lower1(c) for c in word)
    all_caps = is_all_caps(word)
    fast = _spell_plain(word, low, table, all_caps)
    if fast is not None:
        return fast
    out: list[str] = []
    pos = 0
    while pos < len(low):
        found = spelling_at(table, low, pos) if low[pos] in RUSSIAN_LETTERS else None
        if found is None:
            end = max(_foreign_run(low, pos), pos + 1)
            out.append(unmappable(word[pos:end], errors, system=system))
            pos = end
            continue
        end, spelling = found
        out.append(_cased(spelling, word[pos:end], all_caps, table))
        pos = end
    return "".join(out)


def spelt_as(low: str, table: Table, target: str, norm: Callable[[str], str]) -> bool | None:
    """Whether the lower-case Russian word ``low``, spelt with ``table``, is ``target`` once each
    spelling is put through ``norm``; decided at the first spelling that differs. ``None`` when
    ``low`` holds a letter the table would leave to the error policy (ask :func:`spell_word`).

    Exactly ``norm(spell_word(low, ...)) == target`` when ``norm`` of a concatenation is the
    concatenation of ``norm`` of its parts (true of spelling_norm for spellings that do not
    start with a combining mark)."""
    at = pos = 0
    while pos < len(low):
        found = spelling_at(table, low, pos) if low[pos] in RUSSIAN_LETTERS else None
        if found is None:
            return None
        pos, spelling = found
        part = norm(spelling)
        if not target.startswith(part, at):
            return False
        at += len(part)
    return at == len(target)


#: One word in one system under an error policy: what an engine's per-system word memo wraps.
PolicySpeller = Callable[[str, ErrorPolicy], str]


def table_speller(table: Table, *, system: str, syllabary: Syllabary | None = None) -> PolicySpeller:
    """One Cyrillic word spelt with a compiled system table (and written in syllables, for
    Hangul and katakana systems: the table then spells phoneme tokens, in lower case)."""

    def spell(word: str, policy: ErrorPolicy) -> str:
        if syllabary is None:
            return spell_word(word, table, system=system, errors=policy)
        return syllabify(spell_word(word.lower(), table, system=system, errors=policy), syllabary)

    return spell


def render_table(
    reading: str, table: Table, *, system: str, errors: ErrorPolicy, syllabary: Syllabary | None = None
) -> str:
    """``reading`` spelt with a compiled system table, remembering nothing (an engine remembers
    its own systems' words: :class:`~termbase.romanize.ru.russian.RussianEngine`)."""
    spell = table_speller(table, system=system, syllabary=syllabary)
    return render_words(reading, lambda word: spell(word, errors))


@lru_cache(maxsize=1)
def _transliterate_ru() -> Callable[..., str]:
    # One language pack for the process: transliterate's translit() rebuilds it on every call.
    return get_translit_function("ru")  # type: ignore[no-any-return]


def _translit_word(word: str, *, system: str, errors: ErrorPolicy) -> str:
    out: list[str] = []
    pos = 0
    while pos < len(word):
        end = pos
        russian = word[pos] in RUSSIAN_LETTERS
        while end < len(word) and (word[end] in RUSSIAN_LETTERS) == russian:
            end += 1
        run = word[pos:end]
        if russian:
            out.append(str(_transliterate_ru()(run, reversed=True)))
        else:
            out.append(unmappable(run, errors, system=system))
        pos = end
    joined = "".join(out)
    return joined.upper() if is_all_caps(word) else joined


def render_transliterate(reading: str, *, system: str, errors: ErrorPolicy) -> str:
    """``reading`` spelt by the transliterate package's own Russian scheme."""
    return render_words(reading, lambda word: _translit_word(word, system=system, errors=errors))
