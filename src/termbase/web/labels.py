"""Words the page shows for codes in the JSON (language tags, statuses, match tiers).

The same tables reach the browser script as JSON (:func:`client_labels`), so the server-side
and the as-you-type result lists say the same things.
"""

from __future__ import annotations

from typing import Any

from termbase.model import LANGUAGE_NAMES
from termbase.romanize import systems

LANGUAGES = LANGUAGE_NAMES

#: Engine languages (the keys of an entry's ``renderings``) and the reading each takes.
READINGS: dict[str, str] = {"ja": "Japanese reading", "zh": "Pinyin reading", "ru": "Russian form"}

STATUSES: dict[str, str] = {
    "preferred": "Preferred",
    "admitted": "Admitted",
    "deprecated": "Deprecated",
    "erroneous": "Erroneous",
}

#: Marks that carry a status without relying on colour.
STATUS_MARKS: dict[str, str] = {"preferred": "★", "admitted": "", "deprecated": "⚠", "erroneous": "✗"}

VIA: dict[str, str] = {
    "exact": "exact form",
    "fold": "same letters, ignoring case, marks and spacing",
    "phonetic": "same sound in another spelling",
    "initials": "family name and initials",
    "partial": "one part of the name",
    "words": "some of the words of the name",
    "fuzzy": "close spelling",
}

#: Language hints offered by the search form (values of ``/v1/lookup?lang=``).
HINTS: dict[str, str] = {
    "": "Any language",
    "ja": "Japanese",
    "zh": "Chinese",
    "ru": "Russian",
    "en": "English",
}


#: The source-language selector: languages of texts whose conventions termbase knows.
SOURCES: dict[str, str] = {
    "": "Any source language",
    **{
        tag: f"From {name}"
        for tag, name in sorted(LANGUAGE_NAMES.items(), key=lambda item: item[1])
        if "-" not in tag and tag not in ("ja", "zh", "ru")
    },
}


def language(tag: str) -> str:
    return LANGUAGES.get(tag, tag)


def kind(value: str) -> str:
    return value.replace("-", " ").capitalize()


def system_names() -> dict[str, str]:
    return {s.id: s.name for s in systems()}


def client_labels() -> dict[str, Any]:
    """The tables above, for the browser script."""
    return {
        "languages": LANGUAGES,
        "statuses": STATUSES,
        "marks": STATUS_MARKS,
        "via": VIA,
        "systems": system_names(),
    }
