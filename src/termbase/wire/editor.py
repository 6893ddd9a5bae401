"""Wire shapes of the editors' batch: house styles, normalized values, manuscript checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from termbase.editor import Checked, CheckResult, Finding, Group, HouseStyle, Normalized, NormalizedBatch


@dataclass(frozen=True, slots=True)
class RuleView:
    system: str
    order: str
    apostrophes: bool
    hyphens: str
    ascii: bool
    options: dict[str, Any]


@dataclass(frozen=True, slots=True)
class StyleView:
    id: str
    name: str
    description: str
    authority: str
    english: str
    english_types: tuple[str, ...]
    english_admitted: bool
    ascii: bool
    languages: dict[str, RuleView]


def style_view(style: HouseStyle) -> StyleView:
    rules = {
        lang: RuleView(
            rule.system, rule.order, rule.apostrophes, rule.hyphens, rule.ascii, dict(rule.options)
        )
        for lang, rule in style.rules.items()
    }
    types = tuple(t.value for t in style.english_types)
    return StyleView(
        style.id,
        style.name,
        style.description,
        style.authority,
        style.english,
        types,
        style.english_admitted,
        style.ascii,
        rules,
    )


@dataclass(frozen=True, slots=True)
class CandidateRef:
    id: str
    score: int


@dataclass(frozen=True, slots=True)
class NormalizedValue:
    input: str
    outcome: str  # normalized, unchanged, ambiguous, unmatched or skipped
    normalized: str
    id: str | None
    score: int | None
    match: bool
    status: str | None
    candidates: tuple[CandidateRef, ...]
    note: str


@dataclass(frozen=True, slots=True)
class NormalizeResponse:
    style: str
    summary: dict[str, int]  # values, and how many had each outcome
    results: tuple[NormalizedValue, ...]


def normalized_value(result: Normalized) -> NormalizedValue:
    candidates = tuple(CandidateRef(entry, score) for entry, score in result.candidates)
    return NormalizedValue(
        result.value,
        result.outcome,
        result.normalized,
        result.entry,
        result.score,
        result.match,
        result.status,
        candidates,
        result.note,
    )


def normalize_response(batch: NormalizedBatch) -> NormalizeResponse:
    summary = {"values": len(batch.results), **batch.counts()}
    return NormalizeResponse(batch.style, summary, tuple(normalized_value(r) for r in batch.results))


@dataclass(frozen=True, slots=True)
class FindingView:
    line: int
    column: int
    start: int
    end: int
    found: str
    suggestion: str | None
    id: str
    label: str
    reasons: tuple[str, ...]
    message: str
    note: str


@dataclass(frozen=True, slots=True)
class SpellingCount:
    form: str
    count: int


@dataclass(frozen=True, slots=True)
class GroupView:
    id: str
    label: str
    house: str
    spellings: tuple[SpellingCount, ...]


@dataclass(frozen=True, slots=True)
class CheckResponse:
    style: str
    summary: dict[str, int | float]  # findings by reason, groups, mentions, entries, seconds
    findings: tuple[FindingView, ...]
    groups: tuple[GroupView, ...]
    fixed: str | None = None  # the corrected text, when a fix was asked for
    remaining: dict[str, int | float] | None = None  # the summary of the corrected text


def finding_view(f: Finding) -> FindingView:
    return FindingView(
        f.line,
        f.column,
        f.start,
        f.end,
        f.found,
        f.suggestion or None,
        f.entry,
        f.label,
        f.reasons,
        f.message,
        f.note,
    )


def group_view(group: Group) -> GroupView:
    spellings = tuple(SpellingCount(form, count) for form, count in group.spellings)
    return GroupView(group.entry, group.label, group.house, spellings)


def summary(result: CheckResult) -> dict[str, int | float]:
    return {
        "findings": len(result.findings),
        **result.counts(),
        "groups": len(result.groups),
        "mentions": result.mentions,
        "entries": result.entries,
        "seconds": round(result.seconds, 3),
    }


def check_response(checked: Checked) -> CheckResponse:
    result = checked.result
    return CheckResponse(
        result.style.id,
        summary(result),
        tuple(finding_view(f) for f in result.findings),
        tuple(group_view(g) for g in result.groups),
        checked.fixed,
        summary(checked.remaining) if checked.remaining is not None else None,
    )
