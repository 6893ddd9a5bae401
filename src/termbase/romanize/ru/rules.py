"""A system file's ``[table]`` compiled into spelling rules with letter contexts.

Each table key is a lower-case Cyrillic letter or sequence; its value is a spelling, or an
inline table of rules tried in order (``default`` last)::

    "е" = { initial = "ye", "after:vowels" = "ye", default = "e" }
    "ий" = { final = "y" }          # no default: otherwise spelt letter by letter
    "Я" = "I͡A"                     # upper-case key: the title-case spelling

A rule key is one or more conditions separated by spaces, all of which must hold:
``initial``, ``final``, ``after:X``, ``before:X``; ``X`` names a class from
``[options.classes]`` or lists the letters themselves.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from termbase.romanize.ru.text import RUSSIAN_LETTERS
from termbase.romanize.system import System


@dataclass(frozen=True, slots=True)
class Condition:
    """Where a rule applies: at a word's edges, and/or next to certain letters."""

    initial: bool = False
    final: bool = False
    after: frozenset[str] | None = None
    before: frozenset[str] | None = None

    def holds(self, prev: str, nxt: str) -> bool:
        """``prev``/``nxt``: the neighbouring letters in lower case, ``""`` at a word edge."""
        if (self.initial and prev) or (self.final and nxt):
            return False
        if self.after is not None and prev not in self.after:
            return False
        return self.before is None or nxt in self.before


@dataclass(frozen=True, slots=True)
class Entry:
    """The rules for one Cyrillic letter or sequence, in the order they are tried."""

    rules: tuple[tuple[Condition | None, str], ...]

    def spell(self, prev: str, nxt: str) -> str | None:
        for condition, spelling in self.rules:
            if condition is None or condition.holds(prev, nxt):
                return spelling
        return None

    def spellings(self) -> Iterator[tuple[str, Condition | None]]:
        """Every spelling with the condition it is used under (``None``: anywhere)."""
        for condition, spelling in self.rules:
            yield spelling, condition


@dataclass(frozen=True, slots=True)
class Table:
    """A compiled system table: entries by lower-case Cyrillic key, and title-case overrides."""

    entries: Mapping[str, Entry]
    capitals: Mapping[str, str]
    longest: int
    #: Letters spelt the same everywhere and starting no longer key: a word of these letters
    #: only is spelt letter by letter, without trying contexts (most names, most systems).
    plain: Mapping[str, str] = field(default_factory=dict)


def _letters(spec: str, classes: Mapping[str, str], where: str) -> frozenset[str]:
    letters = classes.get(spec, spec)
    if not letters or not set(letters) <= RUSSIAN_LETTERS:
        raise ValueError(f"{where}: {spec!r} is neither a letter class nor Russian letters")
    return frozenset(letters)


def _condition(key: str, classes: Mapping[str, str], where: str) -> Condition:
    fields: dict[str, Any] = {}
    for atom in key.split():
        name, _, spec = atom.partition(":")
        if name in ("initial", "final") and not spec:
            fields[name] = True
        elif name in ("after", "before") and spec:
            fields[name] = _letters(spec, classes, where)
        else:
            raise ValueError(f"{where}: unknown condition {atom!r}")
    return Condition(**fields)


def _entry(value: Any, classes: Mapping[str, str], where: str) -> Entry:
    if isinstance(value, str):
        return Entry(((None, value),))
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError(f"{where}: a spelling must be a string or a table of strings")
    rules = [(_condition(key, classes, where), spelt) for key, spelt in value.items() if key != "default"]
    default = [(None, value["default"])] if "default" in value else []
    return Entry((*rules, *default))


def compile_table(system: System) -> Table:
    """Compile ``system.table`` (raises ValueError naming the system on a malformed table)."""
    classes: Mapping[str, str] = system.options.get("classes", {})
    entries: dict[str, Entry] = {}
    capitals: dict[str, str] = {}
    for key, value in system.table.items():
        where = f"romanization system {system.id!r}, key {key!r}"
        if not key or not set(key) <= RUSSIAN_LETTERS:
            raise ValueError(f"{where}: keys must be Russian letters")
        if key != key.lower():
            if len(key) != 1 or not isinstance(value, str):
                raise ValueError(f"{where}: a capital key must be one letter with one spelling")
            capitals[key] = value
            continue
        entries[key] = _entry(value, classes, where)
    longest = max((len(key) for key in entries), default=1)
    starts = {key[0] for key in entries if len(key) > 1}
    plain = {
        key: entry.rules[0][1]
        for key, entry in entries.items()
        if len(key) == 1 and key not in starts and len(entry.rules) == 1 and entry.rules[0][0] is None
    }
    return Table(entries=entries, capitals=capitals, longest=longest, plain=plain)
