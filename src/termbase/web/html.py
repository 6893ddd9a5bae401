"""A tiny HTML builder that escapes by default (the web page's templates are Python functions).

Every ``str`` is text and is escaped; only :class:`Markup` (what :func:`el` returns) passes
through unchanged. So a page is safe by construction, and mypy checks the templates::

    el("a", "Mao <Zedong>", href="/entries/mao-zedong", class_="label")
    -> '<a href="/entries/mao-zedong" class="label">Mao &lt;Zedong&gt;</a>'

Attribute names come from keywords: a trailing ``_`` is dropped (``class_``) and ``_`` becomes
``-`` (``aria_live``, ``data_copy``). ``True`` writes a bare attribute; ``None`` and ``False``
leave it out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TypeAlias

VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "source", "wbr"})


class Markup(str):
    """Text that is already HTML: inserted as is."""

    __slots__ = ()


Child: TypeAlias = "Markup | str | int | Iterable[Child] | None"
Attr: TypeAlias = str | int | bool | None


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def render(child: Child) -> Markup:
    """Children to HTML: text escaped, markup kept, ``None`` dropped, iterables joined."""
    if child is None:
        return Markup("")
    if isinstance(child, Markup):
        return child
    if isinstance(child, str):
        return Markup(escape(child))
    if isinstance(child, int):
        return Markup(str(child))
    return Markup("".join(render(c) for c in child))


def attributes(attrs: dict[str, Attr]) -> str:
    parts = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(f" {name}" if value is True else f' {name}="{escape(str(value))}"')
    return "".join(parts)


def el(tag: str, *children: Child, **attrs: Attr) -> Markup:
    """One element; ``tag`` and attribute names are code, never user input."""
    start = f"<{tag}{attributes(attrs)}>"
    if tag in VOID:
        return Markup(start)
    return Markup(f"{start}{render(children)}</{tag}>")


def join(children: Iterable[Child], separator: Child = None) -> Markup:
    """Children with ``separator`` (text or markup) between them."""
    out: list[Child] = []
    for i, child in enumerate(children):
        if i and separator is not None:
            out.append(separator)
        out.append(child)
    return render(out)
