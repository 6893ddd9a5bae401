"""TBX import, step 2: drafts -> glossary records the loader accepts, and what had to change.

A file termbase wrote maps back exactly (its field notes and back matter say everything). A file
from elsewhere gets what our schema requires and the file cannot say: kind ``term``, a gloss
from its definition, an ``imported`` source, ``verification: unverified``. Languages we do not
serve, Han-script terms without a reading (readings are data a person checks; we do not guess
them) and entries without an English term are left out, each counted in the warnings. Data
categories without a place in our model are kept as text in the entry's or term's note.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from termbase.interop.records import GlossaryRecords
from termbase.interop.tbx_map import TBX_TO_STATUS, TBX_TO_TYPE, read_relation_note
from termbase.interop.tbx_read import EntryDraft, TBXDocument, TermDraft
from termbase.model import LANGUAGE_TAGS, Kind, RelationType, Status, TermType, TermVerification, Verification
from termbase.scripts import char_class

IMPORTED = "imported"
_HAN = re.compile(f"[{char_class('Hani')}]")
#: A term's own verification note ([verification] checked) is kept only when it names a known state.
_TERM_VERIFICATIONS = frozenset(v.value for v in TermVerification)
_BY_LOWER = {tag.lower(): tag for tag in LANGUAGE_TAGS}
_REGION_SCRIPT = {
    "zh-cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
}
MAX_WARNINGS = 40


@dataclass
class ImportResult:
    """Glossary records to write, and one line per thing the import had to change or leave out."""

    groups: list[GlossaryRecords]
    warnings: list[str] = field(default_factory=list)


def normalize_tag(raw: str) -> str | None:
    """A file's language tag as one we serve: ``en-US`` -> ``en``, ``zh-TW`` -> ``zh-Hant``."""
    low = raw.strip().replace("_", "-").lower()
    if low in _BY_LOWER:
        return _BY_LOWER[low]
    if low in _REGION_SCRIPT:
        return _REGION_SCRIPT[low]
    parts = low.split("-")
    for size in range(len(parts) - 1, 0, -1):
        shorter = "-".join(parts[:size])
        if shorter in _BY_LOWER:
            return _BY_LOWER[shorter]
    return None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _joined(*parts: list[str]) -> str:
    return "\n".join(p for part in parts for p in part if p)


def _enum(enum: Any, value: str | None) -> Any:
    try:
        return enum(value) if value else None
    except ValueError:
        return None


