"""Check and normalize results as JSON-ready dicts (API, ``--format json``) and as text lines."""

from __future__ import annotations

from typing import Any

from termbase.editor.check import Checked
from termbase.editor.findings import CheckResult, Finding, Group
from termbase.editor.normalize import Normalized, NormalizedBatch
from termbase.editor.style import HouseStyle


def style_dict(style: HouseStyle) -> dict[str, Any]:
    return {
        "id": style.id,
        "name": style.name,
        "description": style.description,
        "authority": style.authority,
        "english": style.english,
        "english_types": [t.value for t in style.english_types],
        "english_admitted": style.english_admitted,
        "ascii": style.ascii,
        "languages": {
            lang: {
                "system": rule.system,
                "order": rule.order,
                "apostrophes": rule.apostrophes,
                "hyphens": rule.hyphens,
                "ascii": rule.ascii,
                "options": dict(rule.options),
            }
            for lang, rule in style.rules.items()
        },
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "line": finding.line,
        "column": finding.column,
        "start": finding.start,
        "end": finding.end,
        "found": finding.found,
        "suggestion": finding.suggestion or None,
        "id": finding.entry,
        "label": finding.label,
        "reasons": list(finding.reasons),
        "message": finding.message,
        "note": finding.note,
    }


def group_dict(group: Group) -> dict[str, Any]:
    return {
        "id": group.entry,
        "label": group.label,
        "house": group.house,
        "spellings": [{"form": form, "count": count} for form, count in group.spellings],
    }


def summary_dict(result: CheckResult) -> dict[str, Any]:
    return {
        "findings": len(result.findings),
        **result.counts(),
        "groups": len(result.groups),
        "mentions": result.mentions,
        "entries": result.entries,
        "seconds": round(result.seconds, 3),
    }


def check_dict(checked: Checked) -> dict[str, Any]:
    """The check's findings; with a fix, the corrected text and the summary of what is left."""
    result = checked.result
    payload: dict[str, Any] = {
        "style": result.style.id,
        "summary": summary_dict(result),
        "findings": [finding_dict(f) for f in result.findings],
        "groups": [group_dict(g) for g in result.groups],
    }
    if checked.fixed is not None and checked.remaining is not None:
        payload["fixed"] = checked.fixed
        payload["remaining"] = summary_dict(checked.remaining)
    return payload


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


def summary_line(result: CheckResult) -> str:
    counts = ", ".join(f"{n} {reason}" for reason, n in result.counts().items() if n)
    return (
        f"{len(result.findings)} finding(s){f' ({counts})' if counts else ''}; "
        f"{len(result.groups)} entit(ies) written several ways; {result.mentions} mention(s) of "
        f"{result.entries} entr(ies); style {result.style.id}; {result.seconds:.2f} s"
    )


def normalized_dict(result: Normalized) -> dict[str, Any]:
    return {
        "input": result.value,
        "outcome": result.outcome,
        "normalized": result.normalized,
        "id": result.entry,
        "score": result.score,
        "match": result.match,
        "status": result.status,
        "candidates": [{"id": entry, "score": score} for entry, score in result.candidates],
        "note": result.note,
    }


def normalized_batch_dict(batch: NormalizedBatch) -> dict[str, Any]:
    return {
        "style": batch.style,
        "summary": {"values": len(batch.results), **batch.counts()},
        "results": [normalized_dict(r) for r in batch.results],
    }
