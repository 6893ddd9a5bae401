"""Parsing untrusted XML (TBX files people upload or import) without trusting it.

defusedxml's expat parser, with stricter rules:

- a size cap, checked before parsing (``LimitError``);
- no entity declarations at all (billion laughs, quadratic blow-up, XXE): ``UnsafeXMLError``;
- no internal DTD subset (its attribute defaults would change the document): ``UnsafeXMLError``;
  a bare ``<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">``, common in TBX v2 files, is
  allowed and never fetched;
- no external entity references, no network, no file access: expat only reads the bytes given;
- malformed XML is a ``FormatError`` naming the line and column.

Elements are stdlib ``ElementTree`` elements; ``XMLDocument.line(element)`` gives the line
where an element starts, for messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml.ElementTree import DefusedXMLParser

from termbase.errors import FormatError, LimitError, UnsafeXMLError

#: Largest XML file accepted (bytes). The bundled glossary's TBX is far below this.
MAX_XML_BYTES = 32 * 1024 * 1024


@dataclass
class XMLDocument:
    root: Element
    lines: dict[Element, int] = field(default_factory=dict)

    def line(self, element: Element) -> int:
        return self.lines.get(element, 0)


class _Target:
    """A TreeBuilder that records the line each element starts on."""

    def __init__(self) -> None:
        self.builder = TreeBuilder()
        self.lines: dict[Element, int] = {}
        self.expat: Any = None

    def start(self, tag: str, attrib: dict[str, str]) -> Element:
        element = self.builder.start(tag, attrib)
        self.lines[element] = self.expat.CurrentLineNumber if self.expat is not None else 0
        return element

    def end(self, tag: str) -> Element:
        return self.builder.end(tag)

    def data(self, data: str) -> None:
        self.builder.data(data)

    def close(self) -> Element:
        return self.builder.close()


def _unsafe(expat: Any, what: str) -> UnsafeXMLError:
    line = expat.CurrentLineNumber
    return UnsafeXMLError(f"line {line}: {what}; this file was not read further", line=line)


def _install_guards(expat: Any) -> None:
    subset: list[str] = []

    def doctype(name: str, sysid: str | None, pubid: str | None, has_internal_subset: int) -> None:
        if has_internal_subset:
            subset.append(name)

    def doctype_end() -> None:
        if subset:
            raise _unsafe(
                expat, f"the DOCTYPE of <{subset[0]}> has an internal subset (DTDs are not expanded)"
            )

    def entity(name: str, *_: object) -> None:
        raise _unsafe(expat, f"entity declaration '{name}' (entities are refused: entity expansion, XXE)")

    def external(_context: str, _base: str | None, sysid: str | None, _pubid: str | None) -> int:
        raise _unsafe(expat, f"external reference to {sysid!r} (nothing is fetched)")

    expat.StartDoctypeDeclHandler = doctype
    expat.EndDoctypeDeclHandler = doctype_end
    expat.EntityDeclHandler = entity
    expat.UnparsedEntityDeclHandler = entity
    expat.ExternalEntityRefHandler = external


def parse_xml(data: bytes, *, max_bytes: int = MAX_XML_BYTES) -> XMLDocument:
    """Parse ``data`` safely; raises ``LimitError``, ``UnsafeXMLError`` or ``FormatError``."""
    if len(data) > max_bytes:
        raise LimitError(f"the XML file is {len(data)} bytes, over the limit of {max_bytes}")
    target = _Target()
    parser = DefusedXMLParser(target=target, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    target.expat = parser.parser
    _install_guards(parser.parser)
    try:
        parser.feed(data)
        root = parser.close()
    except ParseError as exc:
        line, column = exc.position
        what = re.sub(r": line \d+, column \d+$", "", str(exc.msg))
        raise FormatError(f"line {line}, column {column}: malformed XML: {what}", line=line) from None
    return XMLDocument(root, target.lines)