class Finisher:
    def __init__(self, doc: TBXDocument, name: str) -> None:
        self.doc = doc
        self.name = PurePath(name).name or "the file"
        self.warnings: list[str] = []
        self.dropped_languages: Counter[str] = Counter()
        self.groups = {info["id"]: GlossaryRecords(info) for info in self._infos()}
        self.ids = self._entry_ids()

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def _infos(self) -> list[dict[str, Any]]:
        if self.doc.own:
            infos: list[dict[str, Any]] = [dict(g) for g in self.doc.glossaries]
            for info in infos:
                sources = [_source(s) for s in self.doc.sources if s.get("glossary") == info["id"]]
                if sources:
                    info["sources"] = sources
            return infos
        title = self.doc.title or self.name
        return [
            {
                "id": slug(PurePath(self.name).stem) or IMPORTED,
                "name": title,
                "description": self.doc.description or f"Terms imported from {self.name}.",
                "licence": f"unknown: check the licence of {self.name} before publishing",
                "sources": [{"id": IMPORTED, "title": title, "note": f"Imported from {self.name}."}],
            }
        ]

    def _entry_ids(self) -> dict[str, str]:
        ids: dict[str, str] = {}
        taken: set[str] = set()
        for number, draft in enumerate(self.doc.entries, start=1):
            base = slug(draft.xml_id) or f"entry-{number}"
            entry_id, n = base, 1
            while entry_id in taken:
                n += 1
                entry_id = f"{base}-{n}"
            taken.add(entry_id)
            ids[draft.xml_id or f"#{number}"] = entry_id
        return ids

    def group_of(self, draft: EntryDraft) -> GlossaryRecords:
        wanted = draft.categories.get("projectSubset", "")
        if wanted in self.groups:
            return self.groups[wanted]
        if wanted:
            draft.extras.append(f"projectSubset: {wanted}")
        return next(iter(self.groups.values()))

    def source_ref(self, text: str, group: GlossaryRecords) -> str | dict[str, str]:
        known = sorted((s["id"] for s in group.info.get("sources", [])), key=len, reverse=True)
        for source in known:
            if text == source or text.startswith(source + ": "):
                locator = text[len(source) + 2 :]
                if ":" in source:
                    return {"source": source, "locator": locator} if locator else {"source": source}
                return f"{source}: {locator}" if locator else source
        sources = group.info.setdefault("sources", [])
        if all(s["id"] != IMPORTED for s in sources):
            sources.append({"id": IMPORTED, "title": self.doc.title or self.name})
        return f"{IMPORTED}: {text}"

    def term(self, draft: TermDraft, group: GlossaryRecords, where: str) -> dict[str, Any] | None:
        lang = normalize_tag(draft.lang)
        if lang is None:
            self.dropped_languages[draft.lang or "(none)"] += 1
            return None
        if not draft.form:
            self.warn(f"line {draft.line}: {where}: a {lang} term with no text was left out")
            return None
        reading = draft.fields.get("reading") or draft.categories.get("reading")
        if not reading and _HAN.search(draft.form) and (lang in ("ja", "zh") or lang.startswith("zh-Han")):
            self.warn(f"line {draft.line}: {where}: {lang} term {draft.form!r} has no reading; left out")
            return None
        status, status_note = self._status(draft)
        term_type = self._type(draft)
        note = _joined(draft.notes, draft.extras, [status_note])
        if Status(status).needs_note and not note:
            note = f"{status.capitalize()} in {self.name}, which gives no reason."
        record: dict[str, Any] = {"lang": lang, "form": draft.form}
        for key, value in (("reading", reading), ("system", draft.fields.get("system"))):
            if value:
                record[key] = value
        record["status"] = status
        if term_type != TermType.FULL_FORM.value:
            record["type"] = term_type
        verification = _enum(TermVerification, draft.fields.get("verification"))
        if verification:
            record["verification"] = verification.value
        if note:
            record["note"] = note
        if draft.sources:
            record["sources"] = [self.source_ref(text, group) for text in draft.sources]
        if draft.fields.get("verification") in _TERM_VERIFICATIONS:
            record["verification"] = draft.fields["verification"]
        return record

    def _status(self, draft: TermDraft) -> tuple[str, str]:
        named = _enum(Status, draft.fields.get("status"))
        if named:
            return named.value, ""
        raw = draft.categories.get("administrativeStatus", "")
        status = TBX_TO_STATUS.get(raw)
        if raw == "supersededTerm-admn-sts":
            return Status.DEPRECATED.value, f"Superseded (supersededTerm-admn-sts) in {self.name}."
        if status is None:
            return Status.ADMITTED.value, f"administrativeStatus: {raw}" if raw else ""
        return status.value, ""

    def _type(self, draft: TermDraft) -> str:
        named = _enum(TermType, draft.fields.get("type"))
        if named:
            return str(named.value)
        raw = draft.categories.get("termType", "")
        if raw and raw not in TBX_TO_TYPE:
            draft.extras.append(f"termType: {raw}")
        return TBX_TO_TYPE.get(raw, TermType.FULL_FORM).value


def _source(fields: dict[str, str | list[str]]) -> dict[str, Any]:
    record: dict[str, Any] = {"id": fields.get("id", ""), "title": fields.get("title", "")}
    for key, name in (("author", "authors"), ("year", "year"), ("url", "url"), ("note", "note")):
        if fields.get(key):
            record[name] = fields[key]
    return record


def gloss_from(definition: str, fallback: str) -> str:
    if not definition:
        return fallback
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", definition, maxsplit=1)[0]
    return first if len(first) <= 200 else first[:199].rsplit(" ", 1)[0] + "…"


def valid_kind(value: str | None) -> str:
    return str(_enum(Kind, value).value) if _enum(Kind, value) else Kind.TERM.value


def valid_verification(value: str | None, *, own: bool) -> str:
    named = _enum(Verification, value)
    if named:
        return str(named.value)
    return Verification.VERIFIED.value if own else Verification.UNVERIFIED.value


def relation_type(text: str) -> str:
    named = _enum(RelationType, text.partition(":")[0].strip())
    return str(named.value) if named else RelationType.RELATED.value


def relation_notes(draft: EntryDraft) -> dict[tuple[str, str], str]:
    notes = {}
    for value in draft.relation_notes:
        parsed = read_relation_note(value)
        if parsed:
            notes[parsed[0], parsed[1]] = parsed[2]
    return notes
