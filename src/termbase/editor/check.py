"""The manuscript check: every glossary name in a text, and what is wrong with how it is spelt.

Each accepted mention (see :mod:`termbase.editor.scan`) is resolved to one entry and compared
with the house-style form (:func:`termbase.editor.forms.house_form`). A finding says why:

- ``erroneous`` / ``deprecated``: the text uses a spelling the glossary records as wrong or
  discouraged (its note says why);
- ``house-style``: a correct spelling, but not the house style's (another system, marks,
  capitalization, name order, a historical form);
- ``inconsistent``: the document writes this entity several ways (all spellings are listed
  in a group, with counts).

Not compared with the house style: native-script forms, short forms and abbreviations (Stalin,
CCP), a name's reading in another language (Wang Yue for Mochizuki), and names inside quotations
or longer titles, which an editor does not respell; wrong spellings are flagged everywhere.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from termbase.editor.forms import HouseForms
from termbase.editor.gazetteer import Gazetteer, gazetteer_for
from termbase.editor.scan import scan
from termbase.editor.spelling import Occurrence, classify, resolve
from termbase.editor.style import HouseStyle
from termbase.editor.text import Document, TextFormat
from termbase.service import Termbase

REASONS = ("erroneous", "deprecated", "house-style", "inconsistent")


@dataclass(frozen=True, slots=True)
class Finding:
    line: int
    column: int
    start: int
    end: int
    found: str
    suggestion: str
    entry: str
    label: str
    reasons: tuple[str, ...]
    message: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """One entity written several ways: every spelling with its count, most frequent first."""

    entry: str
    label: str
    house: str
    spellings: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class CheckResult:
    text: str
    style: HouseStyle
    findings: tuple[Finding, ...]
    groups: tuple[Group, ...]
    mentions: int
    entries: int
    seconds: float

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(REASONS, 0)
        for finding in self.findings:
            for reason in finding.reasons:
                counts[reason] += 1
        return counts


def _groups(occurrences: list[Occurrence], forms: HouseForms) -> dict[str, Group]:
    spellings: dict[str, Counter[str]] = {}
    shown: dict[tuple[str, str], str] = {}
    for occ in occurrences:
        if occ.grouped:
            spellings.setdefault(occ.entry.id, Counter())[occ.canonical] += 1
            shown.setdefault((occ.entry.id, occ.canonical), occ.found)
    groups: dict[str, Group] = {}
    for occ in occurrences:
        counter = spellings.get(occ.entry.id)
        if counter is None or len(counter) < 2 or occ.entry.id in groups:
            continue
        listed = tuple((shown[(occ.entry.id, c)], n) for c, n in counter.most_common())
        groups[occ.entry.id] = Group(occ.entry.id, occ.entry.label, forms.of(occ.entry).text, listed)
    return groups


def _finding(doc: Document, occ: Occurrence, group: Group | None) -> Finding | None:
    reasons = list(occ.reasons)
    message = occ.message
    if group is not None and occ.grouped and occ.canonical != occ.house_canonical:
        reasons.append("inconsistent")
        written = ", ".join(f"{s} ×{n}" for s, n in group.spellings)
        message = "; ".join(m for m in (message, f"written {len(group.spellings)} ways here: {written}") if m)
    if not reasons:
        return None
    line, column = doc.position(occ.start)
    return Finding(
        line,
        column,
        occ.start,
        occ.end,
        occ.found,
        occ.suggestion,
        occ.entry.id,
        occ.entry.label,
        tuple(reasons),
        message,
        occ.note,
    )


def check_document(doc: Document, gazetteer: Gazetteer, forms: HouseForms) -> CheckResult:
    started = time.perf_counter()
    occurrences: list[Occurrence] = []
    for mention in scan(doc, gazetteer):
        surface = resolve(mention, gazetteer, forms)
        if surface is not None:
            occurrences.append(classify(mention, surface, doc, gazetteer, forms))
    groups = _groups(occurrences, forms)
    findings = [f for occ in occurrences if (f := _finding(doc, occ, groups.get(occ.entry.id)))]
    return CheckResult(
        doc.text,
        forms.style,
        tuple(findings),
        tuple(groups.values()),
        len(occurrences),
        len({occ.entry.id for occ in occurrences}),
        time.perf_counter() - started,
    )


def check_text(termbase: Termbase, text: str, style: HouseStyle, *, fmt: TextFormat = "text") -> CheckResult:
    """Check ``text`` against the glossary and ``style``."""
    gazetteer = gazetteer_for(termbase)
    return check_document(Document(text, fmt), gazetteer, gazetteer.house_forms(style))
