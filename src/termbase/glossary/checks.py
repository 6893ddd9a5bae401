"""Checks across entries: ids, relations, sources, readings and claimed romanization systems."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from termbase.errors import Problem, TermbaseError
from termbase.model import Entry, Kind, Status, Term
from termbase.readings import readings, swapped
from termbase.romanize import get_system, render
from termbase.scripts import char_class

_HAN = re.compile(f"[{char_class('Hani')}]")


def _p(entry: Entry, line: int, code: str, message: str, hint: str = "") -> Problem:
    return Problem(entry.path, line or entry.line, code, message, hint)


def check_ids(entries: Iterable[Entry]) -> list[Problem]:
    problems = []
    first: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in first:
            other = first[entry.id]
            problems.append(
                _p(
                    entry,
                    entry.line,
                    "duplicate-id",
                    f"id '{entry.id}' is already used at {other.path}:{other.line}",
                    "give one of them another id, or merge them",
                )
            )
        else:
            first[entry.id] = entry
    return problems


def check_references(entries: list[Entry]) -> list[Problem]:
    """Relations must point at entries that exist (in any loaded glossary)."""
    ids = {e.id for e in entries}
    problems = []
    for entry in entries:
        for relation in entry.relations:
            if relation.target not in ids:
                close = difflib.get_close_matches(relation.target, sorted(ids), n=1)
                hint = f"did you mean '{close[0]}'?" if close else "add that entry or remove the relation"
                message = f"relation {relation.type.value} points to unknown entry '{relation.target}'"
                problems.append(_p(entry, relation.line, "dangling-relation", message, hint))
    return problems


def _check_terms(entry: Entry) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for term in entry.terms:
        if term.status is not Status.PREFERRED:
            continue
        if term.lang in seen:
            problems.append(
                _p(
                    entry,
                    term.line,
                    "multiple-preferred",
                    f"a second preferred term in '{term.lang}': {term.form!r}",
                    "keep one preferred, make the others admitted",
                )
            )
        seen.add(term.lang)
    if not entry.terms_in("en"):
        problems.append(
            _p(
                entry,
                entry.line,
                "no-english",
                "entry has no English ('en') term",
                "add the form English-language literature uses",
            )
        )
    for term in entry.terms:
        needs_reading = term.lang == "ja" or term.lang.startswith("zh-Han") or term.lang == "zh"
        if needs_reading and _HAN.search(term.form) and not term.reading:
            problems.append(
                _p(
                    entry,
                    term.line,
                    "missing-reading",
                    f"{term.lang} term {term.form!r} has no reading",
                    "add reading: kana for ja, tone-marked pinyin for zh",
                )
            )
    return problems


def _matches(claimed: str, produced: str, person: bool) -> bool:
    produced_cf = produced.casefold()
    if claimed.casefold() == produced_cf:
        return True
    other = swapped(claimed) if person else None
    return other is not None and other.casefold() == produced_cf


def _check_system_claim(entry: Entry, term: Term) -> Problem | None:
    assert term.system is not None
    try:
        system = get_system(term.system)
    except TermbaseError as exc:
        return _p(entry, term.line, "unknown-system", exc.message)
    if term.lang != system.target:
        return _p(
            entry,
            term.line,
            "system-language-mismatch",
            f"system '{system.id}' writes {system.target}, but the term is tagged '{term.lang}'",
            f"tag the term lang: {system.target}",
        )
    candidates = [r for r in readings(entry) if r.lang == system.lang and r.term is not term]
    if not candidates:
        return _p(
            entry,
            term.line,
            "no-reading-for-system",
            f"term claims system '{system.id}', but the entry has no {system.lang} reading to check it",
        )
    produced = [render(r.text, system.id) for r in candidates]
    if any(_matches(term.form, p, entry.kind is Kind.PERSON) for p in produced):
        return None
    return _p(
        entry,
        term.line,
        "rendering-mismatch",
        f"{term.form!r} claims system '{system.id}', which gives {produced[0]!r} "
        f"from reading {candidates[0].text!r}",
        "fix the form, the reading, or the system (or drop 'system' for a conventional form)",
    )


def check_renderings(entries: Iterable[Entry]) -> list[Problem]:
    problems = []
    for entry in entries:
        problems.extend(_check_terms(entry))
        for term in entry.terms:
            if term.system:
                problem = _check_system_claim(entry, term)
                if problem:
                    problems.append(problem)
    return problems
