"""Aligned tables that fit the terminal: the widest columns are clipped (ending in …) first, so a
table of many columns (``check --mentions``) stays readable; ``fit_last`` clips only the last one."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from typing import TextIO

from termbase.cli.output import clip, width

#: No column is clipped below this many display columns (headers are clipped like cells).
MIN_COLUMN = 5


def print_fitted(headers: Sequence[str], rows: Sequence[Sequence[str]], stream: TextIO = sys.stdout) -> None:
    """An aligned table whose widest columns are clipped until it fits the terminal
    (``COLUMNS`` if set; 100 columns when not writing to a terminal)."""
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    floors = [min(w, MIN_COLUMN) for w in widths]
    total = shutil.get_terminal_size((100, 24)).columns  # 100 off a terminal, as fit_last
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
