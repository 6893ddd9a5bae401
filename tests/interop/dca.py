"""The TBX-Basic DCA Schematron's rules, read from ../shared and checked with XPath 1 (lxml).

lxml cannot run the XSLT 2 Schematron, so this reads its rules as data: the permitted ``type``
values per element, the picklists and the levels (from the assert tests and messages), and
checks them here. Not checked: the XLIFF inline-markup constraints (``sc``/``ec``, which
termbase never writes). Checked too: root type/style, no DCT (foreign-namespace) elements,
no empty ``type``, internal ``target`` values that resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

TBX = "urn:iso:std:iso:30042:ed-2"
SCH = "{http://purl.oclc.org/dsdl/schematron}"


@dataclass
class Rules:
    types: dict[str, set[str]] = field(default_factory=dict)  # element -> permitted @type
    picklists: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (element, type) -> values
    levels: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (element, type) -> parents


def read_rules(sch: Path) -> Rules:
    rules = Rules()
    for rule in etree.parse(str(sch)).iter(f"{SCH}rule"):
        context = rule.get("context", "")
        for check in rule.iter(f"{SCH}assert"):
            test, message = check.get("test", ""), " ".join((check.text or "").split())
            values = set(re.findall(r"\.='([^']+)'", test))
            if m := re.fullmatch(r"tbx:(\w+)/@type", context):
                rules.types[m[1]] = values
            elif m := re.fullmatch(r"tbx:(\w+)\[@type='(\w+)'\]", context):
                if test.startswith(".="):
                    rules.picklists[m[1], m[2]] = values
                if level := re.search(r"may only appear at level\(s\): (.*)$", message):
                    rules.levels[m[1], m[2]] = {p.strip() for p in level[1].split(",")}
    return rules


def _level(element: etree._Element) -> str:
    parent = element.getparent()
    assert parent is not None
    if etree.QName(parent).localname.endswith("Grp"):
        parent = parent.getparent()
        assert parent is not None
    return etree.QName(parent).localname


def violations(doc: etree._Element, rules: Rules) -> list[str]:
    found = []
    if (doc.get("type"), doc.get("style")) != ("TBX-Basic", "dca"):
        found.append("root: type must be TBX-Basic and style dca")
    ids = set(doc.xpath("//@id"))
    for element in doc.iter(etree.Element):
        qname = etree.QName(element)
        where = f"line {element.sourceline}: <{qname.localname}>"
        if qname.namespace != TBX:
            found.append(f"{where}: DCT-style element in a DCA file")
            continue
        target = element.get("target")
        if target is not None and not re.match(r"https?://.+", target) and target not in ids:
            found.append(f"{where}: target {target!r} resolves to nothing")
        kind = element.get("type")
        if kind is None:
            continue
        if kind == "":
            found.append(f"{where}: empty type")
        name = qname.localname
        if name in rules.types and kind not in rules.types[name]:
            found.append(f"{where}: type {kind!r} not permitted")
        allowed = rules.picklists.get((name, kind))
        if allowed is not None and (element.text or "") not in allowed:
            found.append(f"{where} {kind}: value {element.text!r} not in the picklist")
        levels = rules.levels.get((name, kind), {"termSec"} if name == "termNote" else None)
        if levels is not None and _level(element) not in levels:
            found.append(f"{where} {kind}: at level {_level(element)}, allowed {sorted(levels)}")
    return found
