"""The manuscript check: every glossary name in a text, and what is wrong with how it is spelt.

Each accepted mention (see :mod:`termbase.editor.scan`) is resolved to one entry and compared
with the house-style form (:func:`termbase.editor.forms.house_form`). A finding says why:

- ``erroneous`` / ``deprecated``: the text uses a spelling the glossary records as wrong or
  discouraged (its note says why);
- ``house-style``: a correct spelling, but not the house style's (another system, marks,
  capitalization, name order, a historical form);
- ``inconsistent``: the document writes this entity several ways (all spellings are listed
  in a group, with counts).

Every mention is listed too (``CheckResult.linked``), and names in no glossary that the text
writes several ways are clustered (``CheckResult.unknown``, :mod:`termbase.editor.unknown`).

Not compared with the house style: native-script forms, short forms and abbreviations (Stalin,
CCP), a name's reading in another language (Wang Yue for Mochizuki), and names inside quotations
or longer titles, which an editor does not respell; wrong spellings are flagged everywhere.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from termbase.editor.findings import CheckResult, Finding, Group, Mention
from termbase.editor.fix import apply_fixes
from termbase.editor.forms import HouseForms
from termbase.editor.gazetteer import Gazetteer, Surface
from termbase.editor.hangul import hangul_names
from termbase.editor.qualifiers import qualified
from termbase.editor.recall import designated, listed_surnames, looked_up, name_parts, region_first, titled
from termbase.editor.scan import INFLECTION, NAME_PART, QUALIFIER, Window, scan
from termbase.editor.spelling import Occurrence, classify, contenders, decided_by_context
from termbase.editor.style import HouseStyle
from termbase.editor.text import Document, TextFormat
from termbase.editor.unknown import unknown_groups
from termbase.lookup import Index


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


def _mention(
    doc: Document, occ: Occurrence, gazetteer: Gazetteer, forms: HouseForms, finding: Finding | None
) -> Mention:
    surface, term = occ.surface, gazetteer.term(occ.surface)
    line, column = doc.position(occ.start)
    return Mention(
        line,
        column,
        occ.start,
        occ.end,
        occ.found,
        occ.entry.id,
        occ.entry.label,
        surface.form,
        surface.target or term.lang,
        surface.system,
        term.status.value,
        forms.of(occ.entry).text,
        _how(occ),
        finding.reasons if finding else (),
    )


def _how(occ: Occurrence) -> str:
    """How a mention was recognised: the gazetteer surface's ``how``, a case form or a name
    part read by the scanner, or ``lookup-<tier>`` for a window lookup accepted."""
    if not occ.via:
        return occ.surface.how
    return occ.via if occ.via in (INFLECTION, NAME_PART, QUALIFIER) else f"lookup-{occ.via}"


def _windows(doc: Document, gazetteer: Gazetteer, index: Index | None) -> list[Window]:
    """The scan's windows and, with an index, those lookup accepts among the rest, in text order."""
    scanned = list(scan(doc, gazetteer))
    if index is None:
        return qualified(doc, gazetteer, scanned)
    reordered = [*region_first(doc, gazetteer, index), *designated(doc, gazetteer, index)]
    if reordered:
        scanned = [w for w in scanned if not any(w.start < r.end and r.start < w.end for r in reordered)]
        scanned += reordered
    spans = [(w.start, w.end) for w in scanned]
    found = [*scanned, *looked_up(doc, gazetteer, index, spans), *hangul_names(doc, gazetteer, index, spans)]
    found += name_parts(doc, gazetteer, found)
    found += titled(doc, gazetteer, index, found)
    found += listed_surnames(doc, gazetteer, index, found)
    return sorted(qualified(doc, gazetteer, found), key=lambda w: w.start)


def check_document(
    doc: Document, gazetteer: Gazetteer, forms: HouseForms, index: Index | None = None
) -> CheckResult:
    started = time.perf_counter()
    occurrences: list[Occurrence] = []
    spans: list[tuple[int, int]] = []  # every glossary window, resolved or not
    shared: list[tuple[Window, tuple[Surface, ...]]] = []  # forms of several entries
    for mention in _windows(doc, gazetteer, index):
        spans.append((mention.start, mention.end))
        contending = contenders(mention, gazetteer, forms)
        if len(contending) == 1:
            occurrences.append(classify(mention, contending[0], doc, gazetteer, forms))
        else:
            shared.append((mention, contending))
    named = {occ.entry.id for occ in occurrences}
    for mention, contending in shared:
        surface = decided_by_context(contending, gazetteer, named)
        if surface is not None:
            occurrences.append(classify(mention, surface, doc, gazetteer, forms))
    occurrences.sort(key=lambda occ: occ.start)
    groups = _groups(occurrences, forms)
    found = [_finding(doc, occ, groups.get(occ.entry.id)) for occ in occurrences]
    findings = [f for f in found if f is not None]
    linked = tuple(_mention(doc, occ, gazetteer, forms, f) for occ, f in zip(occurrences, found, strict=True))
    unknown = unknown_groups(doc, spans, systems=forms.style.systems)
    return CheckResult(
        doc.text,
        forms.style,
        tuple(findings),
        tuple(groups.values()),
        len(occurrences),
        len({occ.entry.id for occ in occurrences}),
        time.perf_counter() - started,
        linked,
        unknown,
    )


def check_text(
    gazetteer: Gazetteer,
    text: str,
    style: HouseStyle,
    *,
    fmt: TextFormat = "text",
    index: Index | None = None,
) -> CheckResult:
    """Check ``text`` against the glossary's gazetteer and ``style``; with the glossary's lookup
    ``index``, names lookup accepts in variants the gazetteer does not spell are found too."""
    return check_document(Document(text, fmt), gazetteer, gazetteer.house_forms(style), index)


@dataclass(frozen=True)
class Checked:
    """A check, and with ``fix`` the corrected text and what is still found in it."""

    result: CheckResult
    fixed: str | None = None
    remaining: CheckResult | None = None

    @property
    def final(self) -> CheckResult:
        """The findings that are left: in the corrected text when there is one."""
        return self.remaining if self.remaining is not None else self.result


def check_and_fix(
    gazetteer: Gazetteer,
    text: str,
    style: HouseStyle,
    *,
    fmt: TextFormat = "text",
    fix: bool = False,
    index: Index | None = None,
) -> Checked:
    """Check ``text``; with ``fix``, apply every suggestion and check the corrected text again."""
    result = check_text(gazetteer, text, style, fmt=fmt, index=index)
    if not fix:
        return Checked(result)
    fixed = apply_fixes(text, result.findings)
    return Checked(result, fixed, check_text(gazetteer, fixed, style, fmt=fmt, index=index))
