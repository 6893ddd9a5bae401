"""Check results as text lines, for the terminal (the JSON shapes are in :mod:`termbase.wire`)."""

from __future__ import annotations

from termbase.editor.cluster import Cluster, ClusterReport
from termbase.editor.findings import CheckResult, Finding, Group, Mention, UnknownGroup


def finding_line(finding: Finding, name: str) -> str:
    """``name:line:col: reasons: "found" -> "suggestion" [id]: message (note)``."""
    fix = f" -> {finding.suggestion!r}" if finding.suggestion else ""
    note = f" ({finding.note})" if finding.note else ""
    reasons = ",".join(finding.reasons)
    return (
        f"{name}:{finding.line}:{finding.column}: {reasons}: {finding.found!r}{fix} "
        f"[{finding.entry}]: {finding.message}{note}"
    )


def group_line(group: Group) -> str:
    spellings = ", ".join(f"{form!r} ×{count}" for form, count in group.spellings)
    ways = len(group.spellings)
    return f"written {ways} ways: {group.label} [{group.entry}] (house style: {group.house!r}): {spellings}"


def unknown_line(group: UnknownGroup, name: str) -> str:
    """``name:line:col: written N ways (in no glossary): 'A' x2, 'B' x1; proposed 'A' (at 3:5, 9:1)``."""
    line, column, _ = group.places[0]
    spellings = ", ".join(f"{form!r} ×{count}" for form, count in group.variants)
    where = ", ".join(f"{ln}:{col}" for ln, col, _ in group.places)
    return (
        f"{name}:{line}:{column}: written {len(group.variants)} ways (in no glossary): {spellings}; "
        f"proposed {group.proposed!r} (at {where})"
    )


def summary_line(result: CheckResult) -> str:
    counts = ", ".join(f"{n} {reason}" for reason, n in result.counts().items() if n)
    return (
        f"{len(result.findings)} finding(s){f' ({counts})' if counts else ''}; "
        f"{len(result.groups)} entit(ies) written several ways; "
        f"{_unknown_count(result)}{result.mentions} mention(s) of "
        f"{result.entries} entr(ies); style {result.style.id}; {result.seconds:.2f} s"
    )


MENTION_HEADERS = ("where", "found", "entry", "matched form", "how", "status", "house form", "finding")


def mention_row(mention: Mention) -> list[str]:
    """One mention as table cells (``MENTION_HEADERS``)."""
    how = mention.how + (f" ({mention.system})" if mention.system else "")
    return [
        f"{mention.line}:{mention.column}",
        mention.found,
        mention.entry,
        mention.form,
        how,
        mention.status,
        mention.house,
        ",".join(mention.reasons),
    ]


def _unknown_count(result: CheckResult) -> str:
    return f"{len(result.unknown)} name(s) in no glossary written several ways; " if result.unknown else ""


def _lines(lines: tuple[int, ...], count: int) -> str:
    shown = ", ".join(str(n) for n in lines)
    return shown + (", …" if count > len(lines) else "")


def cluster_line(cluster: Cluster) -> str:
    """``'Proposed' [entry|in no glossary]: N rows, K ways: 'A' ×2 (lines 3, 9), 'B' ×1 (line 4)``."""
    where = f"[{cluster.entry}]" if cluster.entry else "(in no glossary)"
    if cluster.entry is None and cluster.entries:
        where = f"(variants linked to {', '.join(cluster.entries)})"
    variants = ", ".join(
        f"{v.form!r} ×{v.count} (line{'s' if v.count > 1 else ''} {_lines(v.lines, v.count)})"
        for v in cluster.variants
    )
    return (
        f"{cluster.proposed!r} {where}: {cluster.count} value(s), {len(cluster.variants)} way(s): {variants}"
    )


CLUSTER_HEADERS = ("cluster", "proposed", "entry", "form", "count", "form_entry", "lines")


def cluster_rows(clusters: tuple[Cluster, ...]) -> list[list[str]]:
    """One row per variant (``CLUSTER_HEADERS``); ``lines`` are the first line numbers, space-separated."""
    return [
        [
            str(number),
            cluster.proposed,
            cluster.entry or "",
            variant.form,
            str(variant.count),
            variant.entry or "",
            " ".join(str(n) for n in variant.lines),
        ]
        for number, cluster in enumerate(clusters, 1)
        for variant in cluster.variants
    ]


def cluster_summary_line(report: ClusterReport) -> str:
    summary, counts = report.summary, report.counts()
    rate = summary.rows / summary.seconds if summary.seconds else 0.0
    over = (
        f", {counts['unclustered']} value(s) not clustered (spelling limit)" if counts["unclustered"] else ""
    )
    return (
        f"{summary.rows} row(s) ({summary.blank} blank, {summary.malformed} malformed), "
        f"{summary.values} value(s), {counts['spellings']} spelling(s) in {counts['clusters']} cluster(s): "
        f"{counts['several']} written several ways, {counts['matched']} matching a glossary entry{over}; "
        f"style {report.style}; {summary.seconds:.2f} s ({rate:,.0f} rows/s)"
    )
