"""The HTML builder escapes by default; the JSON data block cannot close its script element."""

from __future__ import annotations

import json

from termbase.web.html import Markup, el, join, render
from termbase.web.layout import data_block
from termbase.web.parts import matched_lang, native, query_lang, replacement_lang


def test_text_and_attributes_are_escaped() -> None:
    out = el("a", '<script>alert("x")</script>', href='/?q="><img src=x onerror=alert(1)>')
    assert out == (
        '<a href="/?q=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">'
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a>"
    )


def test_markup_passes_through_and_nests() -> None:
    inner = el("b", "a & b")
    assert el("p", "x ", inner, [" ", None, 3]) == "<p>x <b>a &amp; b</b> 3</p>"
    assert render(Markup("<br>")) == "<br>"
    assert join(["a", el("i", "b"), "c"], ", ") == "a, <i>b</i>, c"


def test_attribute_names_booleans_and_void_elements() -> None:
    out = el(
        "input", class_="q", aria_describedby="help", data_copy="x", hidden=True, checked=False, value=None
    )
    assert out == '<input class="q" aria-describedby="help" data-copy="x" hidden>'


def test_data_block_cannot_end_its_script_element() -> None:
    block = data_block("labels", {"x": "</script><script>alert(1)</script>"})
    assert block.count("</script>") == 1
    payload = block.removeprefix('<script type="application/json" id="labels">').removesuffix("</script>")
    assert json.loads(payload) == {"x": "</script><script>alert(1)</script>"}


def test_native_forms_carry_their_reading_as_ruby() -> None:
    assert native("野坂参三", "ja", "のさか さんぞう") == (
        '<ruby lang="ja" class="form native">野坂参三<rp>(</rp><rt>のさか さんぞう</rt><rp>)</rp></ruby>'
    )
    pinyin = native("毛泽东", "zh-Hans", "Máo Zédōng")
    assert '<ruby lang="zh-Hans"' in pinyin and '<rt lang="zh-Latn">Máo Zédōng</rt>' in pinyin
    assert native("Цицикар", "ru", None) == '<span lang="ru" class="form native">Цицикар</span>'


def test_replacement_lang_follows_the_script() -> None:
    assert replacement_lang("Chiang Kai-shek", "en") == "en"
    assert replacement_lang("Nosaka Sanzō", "ja-Latn") == "ja-Latn"
    assert replacement_lang("Nosaka Sanzō", "ru") == "en"
    assert replacement_lang("Чан Кайши", "ru") == "ru"


def test_matched_lang_marks_readings_as_romanized() -> None:
    assert matched_lang("Jítián Mào", "zh") == "zh-Latn"
    assert matched_lang("吉田茂", "ja") == "ja"
    assert matched_lang("Mao Tse-tung", "zh-Latn") == "zh-Latn"
    assert matched_lang("Mao Zedong", "en") == "en"


def test_query_lang_comes_from_the_script() -> None:
    assert query_lang("Mao Tse-tung") is None
    assert query_lang("Цицикар") == "ru"
    assert query_lang("のさか") == "ja"
    assert query_lang("毛泽东") == ""
    assert query_lang("毛泽东", "zh") == "zh"
