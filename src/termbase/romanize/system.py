"""Romanization systems as data: one TOML file per system, one engine per language.

A system file (``romanize/<lang>/systems/<id>.toml``) looks like::

    [system]
    id = "hepburn-modified"          # globally unique, lowercase ASCII
    lang = "ja"                      # language of the reading it renders
    target = "ja-Latn"               # BCP 47 tag of what it produces
    name = "Modified Hepburn"
    text_lang = "en"                 # language of the texts that write names this way ("und": any)
    aliases = ["old-id"]             # optional: former ids that still resolve to this system
    authority = "Kenkyūsha's New Japanese-English Dictionary, 3rd ed. (1954)"
    url = "https://..."
    extends = "_hepburn-base"        # optional: another file in the same folder (tables merged)

    [options]                        # engine-specific switches, documented by each engine
    long_vowels = "macron"

    [table]                          # engine-specific mapping, merged over the base's
    "し" = "shi"

    [[samples]]                      # cited pairs; tests run every one
    reading = "のさか さんぞう"
    rendering = "Nosaka Sanzō"
    source = "Article, main text before n. 40"

Files whose name starts with ``_`` are bases, not systems. Adding a system means adding a file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Sample:
    """A published reading -> rendering pair, with where it was published."""

    reading: str
    rendering: str
    source: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class System:
    """One romanization (or transliteration) system: its identity, authority, table and samples."""

    id: str
    lang: str
    target: str
    name: str
    authority: str
    #: BCP 47 language of the texts that spell names this way: ``de`` for Duden's Russian,
    #: ``fr`` for EFEO; ``en`` for English-language conventions; ``und`` for international ones.
    text_lang: str = "und"
    aliases: tuple[str, ...] = ()
    url: str = ""
    note: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    table: Mapping[str, Any] = field(default_factory=dict)
    samples: tuple[Sample, ...] = ()


def _merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key in ("options", "table"):
        merged[key] = {**base.get(key, {}), **own.get(key, {})}
    merged["system"] = {**base.get("system", {}), **own.get("system", {})}
    merged["samples"] = own.get("samples", [])
    return merged


def _read(folder: Any, name: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    if name in seen:
        raise ValueError(f"circular 'extends' in romanization systems: {' -> '.join((*seen, name))}")
    data = tomllib.loads((folder / f"{name}.toml").read_text(encoding="utf-8"))
    parent = data.get("system", {}).get("extends")
    if parent:
        base = _read(folder, parent, (*seen, name))
        for own_only in ("id", "aliases"):
            base.get("system", {}).pop(own_only, None)
        data = _merge(base, data)
    return data


def load_systems(package: str) -> tuple[System, ...]:
    """Every system file in ``<package>/systems`` (bases excluded), sorted by file name."""
    folder = resources.files(package) / "systems"
    names = sorted(
        entry.name[: -len(".toml")]
        for entry in folder.iterdir()
        if entry.name.endswith(".toml") and not entry.name.startswith("_")
    )
    systems = []
    for name in names:
        data = _read(folder, name)
        meta = data["system"]
        samples = tuple(
            Sample(reading=s["reading"], rendering=s["rendering"], source=s["source"], note=s.get("note", ""))
            for s in data.get("samples", [])
        )
        systems.append(
            System(
                id=meta["id"],
                lang=meta["lang"],
                target=meta["target"],
                name=meta["name"],
                authority=meta["authority"],
                text_lang=meta.get("text_lang", "und"),
                aliases=tuple(meta.get("aliases", ())),
                url=meta.get("url", ""),
                note=meta.get("note", ""),
                options=data.get("options", {}),
                table=data.get("table", {}),
                samples=samples,
            )
        )
    return tuple(systems)
