"""Output helpers shared by commands: JSON, aligned tables, one-line errors."""

from __future__ import annotations

import json
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any


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


def fit_last(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Rows with their last column cut so each line fits the terminal (100 columns off a terminal)."""
    columns = shutil.get_terminal_size((100, 24)).columns
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers[:-1])]
    room = max(20, columns - sum(widths) - 2 * len(widths))
    return [[*row[:-1], clip(row[-1], room)] for row in rows]


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    print("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def error(message: str) -> None:
    """One line on stderr, newlines folded so pipelines see a single line."""
    print(f"termbase: error: {' '.join(message.split())}", file=sys.stderr)
