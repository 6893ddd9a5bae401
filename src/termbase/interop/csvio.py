"""CSV/TSV exports in the layouts CAT tools import (docs/interop.md says how, tool by tool).

=========  =====================================================  ==========================
layout     one row per                                             target
=========  =====================================================  ==========================
memoq      entry: Entry_Subject, Entry_Note, one column per tag    memoQ term base CSV import
multiterm  entry: Entry ID, Kind, Gloss, ... one column per tag    Trados MultiTerm, through
                                                                   Glossary Converter
phrase     entry: term, description, translatable,                 Phrase Strings term base
           case sensitive, one column per locale                   CSV upload
omegat     source term: source, target, comment (TSV, no header)   OmegaT glossary (.utf8)
=========  =====================================================  ==========================

Alternatives in one cell are separated by `` | `` (memoQ: "Split alternatives in field by";
Glossary Converter: the synonym separator). Deprecated and erroneous forms are listed in a note
column as forms to avoid, since these layouts have no per-term status.

Every cell that a spreadsheet could take for a formula (starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return, or their full-width forms, after any leading spaces) is written with
a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from termbase.errors import InputError
from termbase.model import LANGUAGE_TAGS, Entry, Glossary, Status, Term

LAYOUTS = ("memoq", "multiterm", "phrase", "omegat")
SEPARATOR = " | "
_FORMULA_START = tuple("=+-@\t\r＝＋－＠")
_TAG_ORDER = ("en", "ja", "ja-Latn", "zh-Hans", "zh-Hant", "zh", "zh-Latn", "zh-Bopo", "ru", "ru-Latn")

Row = list[str]


def guard(cell: str) -> str:
    """Neutralize spreadsheet formula injection (OWASP: CSV injection)."""
    if cell.startswith(("\t", "\r")) or cell.lstrip(" ").startswith(_FORMULA_START):
        return "'" + cell
    return cell


def unguard(cell: str) -> str:
    """The cell as it was before ``guard``."""
    return cell[1:] if cell.startswith("'") and guard(cell[1:]) == cell else cell


def tags_of(glossary: Glossary) -> list[str]:
    used = {term.lang for entry in glossary.entries for term in entry.terms}
    known = [tag for tag in _TAG_ORDER if tag in used]
    return known + sorted(used - set(known))  # every tag the loader accepted, named or not


def _allowed(entry: Entry, tag: str) -> list[str]:
    """Preferred then admitted forms in exactly this tag."""
    terms = [t for t in entry.terms if t.lang == tag]
    ranked = sorted(terms, key=lambda t: t.status is not Status.PREFERRED)
    return [t.form for t in ranked if t.status in (Status.PREFERRED, Status.ADMITTED)]


def _avoid(entry: Entry) -> str:
    bad = [t for t in entry.terms if t.status.needs_note]
    return "; ".join(f"{t.form} ({t.lang}, {t.status.value}: {t.note})" for t in bad)


def _note(entry: Entry) -> str:
    avoid = _avoid(entry)
    parts = [
        entry.gloss,
        entry.definition,
        entry.note,
        f"Do not use: {avoid}" if avoid else "",
        f"[{entry.id}]",
    ]
    return " ".join(p for p in parts if p)


def memoq(glossary: Glossary) -> tuple[Row, list[Row]]:
    tags = tags_of(glossary)
    rows = [
        [e.kind.value, _note(e), *(SEPARATOR.join(_allowed(e, tag)) for tag in tags)]
        for e in glossary.entries
    ]
    return ["Entry_Subject", "Entry_Note", *tags], rows


def multiterm(glossary: Glossary) -> tuple[Row, list[Row]]:
    tags = tags_of(glossary)
    header = ["Entry ID", "Kind", "Gloss", "Definition", "Note", "Do not use", *tags]
    rows = [
        [e.id, e.kind.value, e.gloss, e.definition, e.note, _avoid(e)]
        + [SEPARATOR.join(_allowed(e, tag)) for tag in tags]
        for e in glossary.entries
    ]
    return header, rows


def phrase(glossary: Glossary) -> tuple[Row, list[Row]]:
    tags = [tag for tag in tags_of(glossary) if tag != "en"]
    rows = []
    for e in glossary.entries:
        avoid = _avoid(e)
        description = e.gloss + (f" Do not use: {avoid}" if avoid else "")
        translations = [_form(e.preferred(tag)) for tag in tags]
        rows.append([e.label, description, "true", "true", *translations])
    return ["term", "description", "translatable", "case sensitive", *tags], rows


def _form(term: Term | None) -> str:
    return term.form if term else ""


def _comment(entry: Entry, term: Term) -> str:
    status = "" if term.status in (Status.PREFERRED, Status.ADMITTED) else f"{term.status.value}: {term.note}"
    reading = f"reading {term.reading}" if term.reading else ""
    parts = [status, term.lang + (f" ({term.system})" if term.system else ""), reading, entry.gloss]
    return "; ".join(p for p in parts if p)


def omegat(glossary: Glossary, *, target: str = "en") -> list[Row]:
    rows = []
    for entry in glossary.entries:
        wanted = entry.preferred(target)
        if wanted is None:
            continue
        for term in entry.terms:
            if term is not wanted and term.form != wanted.form:
                rows.append([term.form, wanted.form, _comment(entry, term)])
    return rows


def _csv(rows: Iterable[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, dialect=csv.excel)
    for row in rows:
        writer.writerow([guard(cell) for cell in row])
    return out.getvalue()


def _tsv(rows: Iterable[Row]) -> str:
    """Tab-separated, no quoting (OmegaT reads cells verbatim): tabs and line breaks become spaces."""
    return "".join("\t".join(guard(" ".join(cell.split())) for cell in row) + "\n" for row in rows)


def export_csv(glossary: Glossary, *, layout: str = "memoq", target: str = "en") -> str:
    """The glossary in ``layout``; OmegaT's is tab-separated with no header, the others CSV."""
    if layout == "omegat":
        if target not in LANGUAGE_TAGS:
            raise InputError(f"unknown target language tag {target!r}")
        return _tsv(omegat(glossary, target=target))
    builders = {"memoq": memoq, "multiterm": multiterm, "phrase": phrase}
    if layout not in builders:
        raise InputError(f"unknown CSV layout {layout!r}; use one of: {', '.join(LAYOUTS)}")
    header, rows = builders[layout](glossary)
    return _csv([header, *rows])
