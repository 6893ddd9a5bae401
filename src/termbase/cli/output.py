"""Output helpers shared by commands: JSON, aligned tables, one-line errors."""

from __future__ import annotations

import json
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def width(text: str) -> int:
    """Display width: East Asian wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def clip(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` display columns, with an ellipsis when cut."""
    if width(text) <= columns:
        return text
    out = ""
    for char in text:
        if width(out + char) > columns - 1:
            break
        out += char
    return out + "…"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    print("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def error(message: str) -> None:
    """One line on stderr, newlines folded so pipelines see a single line."""
    print(f"termbase: error: {' '.join(message.split())}", file=sys.stderr)


#: No column is clipped below this many display columns (headers are clipped like cells).
MIN_COLUMN = 5


def print_fitted(headers: Sequence[str], rows: Sequence[Sequence[str]], stream: TextIO | None = None) -> None:
    """An aligned table whose widest columns are clipped until it fits the terminal
    (``COLUMNS`` if set; 100 columns when not writing to a terminal): the widest columns are
    clipped (ending in …) first, so a table of many columns stays readable."""
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    floors = [min(w, MIN_COLUMN) for w in widths]
    total = shutil.get_terminal_size((100, 24)).columns  # 100 off a terminal
    while sum(widths) + 2 * (len(widths) - 1) > total:
        widest = max(range(len(widths)), key=lambda i: widths[i] - floors[i])
        if widths[widest] <= floors[widest]:
            break
        widths[widest] -= 1
    for row in [list(headers), ["-" * w for w in widths], *rows]:
        cells = [clip(c, w) for c, w in zip(row, widths, strict=True)]
        print(
            "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)).rstrip(),
            file=stream or sys.stdout,  # looked up at each call: tests capture it
        )
