"""TBX import, step 1: walk a TBX v3 (DCA or DCT) or v2 (martif) document into drafts.

Drafts hold what the file says, sorted by data category, with nothing decided yet; the next step
(``tbx_entries``) turns them into glossary records. Groups (``descripGrp``, ``adminGrp``,
``termNoteGrp``, v2 ``ntig/termGrp``) are flattened into their parent; transaction history is
counted and skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from termbase.errors import FormatError
from termbase.interop.safexml import XMLDocument
from termbase.interop.tbx_map import GLOSSARY_SECTION, SOURCE_SECTION, TBX_NS, XML_LANG, read_note

_TYPED = frozenset({"admin", "descrip", "termNote", "ref", "xref", "transac", "adminNote", "descripNote"})
_FLATTENED = frozenset({"descripGrp", "adminGrp", "termNoteGrp", "termGrp"})


@dataclass
class Draft:
    """What one concept, or one term, says: field notes, plain notes, sources, other categories."""

    line: int
    fields: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)
    relation_notes: list[str] = field(default_factory=list)


@dataclass
class TermDraft(Draft):
    form: str = ""
    lang: str = ""
    order: int | None = None


@dataclass
class EntryDraft(Draft):
    xml_id: str = ""
    definitions: list[tuple[str, str]] = field(default_factory=list)  # (lang, text)
    relations: list[tuple[str, str]] = field(default_factory=list)  # (target xml id, text)
    terms: list[TermDraft] = field(default_factory=list)


@dataclass
class TBXDocument:
    version: int
    title: str
    description: str
    glossaries: list[dict[str, str]]
    sources: list[dict[str, str | list[str]]]
    entries: list[EntryDraft]
    skipped: Counter[str]
    own: bool


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _in_core(element: Element) -> bool:
    return not element.tag.startswith("{") or element.tag.startswith(f"{{{TBX_NS}}}")


def category(element: Element) -> str:
    """The data category an element carries: its ``type`` (DCA), else its name (DCT, structure)."""
    name = local(element.tag)
    if _in_core(element) and name in _TYPED:
        return element.get("type", "") or name
    return name


class Reader:
    def __init__(self, doc: XMLDocument, *, keep_space: bool) -> None:
        self.doc = doc
        self.keep_space = keep_space
        self.skipped: Counter[str] = Counter()

    def text(self, element: Element) -> str:
        raw = "".join(element.itertext())
        return raw.strip() if self.keep_space else " ".join(raw.split())

    def items(self, element: Element) -> Iterator[Element]:
        """Children, with groups opened up; transaction history is skipped and counted."""
        for child in element:
            name = local(child.tag)
            if name in _FLATTENED:
                yield from self.items(child)
            elif name == "transacGrp":
                self.skipped["transaction history (transacGrp)"] += 1
            else:
                yield child

    def common(self, draft: Draft, item: Element, kind: str) -> bool:
        """Categories both levels share; False when ``kind`` is not one of them."""
        text = self.text(item)
        if kind == "note":
            key, value = read_note(text)
            if key == "relation-note":
                draft.relation_notes.append(value)
            elif key:
                draft.fields[key] = value
            elif value:
                draft.notes.append(value)
        elif kind == "source":
            draft.sources.append(text)
        else:
            return False
        return True

    def term(self, section: Element, lang: str, owner: str) -> TermDraft:
        draft = TermDraft(self.doc.line(section), lang=lang, order=_order(section.get("id", ""), owner))
        for item in self.items(section):
            kind = category(item)
            if kind == "term":
                draft.form = self.text(item)
            elif not self.common(draft, item, kind):
                self._category(draft, item, kind)
        return draft

    def _category(self, draft: Draft, item: Element, kind: str) -> None:
        text = self.text(item)
        if (
            kind in ("administrativeStatus", "termType", "reading", "projectSubset")
            and kind not in draft.categories
        ):
            draft.categories[kind] = text
        elif text:
            target = item.get("target")
            draft.extras.append(f"{kind}: {text}" + (f" <{target}>" if target else ""))

    def language(self, entry: EntryDraft, section: Element) -> None:
        lang = section.get(XML_LANG, "")
        for item in self.items(section):
            kind = category(item)
            if local(item.tag) in ("termSec", "tig", "ntig"):
                entry.terms.append(self.term(item, lang, entry.xml_id))
            elif kind == "definition":
                entry.definitions.append((lang, self.text(item)))
            elif kind == "note":
                entry.extras.append(f"note ({lang}): {self.text(item)}")
            elif not self.common(entry, item, kind):
                self._category(entry, item, f"{kind} ({lang})")

    def entry(self, element: Element) -> EntryDraft:
        draft = EntryDraft(self.doc.line(element), xml_id=element.get("id", ""))
        for item in self.items(element):
            kind = category(item)
            if local(item.tag) in ("langSec", "langSet"):
                self.language(draft, item)
            elif kind == "definition":
                draft.definitions.append(("", self.text(item)))
            elif kind == "crossReference" and item.get("target"):
                draft.relations.append((item.get("target", ""), self.text(item)))
            elif not self.common(draft, item, kind):
                self._category(draft, item, kind)
        return draft


def _order(section_id: str, owner: str) -> int | None:
    """The term's place in its entry, from the ids termbase writes (``<entry>.<n>``)."""
    match = re.fullmatch(re.escape(owner) + r"\.(\d+)", section_id) if owner else None
    return int(match[1]) if match else None


def _back(root: Element, section: str) -> list[dict[str, str | list[str]]]:
    objects = []
    for element in root.iter():
        if local(element.tag) in ("refObjectSec", "refObjectList") and element.get("type") == section:
            for ref in element:
                fields: dict[str, str | list[str]] = {"author": []}
                for item in ref.iter():
                    name, text = item.get("type", ""), (item.text or "").strip()
                    if local(item.tag) != "item" or not name:
                        continue
                    if name == "author":
                        fields["author"] = [*fields["author"], text]
                    else:
                        fields[name] = text
                objects.append(fields)
    return objects


def _first_text(root: Element, name: str) -> str:
    for element in root.iter():
        if local(element.tag) == name:
            return " ".join("".join(element.itertext()).split())
    return ""


def read_document(doc: XMLDocument) -> TBXDocument:
    root_name = local(doc.root.tag)
    if root_name not in ("tbx", "martif"):
        raise FormatError(f"line {doc.line(doc.root)}: not a TBX file: the root element is <{root_name}>")
    glossaries = [
        {k: v for k, v in g.items() if isinstance(v, str)} for g in _back(doc.root, GLOSSARY_SECTION)
    ]
    reader = Reader(doc, keep_space=bool(glossaries))
    entries = [
        reader.entry(element)
        for element in doc.root.iter()
        if local(element.tag) in ("conceptEntry", "termEntry")
    ]
    return TBXDocument(
        version=3 if root_name == "tbx" else 2,
        title=_first_text(doc.root, "title"),
        description=_first_text(doc.root, "sourceDesc"),
        glossaries=glossaries,
        sources=_back(doc.root, SOURCE_SECTION),
        entries=entries,
        skipped=reader.skipped,
        own=bool(glossaries),
    )
