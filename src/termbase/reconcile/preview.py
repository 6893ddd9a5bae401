"""The preview card OpenRefine shows in an iframe when a candidate is hovered, and the shorter
flyout the suggest widget shows: small, every value escaped, no scripts, no external resources."""

from __future__ import annotations

from html import escape

from termbase.model import Entry, Status
from termbase.reconcile.vocabulary import type_name
from termbase.wire.entries import renderings_by_language

WIDTH = 420
HEIGHT = 190
MAX_RENDERINGS = 6
_USABLE = (Status.PREFERRED, Status.ADMITTED)
_STYLE = (
    "body{font:13px/1.35 system-ui,sans-serif;margin:6px;color:#111;background:#fff}"
    "h1{font-size:15px;margin:0 0 2px}p{margin:2px 0}.k{color:#555}.n{font-size:15px}"
    "dl{margin:4px 0;display:grid;grid-template-columns:auto 1fr;gap:0 8px}dt{color:#555}dd{margin:0}"
)


def _native(entry: Entry) -> str:
    parts = []
    for term in entry.native_terms():
        if term.status in _USABLE:
            reading = f" <span class=k>({escape(term.reading)})</span>" if term.reading else ""
            parts.append(f"<span lang={escape(term.lang)}>{escape(term.form)}</span>{reading}")
    return " · ".join(parts)


def _renderings(entry: Entry) -> str:
    rows = [
        (row.name, row.text) for group in renderings_by_language(entry).values() for row in group if row.text
    ]
    items = [f"<dt>{escape(name)}</dt><dd>{escape(text)}</dd>" for name, text in rows[:MAX_RENDERINGS]]
    return f"<dl>{''.join(items)}</dl>" if items else ""


def _heading(entry: Entry) -> str:
    return (
        f"<h1>{escape(entry.label)}</h1><p class=k>{escape(type_name(entry.kind))} · {escape(entry.id)}</p>"
    )


def preview_html(entry: Entry, *, view_url: str) -> str:
    """A whole HTML page: label, kind, gloss, native forms with readings, a few renderings, a link."""
    native = _native(entry)
    body = [
        _heading(entry),
        f"<p class=n>{native}</p>" if native else "",
        f"<p>{escape(entry.gloss)}</p>" if entry.gloss else "",
        _renderings(entry),
        f'<p><a href="{escape(view_url)}" target="_blank" rel="noopener">Open the entry</a></p>',
    ]
    return (
        '<!doctype html><html lang=en><meta charset="utf-8">'
        f"<title>{escape(entry.label)}</title><style>{_STYLE}</style>"
        f"<body>{''.join(body)}</body></html>"
    )


def flyout_html(entry: Entry) -> str:
    """A fragment for the suggest widget's flyout: label, kind, native forms, gloss."""
    native = _native(entry)
    parts = [
        f"<p><strong>{escape(entry.label)}</strong> <em>{escape(type_name(entry.kind))}</em></p>",
        f"<p>{native}</p>" if native else "",
        f"<p>{escape(entry.gloss)}</p>" if entry.gloss else "",
    ]
    return "".join(parts)
