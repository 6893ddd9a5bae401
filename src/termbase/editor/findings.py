"""What a manuscript check finds: mentions, findings, groups of spellings, the result of one check."""

from __future__ import annotations

from dataclasses import dataclass

from termbase.editor.style import HouseStyle

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


@dataclass(frozen=True, slots=True)
class Mention:
    """One name found in the text, and the entry it was linked to: what an index of names and a
    review of what the check understood are made of."""

    line: int
    column: int
    start: int
    end: int
    found: str  # as written, line breaks and runs of spaces made single spaces
    entry: str
    label: str
    form: str  # the glossary spelling it matched: a term, or a rendering of a reading
    lang: str  # BCP 47 tag of that spelling (ja-Latn, ru, zh-Hant ...)
    system: str | None  # the romanization system of the spelling, when it has one
    status: str  # of the term matched, or whose reading was rendered
    house: str  # the house style's form of the entry
    how: str  # term, term-swapped (other name order), rendering, rendering-swapped, inflection,
    # name-part, qualifier, or lookup-TIER
    reasons: tuple[str, ...]  # of the finding at this place; empty when the spelling is right


@dataclass(frozen=True, slots=True)
class UnknownGroup:
    """A name in no glossary that the text writes several ways (:mod:`termbase.editor.unknown`)."""

    proposed: str  # the spelling proposed for all of them
    variants: tuple[tuple[str, int], ...]  # each spelling with its count, most frequent first
    places: tuple[tuple[int, int, str], ...]  # (line, column, spelling), in text order


@dataclass(frozen=True)
class CheckResult:
    text: str
    style: HouseStyle
    findings: tuple[Finding, ...]
    groups: tuple[Group, ...]
    mentions: int
    entries: int
    seconds: float
    linked: tuple[Mention, ...] = ()  # every mention, in text order (``mentions`` counts them)
    unknown: tuple[UnknownGroup, ...] = ()  # names in no glossary written several ways

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(REASONS, 0)
        for finding in self.findings:
            for reason in finding.reasons:
                counts[reason] += 1
        return counts
