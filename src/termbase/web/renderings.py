"""The entry page's renderings tables: every system's spelling of each reading, in both orders."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from termbase.web import parts
from termbase.web.html import Markup, el
from termbase.web.labels import READINGS

#: Name order of a person's reading as written, and swapped, by where the name comes from:
#: Japanese and Chinese names are written family name first in every script, Russian ones not.
ORDERS = {
    "ja": ("Family name first", "Given name first"),
    "zh": ("Family name first", "Given name first"),
    "ru": ("Given name first", "Family name first"),
}


def _cell(text: str | None, lang: str) -> Markup:
    if not text:
        return el("td", el("span", "—", aria_label="none"))
    return el("td", parts.form(text, lang), " ", parts.copy_button(text))


def _glossary_status(row: dict[str, Any], terms: list[dict[str, Any]]) -> Markup | None:
    """The status of the glossary term this system's spelling is listed as, if any."""
    listed = [t for t in terms if t["system"] == row["system"]]
    if not listed:
        return None
    return el("span", "In glossary: ", [[parts.status(t["status"]), " "] for t in listed], class_="listed")


def _table(
    lang: str, rows: list[dict[str, Any]], terms: list[dict[str, Any]], number: int, origin: str
) -> Markup:
    first = rows[0]
    swapped = any(r.get("swapped") for r in rows)
    native_order, other_order = ORDERS.get(origin, ("As written", "Other order"))
    caption_id = f"renderings-{lang}-{number}"
    term_lang = next((t["lang"] for t in terms if t["form"] == first["term"]), lang)
    caption = el(
        "caption",
        f"{READINGS.get(lang, lang)} ",
        parts.form(first["reading"], parts.reading_lang(lang), class_="form reading"),
        [" of ", parts.form(first["term"], term_lang)] if first["term"] != first["reading"] else None,
        [" (", parts.status(first["status"]), ")"]
        if first["status"] not in ("preferred", "admitted")
        else None,
        id=caption_id,
    )
    head = el(
        "tr",
        el("th", "System", scope="col"),
        el("th", native_order if swapped else "Rendering", scope="col"),
        el("th", other_order, scope="col") if swapped else None,
    )
    body = [
        el(
            "tr",
            el(
                "th", el("span", row["name"], class_="system-name"), _glossary_status(row, terms), scope="row"
            ),
            _cell(row.get("text"), row["target"]),
            _cell(row.get("swapped"), row["target"]) if swapped else None,
        )
        for row in rows
    ]
    table = el("table", caption, el("thead", head), el("tbody", body), class_="renderings")
    return el("div", table, class_="table-scroll", role="region", aria_labelledby=caption_id, tabindex="0")


def renderings_section(entry: dict[str, Any]) -> Markup:
    """One table per reading, grouped by engine language (ja, zh, ru)."""
    tables = []
    number = 0
    for lang, rows in entry["renderings"].items():
        for _, group in groupby(rows, key=lambda r: (r["reading"], r["term"])):
            number += 1
            tables.append(_table(lang, list(group), entry["terms"], number, entry["origin"] or ""))
    content: Markup | list[Markup] = tables or el(
        "p", "No readings: this entry has no native form with a reading.", class_="muted"
    )
    return el(
        "section",
        el("h2", "Renderings by system", id="renderings-h"),
        el(
            "p",
            "Generated from the checked readings by each system's rules. ",
            "Where the glossary itself lists a system's spelling, its status is shown.",
            class_="help",
        ),
        content,
        aria_labelledby="renderings-h",
        id="renderings",
    )
