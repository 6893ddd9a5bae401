"""An index of names: per entry, its house form, the spellings seen with counts, and the places.

Built from the mentions of one or more checks (:attr:`CheckResult.linked`), one per file::

    index = name_index([("ch1.md", tb.check(text, style).result)])
    index[0].house, index[0].variants, index[0].places
    -> "Chiang Kai-shek", (("Chiang Kai-shek", 2), ("Chang Kai-shek", 1)), (("ch1.md", 3), ...)

and written as Markdown (a book-style index), CSV (one row per entry) or JSON (the wire shape
:class:`termbase.wire.NameIndexResponse`).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from termbase.editor.findings import CheckResult, Mention

INDEX_FORMATS = ("markdown", "csv", "json")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


@dataclass(frozen=True, slots=True)
class IndexedName:
    """One entry of the index: every mention of it across the files checked."""

    entry: str
    label: str
    house: str
    mentions: int
    variants: tuple[tuple[str, int], ...]  # as written, most frequent first
    places: tuple[tuple[str, int], ...]  # (file, line), in file order then line order, no repeats


def _indexed(mentions: list[tuple[str, Mention]]) -> IndexedName:
    first = mentions[0][1]
    variants = Counter(m.found for _, m in mentions)
    places = tuple(dict.fromkeys((name, m.line) for name, m in mentions))
    return IndexedName(
        first.entry, first.label, first.house, len(mentions), tuple(variants.most_common()), places
    )


def name_index(checks: Iterable[tuple[str, CheckResult]]) -> tuple[IndexedName, ...]:
    """The index of the names in ``checks`` ((file name, result) pairs), sorted by house form."""
    by_entry: dict[str, list[tuple[str, Mention]]] = {}
    for name, result in checks:
        for mention in result.linked:
            by_entry.setdefault(mention.entry, []).append((name, mention))
    index = [_indexed(found) for found in by_entry.values()]
    return tuple(sorted(index, key=lambda i: (i.house.casefold(), i.entry)))


def _markdown_text(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _grouped_places(places: Sequence[tuple[str, int]]) -> str:
    """```a.md`: 1, 4; `b.md`: 7``: each file once (a code span: no escaping), then its lines."""
    lines: dict[str, list[str]] = {}
    for name, line in places:
        lines.setdefault(name, []).append(str(line))
    return "; ".join(f"`{name}`: {', '.join(found)}" for name, found in lines.items())


def index_markdown(index: Sequence[IndexedName]) -> str:
    """A book-style index: one list item per entry."""
    lines = ["# Index of names", ""]
    for item in index:
        variants = ", ".join(f"{_markdown_text(form)} ×{count}" for form, count in item.variants)
        lines.append(
            f"- **{_markdown_text(item.house)}** (`{item.entry}`), {item.mentions} mention(s): "
            f"{variants} — {_grouped_places(item.places)}"
        )
    if not index:
        lines.append("No glossary names found.")
    return "\n".join(lines) + "\n"


def index_csv(index: Sequence[IndexedName]) -> str:
    """One row per entry; variants as ``form ×count`` and places as ``file:line``, joined by ``; ``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["house", "id", "label", "mentions", "variants", "places"])
    for item in index:
        places = "; ".join(f"{name}:{line}" for name, line in item.places)
        variants = "; ".join(f"{form} ×{count}" for form, count in item.variants)
        writer.writerow([item.house, item.entry, item.label, item.mentions, variants, places])
    return out.getvalue()
