"""The manuscript check on small texts: what is flagged, why, where, and what is left alone."""

from __future__ import annotations

from termbase.editor import HouseStyle, apply_fixes, check_text, load_style, unified_diff
from termbase.editor.html import html_report
from termbase.service import Termbase

TEXT = """Chiang Kai-shek and Mao Tse-tung met in 1945.
Later, Chang Kai-shek's army left. Nosaka Sanzo returned; Nosaka Sanzō wrote.
The Kwangtung army and the Kwantung Army were one. Shinji Yokote and Yokote Shinji agree.
Files are in GARE, F. 9401. See “Speeches of Mao Tse-tung” and Носака Сандзо.
"""


def _by_found(text: str, house: Termbase, style: HouseStyle) -> dict[str, tuple[str, ...]]:
    return {f.found: f.reasons for f in check_text(house.gazetteer, text, style).findings}


def test_findings_say_where_what_and_why(house: Termbase, scholarly: HouseStyle) -> None:
    result = check_text(house.gazetteer, TEXT, scholarly)
    found = {f.found: f for f in result.findings}
    assert found["Chang Kai-shek"].reasons == ("erroneous", "inconsistent")
    assert (found["Chang Kai-shek"].line, found["Chang Kai-shek"].column) == (2, 8)
    assert found["Chang Kai-shek"].suggestion == "Chiang Kai-shek"
    assert found["Nosaka Sanzo"].reasons == ("deprecated", "inconsistent")
    assert found["Kwangtung army"].suggestion == "Kwantung Army"
    assert found["GARE"].reasons == ("erroneous",) and found["GARE"].suggestion == "GARF"
    mao = found["Mao Tse-tung"]
    assert mao.reasons == ("house-style",) and mao.suggestion == "Mao Zedong" and "Scholarly" in mao.message
    yokote = found["Shinji Yokote"]
    assert yokote.reasons == ("house-style", "inconsistent") and yokote.message.startswith("name order")
    # Right spellings, native script, and names inside a quoted title are not findings.
    assert {"Chiang Kai-shek", "Nosaka Sanzō", "Kwantung Army", "Yokote Shinji", "Носака Сандзо"}.isdisjoint(
        found
    )
    assert sum(f.found == "Mao Tse-tung" for f in result.findings) == 1
    groups = {g.entry: dict(g.spellings) for g in result.groups}
    assert groups["chiang-kai-shek"] == {"Chiang Kai-shek": 1, "Chang Kai-shek": 1}
    assert groups["yokote-shinji"] == {"Shinji Yokote": 1, "Yokote Shinji": 1}


def test_fix_writes_the_house_forms_and_a_diff(house: Termbase, scholarly: HouseStyle) -> None:
    result = check_text(house.gazetteer, TEXT, scholarly)
    fixed = apply_fixes(TEXT, result.findings)
    assert "Chiang Kai-shek's army" in fixed and "Nosaka Sanzō returned" in fixed and "in GARF," in fixed
    assert "Yokote Shinji and Yokote Shinji" in fixed and "“Speeches of Mao Tse-tung”" in fixed
    assert check_text(house.gazetteer, fixed, scholarly).findings == ()
    diff = unified_diff(TEXT, fixed, old_name="a.txt", new_name="a.fixed.txt")
    assert diff.startswith("--- a.txt\n+++ a.fixed.txt\n") and "-Later, Chang Kai-shek's" in diff


def test_another_style_flags_other_spellings(house: Termbase) -> None:
    legacy = load_style("legacy-wade-giles")
    found = _by_found("Mao Zedong came to Qiqihar and Mao Tse-tung left.", house, legacy)
    assert found == {"Mao Zedong": ("house-style", "inconsistent"), "Qiqihar": ("house-style",)}
    ascii_found = _by_found("Nosaka Sanzo met Nosaka Sanzō.", house, load_style("plain-ascii"))
    assert ascii_found == {"Nosaka Sanzō": ("house-style", "inconsistent")}


def test_markdown_code_and_links_are_not_prose(house: Termbase, scholarly: HouseStyle) -> None:
    text = (
        "Use `Chang Kai-shek` in code.\n\n```\nGARE\n```\n\n"
        "[Chiang](https://x.org/Chang_Kai-shek) and *Chang Kai-shek*."
    )
    result = check_text(house.gazetteer, text, scholarly, fmt="markdown")
    assert [(f.found, f.line) for f in result.findings] == [("Chang Kai-shek", 7)]
    assert len(check_text(house.gazetteer, text, scholarly, fmt="text").findings) == 3


def test_html_report_is_escaped_and_script_free(house: Termbase, scholarly: HouseStyle) -> None:
    text = "<script>alert(1)</script> Chang Kai-shek & Mao Tse-tung"
    page = html_report(check_text(house.gazetteer, text, scholarly), title="<b>x</b>")
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page
    assert '<mark id="m1" class="erroneous"' in page and 'href="#f1"' in page and '<tr id="f1">' in page
    assert "Chiang Kai-shek" in page


def test_a_text_without_names_has_no_findings(house: Termbase, scholarly: HouseStyle) -> None:
    result = check_text(house.gazetteer, "Nothing here but prose, 1945–1956, and a list of men.", scholarly)
    assert (result.findings, result.groups, result.mentions) == ((), (), 0)


def test_a_sentence_ending_in_a_romanized_word_does_not_hide_the_next_name(bundled: Termbase) -> None:
    checked = bundled.check("They ate balanda. Mao Tse-tung met Beria.", fix=True)
    assert [f.found for f in checked.result.findings] == ["Mao Tse-tung"]
    assert checked.fixed == "They ate balanda. Mao Zedong met Beria."
    assert checked.remaining is not None and not checked.remaining.findings


def test_a_form_two_entries_share_is_linked_only_where_the_text_decides(bundled: Termbase) -> None:
    # Rote Armee is the Soviet and the Chinese Red Army (de-buergerkrieg in benchmarks/data/realtexts).
    def linked(text: str) -> list[str]:
        return [m.entry for m in bundled.check(text).result.linked if m.found == "Rote Armee"]

    assert linked("Die Rote Armee der Kommunistischen Partei Chinas wuchs.") == ["chinese-red-army"]
    assert linked("Die Rote Armee marschierte aus der Sowjetunion ein.") == ["red-army"]
    assert linked("Die Rote Armee marschierte.") == []
