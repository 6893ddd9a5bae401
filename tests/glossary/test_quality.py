"""Lemmas only, honest language tags and attested preferred forms (glossary/quality.py), and the
entry verification derived from its terms (glossary/build.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.cli.main import main
from termbase.glossary.loader import bundled_path, check, load
from termbase.glossary.quality import inflection
from termbase.model import Status, TermVerification, Verification

LEMMAS = frozenset({"plen", "narkom", "rossiia", "rossiya", "yaponskaia", "armiia", "россия", "японская"})


@pytest.mark.parametrize(
    "word",
    [
        "voennoplennykh",  # genitive plural (the article's titles)
        "военнопленных",
        "sovetskogo",  # adjective genitive
        "Советского",
        "plena",  # genitive of plen
        "Narkoma",  # genitive of Narkom
        "Rossii",  # genitive of Rossiia
        "России",
        "Yaponskoi",  # genitive of Yaponskaia
        "Японской",
    ],
)
def test_inflected_forms_are_detected(word: str) -> None:
    assert inflection(word, LEMMAS) is not None


@pytest.mark.parametrize("word", ["plen", "Narkom", "Rossiia", "Лаврентий", "Молотов", "Большой", "Moskva"])
def test_lemmas_pass(word: str) -> None:
    assert inflection(word, LEMMAS) is None


def test_surnames_in_ykh_are_not_genitives() -> None:
    assert inflection("Chernykh", LEMMAS, person=True) is None
    assert inflection("Chernykh", LEMMAS) is not None


def _write(tmp_path: Path, entries: str) -> Path:
    folder = tmp_path / "g"
    folder.mkdir()
    meta = "id: g\nname: G\ndescription: Test.\nlicence: CC0-1.0\nsources:\n  - {id: article, title: Seed}\n"
    (folder / "glossary.yaml").write_text(meta, encoding="utf-8")
    (folder / "entries.yaml").write_text(entries, encoding="utf-8")
    return folder


ENTRY = """- id: plen
  kind: term
  origin: ru
  gloss: Captivity
  sources: ["article: n. 23"]
  terms:
    - {{lang: en, form: captivity, status: preferred, verification: article}}
    - {{lang: ru, form: плен, status: {status}, verification: {verification}}}
"""


@pytest.mark.parametrize(
    ("verification", "status", "expected"),
    [
        ("checked", "preferred", Verification.VERIFIED),
        ("article", "preferred", Verification.VERIFIED),
        ("reconstructed", "admitted", Verification.UNVERIFIED),
        ("machine", "admitted", Verification.UNVERIFIED),
    ],
)
def test_entry_verification_is_derived_from_its_native_terms(
    tmp_path: Path, verification: str, status: str, expected: Verification
) -> None:
    entry = load(_write(tmp_path, ENTRY.format(status=status, verification=verification))).entries[0]
    assert entry.verification is expected
    if expected is Verification.UNVERIFIED:
        expected = f"Native terms no cited source attests: ru {verification} (termbase list --unverified)."
        assert entry.verification_note == expected


def test_bundled_glossary_has_term_verification_everywhere() -> None:
    glossary = load(bundled_path() / "article")
    terms = [t for e in glossary.entries for t in e.terms]
    assert all(t.verification is not None for t in terms)
    assert all(t.verification.attested for t in terms if t.status is Status.PREFERRED)  # type: ignore[union-attr]
    checked = [t for t in terms if t.verification is TermVerification.CHECKED]
    assert checked and all(any(r.source != "article" for r in t.sources) for t in checked)


def test_bundled_glossary_passes_the_quality_checks() -> None:
    codes = {p.code for p in check(bundled_path() / "article").problems}
    assert not codes & {"inflected-term", "transliteration-as-english", "unverified-preferred"}


def test_list_unverified_lists_terms(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = _write(tmp_path, ENTRY.format(status="admitted", verification="reconstructed"))
    assert main(["list", "--unverified", "--glossary", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["id", "form", "lang", "verification", "status"]
    assert out[2].split() == ["plen", "плен", "ru", "reconstructed", "admitted"]
    assert out[-1] == "1 terms in 1 entries"


def test_list_json_shows_each_terms_verification(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = _write(tmp_path, ENTRY.format(status="admitted", verification="machine"))
    assert main(["list", "--json", "--glossary", str(folder)]) == 0
    entry = json.loads(capsys.readouterr().out)[0]
    assert [t["verification"] for t in entry["terms"]] == ["article", "machine"]
    assert entry["verification"]["status"] == "unverified"
