"""Every mention listed and linked: span, text as found, entry, matched form, how recognised."""

from __future__ import annotations

import pytest

from termbase.editor import Checked, CheckResult, HouseStyle, check_text
from termbase.service import Termbase
from termbase.wire import check_response, to_json
from tests.editor.conftest import ARTICLE

#: The systems that write a long o as ô (any of them may be the one named).
CIRCUMFLEX_SYSTEMS = {"hepburn-circumflex", "kunrei", "nihon-shiki"}
TEXT = (
    "Nosaka Sanzô spoke with Sanzō Nosaka and Mao Tse-tung; Chang Kai-shek's army.\n"
    "Носака Сандзо and 野坂参三 and Mao Zedong."
)


@pytest.fixture(scope="module")
def result(house: Termbase, scholarly: HouseStyle) -> CheckResult:
    return check_text(house.gazetteer, TEXT, scholarly)


def test_every_name_is_listed_in_text_order(result: CheckResult) -> None:
    assert [(m.found, m.entry) for m in result.linked] == [
        ("Nosaka Sanzô", "nosaka-sanzo"),
        ("Sanzō Nosaka", "nosaka-sanzo"),
        ("Mao Tse-tung", "mao-zedong"),
        ("Chang Kai-shek", "chiang-kai-shek"),
        ("Носака Сандзо", "nosaka-sanzo"),
        ("野坂参三", "nosaka-sanzo"),
        ("Mao Zedong", "mao-zedong"),
    ]
    assert result.mentions == len(result.linked) == 7


def test_spans_slice_the_text_and_lines_count_from_one(result: CheckResult) -> None:
    for mention in result.linked:
        assert TEXT[mention.start : mention.end] == mention.found
        line_start = TEXT.rfind("\n", 0, mention.start) + 1
        assert (mention.line, mention.column) == (
            TEXT.count("\n", 0, mention.start) + 1,
            mention.start - line_start + 1,
        )
    kana = result.linked[5]
    assert (kana.line, kana.column) == (2, 19)


def test_how_each_name_was_recognised(result: CheckResult) -> None:
    by_found = {m.found: m for m in result.linked}
    rendering = by_found["Nosaka Sanzô"]
    assert (rendering.how, rendering.lang, rendering.form) == ("rendering", "ja-Latn", "Nosaka Sanzô")
    assert rendering.system in CIRCUMFLEX_SYSTEMS
    assert by_found["Sanzō Nosaka"].how == "term-swapped"
    cyrillic = by_found["Носака Сандзо"]
    assert (cyrillic.how, cyrillic.lang, cyrillic.system) == ("term", "ru", "polivanov")
    assert (by_found["Chang Kai-shek"].status, by_found["Mao Tse-tung"].status) == ("erroneous", "admitted")
    assert {m.house for m in result.linked if m.entry == "nosaka-sanzo"} == {"Nosaka Sanzō"}


def test_mentions_carry_their_findings_reasons(result: CheckResult) -> None:
    findings = {f.start: f.reasons for f in result.findings}
    assert findings, "the text has findings"
    for mention in result.linked:
        assert mention.reasons == findings.get(mention.start, ())
    assert {m.found for m in result.linked if not m.reasons} == {"Носака Сандзо", "野坂参三", "Mao Zedong"}


def test_the_json_lists_every_mention(result: CheckResult) -> None:
    data = to_json(check_response(Checked(result)))
    assert len(data["mentions"]) == data["summary"]["mentions"] == 7
    assert data["mentions"][0].pop("system") in CIRCUMFLEX_SYSTEMS
    assert data["mentions"][0] == {
        "line": 1,
        "column": 1,
        "start": 0,
        "end": 12,
        "found": "Nosaka Sanzô",
        "id": "nosaka-sanzo",
        "label": "Nosaka Sanzō",
        "form": "Nosaka Sanzô",
        "lang": "ja-Latn",
        "status": "preferred",
        "house": "Nosaka Sanzō",
        "how": "rendering",
        "reasons": ["house-style", "inconsistent"],
    }


@pytest.mark.skipif(not ARTICLE.is_file(), reason="the seed article is not beside the repository")
def test_the_article_lists_every_finding_among_its_mentions(bundled: Termbase, scholarly: HouseStyle) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    result = bundled.check(text, scholarly).result
    assert len(result.linked) == result.mentions > 1000
    starts = {m.start: m for m in result.linked}
    for finding in result.findings:
        assert starts[finding.start].reasons == finding.reasons
    gare = next(m for m in result.linked if m.found == "GARE")
    assert (gare.entry, gare.status, gare.house) == ("garf", "erroneous", "GARF")
    assert all(text[m.start : m.end].split() == m.found.split() for m in result.linked)
    assert len({m.entry for m in result.linked}) == result.entries
