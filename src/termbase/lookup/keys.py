"""What the index stores: typed keys and the hits they point to, and how texts become keys.

A key lives in a namespace: ``fold`` (:func:`~termbase.romanize.fold` of a form) or an engine
language (``ja``, ``zh``, ``ru``: that engine's phonological key). Tables are nested by
namespace (``index.phonetic["ru"]["beria"]``), so no namespace is ever parsed back out of a
string, and a 100,000-entry index does not store a prefix on each of its million keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import NamedTuple, Protocol

from termbase.model import Entry, Term
from termbase.romanize import LANGUAGES
from termbase.scripts import HAN_READINGS, writes

#: The namespace of folded forms; every other namespace is an engine language.
FOLD = "fold"


class Via(IntEnum):
    """Which string of a term a key came from."""

    FORM = 0
    READING = 1


class Hit(NamedTuple):
    """Where a key points: an entry, one of its terms, and whether the form or its reading."""

    entry: int
    term: int
    via: Via


class Key(NamedTuple):
    """A comparison key in its namespace."""

    namespace: str
    text: str

    def __str__(self) -> str:
        return f"{self.namespace}:{self.text}"


#: key text -> hits, for one namespace (what the in-memory build fills).
Table = dict[str, list[Hit]]
#: namespace -> its table.
Tables = dict[str, Table]


class HitTable(Protocol):
    """What the tiers read from a table: the hits under a key, in the order they were indexed.

    The seam between lookup and storage: a :data:`Table` (the in-memory build) and a compiled
    index's memory-mapped table (:mod:`termbase.lookup.compiled`) both serve it."""

    def get(self, key: str, default: Sequence[Hit], /) -> Sequence[Hit]: ...

    def __contains__(self, key: object, /) -> bool: ...


#: namespace -> its table, for either backend.
HitTables = Mapping[str, HitTable]


def add(table: Table, key: str, hit: Hit) -> None:
    """Append ``hit`` under ``key`` unless the last hit there is the same term."""
    hits = table.get(key)
    if hits is None:
        table[key] = [hit]
    else:
        last = hits[-1]
        if last.entry != hit.entry or last.term != hit.term:
            hits.append(hit)


def normalize_query(text: str) -> str:
    """NFC with runs of whitespace collapsed: the exact tier's notion of 'as written'."""
    return " ".join(unicodedata.normalize("NFC", text).split())


_PATRONYMIC = re.compile(r"(?:ич|вна|чна)$")


def without_patronymic(name: str) -> str | None:
    """A Russian given name, patronymic and family name without the patronymic, as most
    sources outside Russia write it (Иосиф Виссарионович Сталин -> Иосиф Сталин)."""
    words = name.split()
    if len(words) == 3 and _PATRONYMIC.search(words[1].casefold()):
        return f"{words[0]} {words[2]}"
    return None


#: Patronymics as other languages transcribe them: Pavlovich, Pavlovitch, Pawlowitsch,
#: Pavlovič, Pawłowicz, Pavlovics, Pavlovitš, Pavlovitj, Pavlovitsj, Pavloviç, Pavlovych; Ilyich,
#: Iljitsch; Pavlovna, Pawlowna, Ilyinichna, Iljinitschna.
_LATIN_PATRONYMIC = re.compile(
    r"(?:[vw](?:i(?:ch|tch|tsch|tš|tsj|tj|č|cz|cs|ç|ci)|ych|na)|i(?:ch|tch|tsch|č)(?:na)?|icz)$"
)


def query_without_patronymic(text: str) -> str | None:
    """A query of given name, patronymic and family name, in Cyrillic or in any Latin
    transcription, without the patronymic (Lavrentiy Pavlovich Beriya -> Lavrentiy Beriya)."""
    words = text.split()
    if len(words) != 3:
        return None
    middle = words[1].casefold()
    if _PATRONYMIC.search(middle) or _LATIN_PATRONYMIC.search(middle):
        return f"{words[0]} {words[2]}"
    return None


def key_languages(term: Term, entry: Entry) -> tuple[str, ...]:
    """Engine languages a term's form is read in: its own, and the name's origin for
    English forms and Cyrillic transcriptions (Носака Сандзо is Japanese read in Russian)."""
    langs = []
    own = term.language
    if own in LANGUAGES:
        langs.append(own)
    if entry.origin in LANGUAGES and entry.origin not in langs and term.script in ("Latn", "Cyrl"):
        langs.append(entry.origin)
    # Han forms are also read as Korean and Vietnamese read them (모택동, Mao Trạch Đông).
    if own in ("zh", "ja") and writes(term.form, "Hani"):
        langs.append(HAN_READINGS)
    return tuple(langs)


_LATIN_OR_CYRILLIC = re.compile(r"[^\W\d_]")
_OTHER_LETTER = re.compile(r"[^\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F\u0400-\u052F\W\d_]")


def fuzzable(text: str) -> bool:
    """Latin or Cyrillic letters only: fuzzy matching never edits Han or kana."""
    return bool(_LATIN_OR_CYRILLIC.search(text)) and not _OTHER_LETTER.search(text)
