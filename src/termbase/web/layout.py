"""The page shell shared by every HTML route: head, header, skip link, live region, footer."""

from __future__ import annotations

import json
from typing import Any

from termbase.version import __version__
from termbase.web import static
from termbase.web.html import Child, Markup, el, render

NAV = (("/", "Search", "search"), ("/romanize", "Romanize", "romanize"), ("/docs", "API", "api"))


def _nav(current: str) -> Markup:
    links = [
        el("li", el("a", text, href=href, aria_current="page" if key == current else None))
        for href, text, key in NAV
    ]
    return el("nav", el("ul", links), aria_label="Main")


def data_block(element_id: str, data: Any) -> Markup:
    """JSON for the script in a non-executed ``<script type="application/json">`` block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return Markup(f'<script type="application/json" id="{element_id}">{text}</script>')


def page(title: str, body: Child, *, current: str = "", head: Child = None) -> str:
    """A whole HTML document. ``title`` is text; ``body`` goes inside ``<main>``."""
    document = el(
        "html",
        el(
            "head",
            el("meta", charset="utf-8"),
            el("meta", name="viewport", content="width=device-width, initial-scale=1"),
            el("meta", name="color-scheme", content="light dark"),
            el("title", f"{title} · termbase"),
            el("link", rel="stylesheet", href=static.url("termbase.css")),
            el("link", rel="icon", href=static.url("favicon.svg"), type="image/svg+xml"),
            el("script", src=static.url("termbase.js"), defer=True),
            head,
        ),
        el(
            "body",
            el("a", "Skip to content", href="#main", class_="skip"),
            el(
                "header",
                el("a", "termbase", href="/", class_="brand"),
                _nav(current),
                class_="site",
            ),
            el("main", body, id="main", tabindex="-1"),
            el(
                "footer",
                el("p", f"termbase {__version__} · ", el("a", "JSON API", href="/docs")),
                class_="site",
            ),
            el("div", id="announcer", class_="visually-hidden", role="status", aria_live="polite"),
        ),
        lang="en",
    )
    return "<!doctype html>\n" + render(document)
