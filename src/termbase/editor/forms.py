"""The form a house style writes for an entry: ``house_form(entry, style)``.

1. If the style lets established English forms win, an English term counts as established when its
   type is one the style lists (``conventional``: Chiang Kai-shek, Tokyo, Kwantung Army), or when
   it is the preferred English term and no system spells the entry's reading that way (Lavrentii
   Beria, Chinese Communist Party, Yoshikuni Igarashi written given name first). Titles of works
   keep their original-language form: an English translation never replaces them.
2. Otherwise the entry's primary reading in its origin language is rendered in the style's
   system for that language, in the style's name order, with its apostrophe, hyphen and ASCII
   options (Nosaka Sanzō, Mao Zedong, Minshu shimbun).
3. Entries without such a reading fall back to the preferred English term, then the label.

Reconciliation, the web page and the batch commands all call this one function.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

from termbase.editor.style import HouseStyle, LanguageRule
from termbase.errors import TermbaseError
from termbase.model import Entry, Kind, Status, Term, TermType
from termbase.readings import Reading, cased, primary_readings, renderings, swapped
from termbase.romanize import LANGUAGES, engine, fold, get_system

#: Kinds whose English form is a translation that must not replace the original title.
TITLE_KINDS = frozenset({Kind.PUBLICATION, Kind.WORK, Kind.DOCUMENT})
_USABLE = (Status.PREFERRED, Status.ADMITTED)
_ASCII_PUNCT = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʹ": "'", "ʺ": '"', "ʻ": "'", "–": "-", "‐": "-"})
_APOSTROPHES = re.compile(r"['’ʼʹ]")


@dataclass(frozen=True, slots=True)
class HouseForm:
    """What to write, and where it came from (an English term, or a rendering in ``system``)."""

    text: str
    source: Literal["english", "rendering", "fallback"]
    system: str | None = None
    lang: str | None = None
    term: Term | None = None


def to_ascii(text: str) -> str:
    """Diacritics stripped and typographic apostrophes made plain (Sanzō -> Sanzo, Opisʹ -> Opis')."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_PUNCT))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _finish(text: str, rule: LanguageRule | None, style: HouseStyle) -> str:
    if rule is not None:
        if not rule.apostrophes:
            text = _APOSTROPHES.sub("", text)
        if rule.hyphens != "keep":
            text = text.replace("-", "" if rule.hyphens == "join" else " ")
    if style.ascii or (rule is not None and rule.ascii):
        text = to_ascii(text)
    return text


def _loose(text: str) -> str:
    """Letters and marks only, any case: what a title's punctuation and capitalization leave."""
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalpha())


def _primary(entry: Entry) -> Reading | None:
    primary = primary_readings(entry)
    if entry.origin in primary:
        return primary[entry.origin]
    # No origin recorded: a single language's reading is unambiguous.
    langs = [lang for lang in LANGUAGES if lang in primary]
    return primary[langs[0]] if len(langs) == 1 else None


def _systematic(entry: Entry, term: Term) -> bool:
    """Whether some system spells the primary reading (in its own order) as ``term`` does."""
    reading = _primary(entry)
    if reading is None:
        return False
    return fold(term.form) in {fold(r.text) for r in renderings(entry, reading)}


def _english_by_type(entry: Entry, style: HouseStyle) -> Term | None:
    statuses = _USABLE if style.english_admitted else (Status.PREFERRED,)
    for wanted in style.english_types:
        for status in statuses:
            for term in entry.terms:
                if term.lang == "en" and term.status is status and term.type is wanted:
                    return term
    return None


def _translated_title(entry: Entry, term: Term) -> bool:
    return entry.kind in TITLE_KINDS and term.type is TermType.TRANSLATION


def established_english(entry: Entry, style: HouseStyle) -> Term | None:
    """The English term that wins over a systematic rendering under ``style``, if any.

    Russian names have no one English system (Beria, Khrushchev, Sergey Radchenko), so their
    preferred English form always wins; so does a work's title as the glossary romanizes it
    (cited as catalogued, never replaced by a translation); a Chinese or Japanese name's
    preferred English form wins only where no system spells its reading that way (Chiang
    Kai-shek, Yoshikuni Igarashi).
    """
    if style.english == "systematic" and entry.kind in (Kind.PERSON, Kind.PLACE):
        return None
    by_type = _english_by_type(entry, style)
    if by_type is not None and not _translated_title(entry, by_type):
        return by_type
    preferred = entry.preferred("en")
    if preferred is None or _translated_title(entry, preferred):
        return _catalogued_title(entry)
    if entry.origin == "ru" or entry.kind in TITLE_KINDS or not _systematic(entry, preferred):
        return preferred
    return None


def _catalogued_title(entry: Entry) -> Term | None:
    """A work's title as the glossary romanizes it (punctuation, capitals and all), if any."""
    if entry.kind not in TITLE_KINDS:
        return None
    for term in entry.terms:
        if term.status is Status.PREFERRED and term.lang.endswith("-Latn"):
            return term
    return None


def _wants_swap(entry: Entry, reading: Reading, rule: LanguageRule) -> bool:
    if entry.kind is not Kind.PERSON or rule.order == "native" or swapped(reading.text) is None:
        return False
    native = "given-first" if reading.lang == "ru" else "family-first"
    return rule.order != native


def _recorded(entry: Entry, rendered: str) -> str:
    """A usable Latin term spelt like ``rendered`` but for punctuation and case, else ``rendered``:
    the glossary's colon, capitals and word division (Haisen to sengo no aida de: Okurete …)."""
    loose = _loose(rendered)
    for status in _USABLE:
        for term in entry.terms:
            if term.status is status and term.script == "Latn" and _loose(term.form) == loose:
                return term.form
    return rendered


def rendered_form(entry: Entry, style: HouseStyle) -> HouseForm | None:
    """The primary reading spelt by the style's rule for its language, or None."""
    reading = _primary(entry)
    rule = style.rule(reading.lang) if reading else None
    if reading is None or rule is None:
        return None
    system = get_system(rule.system)
    if rule.options:
        system = replace(system, options={**system.options, **rule.options})
    text = (swapped(reading.text) or reading.text) if _wants_swap(entry, reading, rule) else reading.text
    try:
        spelt = engine(reading.lang).render(text, system, errors="keep")
    except TermbaseError:
        return None
    spelt = _recorded(entry, cased(spelt, entry, reading))
    return HouseForm(_finish(spelt, rule, style), "rendering", rule.system, reading.lang, reading.term)


def house_form(entry: Entry, style: HouseStyle) -> HouseForm:
    """The form ``style`` writes for ``entry``."""
    english = established_english(entry, style)
    if english is not None:
        return HouseForm(_finish(english.form, None, style), "english", term=english)
    rendered = rendered_form(entry, style)
    if rendered is not None:
        return rendered
    fallback = entry.preferred("en")
    text = fallback.form if fallback else entry.label
    return HouseForm(_finish(text, None, style), "fallback", term=fallback)


class HouseForms:
    """``house_form`` for one style, remembered per entry (a glossary-sized cache)."""

    def __init__(self, style: HouseStyle) -> None:
        self.style = style
        self._forms: dict[str, HouseForm] = {}

    def of(self, entry: Entry) -> HouseForm:
        found = self._forms.get(entry.id)
        if found is None:
            found = self._forms[entry.id] = house_form(entry, self.style)
        return found
