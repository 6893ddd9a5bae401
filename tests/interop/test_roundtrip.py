"""Export -> import -> export is lossless (TBX v3, TBX v2, JSON) for the bundled and fixture glossaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.glossary.loader import load
from termbase.interop import export_glossary, import_file, write_glossaries
from termbase.model import Glossary
from termbase.service import Termbase

FORMATS = ["tbx", "tbx2", "json"]


def roundtrip(glossary: Glossary, fmt: str, folder: Path) -> tuple[str, Glossary, str, list[str]]:
    first = export_glossary(glossary, fmt).text
    result = import_file(first.encode("utf-8"), name=f"export.{fmt}")
    again = load(write_glossaries(result.groups, folder))
    return first, again, export_glossary(again, fmt).text, result.warnings


@pytest.mark.parametrize("fmt", FORMATS)
def test_fixture_glossary_roundtrips(names: Termbase, fmt: str, tmp_path: Path) -> None:
    first, again, second, warnings = roundtrip(names.glossary, fmt, tmp_path / "names")
    assert warnings == []
    assert second == first
    assert again.entries == names.glossary.entries  # every field, term order included
    assert again.infos == names.glossary.infos


@pytest.mark.parametrize("fmt", FORMATS)
def test_bundled_glossary_roundtrips(bundled: Termbase, fmt: str, tmp_path: Path) -> None:
    first, again, second, warnings = roundtrip(bundled.glossary, fmt, tmp_path / "bundled")
    assert warnings == []
    assert second == first
    assert again.entries == bundled.glossary.entries
    assert again.infos == bundled.glossary.infos


def test_roundtrip_keeps_what_tbx_basic_cannot_type(names: Termbase, tmp_path: Path) -> None:
    """erroneous, readings, systems, term types, relation notes survive the TBX v3 trip."""
    _, again, _, _ = roundtrip(names.glossary, "tbx", tmp_path / "names")
    chiang = again.by_id["chiang-kai-shek"]
    wrong = next(t for t in chiang.terms if t.form == "Chang Kai-shek")
    assert wrong.status.value == "erroneous" and "Misspelling" in wrong.note
    nosaka = again.by_id["nosaka-sanzo"]
    ru = next(t for t in nosaka.terms if t.lang == "ru")
    assert (ru.system, ru.type.value) == ("polivanov", "transliteration")
    assert next(t for t in nosaka.terms if t.lang == "ja").reading == "のさか さんぞう"
    assert [t.lang for t in nosaka.terms] == ["en", "ja", "en", "ru"]  # not regrouped by language


def test_tbx_carries_each_terms_verification(bundled: Termbase, tmp_path: Path) -> None:
    for fmt in ("tbx", "tbx2"):
        text = export_glossary(bundled.glossary, fmt).text
        assert "<note>[verification] reconstructed</note>" in text
        groups = import_file(text.encode("utf-8"), name=f"x.{fmt}").groups
        again = load(write_glossaries(groups, tmp_path / fmt))
        before = [t.verification for e in bundled.glossary.entries for t in e.terms]
        assert [t.verification for e in again.entries for t in e.terms] == before
