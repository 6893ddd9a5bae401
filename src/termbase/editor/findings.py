"""What a manuscript check finds: findings, groups of spellings, and the result of one check."""

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
