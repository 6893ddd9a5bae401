"""Pieces every page uses: forms with their ``lang``, ruby readings, status marks, copy buttons."""

from __future__ import annotations

from termbase.detect import scripts_of
from termbase.model import base_language
from termbase.web.html import Markup, el
from termbase.web.labels import STATUS_MARKS, STATUSES

_LATIN_TAGS = frozenset({"en", "de", "fr"})


def reading_lang(tag: str) -> str:
    """The tag of a term's reading: kana is Japanese; pinyin is romanized Chinese."""
    return "zh-Latn" if base_language(tag) == "zh" else tag


def form(text: str, lang: str, *, class_: str = "form") -> Markup:
    """A form in its language, so fonts and screen readers treat it right."""
    return el("span", text, lang=lang, class_=class_)


def matched_lang(text: str, lang: str) -> str:
    """The tag of a matched form: a ``zh`` term's pinyin reading is ``zh-Latn``, not ``zh``."""
    if lang in _LATIN_TAGS or "-" in lang or not set(scripts_of(text)) <= {"Latn"}:
        return lang
    return f"{lang}-Latn"


def native(text: str, lang: str, reading: str | None) -> Markup:
    """A native form, with its reading as ruby over it when it has one."""
    if not reading or reading == text:
        return form(text, lang, class_="form native")
    return el(
        "ruby",
        text,
        el("rp", "("),
        el("rt", reading, lang=reading_lang(lang) if reading_lang(lang) != lang else None),
        el("rp", ")"),
        lang=lang,
        class_="form native",
    )


def status(value: str) -> Markup:
    """A status in words, with a mark, so it does not rely on colour."""
    mark = STATUS_MARKS.get(value, "")
    label = STATUSES.get(value, value)
    return el("span", f"{mark} {label}" if mark else label, class_=f"status status-{value}")


def copy_button(text: str) -> Markup:
    """Copies ``text``; hidden until the script runs (it cannot work without it)."""
    return el(
        "button",
        "Copy",
        type="button",
        class_="copy",
        data_copy=text,
        aria_label=f"Copy {text}",
        hidden=True,
    )


def replacement_lang(text: str, matched_lang: str) -> str:
    """The tag of the form to use instead of a deprecated one: its own language's, or English.

    Lookup names the preferred form of the matched term's language, else the English one.
    """
    if any(script != "Latn" for script in scripts_of(text)):
        return matched_lang
    return matched_lang if matched_lang in _LATIN_TAGS or matched_lang.endswith("-Latn") else "en"


def query_lang(query: str, hint: str = "") -> str | None:
    """The ``lang`` of text a user typed (or a source's title): from its script, or ``""``
    (unknown) for Han alone.

    ``None`` for Latin text, which the page's ``en`` serves well enough.
    """
    scripts = set(scripts_of(query))
    if scripts <= {"Latn"}:
        return None
    for script, tag in (("Cyrl", "ru"), ("Hira", "ja"), ("Kana", "ja"), ("Bopo", "zh"), ("Hang", "ko")):
        if script in scripts:
            return tag
    return hint if hint in ("ja", "zh") else ""


def quoted(query: str, hint: str = "") -> Markup:
    """A user's query in quotation marks, in its language."""
    return el("span", "“", el("span", query, lang=query_lang(query, hint)), "”")


def dictionary_badge(glossary: str) -> Markup:
    """Marks open-dictionary data (JMnedict, CC-CEDICT): which glossary, and that no one reviewed it."""
    return el("span", f"{glossary} · dictionary data, unverified", class_="badge badge-dictionary")
