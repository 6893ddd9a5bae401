"""Corrected copies and unified diffs: every finding with a suggestion, applied right to left."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from termbase.editor.findings import Finding


def fixable(findings: Iterable[Finding]) -> list[Finding]:
    """Findings with a suggestion that differs from the text found, without overlaps."""
    chosen: list[Finding] = []
    last_end = -1
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.suggestion and finding.suggestion != finding.found and finding.start >= last_end:
            chosen.append(finding)
            last_end = finding.end
    return chosen


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each fixable finding replaced by its suggestion."""
    pieces: list[str] = []
    position = 0
    for finding in fixable(findings):
        pieces.append(text[position : finding.start])
        pieces.append(finding.suggestion)
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


def unified_diff(before: str, after: str, *, old_name: str, new_name: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), old_name, new_name
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )
