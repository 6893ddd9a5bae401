"""The service's types (entry kinds) and the values a query's ``lang`` and ``kind`` properties take."""

from __future__ import annotations

from typing import Any

from termbase.errors import UnknownTypeError
from termbase.model import LANGUAGE_NAMES, LANGUAGE_TAGS, Kind, base_language

#: English names of the languages a ``lang`` property value may name instead of a tag.
LANGUAGE_TAG_BY_NAME: dict[str, str] = {
    name.casefold(): tag for tag, name in LANGUAGE_NAMES.items() if "-" not in tag
}
_TAGS = {tag.casefold(): tag for tag in LANGUAGE_TAGS}

#: Query property ids that say which language a name is in, and which kind of thing it names.
LANG_PIDS = frozenset({"lang", "language"})
KIND_PIDS = frozenset({"kind", "type"})
#: The language of the source the spelling was copied from (a hint: its conventions go first).
SOURCE_PIDS = frozenset({"from", "source_lang", "source-language"})


def type_name(kind: Kind) -> str:
    """``archival-term`` -> ``Archival term``."""
    return kind.value.replace("-", " ").capitalize()


def type_dict(kind: Kind) -> dict[str, str]:
    return {"id": kind.value, "name": type_name(kind)}


def kind_from_value(value: str) -> Kind | None:
    """A kind from its id or its name, in any case (``Person``, ``archival term``); else None."""
    wanted = value.strip().casefold().replace(" ", "-")
    for kind in Kind:
        if kind.value == wanted:
            return kind
    return None


def kind_from_type_id(type_id: str) -> Kind:
    """The kind a query or request names as its type; an unknown id is the client's error."""
    kind = kind_from_value(type_id)
    if kind is None:
        known = ", ".join(k.value for k in Kind)
        raise UnknownTypeError(f"unknown type {type_id!r}; the types are: {known}", type=type_id)
    return kind


def language_from_value(value: str) -> str | None:
    """A language tag from a cell value: a tag in any case (``zh-hans``) or a name (``Japanese``)."""
    text = value.strip().casefold()
    if text in LANGUAGE_TAG_BY_NAME:
        return LANGUAGE_TAG_BY_NAME[text]
    return _TAGS.get(text)


def form_name(tag: str) -> str:
    """``zh-Hant`` -> ``traditional Chinese form``; ``ja-Latn`` -> ``romanized Japanese form``."""
    name = LANGUAGE_NAMES.get(tag) or LANGUAGE_NAMES.get(base_language(tag), tag)
    language, _, variety = name.partition(", ")
    return f"{variety} {language} form" if variety else f"{name} form"


def language_matches(tag: str, entry_origin: str | None, entry_langs: set[str]) -> bool:
    """Whether an entry is a name in language ``tag``: its origin, or one of its terms' languages."""
    base = base_language(tag)
    return entry_origin == base or base in entry_langs


def types_list(kinds: list[Kind] | None = None) -> list[dict[str, Any]]:
    return [type_dict(k) for k in (kinds if kinds is not None else list(Kind))]
