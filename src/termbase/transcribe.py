"""Romanize any text: glossary readings first, machine readings (labelled) only for the rest.

A name in the glossary is rendered from its checked reading. Text that is not in the glossary is
read by the language's guesser (pykakasi, pypinyin) and every such result says so, because
guessers are often wrong on names (後宮淳 is Ushiroku Jun, not "Kōkyū Atsushi").
"""

from __future__ import annotations

from dataclasses import dataclass

from termbase.detect import detect
from termbase.errors import InputError, UnknownLanguageError
from termbase.lookup import Index, Tier, lookup
from termbase.lookup.search import MAX_QUERY_LENGTH
from termbase.readings import Reading, primary_readings, swapped
from termbase.romanize import LANGUAGES, ErrorPolicy, engine, get_system, systems
from termbase.scripts import require_characters

MAX_TEXT_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class Spelling:
    system: str
    name: str
    target: str
    text: str


@dataclass(frozen=True, slots=True)
class Transcription:
    text: str
    lang: str
    reading: str
    reading_source: str  # "glossary", "input" (the text is its own reading) or "machine"
    entry: str | None
    spellings: tuple[Spelling, ...]
    note: str = ""
    label: str | None = None  # the entry's label, when the reading came from the glossary


def _language(text: str, lang: str | None) -> str:
    if lang is not None:
        if lang not in LANGUAGES:
            raise UnknownLanguageError(
                f"cannot romanize language {lang!r}; use one of: {', '.join(LANGUAGES)}"
            )
        return lang
    detected = detect(text)
    if "Hira" in detected.scripts or "Kana" in detected.scripts:
        return "ja"
    if "Cyrl" in detected.scripts:
        return "ru"
    if "Hani" in detected.scripts:
        raise InputError("Han characters alone may be Chinese or Japanese: give lang=zh or lang=ja")
    raise InputError("give native-script text (kana, Han, Cyrillic) or a glossary name to romanize")


def _glossary_reading(index: Index, text: str, lang: str | None) -> tuple[Reading, str] | None:
    if len(text) > MAX_QUERY_LENGTH:  # longer than any name: a text, read as it stands
        return None
    found = lookup(index, text, lang=lang, limit=2).results
    if not found or not found[0].match or found[0].tier > Tier.FOLD:
        return None
    entry = found[0].entry
    readings = primary_readings(entry)
    # The name's own language first: 毛泽东 found by its Russian form is still a Chinese name.
    wanted = lang or next((r for r in (entry.origin, "ja", "zh", "ru") if r in readings), None)
    if wanted not in readings:
        return None
    return readings[wanted], entry.id


def _reading_for(index: Index, text: str, lang: str | None) -> tuple[str, str, str, str | None]:
    """(language, reading, where the reading came from, entry id)."""
    known = _glossary_reading(index, text, lang)
    if known:
        reading, entry_id = known
        return reading.lang, reading.text, "glossary", entry_id
    language = _language(text, lang)
    lang_engine = engine(language)
    if lang_engine.check_reading(text) is None:
        return language, text, "input", None
    guessed = lang_engine.machine_reading(text)
    if guessed is None:
        raise InputError(
            f"no reading for {text!r} in the glossary, and no {language} reading could be guessed"
        )
    return language, guessed, "machine", None


def romanize_text(
    index: Index,
    text: str,
    *,
    lang: str | None = None,
    system: str = "all",
    errors: ErrorPolicy = "keep",
    given_first: bool = False,
) -> Transcription:
    """Every (or one) system's spelling of ``text``."""
    text = " ".join(require_characters(text, "the text").split())
    if not text:
        raise InputError("text is empty")
    if len(text) > MAX_TEXT_LENGTH:
        raise InputError(f"text is {len(text)} characters; the limit is {MAX_TEXT_LENGTH}")
    language, reading, source, entry_id = _reading_for(index, text, lang)
    if given_first:
        reading = swapped(reading) or reading
    chosen = systems(language) if system == "all" else (get_system(system),)
    if any(s.lang != language for s in chosen):
        raise InputError(f"system {system!r} romanizes {chosen[0].lang}, but the text was read as {language}")
    lang_engine = engine(language)
    spellings = tuple(
        Spelling(s.id, s.name, s.target, lang_engine.render(reading, s, errors=errors)) for s in chosen
    )
    note = "machine reading: not checked by a person; names are often misread" if source == "machine" else ""
    label = index.glossary.by_id[entry_id].label if entry_id else None
    return Transcription(text, language, reading, source, entry_id, spellings, note, label)
