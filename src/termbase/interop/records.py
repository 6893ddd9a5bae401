"""The glossary as source-schema records: the dicts the YAML entry files and glossary.yaml hold.

``entry_record(entry)`` gives exactly what a person would write in an entry file (defaults and
empty fields left out, keys in the order of ``glossaries/README.md``); the loader turns such a
record back into an equal ``Entry``. JSON export, the YAML writer and every importer speak
this shape, so there is one mapping between the model and files, not one per format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from termbase.model import (
    Entry,
    Glossary,
    GlossaryInfo,
    Relation,
    Source,
    SourceRef,
    Term,
    TermType,
    Verification,
)

Record = dict[str, Any]


@dataclass
class GlossaryRecords:
    """One glossary folder as records: ``info`` is glossary.yaml, ``entries`` the entry files."""

    info: Record
    entries: list[Record] = field(default_factory=list)


def source_ref_record(ref: SourceRef) -> str | Record:
    """``'source-id: locator'``, or the mapping form when the id itself holds a colon."""
    if ":" in ref.source:
        return {"source": ref.source, "locator": ref.locator} if ref.locator else {"source": ref.source}
    return f"{ref.source}: {ref.locator}" if ref.locator else ref.source


def _put(record: Record, key: str, value: object) -> None:
    """Set ``key`` unless the value is empty (the loader reads a missing key as empty)."""
    if value not in (None, "", (), []):
        record[key] = value


def term_record(term: Term) -> Record:
    record: Record = {"lang": term.lang, "form": term.form}
    _put(record, "reading", term.reading)
    _put(record, "system", term.system)
    record["status"] = term.status.value
    if term.type is not TermType.FULL_FORM:
        record["type"] = term.type.value
    _put(record, "note", term.note)
    _put(record, "sources", [source_ref_record(ref) for ref in term.sources])
    if term.verification is not None:
        record["verification"] = term.verification.value
    return record


def relation_record(relation: Relation) -> Record:
    record: Record = {"type": relation.type.value, "target": relation.target}
    _put(record, "note", relation.note)
    return record


def entry_record(entry: Entry) -> Record:
    record: Record = {"id": entry.id, "kind": entry.kind.value}
    _put(record, "origin", entry.origin)
    record["gloss"] = entry.gloss
    _put(record, "definition", entry.definition)
    _put(record, "note", entry.note)
    if entry.verification is not Verification.VERIFIED:
        record["verification"] = entry.verification.value
    _put(record, "verification_note", entry.verification_note)
    record["sources"] = [source_ref_record(ref) for ref in entry.sources]
    _put(record, "relations", [relation_record(r) for r in entry.relations])
    record["terms"] = [term_record(t) for t in entry.terms]
    return record


def source_record(source: Source) -> Record:
    record: Record = {"id": source.id, "title": source.title}
    _put(record, "authors", list(source.authors))
    _put(record, "year", source.year)
    _put(record, "url", source.url)
    _put(record, "note", source.note)
    return record


def info_record(info: GlossaryInfo) -> Record:
    record: Record = {
        "id": info.id,
        "name": info.name,
        "description": info.description,
        "licence": info.licence,
    }
    _put(record, "sources", [source_record(s) for s in info.sources])
    return record


def glossary_records(glossary: Glossary) -> list[GlossaryRecords]:
    """Each loaded glossary folder with its entries, in load order."""
    groups = {info.id: GlossaryRecords(info_record(info)) for info in glossary.infos}
    for entry in glossary.entries:
        groups[entry.glossary].entries.append(entry_record(entry))
    return list(groups.values())
