"""End-to-end: the page in headless Chromium against the running service and the bundled glossary.

Every test's page fails it on a request to another origin or an error in the page (see
``conftest.Watch``), so these also show that the page is self-contained and its script is
allowed by the Content-Security-Policy.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.web.conftest import open_context

pytestmark = pytest.mark.browser

NATIVE_TEXT_WITHOUT_LANG = """() => {
  const native = /[\\u0400-\\u04ff\\u3040-\\u30ff\\u3400-\\u9fff\\u3100-\\u312f]/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const bad = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const holder = node.parentElement;
    if (!native.test(node.data) || holder.closest("script, textarea")) continue;
    if (holder.closest("[lang]").lang === "en") bad.push(node.data.trim());
  }
  return bad;
}"""


def search(page: Any, query: str) -> None:
    page.goto("/")
    page.evaluate("window.stillHere = true")
    page.locator("#q").press_sequentially(query, delay=15)


@pytest.mark.parametrize(
    ("query", "entry_id", "native"),
    [
        ("Mao Tse-tung", "mao-zedong", "毛泽东"),
        ("Цицикар", "qiqihar", "齐齐哈尔"),
        ("Nosaka Sanzo", "nosaka-sanzo", "野坂参三"),
    ],
)
def test_typing_finds_the_entry(page: Any, query: str, entry_id: str, native: str) -> None:
    search(page, query)
    first = page.locator("#results .result").first
    expect(first.locator("a.result-link")).to_have_attribute("href", f"/entries/{entry_id}")
    expect(page.locator("#status")).to_have_text(re.compile(r"^\d+ results? for “" + re.escape(query) + "”"))
    expect(first.locator(".native-forms")).to_contain_text(native)
    assert page.evaluate("window.stillHere") is True, "the page reloaded instead of searching as you type"
    assert page.evaluate("location.search").startswith("?q=")
    assert page.evaluate(NATIVE_TEXT_WITHOUT_LANG) == []


def test_results_say_why_they_matched(page: Any) -> None:
    search(page, "Mao Tse-tung")
    first = page.locator("#results .result").first
    expect(first.locator(".badge-match")).to_have_text("✓ Confident match")
    expect(first.locator(".matched")).to_have_text("Matched Mao Tse-tung · Admitted · exact form")
    expect(first.locator(".native-forms [lang='zh-Hans']")).to_contain_text("毛泽东")
    expect(first.locator(".native-forms [lang='zh-Hant']")).to_contain_text("毛澤東")
    search(page, "Nosaka Sanzo")
    first = page.locator("#results .result").first
    expect(first.locator(".status-deprecated")).to_have_text("⚠ Deprecated")
    expect(first.locator(".advice strong")).to_have_text("Nosaka Sanzō")
    search(page, "Ch'i-ch'i-ha-erh")
    expect(page.locator("#results .result .matched").first).to_contain_text("Wade–Giles")


def test_typing_is_debounced(page: Any) -> None:
    lookups: list[str] = []
    page.on("request", lambda request: lookups.append(request.url) if "/v1/lookup" in request.url else None)
    search(page, "Lavrentii Beria")
    expect(page.locator("#results .result").first).to_contain_text("Beria")
    assert 1 <= len(lookups) <= 4, lookups


def test_keyboard_alone_reaches_and_opens_a_result(page: Any) -> None:
    search(page, "Mao Tse-tung")
    expect(page.locator("#results .result-link").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.className") == "result-link"
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/entries/mao-zedong")
    expect(page.locator("h1")).to_contain_text("Mao Zedong")


def test_slash_returns_to_the_search_box(page: Any) -> None:
    page.goto("/?q=Mao")
    page.locator("h1").click()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"


def test_unknown_query_shows_the_empty_state(page: Any) -> None:
    search(page, "Xqzzyvv Plorf")
    expect(page.locator("#empty")).to_contain_text("Check the spelling")
    expect(page.locator("#empty")).to_contain_text("another script")
    expect(page.locator("#empty a", has_text="Romanize")).to_have_attribute(
        "href", "/romanize?text=Xqzzyvv%20Plorf"
    )
    expect(page.locator("#status")).to_have_text("No entry matches “Xqzzyvv Plorf”.")
    expect(page.locator("#results")).to_be_hidden()


def test_service_down_is_an_error_not_an_empty_list(page: Any) -> None:
    page.route("**/v1/lookup*", lambda route: route.abort("connectionrefused"))
    search(page, "Mao")
    expect(page.locator("#feedback .error")).to_contain_text("did not answer")
    expect(page.locator("#feedback .error")).to_have_attribute("role", "alert")
    expect(page.locator("#status")).to_have_text("Search failed.")


def test_problem_details_are_shown(page: Any) -> None:
    body = (
        '{"type": "/problems/invalid-input", "title": "Invalid input", "status": 400, "detail": "odd query"}'
    )
    page.route(
        "**/v1/lookup*",
        lambda route: route.fulfill(status=400, content_type="application/problem+json", body=body),
    )
    search(page, "Mao")
    expect(page.locator("#feedback .error")).to_contain_text("odd query")


def test_entry_page_shows_the_renderings_table(page: Any) -> None:
    page.goto("/entries/mao-zedong")
    table = page.locator("table.renderings").first
    expect(table.locator("caption")).to_contain_text("Máo Zédōng")
    wade_giles = table.locator(
        "tbody tr", has=page.locator(".system-name", has_text=re.compile(r"^Wade–Giles$"))
    )
    expect(wade_giles.locator("td").first).to_contain_text("Mao Tse-tung")
    pinyin = table.locator("tbody tr", has=page.locator(".system-name", has_text="Hanyu Pinyin (tone marks)"))
    expect(pinyin.locator("td").first).to_contain_text("Máo Zédōng")
    expect(page.locator("dl.preferred ruby[lang='zh-Hans'] rt")).to_have_text("Máo Zédōng")
    assert table.locator("tbody tr").count() >= 5
    assert page.evaluate(NATIVE_TEXT_WITHOUT_LANG) == []


def test_copy_button_copies(browser: Any, live_server: str) -> None:
    context, watch = open_context(browser, live_server, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto("/entries/mao-zedong")
    row = page.locator(
        "table.renderings tbody tr", has=page.locator(".system-name", has_text=re.compile(r"^Wade–Giles$"))
    )
    button = row.locator("td").first.locator("button.copy")
    expect(button).to_be_visible()
    button.click()
    expect(button).to_have_text("Copied")
    expect(page.locator("#announcer")).to_have_text("Copied Mao Tse-tung")
    assert page.evaluate("navigator.clipboard.readText()") == "Mao Tse-tung"
    context.close()
    watch.check()


def test_copy_falls_back_without_the_clipboard_api(browser: Any, live_server: str) -> None:
    context, watch = open_context(browser, live_server, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page.goto("/entries/nosaka-sanzo")
    page.locator("h1 button.copy").click()
    expect(page.locator("#announcer")).to_have_text("Copied Nosaka Sanzō")
    reader = context.new_page()
    reader.goto("/")
    assert reader.evaluate("navigator.clipboard.readText()") == "Nosaka Sanzō"
    context.close()
    watch.check()


def test_search_works_without_javascript(browser: Any, live_server: str) -> None:
    context, watch = open_context(browser, live_server, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.locator("#q").fill("Mao Tse-tung")
    page.locator("#q").press("Enter")
    page.wait_for_url(re.compile(r"/\?q=Mao\+Tse-tung"))
    expect(page.locator("#results a.result-link").first).to_have_attribute("href", "/entries/mao-zedong")
    expect(page.locator("#status")).to_contain_text("for “Mao Tse-tung”")
    page.goto("/entries/mao-zedong")
    expect(page.locator("table.renderings").first).to_be_visible()
    expect(page.locator("button.copy").first).to_be_hidden()
    context.close()
    watch.check()


def test_romanize_box(page: Any) -> None:
    page.goto("/romanize")
    page.locator("#text").fill("野坂参三")
    output = page.locator("#romanize-output")
    expect(output.locator(".provenance-glossary")).to_contain_text("のさか さんぞう")
    hepburn = output.locator("tr", has=page.locator("th", has_text="Modified Hepburn"))
    expect(hepburn.locator("td")).to_contain_text("Nosaka Sanzō")
    page.locator("#system").select_option("kunrei")
    expect(page.locator("#romanize-lang")).to_have_value("ja")
    expect(output.locator("tbody tr")).to_have_count(1)
    expect(output.locator("tbody td")).to_contain_text("Nosaka Sanzô")
    assert "system=kunrei" in page.evaluate("location.search")
    page.locator("#text").fill("山田花子")
    expect(output.locator(".provenance-machine")).to_contain_text("Machine reading")
    page.locator("#system").select_option("all")
    page.locator("#romanize-lang").select_option("")
    page.locator("#text").fill("山田")
    expect(output.locator(".error[role='alert']")).to_contain_text("Chinese or Japanese")
    assert page.evaluate(NATIVE_TEXT_WITHOUT_LANG) == []


def test_narrow_window_does_not_scroll_sideways(browser: Any, live_server: str) -> None:
    context, watch = open_context(browser, live_server, viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in ("/?q=Mao", "/entries/nosaka-sanzo", "/entries/mao-zedong", "/romanize?text=野坂参三"):
        page.goto(path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    context.close()
    watch.check()
