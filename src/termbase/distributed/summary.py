"""Adding up the summaries of a job's partitions into one, numbered as in the whole table."""

from __future__ import annotations

from collections.abc import Iterable

from termbase.editor.normalize import MAX_PROBLEMS, TableSummary


def merge(parts: Iterable[tuple[int, TableSummary]]) -> TableSummary:
    """One summary from ``(first row or line number - 1, summary)`` pairs, in table order."""
    total = TableSummary()
    for shift, part in parts:
        total.rows += part.rows
        total.blank += part.blank
        total.malformed += part.malformed
        total.values += part.values
        for outcome, count in part.counts.items():
            total.counts[outcome] += count
        room = MAX_PROBLEMS - len(total.problems)
        total.problems.extend((line + shift, problem) for line, problem in part.problems[:room])
    return total
