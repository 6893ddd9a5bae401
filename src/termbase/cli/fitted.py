"""Aligned tables that fit the terminal: the widest columns are clipped (ending in …) first."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from typing import TextIO

from termbase.cli.output import width

#: No column is clipped below this many display columns (headers are clipped like cells).
MIN_COLUMN = 5


def clip(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` display columns, ending in … when cut."""
    if width(text) <= columns:
        return text
    kept = ""
    for char in text:
        if width(kept) + width(char) > columns - 1:
            break
        kept += char
    return kept + "…"


def _columns(stream: TextIO) -> int:
    """The terminal's width; unlimited when writing to a file or a pipe (unless COLUMNS says)."""
    if stream.isatty() or "COLUMNS" in os.environ:
        return shutil.get_terminal_size().columns
    return sys.maxsize


def print_fitted(headers: Sequence[str], rows: Sequence[Sequence[str]], stream: TextIO = sys.stdout) -> None:
    """An aligned table whose widest columns are clipped until it fits the terminal."""
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    floors = [min(w, MIN_COLUMN) for w in widths]
    total = _columns(stream)
    while sum(widths) + 2 * (len(widths) - 1) > total:
        widest = max(range(len(widths)), key=lambda i: widths[i] - floors[i])
        if widths[widest] <= floors[widest]:
            break
        widths[widest] -= 1
    for row in [list(headers), ["-" * w for w in widths], *rows]:
        cells = [clip(c, w) for c, w in zip(row, widths, strict=True)]
        print(
            "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)).rstrip(),
            file=stream,
        )
