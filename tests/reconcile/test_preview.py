"""The preview card and flyout: everything escaped, nothing executable."""

from __future__ import annotations

from dataclasses import replace

from termbase.reconcile.preview import flyout_html, preview_html
from termbase.service import Termbase

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_every_value_is_escaped(names: Termbase) -> None:
    entry = names.entry("nosaka-sanzo")
    hostile = replace(
        entry,
        gloss=HOSTILE,
        id='x"><script>',
        terms=(replace(entry.terms[0], form=HOSTILE), *entry.terms[1:]),
    )
    for html in (
        preview_html(hostile, view_url='https://example.org/entries/x"><script>'),
        flyout_html(hostile),
    ):
        assert "<script" not in html and "<img" not in html
        assert "&lt;script&gt;" in html


def test_card_content(names: Termbase) -> None:
    page = preview_html(names.entry("mao-zedong"), view_url="https://example.org/entries/mao-zedong")
    assert "Mao Zedong" in page and "毛泽东" in page and "Máo Zédōng" in page and "Person" in page
    assert "Wade–Giles" in page or "Hanyu Pinyin" in page
    assert len(page) < 4000
