"""The search page: the form, and results rendered on the server (the page works without script).

``static/termbase.js`` renders the same markup from ``GET /v1/lookup`` as the user types; keep
the two in step (the browser tests compare them).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from termbase.web import parts
from termbase.web.html import Markup, el
from termbase.web.labels import HINTS, SOURCES, VIA, client_labels, kind
from termbase.web.layout import data_block, page

#: Example queries in the help text, with their ``lang`` (None: the page's English).
EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("Mao Tse-tung", None),
    ("毛泽东", "zh-Hans"),
    ("Цицикар", "ru"),
    ("Nosaka Sanzo", None),
)


def search_form(query: str, lang: str, source: str = "") -> Markup:
    hint_options = [el("option", text, value=value, selected=value == lang) for value, text in HINTS.items()]
    source_options = [
        el("option", text, value=value, selected=value == source) for value, text in SOURCES.items()
    ]
    return el(
        "form",
        el("label", "Any spelling, in any script", for_="q"),
        el(
            "div",
            el(
                "input",
                id="q",
                name="q",
                type="search",
                value=query,
                maxlength=200,
                autocomplete="off",
                autocapitalize="off",
                spellcheck="false",
                aria_describedby="q-help",
                aria_controls="results",
                autofocus=not query,
            ),
            el("label", "Language hint", for_="lang", class_="visually-hidden"),
            el("select", hint_options, id="lang", name="lang"),
            el("label", "Language of the source text", for_="from", class_="visually-hidden"),
            el("select", source_options, id="from", name="from"),
            el("button", "Search", type="submit"),
            class_="search-row",
        ),
        el(
            "p",
            "For example ",
            [[el("span", text, lang=lang), ", "] for text, lang in EXAMPLES[:-1]],
            "or ",
            EXAMPLES[-1][0],
            ". Press ↓ to move through the results and Enter to open one; / returns here.",
            id="q-help",
            class_="help",
        ),
        action="/",
        method="get",
        role="search",
        id="search-form",
        class_="search",
    )


def matched_line(result: dict[str, Any], systems: dict[str, str]) -> Markup:
    matched = result["matched"]
    facts: list[Markup] = []
    if matched["system"]:
        facts.append(el("span", systems.get(matched["system"], matched["system"]), class_="system"))
    facts.append(parts.status(matched["status"]))
    facts.append(el("span", VIA.get(matched["via"], matched["via"]), class_="via"))
    return el(
        "p",
        el("span", "Matched ", class_="muted"),
        parts.form(matched["form"], parts.matched_lang(matched["form"], matched["lang"])),
        [[" · ", fact] for fact in facts],
        class_="matched",
    )


def advice(matched: dict[str, Any]) -> Markup | None:
    """For a deprecated or erroneous hit: why, and what to write instead."""
    if matched["status"] not in ("deprecated", "erroneous"):
        return None
    use = matched["preferred"]
    instead = (
        [" Use ", el("strong", parts.form(use, parts.replacement_lang(use, matched["lang"]))), " instead."]
        if use
        else None
    )
    return el("p", matched["note"], instead, class_="advice")


def result_item(result: dict[str, Any], systems: dict[str, str]) -> Markup:
    head = el(
        "div",
        el("a", result["label"], href=f"/entries/{result['id']}", class_="result-link"),
        el("span", kind(result["kind"]), class_="kind"),
        el("span", "✓ Confident match", class_="badge badge-match") if result["match"] else None,
        (
            parts.dictionary_badge(result["glossary"])
            if result["matched"]["verification"] == "dictionary"
            else None
        ),
        class_="result-head",
    )
    native = [[parts.native(n["form"], n["lang"], n["reading"]), " "] for n in result.get("native", [])]
    return el(
        "li",
        head,
        matched_line(result, systems),
        advice(result["matched"]),
        el("p", result["matched"]["detail"], class_="detail") if result["matched"]["detail"] else None,
        el("p", native, class_="native-forms") if native else None,
        class_="result",
    )


def status_text(query: str, lang: str, count: int) -> Markup | str:
    if not query:
        return ""
    if count == 0:
        return el("span", "No entry matches ", parts.quoted(query, lang), ".")
    return el("span", f"{count} result{'s' if count != 1 else ''} for ", parts.quoted(query, lang), ".")


def empty_state(query: str, lang: str) -> Markup:
    """What to try when nothing matched."""
    tips = [
        el("li", "Check the spelling, or type fewer letters (one part of a name is enough)."),
        el(
            "li",
            "Try another script or spelling: characters (",
            el("span", "毛泽东", lang="zh-Hans"),
            "), Cyrillic (",
            el("span", "Мао Цзэдун", lang="ru"),
            ") or another romanization (Mao Tse-tung).",
        ),
        el("li", "Search every language: ", el("a", "drop the language hint", href=f"/?q={quote(query)}"))
        if lang
        else None,
        el(
            "li",
            "Not in the glossary? ",
            el("a", "Romanize the text instead", href=f"/romanize?text={quote(query)}"),
            " (machine readings are labelled as such).",
        ),
    ]
    return el("div", el("h2", "Nothing found"), el("ul", tips), class_="empty", id="empty")


def results_block(query: str, lang: str, lookup: dict[str, Any] | None, error: str | None) -> Markup:
    systems = client_labels()["systems"]
    results = lookup["results"] if lookup else []
    status_line = "Search failed." if error else status_text(query, lang, len(results))
    body: Markup | None = None
    if error:
        body = el("div", el("h2", "Search failed"), el("p", error), class_="error", role="alert")
    elif query and not results:
        body = empty_state(query, lang)
    return el(
        "div",
        el("p", status_line, id="status", class_="status-line", role="status", aria_live="polite"),
        el(
            "ol",
            [result_item(r, systems) for r in results],
            id="results",
            class_="results",
            aria_label="Results",
            hidden=not results,
        ),
        el("div", body, id="feedback"),
        id="search-results",
    )


def search_page(
    query: str, lang: str, lookup: dict[str, Any] | None, error: str | None = None, *, source: str = ""
) -> str:
    title = f"“{query}”" if query else "Search"
    body = [
        el("h1", "Find a name or term"),
        search_form(query, lang, source),
        results_block(query, lang, lookup, error),
    ]
    return page(title, body, current="search", head=data_block("labels", client_labels()))
