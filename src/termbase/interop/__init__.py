"""Import and export for CAT tools and other systems: TBX v3/v2, CSV/TSV layouts, JSON.

    export_glossary(glossary, "tbx")                 -> Export(text, media_type, filename)
    export_glossary(glossary, "csv", layout="omegat", target="en")
    result = import_file(data, name="terms.tbx")     -> ImportResult(groups, warnings)
    write_glossaries(result.groups, Path("new-glossary"))   # validated, all-or-nothing

Formats and mappings: docs/interop.md. Untrusted XML goes through ``safexml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from termbase.errors import FormatError, LimitError, UnknownFormatError
from termbase.interop.csvio import LAYOUTS, export_csv
from termbase.interop.folder import write_glossaries
from termbase.interop.jsonio import export_json, import_json
from termbase.interop.records import GlossaryRecords, entry_record, glossary_records
from termbase.interop.safexml import MAX_XML_BYTES
from termbase.interop.tbx_entries import ImportResult
from termbase.interop.tbx_import import import_tbx
from termbase.interop.tbx_write import export_tbx
from termbase.model import Glossary

FORMATS = ("tbx", "tbx2", "csv", "json")
#: CSV layouts written with a UTF-8 byte order mark, so spreadsheet programs and these tools
#: read them as UTF-8 (Phrase Strings wants exact column names, so none there).
BOM_LAYOUTS = ("memoq", "multiterm")
#: Largest file ``import_file`` accepts, whatever its format.
MAX_IMPORT_BYTES = MAX_XML_BYTES


@dataclass(frozen=True, slots=True)
class Export:
    text: str
    media_type: str
    filename: str


def export_glossary(glossary: Glossary, format: str, *, layout: str = "memoq", target: str = "en") -> Export:
    """The glossary in ``format`` (tbx, tbx2, csv, json); ``layout``/``target`` are for csv."""
    if format == "tbx":
        return Export(export_tbx(glossary), "application/xml; charset=utf-8", "termbase.tbx")
    if format == "tbx2":
        return Export(export_tbx(glossary, version=2), "application/xml; charset=utf-8", "termbase-v2.tbx")
    if format == "json":
        return Export(export_json(glossary), "application/json", "termbase.json")
    if format == "csv":
        text = export_csv(glossary, layout=layout, target=target)
        if layout == "omegat":
            return Export(text, "text/tab-separated-values; charset=utf-8", f"termbase-{target}.utf8")
        bom = "\ufeff" if layout in BOM_LAYOUTS else ""
        return Export(bom + text, "text/csv; charset=utf-8", f"termbase-{layout}.csv")
    raise UnknownFormatError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}", format=format)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"{name} is not UTF-8 text (byte {exc.start})") from None


def import_file(data: bytes, *, name: str = "import", max_bytes: int = MAX_IMPORT_BYTES) -> ImportResult:
    """Glossary records from a TBX (v3 or v2) or termbase JSON file, told apart by content."""
    if len(data) > max_bytes:
        raise LimitError(f"{name} is {len(data)} bytes, over the limit of {max_bytes}")
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"<":
        return import_tbx(data, name=name, max_bytes=max_bytes)
    if start in (b"{", b"["):
        return ImportResult(import_json(_decode(data, name)))
    suffix = PurePath(name).suffix.lower()
    hint = (
        " (CSV layouts cannot be imported: they carry no readings or sources)"
        if suffix in (".csv", ".tsv", ".txt", ".utf8")
        else ""
    )
    raise UnknownFormatError(f"{name} is neither TBX nor termbase JSON{hint}")


__all__ = [
    "FORMATS",
    "LAYOUTS",
    "MAX_IMPORT_BYTES",
    "Export",
    "GlossaryRecords",
    "ImportResult",
    "UnknownFormatError",
    "entry_record",
    "export_glossary",
    "glossary_records",
    "import_file",
    "write_glossaries",
]
