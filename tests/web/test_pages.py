"""The HTML routes without a browser: what the server renders (the page works without script)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.model import TermVerification
from termbase.service import Termbase
from termbase.web import static
from tests.web.conftest import parse

CJK_OR_CYRILLIC = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\u3100-\u312f]")


def texts(tree, xpath: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


def unlabelled_native_text(tree) -> list[str]:  # type: ignore[no-untyped-def]
    """Text in a native script whose nearest ``lang`` is the page's ``en``."""
    bad = []
    for node in tree.iter():
        if node.tag in ("script", "textarea") or not isinstance(node.tag, str):
            continue
        for text in (node.text, *(child.tail for child in node)):
            if text and CJK_OR_CYRILLIC.search(text):
                lang = next(a.get("lang") for a in (node, *node.iterancestors()) if a.get("lang"))
                if lang == "en":
                    bad.append(text.strip())
    return bad


def test_search_page_is_a_plain_form(client: TestClient) -> None:
    response = client.get("/")
    tree = parse(response)
    form = tree.get_element_by_id("search-form")
    assert (form.get("action"), form.get("method"), form.get("role")) == ("/", "get", "search")
    assert tree.xpath("//label[@for='q']") and tree.get_element_by_id("q").get("name") == "q"
    assert tree.get_element_by_id("results").get("hidden") is not None
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_query_renders_results_on_the_server(client: TestClient) -> None:
    tree = parse(client.get("/", params={"q": "Mao Tse-tung"}))
    assert tree.xpath("//ol[@id='results']/li//a/@href") == ["/entries/mao-zedong"]
    assert texts(tree, "//p[@id='status']") == ["1 result for “Mao Tse-tung”."]
    assert texts(tree, "//li[@class='result']//*[contains(@class, 'badge-match')]") == ["✓ Confident match"]
    matched = texts(tree, "//p[@class='matched']")[0]
    assert "Mao Tse-tung" in matched and "Wade–Giles" in matched
    assert tree.xpath("//p[@class='native-forms']/ruby[@lang='zh-Hans']/text()") == ["毛泽东"]
    assert tree.xpath("//p[@class='native-forms']/ruby[@lang='zh-Hant']/rt[@lang='zh-Latn']/text()") == [
        "Máo Zédōng"
    ]
    assert unlabelled_native_text(tree) == []


def test_erroneous_hit_names_the_preferred_form(client: TestClient) -> None:
    tree = parse(client.get("/", params={"q": "Chang Kai-shek"}))
    assert texts(tree, "//span[contains(@class, 'status-erroneous')]") == ["✗ Erroneous"]
    assert texts(tree, "//p[@class='advice']") == [
        "Misspelling in the article; write Chiang Kai-shek. Use Chiang Kai-shek instead."
    ]


def test_ambiguous_query_has_no_confident_match(client: TestClient) -> None:
    tree = parse(client.get("/", params={"q": "Yoshida"}))
    assert len(tree.xpath("//li[@class='result']")) == 2
    assert not tree.xpath("//*[contains(@class, 'badge-match')]")


def test_unknown_query_shows_what_to_try(client: TestClient) -> None:
    tree = parse(client.get("/", params={"q": "Xqzzyvv", "lang": "en"}))
    empty = texts(tree, "//div[@id='empty']")[0]
    assert "Check the spelling" in empty and "another script" in empty
    assert tree.xpath("//div[@id='empty']//a/@href") == ["/?q=Xqzzyvv", "/romanize?text=Xqzzyvv"]
    assert texts(tree, "//p[@id='status']") == ["No entry matches “Xqzzyvv”."]


def test_bad_queries_show_the_api_message(client: TestClient) -> None:
    response = client.get("/", params={"q": "x" * 201})
    assert response.status_code == 400
    assert "the limit is 200" in texts(parse(response), "//div[@class='error']")[0]
    response = client.get("/", params={"q": "Mao", "lang": "xx"})
    assert response.status_code == 400 and "unknown language" in response.text


