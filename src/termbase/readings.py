"""Readings of an entry and the renderings generated from them.

A reading is what the romanization engines take: kana for ``ja`` terms (the term's ``reading``,
or the form itself when it is all kana), tone-marked pinyin for ``zh*`` terms, and the Cyrillic
form itself for ``ru`` terms. Renderings are generated from readings, never stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from termbase.errors import TermbaseError
from termbase.memo import Memo
from termbase.model import PROPER_NOUN, Entry, Kind, Status, Term, script_of_tag
from termbase.romanize import engine, systems
from termbase.romanize.system import System
from termbase.scripts import HAN_READINGS, char_class, script_of

_KANA_ONLY = re.compile(f"^[{char_class('Hira', 'Kana')}\\s・\\-]+$")
_STATUS_RANK = {Status.PREFERRED: 0, Status.ADMITTED: 1, Status.DEPRECATED: 2, Status.ERRONEOUS: 3}
#: Kinds whose names are written with every word capitalized; others get sentence case.
NAME_KINDS = frozenset({Kind.PERSON, Kind.PLACE, Kind.ORGANIZATION, Kind.ARCHIVE, Kind.EVENT})


def strip_marks(reading: str) -> str:
    """The reading as engines take it: without proper-noun marks."""
    return reading.replace(PROPER_NOUN, "")


def proper_nouns(reading: str) -> frozenset[int]:
    """Positions of the words marked as proper nouns."""
    return frozenset(i for i, word in enumerate(reading.split()) if word.startswith(PROPER_NOUN))


@dataclass(frozen=True, slots=True)
class Reading:
    lang: str  # engine language: ja, zh, ru
    text: str  # without marks, as the engines take it
    term: Term
    proper_nouns: frozenset[int] = frozenset()


def reading_of(term: Term) -> Reading | None:
    """The engine reading a term carries, if any."""
    if term.lang == "ja":
        if term.reading:
            return Reading("ja", strip_marks(term.reading), term, proper_nouns(term.reading))
        return Reading("ja", term.form, term) if _KANA_ONLY.match(term.form) else None
    if term.lang in ("zh", "zh-Hans", "zh-Hant") and term.reading:
        return Reading("zh", term.reading, term)
    if term.lang == "ru":
        return Reading("ru", term.form, term)
    return None


def han_reading(term: Term) -> Reading | None:
    """A Chinese or Japanese form in Han characters as its own reading for the Han-reading engine
    (its Sino-Korean and Sino-Vietnamese readings: 毛澤東 -> 모택동, Mao Trạch Đông)."""
    if (
        term.language in ("zh", "ja")
        and term.form.strip()
        and all(script_of(char) == "Hani" for char in term.form if not char.isspace())
    ):
        return Reading(HAN_READINGS, term.form, term)
    return None


def respelt(reading: Reading, entry: Entry) -> bool:
    """Whether renderings of ``reading`` are spellings anyone writes. A Russian transcription of a
    Japanese or Chinese name (Носака Сандзо, Мао Цзэдун) is read for keys, but its Latin
    re-romanizations ("Nossaka Sandzo", "Mao Czze`dun") are written by no source; nor are the
    Sino-Korean and Sino-Vietnamese readings of a Japanese name's kanji."""
    if reading.lang == HAN_READINGS:  # Korean and Vietnamese read Chinese names' characters
        return entry.origin != "ja"  # Japanese names they transcribe (노사카 산조)
    return not (reading.lang == "ru" and entry.origin in ("ja", "zh"))


def term_readings(term: Term) -> list[Reading]:
    """Every reading a term gives the engines: its own, and its Han form's."""
    return [r for r in (reading_of(term), han_reading(term)) if r is not None]


def readings(entry: Entry) -> list[Reading]:
    """Every reading in the entry, the best-status first within each language."""
    found = [r for t in entry.terms for r in term_readings(t)]
    return sorted(found, key=lambda r: _STATUS_RANK[r.term.status])


def primary_readings(entry: Entry) -> dict[str, Reading]:
    """One reading per engine language: the best-status term's."""
    primary: dict[str, Reading] = {}
    for reading in readings(entry):
        primary.setdefault(reading.lang, reading)
    return primary


def swapped(text: str) -> str | None:
    """A two-part personal name in the other order (family-first <-> given-first)."""
    parts = text.split()
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 else None


def cased(rendering: str, entry: Entry, reading: Reading) -> str:
    """A rendering in the case its entry's kind takes.

    Kana has no case, so the ja engine capitalizes every word; titles and terms take sentence
    case, as bibliographies write them (Minshu shimbun), keeping words marked as proper nouns."""
    if reading.lang != "ja" or entry.kind in NAME_KINDS or not rendering:
        return rendering
    words = rendering.split(" ")
    for i in range(1, len(words)):
        if i not in reading.proper_nouns:
            words[i] = words[i].lower()
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Rendering:
    system: str
    lang: str
    target: str
    text: str
    reading: str
    order: str  # "native" (the reading's order) or "swapped"


Spelt = tuple[tuple[System, str | None], ...]
#: Scripts a text's letters are in, under the script a language tag names for them: a Korean
#: (``ko``, Kore) rendering is written in Hangul, a Japanese one (``ja``, Jpan) in kana or Han.
_WRITTEN_AS = {"Hang": "Kore", "Hira": "Jpan", "Kana": "Jpan", "Hani": "Jpan"}


def writes_in(target: str, script: str) -> bool:
    """Whether a system with ``target`` tag writes in ``script`` (ISO 15924 of the letters)."""
    tag_script = script_of_tag(target)
    return tag_script == script or _WRITTEN_AS.get(script) == tag_script


def spellings(lang: str, text: str, script: str | None) -> Spelt:
    """``text`` spelt in every system of ``lang`` (in ``script``); None where a system cannot
    spell it."""
    lang_engine = engine(lang)
    spelt: list[tuple[System, str | None]] = []
    for system in systems(lang):
        if script is not None and not writes_in(system.target, script):
            continue
        try:
            spelt.append((system, lang_engine.render(text, system, errors="keep")))
        except TermbaseError:
            spelt.append((system, None))
    return tuple(spelt)


class Speller:
    """:func:`spellings` remembered by its owner (an index): homonyms (many Tanakas, many
    "Liang Yun"s) are spelt once."""

    def __init__(self, *, maxsize: int = 65_536) -> None:
        self.spellings: Memo[[str, str, str | None], Spelt] = Memo(spellings, maxsize=maxsize)


def renderings(
    entry: Entry,
    reading: Reading,
    *,
    both_orders: bool = False,
    swapped_only: bool = False,
    script: str | None = None,
    speller: Speller | None = None,
) -> Iterator[Rendering]:
    """The reading spelt in every system of its language; for persons, ``both_orders`` adds
    the other name order and ``swapped_only`` gives only that. ``script`` (ISO 15924) keeps
    only the systems that write in it; ``speller`` remembers spellings across calls."""
    other = swapped(reading.text) if entry.kind is Kind.PERSON else None
    orders = [] if swapped_only else [("native", reading.text)]
    if other and (both_orders or swapped_only):
        orders.append(("swapped", other))
    spell = speller.spellings if speller is not None else spellings
    spelt_by_order = [(order, spell(reading.lang, text, script)) for order, text in orders]
    # System-major order: every name order of one system before the next system.
    for position in range(len(spelt_by_order[0][1]) if spelt_by_order else 0):
        for order, spelt in spelt_by_order:
            system, text = spelt[position]
            if text is not None:
                yield Rendering(
                    system.id, reading.lang, system.target, cased(text, entry, reading), reading.text, order
                )
