"""Core values as JSON-ready dicts: the one wire shape the HTTP API, the CLI's --json and the
web page share. Pure functions of the model; no FastAPI here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from termbase.detect import Detection
from termbase.lookup import Candidate, LookupResult
from termbase.model import Entry, Glossary, SourceRef, Status, Term
from termbase.readings import readings, renderings
from termbase.romanize import System, get_system
from termbase.transcribe import Transcription


def _sources(refs: Iterable[SourceRef], glossary: Glossary) -> list[dict[str, str]]:
    out = []
    for ref in refs:
        source = glossary.source(ref.source)
        out.append({"source": ref.source, "locator": ref.locator, "title": source.title if source else ""})
    return out


def term_dict(term: Term, glossary: Glossary) -> dict[str, Any]:
    return {
        "form": term.form,
        "lang": term.lang,
        "script": term.script,
        "status": term.status.value,
        "type": term.type.value,
        "reading": term.plain_reading,
        "system": term.system,
        "verification": term.verification.value if term.verification else None,
        "note": term.note,
        "sources": _sources(term.sources, glossary),
    }


def renderings_dict(entry: Entry) -> dict[str, list[dict[str, Any]]]:
    """Every system's rendering of each distinct reading, grouped by engine language.

    Erroneous forms (misprints) are left out: they are matched, but never offered to copy."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    seen: set[tuple[str, str]] = set()
    for reading in readings(entry):
        if reading.term.status is Status.ERRONEOUS or (reading.lang, reading.text) in seen:
            continue
        seen.add((reading.lang, reading.text))
        by_system: dict[str, dict[str, Any]] = {}
        for rendering in renderings(entry, reading, both_orders=True):
            row = by_system.setdefault(
                rendering.system,
                {
                    "system": rendering.system,
                    "name": get_system(rendering.system).name,
                    "target": rendering.target,
                    "reading": reading.text,
                    "term": reading.term.form,
                    "status": reading.term.status.value,
                },
            )
            row["text" if rendering.order == "native" else "swapped"] = rendering.text
        grouped.setdefault(reading.lang, []).extend(by_system.values())
    return grouped


def entry_dict(entry: Entry, glossary: Glossary) -> dict[str, Any]:
    """The whole entry: terms, readings, renderings by system, sources, relations."""
    by_id = glossary.by_id
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "label": entry.label,
        "gloss": entry.gloss,
        "definition": entry.definition,
        "note": entry.note,
        "origin": entry.origin,
        "glossary": entry.glossary,
        "verification": {"status": entry.verification.value, "note": entry.verification_note},
        "terms": [term_dict(t, glossary) for t in entry.terms],
        "readings": [{"lang": r.lang, "reading": r.text, "term": r.term.form} for r in readings(entry)],
        "renderings": renderings_dict(entry),
        "sources": _sources(entry.sources, glossary),
        "relations": [
            {
                "type": r.type.value,
                "target": r.target,
                "label": by_id[r.target].label if r.target in by_id else "",
                "note": r.note,
            }
            for r in entry.relations
        ],
    }


def entry_summary(entry: Entry) -> dict[str, Any]:
    """A listing row: enough to choose an entry."""
    native = [
        {"form": t.form, "lang": t.lang, "reading": t.plain_reading}
        for t in entry.native_terms()
        if t.status.value in ("preferred", "admitted")
    ]
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "label": entry.label,
        "gloss": entry.gloss,
        "native": native,
        "verification": entry.verification.value,
    }


def detection_dict(detected: Detection) -> dict[str, Any]:
    return {
        "scripts": list(detected.scripts),
        "languages": list(detected.languages),
        "systems": list(detected.systems),
        "ambiguous": detected.ambiguous,
        "note": detected.note,
    }


def candidate_dict(candidate: Candidate) -> dict[str, Any]:
    m = candidate.matched
    return {
        "id": candidate.entry.id,
        "label": candidate.entry.label,
        "kind": candidate.entry.kind.value,
        "score": candidate.score,
        "match": candidate.match,
        "matched": {
            "form": m.form,
            "lang": m.lang,
            "system": m.system,
            "status": m.status.value,
            "via": m.via,
            "detail": m.detail,
            "key": m.key,
            "note": m.note,
            "preferred": m.preferred.form if m.preferred else None,
            "preferred_lang": m.preferred.lang if m.preferred else None,
            "generated": m.generated,
        },
        "native": entry_summary(candidate.entry)["native"],
    }


def lookup_dict(result: LookupResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "detected": detection_dict(result.detected),
        "results": [candidate_dict(c) for c in result.results],
    }


def system_dict(system: System) -> dict[str, Any]:
    return {
        "id": system.id,
        "lang": system.lang,
        "target": system.target,
        "name": system.name,
        "authority": system.authority,
        "url": system.url,
        "note": system.note,
        "samples": [
            {"reading": s.reading, "rendering": s.rendering, "source": s.source} for s in system.samples
        ],
    }


def transcription_dict(result: Transcription) -> dict[str, Any]:
    return {
        "text": result.text,
        "label": result.label,
        "lang": result.lang,
        "reading": result.reading,
        "reading_source": result.reading_source,
        "entry": result.entry,
        "spellings": [
            {"system": s.system, "name": s.name, "target": s.target, "text": s.text} for s in result.spellings
        ],
        "note": result.note,
    }
