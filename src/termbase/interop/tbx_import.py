"""TBX import: bytes -> safe parse -> drafts -> glossary records (+ warnings).

result = import_tbx(path.read_bytes(), name=path.name)
write_glossaries(result.groups, Path("my-glossary"))
"""

from __future__ import annotations

from typing import Any

from termbase.interop.safexml import MAX_XML_BYTES, parse_xml
from termbase.interop.tbx_entries import (
    MAX_WARNINGS,
    Finisher,
    ImportResult,
    gloss_from,
    relation_notes,
    relation_type,
    valid_kind,
    valid_verification,
)
from termbase.interop.tbx_read import EntryDraft, read_document
from termbase.model import Status


def _definition(draft: EntryDraft) -> tuple[str, list[str]]:
    """The English definition, and the others as note lines."""
    chosen = ""
    others = []
    for lang, text in draft.definitions:
        if not chosen and (not lang or lang.split("-")[0].lower() == "en"):
            chosen = text
        elif text:
            others.append(f"definition ({lang or 'entry'}): {text}")
    return chosen, others


def _terms(f: Finisher, draft: EntryDraft, where: str, group: Any) -> list[dict[str, Any]]:
    drafts = draft.terms
    if drafts and all(t.order is not None for t in drafts):
        drafts = sorted(drafts, key=lambda t: t.order or 0)
    terms = [t for t in (f.term(d, group, where) for d in drafts) if t is not None]
    preferred: set[str] = set()
    for term in terms:
        if term["status"] == Status.PREFERRED.value:
            if term["lang"] in preferred:
                term["status"] = Status.ADMITTED.value
                f.warn(f"{where}: a second preferred {term['lang']} term {term['form']!r} is now admitted")
            preferred.add(term["lang"])
    return terms


def _relations(f: Finisher, draft: EntryDraft) -> list[dict[str, str]]:
    notes = relation_notes(draft)
    relations = []
    for target, text in draft.relations:
        entry_id = f.ids.get(target)
        if entry_id is None:
            f.warn(f"line {draft.line}: cross-reference to unknown concept {target!r} left out")
            continue
        relation = {"type": relation_type(text), "target": entry_id}
        note = notes.get((relation["type"], entry_id))
        if note:
            relation["note"] = note
        relations.append(relation)
    return relations


def _entry(f: Finisher, draft: EntryDraft, entry_id: str) -> dict[str, Any] | None:
    where = f"concept {draft.xml_id or entry_id}"
    group = f.group_of(draft)
    terms = _terms(f, draft, where, group)
    if not any(t["lang"] == "en" for t in terms):
        f.warn(f"line {draft.line}: {where} has no English term termbase serves; left out")
        return None
    definition, other_definitions = _definition(draft)
    own = f.doc.own
    note = "\n".join(filter(None, [*draft.notes, *other_definitions, *draft.extras]))
    record: dict[str, Any] = {"id": entry_id, "kind": valid_kind(draft.fields.get("kind"))}
    if draft.fields.get("origin"):
        record["origin"] = draft.fields["origin"]
    label = next(t["form"] for t in terms if t["lang"] == "en")
    record["gloss"] = draft.fields.get("gloss") or gloss_from(definition, f"{label} (imported from {f.name})")
    for key, value in (("definition", definition), ("note", note)):
        if value:
            record[key] = value
    verification = valid_verification(draft.fields.get("verification"), own=own)
    if verification != "verified":
        record["verification"] = verification
    unchecked = f"Imported from {f.name}; forms and readings not checked against a source."
    verification_note = draft.fields.get("verification-note", "" if own else unchecked)
    if verification_note:
        record["verification_note"] = verification_note
    sources = draft.sources or [f"concept {draft.xml_id}"]
    record["sources"] = [f.source_ref(text, group) for text in dict.fromkeys(sources)]
    record["relations"] = _relations(f, draft)
    record["terms"] = terms
    group.entries.append(record)
    return record


def _drop_dangling(f: Finisher) -> None:
    """Relations to entries that were left out would not load: drop them, and say so."""
    kept = {e["id"] for group in f.groups.values() for e in group.entries}
    for group in f.groups.values():
        for entry in group.entries:
            relations = [r for r in entry["relations"] if r["target"] in kept]
            if len(relations) < len(entry["relations"]):
                f.warn(f"{entry['id']}: relations to entries that were left out were dropped")
            if relations:
                entry["relations"] = relations
            else:
                del entry["relations"]


def _summary(f: Finisher, skipped: dict[str, int]) -> list[str]:
    lines = []
    if f.dropped_languages:
        counts = ", ".join(f"{lang} ({n})" for lang, n in sorted(f.dropped_languages.items()))
        lines.append(f"terms in languages termbase does not serve were left out: {counts}")
    lines.extend(f"{what} not imported: {n}" for what, n in sorted(skipped.items()))
    lines.extend(f.warnings[:MAX_WARNINGS])
    if len(f.warnings) > MAX_WARNINGS:
        lines.append(f"… and {len(f.warnings) - MAX_WARNINGS} more")
    return lines


def import_tbx(data: bytes, *, name: str = "import.tbx", max_bytes: int = MAX_XML_BYTES) -> ImportResult:
    """Records from a TBX v3 (DCA or DCT) or v2 (martif) file; raises on unsafe or malformed XML."""
    doc = read_document(parse_xml(data, max_bytes=max_bytes))
    f = Finisher(doc, name)
    for number, draft in enumerate(doc.entries, start=1):
        _entry(f, draft, f.ids[draft.xml_id or f"#{number}"])
    _drop_dangling(f)
    groups = [group for group in f.groups.values() if group.entries]
    return ImportResult(groups, _summary(f, dict(doc.skipped)))
