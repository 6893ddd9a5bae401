"""The spot-check sample: reproducible for a seed, drawn only from reviewable native terms."""

from __future__ import annotations

import pytest

from termbase.glossary.spotcheck import NATIVE_TAGS, draw, main, population
from termbase.model import TermVerification
from termbase.service import Termbase


def test_the_same_seed_draws_the_same_terms_and_another_seed_others(bundled: Termbase) -> None:
    first = draw(bundled.glossary, 2026120312)
    assert len(first) == 40 == len(set(first))
    assert draw(bundled.glossary, 2026120312) == first
    assert draw(bundled.glossary, 7) != first


def test_the_population_is_the_native_terms_without_dictionary_imports(bundled: Termbase) -> None:
    rows = population(bundled.glossary)
    assert rows == sorted(rows)
    assert {row.lang for row in rows} == NATIVE_TAGS
    assert TermVerification.DICTIONARY.value not in {row.verification for row in rows}
    assert {row.glossary for row in rows} == {"article", "field"}
    imported = sum(
        1
        for e in bundled.glossary.entries
        for t in e.terms
        if t.lang in NATIVE_TAGS and t.verification is TermVerification.DICTIONARY
    )
    native = sum(1 for e in bundled.glossary.entries for t in e.terms if t.lang in NATIVE_TAGS)
    assert imported > 0 and len(rows) == native - imported


def test_the_command_prints_the_population_and_numbered_rows(capsys: pytest.CaptureFixture[str]) -> None:
    main(["1", "-n", "3"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("population: ")
    assert [line.split("\t")[0] for line in out[1:]] == ["1", "2", "3"]


def test_the_population_narrows_to_one_glossarys_checked_terms_in_every_language(bundled: Termbase) -> None:
    rows = population(bundled.glossary, glossary_id="field", verification=TermVerification.CHECKED, tags=None)
    assert {row.glossary for row in rows} == {"field"}
    assert {row.verification for row in rows} == {"checked"}
    assert {"en", "ja", "de"} <= {row.lang for row in rows}
    checked = sum(
        1
        for e in bundled.glossary.entries
        if e.glossary == "field"
        for t in e.terms
        if t.verification is TermVerification.CHECKED
    )
    assert len(rows) == checked


def test_the_command_takes_the_narrowing_options(capsys: pytest.CaptureFixture[str]) -> None:
    main(["1", "-n", "2", "--glossary", "field", "--verification", "checked", "--any-tag"])
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3
    assert all(line.split("\t")[2] == "field" and line.split("\t")[6] == "checked" for line in out[1:])
