"""TBX export: TBX v3 with the TBX-Basic dialect in DCA style (default), or TBX v2 (martif).

The mapping (see ``tbx_map`` and docs/interop.md): one ``conceptEntry`` per entry, one
``langSec`` per language tag (in order of first use), one ``termSec`` per term whose ``id``
(``<entry>.<n>``) keeps the term order. The glossary's metadata and sources go into the back
matter, where imports find them again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from termbase.interop.records import source_ref_record
from termbase.interop.tbx_map import (
    GLOSSARY_SECTION,
    SOURCE_SECTION,
    STATUS_TO_TBX,
    TBX_NS,
    TYPE_TO_TBX,
    V2,
    V3,
    XML_LANG,
    Dialect,
    field_note,
    plain_note,
    relation_note,
    xml_id,
)
from termbase.model import Entry, Glossary, SourceRef, Status, Term, Verification


def _add(parent: Element, tag: str, text: str = "", **attrs: str) -> Element:
    element = SubElement(parent, tag, attrs)
    element.text = text
    return element


def _sources(parent: Element, refs: Iterable[SourceRef]) -> None:
    for ref in refs:
        value = source_ref_record(ref)
        _add(
            parent,
            "admin",
            value if isinstance(value, str) else f"{ref.source}: {ref.locator}",
            type="source",
        )


def _term(d: Dialect, parent: Element, term: Term, sec_id: str) -> None:
    sec = _add(parent, d.term, id=sec_id)
    _add(sec, "term", term.form)
    _add(sec, "termNote", STATUS_TO_TBX[term.status], type="administrativeStatus")
    if term.type in TYPE_TO_TBX:
        _add(sec, "termNote", TYPE_TO_TBX[term.type], type="termType")
    else:
        _add(sec, "note", field_note("type", term.type.value))
    if term.status is Status.ERRONEOUS:
        _add(sec, "note", field_note("status", term.status.value))
    if term.reading:
        _add(sec, "note", field_note("reading", term.reading))
    if term.system:
        _add(sec, "note", field_note("system", term.system))
    if term.verification:
        _add(sec, "note", field_note("verification", term.verification.value))
    if term.note:
        _add(sec, "note", plain_note(term.note))
    if term.verification is not None:
        _add(sec, "note", field_note("verification", term.verification.value))
    _sources(sec, term.sources)


def _languages(d: Dialect, concept: Element, entry: Entry, concept_id: str) -> None:
    sections: dict[str, Element] = {}
    for number, term in enumerate(entry.terms, start=1):
        if term.lang not in sections:
            sections[term.lang] = _add(concept, d.lang, **{XML_LANG: term.lang})
        _term(d, sections[term.lang], term, f"{concept_id}.{number}")


def _concept(d: Dialect, body: Element, entry: Entry, labels: Mapping[str, Entry]) -> None:
    concept_id = xml_id(entry.id)
    concept = _add(body, d.entry, id=concept_id)
    _add(concept, "admin", entry.glossary, type="projectSubset")
    if entry.definition:
        _add(concept, "descrip", entry.definition, type="definition")
    _add(concept, "note", field_note("kind", entry.kind.value))
    if entry.origin:
        _add(concept, "note", field_note("origin", entry.origin))
    _add(concept, "note", field_note("gloss", entry.gloss))
    _add(concept, "note", field_note("verification", entry.verification.value))
    if entry.verification is not Verification.VERIFIED or entry.verification_note:
        _add(concept, "note", field_note("verification-note", entry.verification_note))
    if entry.note:
        _add(concept, "note", plain_note(entry.note))
    _sources(concept, entry.sources)
    for relation in entry.relations:
        shown = labels[relation.target].label if relation.target in labels else relation.target
        target = xml_id(relation.target)
        _add(concept, "ref", f"{relation.type.value}: {shown}", type="crossReference", target=target)
        if relation.note:
            _add(concept, "note", relation_note(relation.type.value, relation.target, relation.note))
    _languages(d, concept, entry, concept_id)


def _header(d: Dialect, root: Element, glossary: Glossary) -> None:
    header = _add(root, d.header)
    file_desc = _add(header, "fileDesc")
    if glossary.infos:
        publication = _add(file_desc, "publicationStmt")
        for info in glossary.infos:
            _add(publication, "p", f"{info.name}: {info.licence}")
    title = _add(file_desc, "titleStmt")
    _add(title, "title", " + ".join(info.name for info in glossary.infos) or "termbase glossary")
    source = _add(file_desc, "sourceDesc")
    for info in glossary.infos:
        _add(source, "p", info.description)
    _add(source, "p", "Exported by termbase.")
    if d is V2:
        _add(_add(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")


def _items(parent: Element, fields: Iterable[tuple[str, str]]) -> None:
    for name, value in fields:
        if value:
            _add(parent, "item", value, type=name)


def _back(d: Dialect, text: Element, glossary: Glossary) -> None:
    back = _add(text, "back")
    infos = _add(back, d.back_section, type=GLOSSARY_SECTION)
    for info in glossary.infos:
        fields = [("id", info.id), ("name", info.name), ("description", info.description)]
        _items(_add(infos, "refObject"), [*fields, ("licence", info.licence)])
    sources = [(info.id, source) for info in glossary.infos for source in info.sources]
    if not sources:
        return
    section = _add(back, d.back_section, type=SOURCE_SECTION)
    for glossary_id, source in sources:
        authors = [("author", author) for author in source.authors]
        fields = [("glossary", glossary_id), ("id", source.id), ("title", source.title), *authors]
        _items(
            _add(section, "refObject"),
            [*fields, ("year", source.year), ("url", source.url), ("note", source.note)],
        )


def export_tbx(glossary: Glossary, *, version: int = 3) -> str:
    """The glossary as TBX: v3 TBX-Basic DCA (``version=3``) or v2 martif TBX-Basic (``2``)."""
    d = V3 if version == 3 else V2
    attrs = {"type": "TBX-Basic", "style": "dca", "xmlns": TBX_NS} if d is V3 else {"type": "TBX-Basic"}
    root = Element(d.root, {**attrs, XML_LANG: "en"})
    _header(d, root, glossary)
    text = _add(root, "text")
    if glossary.entries:
        body = _add(text, "body")
        for entry in glossary.entries:
            _concept(d, body, entry, glossary.by_id)
    _back(d, text, glossary)
    indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode") + "\n"
