"""Wire shapes of the editors' batch: house styles, normalized values, manuscript checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from termbase.editor import (
    Checked,
    CheckResult,
    Finding,
    Group,
    HouseStyle,
    Mention,
    Normalized,
    NormalizedBatch,
)
from termbase.editor.cluster import Cluster, ClusterReport, cluster_summary
from termbase.editor.findings import UnknownGroup
from termbase.editor.names import IndexedName


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
class MentionView:
    line: int
    column: int
    start: int
    end: int
    found: str
    id: str
    label: str
    form: str
    lang: str
    system: str | None
    status: str
    house: str
    how: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnknownPlace:
    line: int
    column: int
    found: str


@dataclass(frozen=True, slots=True)
class UnknownGroupView:
    proposed: str
    variants: tuple[SpellingCount, ...]
    places: tuple[UnknownPlace, ...]


@dataclass(frozen=True, slots=True)
class CheckResponse:
    style: str
    summary: dict[str, int | float]  # findings by reason, groups, unknown, mentions, entries, seconds
    findings: tuple[FindingView, ...]
    groups: tuple[GroupView, ...]
    mentions: tuple[MentionView, ...]  # every name found, in text order
    unknown: tuple[UnknownGroupView, ...]  # names in no glossary written several ways
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


def mention_view(m: Mention) -> MentionView:
    return MentionView(
        m.line,
        m.column,
        m.start,
        m.end,
        m.found,
        m.entry,
        m.label,
        m.form,
        m.lang,
        m.system,
        m.status,
        m.house,
        m.how,
        m.reasons,
    )


def unknown_view(group: UnknownGroup) -> UnknownGroupView:
    variants = tuple(SpellingCount(form, count) for form, count in group.variants)
    places = tuple(UnknownPlace(line, column, found) for line, column, found in group.places)
    return UnknownGroupView(group.proposed, variants, places)


def group_view(group: Group) -> GroupView:
    spellings = tuple(SpellingCount(form, count) for form, count in group.spellings)
    return GroupView(group.entry, group.label, group.house, spellings)


def summary(result: CheckResult) -> dict[str, int | float]:
    return {
        "findings": len(result.findings),
        **result.counts(),
        "groups": len(result.groups),
        "unknown": len(result.unknown),
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
        tuple(mention_view(m) for m in result.linked),
        tuple(unknown_view(g) for g in result.unknown),
        checked.fixed,
        summary(checked.remaining) if checked.remaining is not None else None,
    )


@dataclass(frozen=True, slots=True)
class PlaceView:
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class IndexedNameView:
    id: str
    label: str
    house: str
    mentions: int
    variants: tuple[SpellingCount, ...]
    places: tuple[PlaceView, ...]


@dataclass(frozen=True, slots=True)
class NameIndexResponse:
    style: str
    files: tuple[str, ...]
    names: tuple[IndexedNameView, ...]


def name_index_response(
    style: str, files: tuple[str, ...], index: tuple[IndexedName, ...]
) -> NameIndexResponse:
    names = tuple(
        IndexedNameView(
            item.entry,
            item.label,
            item.house,
            item.mentions,
            tuple(SpellingCount(form, count) for form, count in item.variants),
            tuple(PlaceView(name, line) for name, line in item.places),
        )
        for item in index
    )
    return NameIndexResponse(style, files, names)


@dataclass(frozen=True, slots=True)
class ClusterVariantView:
    form: str
    count: int
    lines: tuple[int, ...]  # the first line numbers (at most MAX_LINES) where it occurs
    id: str | None  # the entry lookup linked this spelling to


@dataclass(frozen=True, slots=True)
class ClusterView:
    proposed: str
    id: str | None  # the entry the cluster matches (one entry for all its linked variants)
    label: str | None
    entries: tuple[str, ...]  # every entry a variant was linked to
    count: int
    variants: tuple[ClusterVariantView, ...]


@dataclass(frozen=True, slots=True)
class ClusterResponse:
    style: str
    columns: tuple[str, ...]
    summary: dict[str, Any]  # rows, blank, malformed, values, lookup outcomes, problems, spellings ...
    clusters: tuple[ClusterView, ...]


def cluster_view(cluster: Cluster) -> ClusterView:
    variants = tuple(ClusterVariantView(v.form, v.count, v.lines, v.entry) for v in cluster.variants)
    return ClusterView(
        cluster.proposed, cluster.entry, cluster.label, cluster.entries, cluster.count, variants
    )


def cluster_response(report: ClusterReport, *, every: bool = False) -> ClusterResponse:
    clusters = tuple(cluster_view(c) for c in report.reported(every=every))
    return ClusterResponse(report.style, report.columns, cluster_summary(report), clusters)
