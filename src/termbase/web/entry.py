"""The entry page (a permalink: ``/entries/{id}``) and the page for an unknown id.

Built from :func:`termbase.views.entry_dict`, the same shape ``GET /v1/entries/{id}`` returns.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from termbase.web import parts
from termbase.web.html import Markup, el, join
from termbase.web.labels import kind, language, system_names
from termbase.web.layout import page
from termbase.web.renderings import renderings_section
from termbase.web.search import search_form

NATIVE_SCRIPTS = frozenset({"Jpan", "Hani", "Hans", "Hant", "Cyrl"})
GOOD = ("preferred", "admitted")
#: How a term no source shows is marked on the page (its ``verification``).
UNATTESTED = {
    "reconstructed": "not verified: reconstructed",
    "machine": "not verified: machine-made",
    "dictionary": "not verified: dictionary data",
}


def _form(term: dict[str, Any]) -> Markup:
    if term["script"] in NATIVE_SCRIPTS:
        return parts.native(term["form"], term["lang"], term["reading"])
    return parts.form(term["form"], term["lang"])


def preferred_terms(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """One term per language tag, as the entry's view chose them (``Entry.preferred``)."""
    return [entry["terms"][i] for i in entry["preferred"]]


def _in_its_script(text: str) -> Markup | str:
    """Source titles and locators quote pages in any script (人民日報, Kotobank): tagged by it,
    so a screen reader and the CJK font do not take them for English."""
    lang = parts.query_lang(text)
    return text if lang is None else el("span", text, lang=lang)


def _cited(source: dict[str, Any]) -> Markup:
    title = source["title"] or source["source"]
    return el("cite", title, lang=parts.query_lang(title))


def _sources(sources: list[dict[str, Any]]) -> Markup | None:
    if not sources:
        return None
    items = [
        [_cited(s), [", ", _in_its_script(s["locator"])] if s["locator"] else ""] for s in sources
    ]
    label = "Sources: " if len(items) > 1 else "Source: "
    return el("span", label, join(items, "; "), class_="sources")


def _header(entry: dict[str, Any]) -> Markup:
    origin = f" · origin: {language(entry['origin'])}" if entry["origin"] else ""
    verification = entry["verification"]
    notice = None
    if verification["status"] != "verified":
        notice = el(
            "p",
            el("strong", "Unverified. "),
            verification["note"] or "The native forms and readings have not been checked against a source.",
            class_="notice",
            role="note",
        )
    # An entry every term of which is open-dictionary data (an imported JMnedict or CC-CEDICT).
    from_dictionary = all(term.get("verification") == "dictionary" for term in entry["terms"])
    return el(
        "header",
        el(
            "p",
            f"{kind(entry['kind'])}{origin}",
            [" ", parts.dictionary_badge(entry["glossary"])] if from_dictionary else None,
            class_="kind-line",
        ),
        el("h1", parts.form(entry["label"], "en", class_="title"), " ", parts.copy_button(entry["label"])),
        el("p", entry["gloss"], class_="gloss") if entry["gloss"] else None,
        notice,
        class_="entry-head",
    )


def _preferred(entry: dict[str, Any]) -> Markup:
    names = system_names()
    rows = []
    for term in preferred_terms(entry):
        system = names.get(term["system"], term["system"]) if term["system"] else None
        rows.append(
            el(
                "div",
                el("dt", language(term["lang"])),
                el(
                    "dd",
                    _form(term),
                    " ",
                    parts.copy_button(term["form"]),
                    el("span", system, class_="system-note") if system else None,
                ),
            )
        )
    return el(
        "section",
        el("h2", "Preferred forms", id="preferred-h"),
        el("dl", rows, class_="preferred"),
        aria_labelledby="preferred-h",
    )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _term_row(term: dict[str, Any], terms: list[dict[str, Any]], names: dict[str, str]) -> Markup:
    bad = term["status"] not in GOOD
    use = terms[term["replacement"]] if bad and term["replacement"] is not None else None
    shown = el("s", _form(term)) if bad else _form(term)
    facts = [term["type"].replace("-", " ")] if term["type"] != "full-form" else []
    if term["system"]:
        facts.append(names.get(term["system"], term["system"]))
    if term.get("verification") in UNATTESTED:
        facts.append(UNATTESTED[term["verification"]])
    notes = el(
        "td",
        el("span", _sentence(", ".join(facts)), class_="muted") if facts else None,
        [" ", el("span", term["note"], class_="note")] if term["note"] else None,
        [" Use ", el("strong", _form(use)), " instead."] if use else None,
        [" ", _sources(term["sources"])] if term["sources"] else None,
    )
    return el(
        "tr",
        el("td", shown, " ", parts.copy_button(term["form"])),
        el("td", language(term["lang"])),
        el("td", parts.status(term["status"])),
        notes,
        class_=f"term term-{term['status']}",
    )


