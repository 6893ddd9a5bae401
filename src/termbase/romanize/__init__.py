"""Romanization engines: readings to renderings, and any spelling to comparison keys.

Public functions here are the only way the rest of termbase reaches an engine::

    render("のさか さんぞう", "hepburn-modified")   -> "Nosaka Sanzō"
    phonetic_keys("Mao Tse-tung", "zh")            -> frozenset({...})
    fold("Ha'erbin")                               -> "haerbin"
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from termbase.errors import UnknownLanguageError, UnknownSystemError
from termbase.romanize.engine import LanguageEngine
from termbase.romanize.fold import fold, han_variant_fold
from termbase.romanize.policy import POLICIES, ErrorPolicy, parse_policy
from termbase.romanize.system import Sample, System
from termbase.scripts import ENGINE_LANGUAGES, KEY_ENGINES

#: Languages with an engine, in display order (the scripts table holds the list).
LANGUAGES: tuple[str, ...] = ENGINE_LANGUAGES

__all__ = [
    "LANGUAGES",
    "POLICIES",
    "ErrorPolicy",
    "LanguageEngine",
    "Sample",
    "System",
    "engine",
    "fold",
    "get_system",
    "han_variant_fold",
    "index_keys",
    "parse_policy",
    "phonetic_keys",
    "render",
    "systems",
    "warm_up",
]


@cache
def engine(lang: str) -> LanguageEngine:
    """The engine for ``lang`` (``ja``, ``zh`` or ``ru``; ``han`` reads Han characters in Korean
    and Vietnamese)."""
    if lang not in KEY_ENGINES:
        raise UnknownLanguageError(
            f"no romanization engine for language {lang!r}; use one of: {', '.join(LANGUAGES)}"
        )
    found: LanguageEngine = import_module(f"termbase.romanize.{lang}").ENGINE
    return found


@cache
def _systems_by_id() -> dict[str, System]:
    table: dict[str, System] = {}
    for lang in KEY_ENGINES:
        for system in engine(lang).systems:
            if system.id in table:
                raise RuntimeError(f"romanization system id {system.id!r} is defined twice")
            table[system.id] = system
    return table


@cache
def _aliases() -> dict[str, str]:
    """Former system ids -> current ids (a renamed system keeps answering to its old id)."""
    found: dict[str, str] = {}
    for system in _systems_by_id().values():
        for alias in system.aliases:
            if alias in found or alias in _systems_by_id():
                raise RuntimeError(f"romanization system alias {alias!r} is defined twice")
            found[alias] = system.id
    return found


def systems(lang: str | None = None) -> tuple[System, ...]:
    """Every registered system, or those of one language."""
    if lang is not None:
        return engine(lang).systems
    return tuple(_systems_by_id().values())


def get_system(system_id: str) -> System:
    try:
        return _systems_by_id()[_aliases().get(system_id, system_id)]
    except KeyError:
        known = ", ".join(sorted(_systems_by_id()))
        raise UnknownSystemError(
            f"unknown romanization system {system_id!r}; known systems: {known}", system=system_id
        ) from None


def render(reading: str, system_id: str, *, errors: ErrorPolicy = "keep") -> str:
    """Spell ``reading`` in the system ``system_id``."""
    system = get_system(system_id)
    return engine(system.lang).render(reading, system, errors=errors)


def phonetic_keys(text: str, lang: str) -> frozenset[str]:
    """The phonological keys of ``text`` read as language ``lang``."""
    return engine(lang).phonetic_keys(text)


def index_keys(text: str, lang: str) -> frozenset[str]:
    """The keys a glossary form ``text`` is indexed by in ``lang``: its phonological keys and,
    where the engine has them, keys only a query in another script asks (a Russian form's
    Chinese-character spelling by sound)."""
    found = engine(lang)
    extra = getattr(found, "index_keys", None)
    return frozenset(extra(text)) if callable(extra) else found.phonetic_keys(text)


def warm_up() -> None:
    """Do each engine's one-time work now (lazy imports, compiled tables, first-use caches) by
    rendering every system's samples and keying them: a server's first request then costs what
    every later one does."""
    for system in systems():
        lang_engine = engine(system.lang)
        for sample in system.samples:
            lang_engine.render(sample.reading, system, errors="keep")
            lang_engine.phonetic_keys(sample.rendering)