def test_query_text_is_escaped(client: TestClient) -> None:
    response = client.get("/", params={"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_entry_page_has_renderings_by_system(client: TestClient) -> None:
    tree = parse(client.get("/entries/nosaka-sanzo"))
    assert texts(tree, "//h1") == ["Nosaka Sanzō Copy"]
    rows = {
        " ".join(row.xpath("string(th)").split()): [
            " ".join(td.text_content().split()) for td in row.xpath("td")
        ]
        for row in tree.xpath("//table[@class='renderings']/tbody/tr")
    }
    assert rows["Modified Hepburn"] == ["Nosaka Sanzō Copy", "Sanzō Nosaka Copy"]
    assert rows["Kunrei-shiki (ISO 3602)"] == ["Nosaka Sanzô Copy", "Sanzô Nosaka Copy"]
    polivanov = next(k for k in rows if k.startswith("Polivanov"))
    assert polivanov.endswith("In glossary: ★ Preferred")
    heads = texts(tree, "(//table[@class='renderings'])[1]/thead//th")
    assert heads == ["System", "Family name first", "Given name first"]
    assert tree.xpath("//table[@class='renderings']//td/span[@lang='ja-Cyrl' or @lang='ru']/text()")
    assert unlabelled_native_text(tree) == []


def test_entry_page_marks_deprecated_forms_in_words(client: TestClient) -> None:
    tree = parse(client.get("/entries/nosaka-sanzo"))
    row = tree.xpath("//table[@class='forms']//tr[contains(@class, 'term-deprecated')]")[0]
    assert row.xpath("td[1]/s//text()")[0] == "Nosaka Sanzo"
    cells = [" ".join(td.text_content().split()) for td in row.xpath("td")]
    assert cells[2] == "⚠ Deprecated"
    assert cells[3] == "Missing macron; write Nosaka Sanzō. Use Nosaka Sanzō instead."
    assert tree.xpath("//dl[@class='preferred']//ruby[@lang='ja']/rt/text()") == ["のさか さんぞう"]


def test_every_form_has_a_copy_button(client: TestClient) -> None:
    tree = parse(client.get("/entries/chiang-kai-shek"))
    copies = set(tree.xpath("//button[@class='copy']/@data-copy"))
    forms = set(tree.xpath("//table[@class='forms']//td[1]//*[@lang]/text()"))
    assert forms <= copies and {"Chiang Kai-shek", "蔣介石", "Чан Кайши"} <= copies
    assert all(b.get("hidden") is not None for b in tree.xpath("//button[@class='copy']"))


def test_entry_page_shows_verification_notes_sources_relations(client: TestClient) -> None:
    tree = parse(client.get("/entries/japanese-communist-party"))
    assert texts(tree, "//p[@class='notice']") == [
        "Unverified. The reading has not been checked against a printed source."
    ]
    assert "A political party founded in 1922." in texts(tree, "//section/p")
    assert tree.xpath("//section[@aria-labelledby='related-h']//a/@href") == ["/entries/nosaka-sanzo"]
    assert texts(tree, "//section[@aria-labelledby='sources-h']//li") == ["The seed article — n. 41"]


def test_unknown_entry_is_a_helpful_404_page(client: TestClient) -> None:
    response = client.get("/entries/nosaka-sanz")
    assert response.status_code == 404
    tree = parse(response)
    assert texts(tree, "//h1") == ["No such entry"]
    assert "/entries/nosaka-sanzo" in tree.xpath("//ul[@class='suggestions']//a/@href")
    assert tree.get_element_by_id("q").get("value") == "nosaka sanz"


def test_romanize_box_uses_glossary_readings(client: TestClient) -> None:
    tree = parse(client.get("/romanize", params={"text": "野坂参三"}))
    assert texts(tree, "//p[contains(@class, 'provenance')]")[0].startswith(
        "Glossary reading のさか さんぞう"
    )
    rows = dict(
        zip(
            texts(tree, "//table[@class='spellings']//th[@scope='row']"),
            texts(tree, "//table[@class='spellings']//td"),
            strict=True,
        )
    )
    assert rows["Modified Hepburn"] == "Nosaka Sanzō Copy"
    assert {o.get("value") for o in tree.xpath("//select[@id='system']//option")} >= {
        "all",
        "kunrei",
        "wade-giles",
    }


def test_romanize_box_labels_machine_readings(client: TestClient) -> None:
    tree = parse(client.get("/romanize", params={"text": "東京", "system": "hepburn-modified"}))
    notice = texts(tree, "//p[contains(@class, 'provenance-machine')]")[0]
    assert notice.startswith("⚠ Machine reading") and "not checked by a person" in notice
    assert len(tree.xpath("//table[@class='spellings']/tbody/tr")) == 1


def test_romanize_box_shows_problems(client: TestClient) -> None:
    response = client.get("/romanize", params={"text": "山田"})
    assert response.status_code == 400
    assert "give lang=zh or lang=ja" in texts(parse(response), "//div[@class='error']")[0]
    response = client.get("/romanize", params={"text": "野坂参三", "system": "hepburm"})
    assert response.status_code == 400 and "unknown romanization system" in response.text


@pytest.mark.parametrize("path", ["/", "/?q=Mao", "/entries/mao-zedong", "/romanize", "/entries/x"])
def test_pages_link_only_to_files_that_exist(client: TestClient, path: str) -> None:
    tree = parse(client.get(path))
    local = tree.xpath("//link/@href | //script/@src")
    assert local and all(url.startswith("/static/") for url in local)
    for url in local:
        assert client.get(url).status_code == 200, url
    assert tree.get("lang") == "en"


def test_static_files_are_cached_by_version(client: TestClient) -> None:
    versioned = client.get(static.url("termbase.css"))
    assert versioned.headers["content-type"].startswith("text/css")
    assert "immutable" in versioned.headers["cache-control"]
    plain = client.get("/static/termbase.js")
    assert plain.headers["cache-control"] == "no-cache"
    assert (
        client.get("/static/termbase.js", headers={"If-None-Match": plain.headers["etag"]}).status_code == 304
    )
    assert client.get("/static/missing.js").status_code == 404
    assert client.get("/static/__init__.py").status_code == 404


def test_static_files_stay_small() -> None:
    sizes = {name: len(asset.body) for name, asset in static.assets().items()}
    assert sizes["termbase.js"] < 20_000 and sizes["termbase.css"] < 16_000, sizes


def test_entry_page_marks_terms_no_source_shows(bundled: Termbase) -> None:
    # Any article entry with a reconstructed term: which ones are changes as terms get checked.
    entry = next(
        e
        for e in bundled.glossary.entries
        if e.glossary == "article" and any(t.verification is TermVerification.RECONSTRUCTED for t in e.terms)
    )
    with TestClient(create_app(Settings(), termbase=bundled)) as client:
        page = client.get(f"/entries/{entry.id}").text
    assert "Not verified: reconstructed" in page and "glossary article" in page
