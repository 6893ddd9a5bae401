"""The romanize box: text in, every (or one) system's spelling out, with where the reading came from.

Glossary readings come first (checked by a person); machine readings are labelled as such.
``static/termbase.js`` renders the same result from ``POST /v1/romanize`` without reloading.
"""

from __future__ import annotations

from typing import Any

from termbase.web import parts
from termbase.web.html import Markup, el
from termbase.web.labels import language
from termbase.web.layout import page

LANGS = {"": "Detect from the text", "ja": "Japanese", "zh": "Chinese", "ru": "Russian"}


def _system_select(systems: list[dict[str, Any]], chosen: str) -> Markup:
    groups = []
    for lang in ("ja", "zh", "ru"):
        options = [
            el("option", s["name"], value=s["id"], data_lang=lang, selected=s["id"] == chosen)
            for s in systems
            if s["lang"] == lang
        ]
        groups.append(el("optgroup", options, label=LANGS[lang], data_lang=lang))
    every = el("option", "Every system", value="all", selected=chosen == "all")
    return el("select", every, groups, id="system", name="system")


def romanize_form(
    text: str, lang: str, system: str, given_first: bool, systems: list[dict[str, Any]]
) -> Markup:
    lang_options = [el("option", name, value=value, selected=value == lang) for value, name in LANGS.items()]
    return el(
        "form",
        el("label", "Text to romanize", for_="text"),
        el(
            "textarea",
            text,
            id="text",
            name="text",
            rows=3,
            maxlength=2000,
            required=True,
            aria_describedby="text-help",
            spellcheck="false",
            autofocus=not text,
        ),
        el(
            "p",
            "Paste a name or phrase in Japanese, Chinese or Russian. Names in the glossary use their "
            "checked reading; other text gets a machine reading, labelled as such.",
            id="text-help",
            class_="help",
        ),
        el(
            "div",
            el(
                "div",
                el("label", "Language", for_="romanize-lang"),
                el("select", lang_options, id="romanize-lang", name="lang"),
                class_="field",
            ),
            el("div", el("label", "System", for_="system"), _system_select(systems, system), class_="field"),
            el(
                "div",
                el(
                    "input",
                    type="checkbox",
                    id="order",
                    name="order",
                    value="given-first",
                    checked=given_first,
                ),
                el("label", "Given name first", for_="order"),
                class_="field check",
            ),
            el("button", "Romanize", type="submit"),
            class_="romanize-row",
        ),
        action="/romanize",
        method="get",
        id="romanize-form",
        class_="romanize",
    )


def _provenance(result: dict[str, Any]) -> Markup:
    reading = parts.form(result["reading"], parts.reading_lang(result["lang"]), class_="form reading")
    if result["reading_source"] == "glossary":
        entry = result["entry"]
        return el(
            "p",
            el("strong", "Glossary reading "),
            reading,
            ", checked by a person, from the entry ",
            el("a", entry, href=f"/entries/{entry}"),
            ".",
            class_="provenance provenance-glossary",
        )
    if result["reading_source"] == "machine":
        return el(
            "p",
            el("strong", "⚠ Machine reading "),
            reading,
            ": guessed by a program, not checked by a person; names are often misread.",
            class_="provenance provenance-machine notice",
            role="note",
        )
    return el("p", el("strong", "Reading "), reading, " (the text as typed).", class_="provenance")


def romanize_result(result: dict[str, Any]) -> Markup:
    rows = [
        el(
            "tr",
            el("th", s["name"], scope="row"),
            el("td", parts.form(s["text"], s["target"]), " ", parts.copy_button(s["text"])),
        )
        for s in result["spellings"]
    ]
    table = el(
        "table",
        el(
            "caption",
            f"{language(result['lang'])} ",
            parts.form(result["text"], result["lang"]),
            " in each system",
            id="romanize-caption",
        ),
        el("thead", el("tr", el("th", "System", scope="col"), el("th", "Rendering", scope="col"))),
        el("tbody", rows),
        class_="spellings",
    )
    return el(
        "div",
        _provenance(result),
        el(
            "div",
            table,
            class_="table-scroll",
            role="region",
            aria_labelledby="romanize-caption",
            tabindex="0",
        ),
    )


def romanize_page(
    form: dict[str, Any], systems: list[dict[str, Any]], result: dict[str, Any] | None, error: str | None
) -> str:
    output: Markup | None = None
    if error:
        output = el("div", el("h2", "Cannot romanize this"), el("p", error), class_="error", role="alert")
    elif result:
        output = romanize_result(result)
    body = [
        el("h1", "Romanize"),
        romanize_form(form["text"], form["lang"], form["system"], form["given_first"], systems),
        el("div", output, id="romanize-output", aria_live="polite"),
    ]
    return page("Romanize", body, current="romanize")
