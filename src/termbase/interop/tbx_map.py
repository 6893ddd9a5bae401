"""The model <-> TBX mapping shared by the TBX writer and reader (v3 DCA and v2 martif).

TBX-Basic has a data category for statuses (``administrativeStatus``), five of our nine term
types (``termType``), sources, definitions and cross-references. What it cannot type (the
``erroneous`` status, reading, romanization system, the other term types, an entry's kind,
origin, gloss, verification and relation types) goes into ``<note>`` elements that start with a
bracketed field name, e.g. ``<note>[system] hepburn-modified</note>``: readable in any CAT tool,
valid TBX-Basic, and parsed back exactly on import. A plain note that happens to start like a
field note is written as ``[note] …`` so it cannot be misread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from termbase.model import Status, TermType

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

STATUS_TO_TBX = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.DEPRECATED: "deprecatedTerm-admn-sts",
    Status.ERRONEOUS: "deprecatedTerm-admn-sts",  # plus the note "[status] erroneous"
}
TBX_TO_STATUS = {
    "preferredTerm-admn-sts": Status.PREFERRED,
    "admittedTerm-admn-sts": Status.ADMITTED,
    "deprecatedTerm-admn-sts": Status.DEPRECATED,
    "supersededTerm-admn-sts": Status.DEPRECATED,  # with a note saying it was superseded
}
TYPE_TO_TBX = {
    TermType.FULL_FORM: "fullForm",
    TermType.SHORT_FORM: "shortForm",
    TermType.ABBREVIATION: "abbreviation",
    TermType.ACRONYM: "acronym",
    TermType.VARIANT: "variant",
}
TBX_TO_TYPE = {
    **{value: key for key, value in TYPE_TO_TBX.items()},
    # TBX v2 (ISO 12620) values some older files carry
    "transliteratedForm": TermType.TRANSLITERATION,
    "transcribedForm": TermType.TRANSLITERATION,
    "romanizedForm": TermType.TRANSLITERATION,
}

#: Field notes: what TBX-Basic cannot type, kept as ``[field] value`` notes.
ENTRY_FIELDS = ("kind", "origin", "gloss", "verification", "verification-note", "relation-note")
TERM_FIELDS = ("status", "type", "reading", "system", "verification")
_FIELD_NOTE = re.compile(r"^\[(" + "|".join((*ENTRY_FIELDS, *TERM_FIELDS, "note")) + r")\] (.*)$", re.S)

#: ``type`` of the back-matter sections that carry glossary metadata and sources.
GLOSSARY_SECTION = "termbaseGlossary"
SOURCE_SECTION = "termbaseSource"


def field_note(key: str, value: str) -> str:
    return f"[{key}] {value}"


def plain_note(text: str) -> str:
    """A free-text note, escaped when it would read as a field note."""
    return field_note("note", text) if _FIELD_NOTE.match(text) else text


def read_note(text: str) -> tuple[str | None, str]:
    """``("system", "hepburn-modified")`` for a field note; ``(None, text)`` for a plain one."""
    match = _FIELD_NOTE.match(text)
    if not match:
        return None, text
    key, value = match.groups()
    return (None, value) if key == "note" else (key, value)


def relation_note(relation_type: str, target: str, note: str) -> str:
    return field_note("relation-note", f"{relation_type} {target}: {note}")


def read_relation_note(value: str) -> tuple[str, str, str] | None:
    match = re.match(r"^(\S+) (\S+): (.*)$", value, re.S)
    return (match[1], match[2], match[3]) if match else None


def xml_id(entry_id: str) -> str:
    """An entry id as an XML ID (which cannot start with a digit): ``1945-x`` -> ``_1945-x``."""
    return entry_id if entry_id[:1].isalpha() else "_" + entry_id


@dataclass(frozen=True)
class Dialect:
    """Element names of TBX v3 (DCA) and TBX v2 (martif); the mapping is otherwise the same."""

    version: int
    root: str
    header: str
    entry: str
    lang: str
    term: str
    back_section: str
    namespace: str

    def tag(self, name: str) -> str:
        return f"{{{self.namespace}}}{name}" if self.namespace else name


V3 = Dialect(3, "tbx", "tbxHeader", "conceptEntry", "langSec", "termSec", "refObjectSec", TBX_NS)
V2 = Dialect(2, "martif", "martifHeader", "termEntry", "langSet", "tig", "refObjectList", "")
