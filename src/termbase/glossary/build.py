"""Records -> model values, reporting every field problem with its line and a fix hint."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from termbase.glossary.collect import Collector
from termbase.glossary.langtags import canonical_case, implied_script, tag_problem
from termbase.glossary.records import Record
from termbase.glossary.verify import derived_verification, term_verification
from termbase.model import (
    ENTRY_ID,
    LANGUAGE_TAGS,
    Entry,
    GlossaryInfo,
    Kind,
    Relation,
    RelationType,
    Source,
    Status,
    Term,
    TermType,
    Verification,
    base_language,
)
from termbase.readings import strip_marks
from termbase.romanize import LANGUAGES, engine
from termbase.scripts import writes

E = TypeVar("E", bound=StrEnum)

ENTRY_FIELDS = {
    "id": "stable lowercase ASCII id, words joined by hyphens",
    "kind": "what the entry is about",
    "origin": "language the name comes from: ja, zh, ru (omit for English-only concepts)",
    "gloss": "one-line English gloss",
    "definition": "longer definition",
    "note": "usage note",
    "terms": "the designations, per language",
    "sources": "where the entry is attested, as 'source-id: locator'",
    "relations": "links to other entries",
    "verification": "verified or unverified",
    "verification_note": "what could not be verified, and why",
}
TERM_FIELDS = {
    "form": "the written form",
    "lang": "BCP 47 tag",
    "status": "preferred, admitted, deprecated or erroneous",
    "type": "full-form, short-form, abbreviation, acronym, translation, transliteration, ...",
    "reading": "kana (ja) or tone-marked pinyin (zh)",
    "system": "romanization system that produces this form",
    "note": "why deprecated or erroneous, or a usage note",
    "sources": "where this form is attested",
    "verification": "checked (against a cited source), article, reconstructed, machine or dictionary",
}
RELATION_FIELDS = {"type": "relation type", "target": "id of another entry", "note": "free text"}
INFO_FIELDS = {"id", "name", "description", "licence", "sources"}
SOURCE_FIELDS = {"id", "title", "authors", "year", "url", "note"}

_SCRIPT_TESTS: dict[str, Callable[[str], bool]] = {
    "Latn": lambda s: writes(s, "Latn") and not (writes(s, "Cyrl") or writes(s, "Jpan")),
    "Cyrl": lambda s: writes(s, "Cyrl"),
    "Jpan": lambda s: writes(s, "Jpan"),
    "Hani": lambda s: writes(s, "Hani"),
    "Hans": lambda s: writes(s, "Hani"),
    "Hant": lambda s: writes(s, "Hani"),
    "Bopo": lambda s: writes(s, "Bopo"),
    "Kore": lambda s: writes(s, "Hang"),
}


def _check_form_script(c: Collector, record: Record, form: str, lang: str) -> None:
    script = implied_script(lang)
    test = _SCRIPT_TESTS.get(script) if script else None
    if test and not test(form):
        c.add(
            record.problem(
                "form",
                "script-mismatch",
                f"form {form!r} is not in the script {script} that '{lang}' implies",
                "fix the form or the lang tag (romanized forms use ja-Latn, zh-Latn, ru-Latn)",
            )
        )


def _check_reading(c: Collector, record: Record, lang: str, reading: str) -> None:
    base = base_language(lang)
    if base not in LANGUAGES or lang.endswith("-Latn") or base == "ru":
        c.add(
            record.problem(
                "reading",
                "unexpected-reading",
                f"a '{lang}' term takes no reading",
                "readings belong on ja (kana) and zh (pinyin) terms",
            )
        )
        return
    why = engine(base).check_reading(reading)
    if why:
        c.add(record.problem("reading", "bad-reading", f"reading {reading!r}: {why}"))


def _tag_hint(lang: str) -> str:
    written = canonical_case(lang)
    if written != lang and not tag_problem(written):
        return f"write '{written}'"
    close = difflib.get_close_matches(lang, sorted(LANGUAGE_TAGS), n=1)
    return f"did you mean '{close[0]}'?" if close else "use a tag of the IANA Language Subtag Registry"


def build_term(c: Collector, record: Record) -> Term | None:
    c.unknown_keys(record, TERM_FIELDS, "term")
    form = c.text(record, "form", required=True)
    lang = c.text(record, "lang", required=True)
    status = c.choice(record, "status", Status)
    term_type = c.choice(record, "type", TermType, default=TermType.FULL_FORM)
    reading = c.text(record, "reading")
    system = c.text(record, "system")
    note = c.text(record, "note") or ""
    verification = term_verification(c, record, status)
    why = tag_problem(lang) if lang else None
    if lang and why:
        message = f"unknown language tag '{lang}': {why}"
        c.add(record.problem("lang", "unknown-language", message, _tag_hint(lang)))
        lang = None
    if status and status.needs_note and not note:
        c.add(
            record.problem(
                "status",
                "missing-note",
                f"a {status.value} term needs a note saying why",
                "add note: with the reason and the form to use instead",
            )
        )
    if form and lang and status is not Status.ERRONEOUS:  # a misprint may mix scripts (stroitel'sтва)
        _check_form_script(c, record, form, lang)
    if reading and lang and c.check_readings:
        _check_reading(c, record, lang, strip_marks(reading))
    if not (form and lang and status and term_type):
        return None
    return Term(
        form=form,
        lang=lang,
        status=status,
        type=term_type,
        reading=reading,
        system=system,
        note=note,
        sources=c.source_refs(record),
        verification=verification,
        line=record.line,
    )


def build_relation(c: Collector, record: Record) -> Relation | None:
    c.unknown_keys(record, RELATION_FIELDS, "relation")
    kind = c.choice(record, "type", RelationType)
    target = c.text(record, "target", required=True)
    if kind is None or target is None:
        return None
    return Relation(kind, target, c.text(record, "note") or "", line=record.line)


def _children(c: Collector, record: Record, key: str, build: Callable[[Collector, Record], Any]) -> list[Any]:
    built = []
    for child in record.children(key):
        if isinstance(child, Record):
            value = build(c, child)
            if value is not None:
                built.append(value)
        else:
            c.add(child)
    return built


def build_entry(c: Collector, record: Record, glossary_id: str) -> Entry | None:
    c.unknown_keys(record, ENTRY_FIELDS, "entry")
    before = len(c.problems)
    entry_id = c.text(record, "id", required=True)
    if entry_id and not ENTRY_ID.match(entry_id):
        c.add(
            record.problem(
                "id",
                "bad-id",
                f"id '{entry_id}' is not lowercase ASCII words joined by hyphens",
                f"try '{re.sub(r'[^a-z0-9]+', '-', entry_id.lower()).strip('-')}'",
            )
        )
    kind = c.choice(record, "kind", Kind)
    gloss = c.text(record, "gloss", required=True)
    origin = c.text(record, "origin")
    stated = c.choice(record, "verification", Verification, default=Verification.VERIFIED)
    terms = _children(c, record, "terms", build_term)
    verification, derived_note = derived_verification(c, record, stated, terms)
    if not record.data.get("terms"):
        c.add(record.problem(None, "no-terms", "entry has no terms"))
    relations = _children(c, record, "relations", build_relation)
    sources = c.source_refs(record)
    if not sources:
        c.add(record.problem(None, "no-source", "entry has no source", "add sources: ['article: n. 12']"))
    if len(c.problems) > before or not (entry_id and kind and gloss and verification):
        return None
    return Entry(
        id=entry_id,
        kind=kind,
        gloss=gloss,
        terms=tuple(terms),
        sources=sources,
        origin=origin,
        definition=c.text(record, "definition") or "",
        note=c.text(record, "note") or "",
        relations=tuple(relations),
        verification=verification,
        verification_note=c.text(record, "verification_note") or derived_note,
        glossary=glossary_id,
        path=record.path,
        line=record.line,
    )


def build_source(c: Collector, record: Record) -> Source | None:
    c.unknown_keys(record, SOURCE_FIELDS, "source")
    source_id = c.text(record, "id", required=True)
    title = c.text(record, "title", required=True)
    authors = record.data.get("authors") or []
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        c.add(record.problem("authors", "bad-type", "'authors' must be a list of names"))
        authors = []
    if not (source_id and title):
        return None
    year = record.data.get("year")
    return Source(
        id=source_id,
        title=title,
        authors=tuple(authors),
        year="" if year is None else str(year),
        url=c.text(record, "url") or "",
        note=c.text(record, "note") or "",
    )


def _check_source_ids(c: Collector, record: Record) -> None:
    """Terms cite sources by id, so an id defined twice would make a citation mean two works."""
    first: dict[str, int] = {}
    for child in record.children("sources"):
        source_id = child.data.get("id") if isinstance(child, Record) else None
        if not isinstance(child, Record) or not isinstance(source_id, str):
            continue
        source_id = source_id.strip()
        if source_id in first:
            c.add(
                child.problem(
                    "id",
                    "duplicate-source",
                    f"source id '{source_id}' is already defined at line {first[source_id]}",
                    "give this source another id (and cite it by that id), or delete the copy",
                )
            )
        else:
            first[source_id] = child.line_of("id")


def build_info(c: Collector, record: Record, folder: str) -> GlossaryInfo | None:
    c.unknown_keys(record, INFO_FIELDS, "glossary")
    info_id = c.text(record, "id", required=True)
    name = c.text(record, "name", required=True)
    description = c.text(record, "description", required=True)
    licence = c.text(record, "licence", required=True)
    sources = _children(c, record, "sources", build_source)
    _check_source_ids(c, record)
    if not (info_id and name and description and licence):
        return None
    if not ENTRY_ID.match(info_id):
        c.add(record.problem("id", "bad-id", f"glossary id '{info_id}' must be lowercase ASCII with hyphens"))
        return None
    return GlossaryInfo(info_id, name, description, licence, tuple(sources), path=folder)
