"""JSON export and import of whole glossaries: metadata and entries in the source-file schema.

    {"format": "termbase-glossary", "version": 1,
     "glossaries": [{"metadata": {...glossary.yaml...}, "entries": [{...entry...}, ...]}]}

``metadata`` validates against ``glossary.schema.json`` and each entry against the entry
schema in ``entries.schema.json`` (``termbase schema``), so the export is lossless: importing
it writes the same records back as YAML.
"""

from __future__ import annotations

import json
from typing import Any

from termbase.errors import FormatError
from termbase.interop.records import GlossaryRecords, glossary_records
from termbase.model import Glossary

FORMAT = "termbase-glossary"
VERSION = 1


def export_json(glossary: Glossary) -> str:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "glossaries": [
            {"metadata": group.info, "entries": group.entries} for group in glossary_records(glossary)
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _group(item: Any, index: int) -> GlossaryRecords:
    where = f"glossaries[{index}]"
    if not isinstance(item, dict) or not isinstance(item.get("metadata"), dict):
        raise FormatError(f"{where} must be an object with 'metadata' and 'entries'")
    entries = item.get("entries", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise FormatError(f"{where}.entries must be a list of entry objects")
    return GlossaryRecords(item["metadata"], entries)


def import_json(text: str) -> list[GlossaryRecords]:
    """Records from a JSON export; field-level checks are the loader's, when they are written."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"line {exc.lineno}: not valid JSON: {exc.msg}", line=exc.lineno) from None
    except RecursionError:  # thousands of nested arrays or objects: no export is shaped so
        raise FormatError("not a termbase JSON export: nested too deep to read") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise FormatError(f'not a termbase JSON export (expected "format": "{FORMAT}")')
    if document.get("version") != VERSION:
        raise FormatError(f"unsupported termbase JSON version {document.get('version')!r}")
    glossaries = document.get("glossaries")
    if not isinstance(glossaries, list):
        raise FormatError("'glossaries' must be a list")
    return [_group(item, index) for index, item in enumerate(glossaries)]
