"""Problems collected while records are built into model values."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from termbase.errors import Problem
from termbase.glossary.records import Record
from termbase.model import SourceRef

E = TypeVar("E", bound=StrEnum)


class Collector:
    """Accumulates problems while building; helpers return None on a problem."""

    def __init__(self, *, check_readings: bool = True) -> None:
        self.problems: list[Problem] = []
        self.check_readings = check_readings
        #: Source ids of the glossary being built; references to others are problems.
        #: None while the metadata could not be read (its own problem is reported instead).
        self.source_ids: frozenset[str] | None = None

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def unknown_keys(self, record: Record, allowed: Iterable[str], what: str) -> None:
        allowed = list(allowed)
        for key in record.data:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"allowed: {', '.join(allowed)}"
                self.add(record.problem(key, "unknown-field", f"unknown {what} field '{key}'", hint))

    def text(self, record: Record, key: str, *, required: bool = False) -> str | None:
        value = record.data.get(key)
        if value is None or value == "":
            if required:
                self.add(record.problem(None, "missing-field", f"missing required field '{key}'"))
            return None
        if not isinstance(value, str):
            shown = str(value).lower() if isinstance(value, bool) else str(value)
            self.add(record.problem(key, "bad-type", f"'{key}' must be text, got {shown!r}", "quote it"))
            return None
        return value.strip()

    def choice(self, record: Record, key: str, enum: type[E], *, default: E | None = None) -> E | None:
        raw = self.text(record, key, required=default is None)
        if raw is None:
            return default
        try:
            return enum(raw)
        except ValueError:
            options = [m.value for m in enum]
            close = difflib.get_close_matches(raw, options, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(options)}"
            self.add(record.problem(key, f"unknown-{key}", f"unknown {key} '{raw}'", hint))
            return None

    def source_refs(self, record: Record, key: str = "sources") -> tuple[SourceRef, ...]:
        value = record.data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.add(record.problem(key, "bad-type", f"'{key}' must be a list of 'source-id: locator'"))
            return ()
        refs = []
        for item in value:
            if isinstance(item, Record):
                source = self.text(item, "source", required=True)
                if source:
                    refs.append(SourceRef(source, self.text(item, "locator") or ""))
            elif isinstance(item, str) and item.strip():
                source, _, locator = item.partition(":")
                refs.append(SourceRef(source.strip(), locator.strip()))
            else:
                self.add(record.problem(key, "bad-type", f"bad source reference {item!r}"))
        for ref in refs:
            if self.source_ids is not None and ref.source not in self.source_ids:
                known = ", ".join(sorted(self.source_ids)) or "none"
                hint = f"define it under sources: in glossary.yaml (known: {known})"
                self.add(record.problem(key, "unknown-source", f"unknown source '{ref.source}'", hint))
        return tuple(refs)
