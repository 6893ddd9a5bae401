"""The published JSON Schemas of glossary files, generated from the model so they never drift.

``termbase schema`` prints them; ``glossaries/schema/*.schema.json`` are their committed copies
(a test fails when a copy is stale). Editors with a YAML language server can point at them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from termbase.glossary.build import ENTRY_FIELDS, RELATION_FIELDS, TERM_FIELDS
from termbase.glossary.langtags import SCHEMA_PATTERN
from termbase.model import LANGUAGE_TAGS, Kind, RelationType, Status, TermType, TermVerification, Verification

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SOURCE_REF = {
    "description": "'source-id: locator' or {source, locator}",
    "oneOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "properties": {"source": {"type": "string"}, "locator": {"type": "string"}},
            "required": ["source"],
            "additionalProperties": False,
        },
    ],
}


def _enum(enum: type[StrEnum], description: str) -> dict[str, Any]:
    return {"description": description, "enum": [m.value for m in enum]}


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "description": description}


def _term() -> dict[str, Any]:
    props: dict[str, Any] = {key: _text(desc) for key, desc in TERM_FIELDS.items()}
    props["lang"] = {
        "description": TERM_FIELDS["lang"],
        "anyOf": [{"enum": sorted(LANGUAGE_TAGS)}, {"type": "string", "pattern": SCHEMA_PATTERN}],
    }
    props["status"] = _enum(Status, TERM_FIELDS["status"])
    props["type"] = _enum(TermType, TERM_FIELDS["type"])
    props["verification"] = _enum(TermVerification, TERM_FIELDS["verification"])
    props["sources"] = {"type": "array", "items": SOURCE_REF}
    return {
        "type": "object",
        "properties": props,
        "required": ["form", "lang", "status"],
        "additionalProperties": False,
        "allOf": [
            {
                "if": {
                    "properties": {"status": {"enum": ["deprecated", "erroneous"]}},
                    "required": ["status"],
                },
                "then": {"required": ["note"]},
            }
        ],
    }


def entry_schema() -> dict[str, Any]:
    """Schema of one entry (an item of a YAML entry file, or one JSON Lines record)."""
    props: dict[str, Any] = {key: _text(desc) for key, desc in ENTRY_FIELDS.items()}
    props["id"] = {**props["id"], "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"}
    props["kind"] = _enum(Kind, ENTRY_FIELDS["kind"])
    props["verification"] = _enum(Verification, ENTRY_FIELDS["verification"])
    props["terms"] = {"type": "array", "minItems": 1, "items": _term()}
    props["sources"] = {"type": "array", "minItems": 1, "items": SOURCE_REF}
    relation_props: dict[str, Any] = {key: _text(desc) for key, desc in RELATION_FIELDS.items()}
    relation_props["type"] = _enum(RelationType, RELATION_FIELDS["type"])
    props["relations"] = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": relation_props,
            "required": ["type", "target"],
            "additionalProperties": False,
        },
    }
    return {
        "type": "object",
        "properties": props,
        "required": ["id", "kind", "gloss", "terms", "sources"],
        "additionalProperties": False,
    }


def entries_file_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": "https://termbase.invalid/schema/entries.schema.json",
        "title": "termbase glossary entry file",
        "type": "array",
        "items": entry_schema(),
    }


def metadata_schema() -> dict[str, Any]:
    source = {
        "type": "object",
        "properties": {
            "id": _text("id that entries cite"),
            "title": _text("title of the work"),
            "authors": {"type": "array", "items": {"type": "string"}},
            "year": {"type": ["string", "integer"]},
            "url": _text("where to find it"),
            "note": _text("anything a reviewer should know"),
        },
        "required": ["id", "title"],
        "additionalProperties": False,
    }
    return {
        "$schema": DRAFT,
        "$id": "https://termbase.invalid/schema/glossary.schema.json",
        "title": "termbase glossary metadata (glossary.yaml)",
        "type": "object",
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"},
            "name": _text("display name"),
            "description": _text("what the glossary covers"),
            "licence": _text("licence of the glossary data"),
            "sources": {"type": "array", "items": source},
        },
        "required": ["id", "name", "description", "licence"],
        "additionalProperties": False,
    }


SCHEMAS = {"entries.schema.json": entries_file_schema, "glossary.schema.json": metadata_schema}
