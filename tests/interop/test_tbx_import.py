"""TBX import: the official samples, v2 legacy files, DCT style, and what foreign files map to."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.glossary.loader import check, load
from termbase.interop import import_file, write_glossaries
from termbase.interop.tbx_entries import normalize_tag
from termbase.interop.tbx_import import import_tbx
from tests.interop.conftest import FIXTURES

SAMPLES = {
    "tbx3-basic-dca_Example_Astronomy_DCA_VALID.tbx": 39,
    "tbx3-basic-dca_oracle_TBX.tbx": 2,
    "tbx2-martif_LISA_Sample-tbx-v2.tbx": 5,
}


@pytest.mark.parametrize(("sample", "entries"), SAMPLES.items())
def test_official_samples_import_into_a_valid_glossary(
    tbx_specs: Path, tmp_path: Path, sample: str, entries: int
) -> None:
    result = import_file((tbx_specs / "samples" / sample).read_bytes(), name=sample)
    folder = write_glossaries(result.groups, tmp_path / "imported")
    report = check(folder)
    assert report.problems == []
    assert report.glossary is not None and len(report.glossary.entries) == entries


def test_astronomy_sample_maps_statuses_sources_and_definitions(tbx_specs: Path) -> None:
    name = "tbx3-basic-dca_Example_Astronomy_DCA_VALID.tbx"
    result = import_tbx((tbx_specs / "samples" / name).read_bytes(), name=name)
    entry = result.groups[0].entries[0]
    assert entry["definition"].startswith("A group of stars formed together")
    assert entry["verification"] == "unverified" and entry["kind"] == "term"
    assert "imported: Oxford2007" in entry["sources"]
    superseded = next(t for t in entry["terms"] if t["form"] == "galactic cluster")
    assert superseded["status"] == "deprecated" and "supersededTerm-admn-sts" in superseded["note"]
    assert "zu (6)" in result.warnings[0]  # languages we do not serve are counted, not silently lost
    assert any("transacGrp" in w for w in result.warnings)


def test_v2_sample_keeps_unmapped_categories_as_notes(tbx_specs: Path) -> None:
    name = "tbx2-martif_LISA_Sample-tbx-v2.tbx"
    result = import_tbx((tbx_specs / "samples" / name).read_bytes(), name=name)
    entries = {e["id"]: e for e in result.groups[0].entries}
    lens = entries["c3"]
    assert lens["definition"].startswith("corrective lenses used in eyeglasses")
    statuses = {t["form"]: t["status"] for t in lens["terms"]}
    assert statuses["progressive lens"] == "preferred" and statuses["PAL"] == "deprecated"
    assert next(t for t in lens["terms"] if t["form"] == "PAL")["type"] == "acronym"
    assert "partOfSpeech: noun" in entries["c2"]["terms"][0]["note"]
    assert any("no text" in w for w in result.warnings)  # the empty German term of c4


def test_legacy_doctype_and_regional_tags(tmp_path: Path) -> None:
    result = import_file((FIXTURES / "legacy-doctype.tbx").read_bytes(), name="legacy-doctype.tbx")
    (entry,) = result.groups[0].entries
    forms = {(t["lang"], t["form"]): t for t in entry["terms"]}
    assert ("en", "Tokyo") in forms and forms["en", "Tokio"]["status"] == "deprecated"
    assert forms["zh-Hant", "東京"]["reading"] == "Dōngjīng"  # Linguist-module reading kept
    assert ("ja", "東京") not in forms  # a Japanese kanji form without a reading is not guessed
    assert ("ja", "とうきょう") in forms  # kana needs no reading
    assert any("東京" in w and "no reading" in w for w in result.warnings)
    assert load(write_glossaries(result.groups, tmp_path / "g")).entries[0].gloss == "The capital of Japan."


def test_dct_style_and_term_level_reading() -> None:
    dct = """<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic"
     xmlns:ling="http://www.tbxinfo.net/ns/linguist">
 <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
 <text><body><conceptEntry id="C-7">
  <basic:definition>A city.</basic:definition>
  <langSec xml:lang="en"><termSec><term>Osaka</term>
   <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec></langSec>
  <langSec xml:lang="ja"><termSec><term>大阪</term><ling:reading>おおさか</ling:reading>
   <basic:termType>fullForm</basic:termType></termSec></langSec>
 </conceptEntry></body></text></tbx>""".encode()
    (entry,) = import_tbx(dct, name="dct.tbx").groups[0].entries
    assert entry["id"] == "c-7" and entry["definition"] == "A city."
    assert entry["terms"] == [
        {"lang": "en", "form": "Osaka", "status": "preferred"},
        {"lang": "ja", "form": "大阪", "reading": "おおさか", "status": "admitted"},
    ]


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("en-US", "en"),
        ("EN", "en"),
        ("zh-TW", "zh-Hant"),
        ("zh-CN", "zh-Hans"),
        ("zh_Hant_HK", "zh-Hant"),
        ("ja-Latn", "ja-Latn"),
        ("ru-RU", "ru"),
        ("es", "es"),
        ("ar", "ar"), ("xh", None),
        ("", None),
    ],
)
def test_language_tags_are_normalized(raw: str, tag: str | None) -> None:
    assert normalize_tag(raw) == tag


def test_a_second_preferred_term_is_demoted() -> None:
    two = b"""<martif type="TBX-Basic" xml:lang="en"><text><body><termEntry id="x">
      <langSet xml:lang="en">
       <tig><term>One</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
       <tig><term>Two</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      </langSet></termEntry></body></text></martif>"""
    result = import_tbx(two, name="two.tbx")
    assert [t["status"] for t in result.groups[0].entries[0]["terms"]] == ["preferred", "admitted"]
    assert any("now admitted" in w for w in result.warnings)


def test_not_tbx_is_a_format_error() -> None:
    from termbase.errors import FormatError

    with pytest.raises(FormatError, match="not a TBX file: the root element is <html>"):
        import_tbx(b"<html><body/></html>")
