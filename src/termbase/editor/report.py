"""Check results as text lines, for the terminal (the JSON shapes are in :mod:`termbase.wire`)."""

from __future__ import annotations

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
