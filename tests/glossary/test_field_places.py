"""The places part of the bundled field glossary: per-term verification, sources and coverage.

``glossaries/field`` is built by two parts; this module pins the places part (places.yaml,
events.yaml, publications.yaml, terms.yaml) and its ``places-`` sources in glossary.yaml.
Coverage figures are lower bounds from when the data was written.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from termbase.glossary.loader import bundled_path
from termbase.model import Entry, GlossaryInfo, TermVerification
from termbase.service import Termbase

FIELD = bundled_path() / "field"
PART_FILES = ("places.yaml", "events.yaml", "publications.yaml", "terms.yaml")
PREFIX = "places-"
#: Entries per file when the data was written (lower bounds).
MIN_ENTRIES = {"places.yaml": 57, "events.yaml": 23, "publications.yaml": 25, "terms.yaml": 37}


@pytest.fixture(scope="module")
def part(bundled: Termbase) -> list[Entry]:
    return [e for e in bundled.glossary.entries if e.glossary == "field" and Path(e.path).name in PART_FILES]


@pytest.fixture(scope="module")
def info(bundled: Termbase) -> GlossaryInfo:
    return next(i for i in bundled.glossary.infos if i.id == "field")


def test_every_file_keeps_its_entries(part: list[Entry]) -> None:
    counts = Counter(Path(e.path).name for e in part)
    assert {name: counts[name] for name in PART_FILES} == {
        name: max(counts[name], floor) for name, floor in MIN_ENTRIES.items()
    }


def test_every_term_says_how_it_was_verified(part: list[Entry]) -> None:
    missing = [(e.id, t.form) for e in part for t in e.terms if t.verification is None]
    assert missing == []


def test_checked_terms_cite_the_page_that_shows_them(part: list[Entry]) -> None:
    uncited = [
        (e.id, t.form)
        for e in part
        for t in e.terms
        if t.verification is TermVerification.CHECKED and not any(ref.locator for ref in t.sources)
    ]
    assert uncited == []


def test_machine_terms_name_the_system_that_rendered_them(part: list[Entry]) -> None:
    machine = [(e.id, t) for e in part for t in e.terms if t.verification is TermVerification.MACHINE]
    unnamed = [(entry_id, t.form) for entry_id, t in machine if not t.system]
    assert unnamed == []


def test_every_entry_has_a_checked_form(part: list[Entry]) -> None:
    unchecked = [e.id for e in part if not any(t.verification is TermVerification.CHECKED for t in e.terms)]
    assert unchecked == []


def test_part_cites_only_its_own_sources(part: list[Entry]) -> None:
    refs = {ref.source for e in part for ref in (*e.sources, *(r for t in e.terms for r in t.sources))}
    assert sorted(s for s in refs if not s.startswith(PREFIX)) == []


def test_every_own_source_has_an_address_and_is_cited(part: list[Entry], info: GlossaryInfo) -> None:
    own = {s.id: s for s in info.sources if s.id.startswith(PREFIX)}
    cited = {ref.source for e in part for ref in (*e.sources, *(r for t in e.terms for r in t.sources))}
    assert sorted(i for i, s in own.items() if not s.url.startswith(("http://", "https://"))) == []
    assert sorted(set(own) - cited) == []


def test_period_names_resolve_to_todays_place(bundled: Termbase) -> None:
    expected = {
        "Hsinking": "changchun",
        "Port Arthur": "lushun",
        "Toyohara": "yuzhno-sakhalinsk",
        "真岡": "kholmsk",
        "ハバロフスク裁判": "khabarovsk-trial",
    }
    found = {q: bundled.lookup(q).results[0].entry.id for q in expected}
    assert found == expected
