"""CSV, TSV and JSON Lines on a cluster: the file cut at record boundaries, each piece run through
the same streamed ``TableJob`` as ``termbase normalize``, and the pieces written back in order.

A CSV record may span lines (a quoted field), so a file cannot be cut at any newline: the planner
reads it once with the same record reader and cuts only where a record starts. Each piece after
the first is run behind the file's head (its records up to the first well-formed one: the header,
or with ``--no-header`` the first row, which fixes the width), and the head's own output is cut
off again, so each piece comes out exactly as it does in the single process: the same bytes,
malformed records passed through, problems reported by their line in the whole file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import fsspec

from termbase.distributed.partition import NormalizeSpec, normalizer_for
from termbase.editor.normalize import TableJob, TableOptions, TableSummary
from termbase.editor.tables import TableFormat, encode, read_records


@dataclass(frozen=True, slots=True)
class Piece:
    start: int  # byte offset of its first record
    end: int
    first_line: int  # the line its first record starts on


@dataclass(frozen=True)
class Plan:
    url: str
    fmt: TableFormat
    head: bytes  # the records up to and including the first well-formed one
    head_lines: int
    pieces: tuple[Piece, ...]
    storage_options: dict[str, Any] | None = None


def plan_pieces(
    url: str, fmt: TableFormat, target_bytes: int, storage_options: dict[str, Any] | None = None
) -> Plan:
    """Cut ``url`` into pieces of about ``target_bytes``, each starting where a record starts."""
    head: list[str] = []
    head_done = fmt == "jsonl"  # JSON Lines records stand alone
    pieces: list[Piece] = []
    start = offset = 0
    first_line = 1
    with fsspec.open(url, "rb", **(storage_options or {})) as handle:
        for record in read_records(handle, fmt):
            if offset - start >= target_bytes:
                pieces.append(Piece(start, offset, first_line))
                start, first_line = offset, record.line
            if not head_done:
                head.append(record.raw)
                head_done = not record.problem and not record.blank
            offset += len(encode(record.raw))
    if offset > start or not pieces:
        pieces.append(Piece(start, offset, first_line))
    head_text = "".join(head) if head_done else ""
    lines = head_text.count("\n") + (0 if head_text.endswith("\n") or not head_text else 1)
    return Plan(url, fmt, encode(head_text), lines, tuple(pieces), storage_options)


def _run(spec: NormalizeSpec, options: TableOptions, data: bytes) -> tuple[bytes, TableSummary]:
    out = io.BytesIO()
    summary = TableJob(normalizer_for(spec), options).run(io.BytesIO(data), out)
    return out.getvalue(), summary


def normalize_piece(
    plan: Plan, number: int, spec: NormalizeSpec, *, header: bool = True
) -> tuple[bytes, TableSummary]:
    """Piece ``number`` normalized (its bytes as the single process writes them) and its summary,
    with problems numbered by their line in the whole file."""
    piece = plan.pieces[number]
    with fsspec.open(plan.url, "rb", **(plan.storage_options or {})) as handle:
        handle.seek(piece.start)
        data = handle.read(piece.end - piece.start)
    options = TableOptions(plan.fmt, spec.columns, header=header)
    head = plan.head if number > 0 else b""
    head_lines = plan.head_lines if head else 0
    body, summary = _run(spec, options, head + data)
    if head:
        head_out, head_summary = _run(spec, options, head)
        body = body[len(head_out) :]
        _subtract(summary, head_summary)
    shift = piece.first_line - head_lines - 1
    summary.problems = [(line + shift, problem) for line, problem in summary.problems if line > head_lines]
    return body, summary


def _subtract(summary: TableSummary, head: TableSummary) -> None:
    summary.rows -= head.rows
    summary.blank -= head.blank
    summary.malformed -= head.malformed
    summary.values -= head.values
    for outcome, count in head.counts.items():
        summary.counts[outcome] -= count