def _all_forms(entry: dict[str, Any]) -> Markup:
    names = system_names()
    head = el("tr", [el("th", h, scope="col") for h in ("Form", "Language", "Status", "Notes")])
    rows = [_term_row(t, entry["terms"], names) for t in entry["terms"]]
    table = el(
        "table",
        el("caption", "Every form the glossary lists, with its status", id="forms-caption"),
        el("thead", head),
        el("tbody", rows),
        class_="forms",
    )
    return el(
        "section",
        el("h2", "All forms", id="forms-h"),
        el("div", table, class_="table-scroll", role="region", aria_labelledby="forms-caption", tabindex="0"),
        aria_labelledby="forms-h",
        id="forms",
    )


def _about(entry: dict[str, Any]) -> Markup | None:
    if not entry["definition"] and not entry["note"]:
        return None
    return el(
        "section",
        el("h2", "Definition and notes", id="about-h"),
        el("p", entry["definition"]) if entry["definition"] else None,
        el("p", el("strong", "Note: "), entry["note"]) if entry["note"] else None,
        aria_labelledby="about-h",
    )


def _sources_section(entry: dict[str, Any]) -> Markup:
    items = [
        el("li", _cited(s), [" — ", _in_its_script(s["locator"])] if s["locator"] else None)
        for s in entry["sources"]
    ]
    return el("section", el("h2", "Sources", id="sources-h"), el("ul", items), aria_labelledby="sources-h")


def _related(entry: dict[str, Any]) -> Markup | None:
    if not entry["relations"]:
        return None
    items = [
        el(
            "li",
            el("span", r["type"].replace("-", " "), class_="muted"),
            ": ",
            el("a", r["label"] or r["target"], href=f"/entries/{quote(r['target'])}"),
            f" — {r['note']}" if r["note"] else None,
        )
        for r in entry["relations"]
    ]
    return el(
        "section", el("h2", "Related entries", id="related-h"), el("ul", items), aria_labelledby="related-h"
    )


def _footer(entry: dict[str, Any]) -> Markup:
    link = f"/entries/{entry['id']}"
    return el(
        "footer",
        el("p", "Permalink: ", el("a", link, href=link, class_="permalink"), " ", parts.copy_button(link)),
        el(
            "p",
            el("a", "This entry as JSON", href=f"/v1/entries/{entry['id']}"),
            f" · glossary {entry['glossary']}",
        ),
        class_="entry-foot",
    )


def entry_page(entry: dict[str, Any]) -> str:
    body = el(
        "article",
        _header(entry),
        _preferred(entry),
        renderings_section(entry),
        _all_forms(entry),
        _about(entry),
        _sources_section(entry),
        _related(entry),
        _footer(entry),
        class_="entry",
        data_entry=entry["id"],
    )
    return page(entry["label"], [el("p", el("a", "← Search", href="/"), class_="back"), body])


def not_found_page(entry_id: str, suggestions: list[dict[str, Any]]) -> str:
    """A 404 that helps: the id, a search box, and entries whose names are close to the id."""
    words = entry_id.replace("-", " ")
    hints = [el("li", el("a", s["label"], href=f"/entries/{s['id']}"), f" ({s['id']})") for s in suggestions]
    body = [
        el("h1", "No such entry"),
        el(
            "p",
            "There is no entry with the id ",
            el("code", entry_id),
            ". Ids never change, so the link may be mistyped.",
        ),
        [el("h2", "Did you mean"), el("ul", hints, class_="suggestions")] if hints else None,
        el("h2", "Search instead"),
        search_form(words, ""),
    ]
    return page("Not found", body)
