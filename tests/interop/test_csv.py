"""CSV/TSV layouts for CAT tools, and the spreadsheet formula-injection guard."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termbase.errors import InputError
from termbase.interop import export_glossary
from termbase.interop.csvio import guard, unguard
from termbase.model import Glossary, Status, Term, TermType
from termbase.service import Termbase


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("  =1+1", "'  =1+1"),
        ("＝1+1", "'＝1+1"),
        ("Mao Zedong", "Mao Zedong"),
        ("野坂参三", "野坂参三"),
        ("Kai-shek", "Kai-shek"),
        ("", ""),
    ],
)
def test_guard(cell: str, written: str) -> None:
    assert guard(cell) == written


@given(st.text())
def test_guard_is_reversible_and_safe(cell: str) -> None:
    written = guard(cell)
    assert unguard(written) == cell
    assert not written.lstrip(" ").startswith(("=", "+", "-", "@", "＝", "＋", "－", "＠"))
    assert not written.startswith(("\t", "\r"))


def _hostile(glossary: Glossary) -> Glossary:
    entry = glossary.entries[0]
    evil = Term(form="=cmd|'/c calc'!A1", lang="en", status=Status.ADMITTED, type=TermType.VARIANT)
    changed = dataclasses.replace(entry, terms=(*entry.terms, evil), gloss="@SUM(1+1)*cmd")
    return Glossary(glossary.infos, (changed, *glossary.entries[1:]))


@pytest.mark.parametrize("layout", ["memoq", "multiterm", "phrase", "omegat"])
def test_no_cell_can_start_a_formula(names: Termbase, layout: str) -> None:
    text = export_glossary(_hostile(names.glossary), "csv", layout=layout).text
    rows = [line.split("\t") for line in text.splitlines()] if layout == "omegat" else _rows(text)
    cells = [cell for row in rows for cell in row]
    assert any("cmd|" in cell for cell in cells) or layout == "phrase"
    assert not [c for c in cells if c.lstrip(" ").startswith(("=", "+", "-", "@")) or c.startswith("\t")]


def test_memoq_layout(names: Termbase) -> None:
    result = export_glossary(names.glossary, "csv", layout="memoq")
    assert result.text.startswith("\ufeff") and result.media_type.startswith("text/csv")
    header, *rows = _rows(result.text)
    assert header[:3] == ["Entry_Subject", "Entry_Note", "en"] and "ja" in header
    row = dict(
        zip(
            header,
            rows[[r[1] for r in rows].index(next(r[1] for r in rows if "[qiqihar]" in r[1]))],
            strict=True,
        )
    )
    assert (
        row["en"] == "Qiqihar | Tsitsihar"
        and row["zh-Hans"] == "齐齐哈尔"
        and row["Entry_Subject"] == "place"
    )
    chiang = next(r for r in rows if "[chiang-kai-shek]" in r[1])
    assert "Do not use: Chang Kai-shek (en, erroneous" in chiang[1]


def test_multiterm_and_phrase_layouts(names: Termbase) -> None:
    header, *rows = _rows(export_glossary(names.glossary, "csv", layout="multiterm").text)
    assert header[:6] == ["Entry ID", "Kind", "Gloss", "Definition", "Note", "Do not use"]
    assert rows[0][0] == "nosaka-sanzo"
    phrase = export_glossary(names.glossary, "csv", layout="phrase").text
    assert not phrase.startswith("\ufeff")
    header, *rows = _rows(phrase)
    assert header[:4] == ["term", "description", "translatable", "case sensitive"] and "en" not in header
    beria = dict(zip(header, next(r for r in rows if r[0] == "Lavrentii Beria"), strict=True))
    assert beria["ru"] == "Лаврентий Берия" and beria["ja"] == "ベリヤ"


def test_omegat_layout(names: Termbase) -> None:
    result = export_glossary(names.glossary, "csv", layout="omegat", target="en")
    assert result.filename.endswith(".utf8") and result.media_type.startswith("text/tab-separated-values")
    lines = [line.split("\t") for line in result.text.splitlines()]
    assert all(len(line) == 3 for line in lines)
    assert ["Носака Сандзо", "Nosaka Sanzō"] in [line[:2] for line in lines]
    chang = next(line for line in lines if line[0] == "Chang Kai-shek")
    assert chang[1] == "Chiang Kai-shek" and chang[2].startswith("erroneous: ")
    ru = export_glossary(names.glossary, "csv", layout="omegat", target="ru").text
    assert "Mao Zedong" not in ru and "Nosaka Sanzō\tНосака Сандзо" in ru


def test_unknown_layout_and_target(names: Termbase) -> None:
    with pytest.raises(InputError, match="unknown CSV layout"):
        export_glossary(names.glossary, "csv", layout="excel")
    with pytest.raises(InputError, match="unknown target language"):
        export_glossary(names.glossary, "csv", layout="omegat", target="xx")
