"""The field glossary's persons and organizations (glossaries/field/people.yaml, organizations.yaml).

These tests pin how the part was built: every term says how it was verified, checked terms cite
the page that shows them, unattested native forms leave the entry marked unverified, Japanese
persons' English forms agree with their checked readings, and the part adds concepts the article
glossary does not already have. Counts are lower bounds from when the data was written.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from termbase.glossary.loader import load
from termbase.model import Entry, Glossary, Kind, Status, TermVerification, Verification
from termbase.readings import swapped
from termbase.romanize import render

FILES = ("people.yaml", "organizations.yaml")
MIN_ENTRIES = {Kind.PERSON: 103, Kind.ORGANIZATION: 61}
NATIVE_TAGS = {"ja": ("ja",), "zh": ("zh", "zh-Hans", "zh-Hant"), "ru": ("ru",)}

_KANA_READING = re.compile(r"^[\u3041-\u309f\u30a0-\u30ff ー-]+$")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]")


def _folder_and_file(entry: Entry) -> tuple[str, str]:
    path = Path(entry.path)
    return path.parent.name, path.name


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load()


@pytest.fixture(scope="module")
def part(glossary: Glossary) -> list[Entry]:
    return [e for e in glossary.entries if _folder_and_file(e) in {("field", name) for name in FILES}]


def test_part_has_its_persons_and_organizations(part: list[Entry]) -> None:
    counts = Counter(e.kind for e in part)
    for kind, least in MIN_ENTRIES.items():
        assert counts[kind] >= least, kind
    assert {_folder_and_file(e)[1] for e in part if e.kind is Kind.PERSON} == {"people.yaml"}


def test_every_term_says_how_it_was_verified(part: list[Entry]) -> None:
    missing = [(e.id, t.form) for e in part for t in e.terms if t.verification is None]
    assert missing == []


def test_checked_terms_cite_a_people_source(part: list[Entry]) -> None:
    for entry in part:
        for term in entry.terms:
            if term.verification is TermVerification.CHECKED:
                assert term.sources, (entry.id, term.form)
        cited = [ref.source for ref in entry.sources] + [r.source for t in entry.terms for r in t.sources]
        assert all(source.startswith("people-") for source in cited), entry.id


def test_unattested_native_forms_mark_the_entry_unverified(part: list[Entry]) -> None:
    for entry in part:
        native = [t for t in entry.terms if t.lang in NATIVE_TAGS.get(entry.origin or "", ())]
        unattested = [t for t in native if t.verification is TermVerification.RECONSTRUCTED]
        if native and len(unattested) == len(native):
            assert entry.verification is Verification.UNVERIFIED, entry.id
        if entry.verification is Verification.UNVERIFIED:
            assert entry.verification_note, entry.id


def test_readings_are_kana_or_tone_marked_pinyin(part: list[Entry]) -> None:
    for entry in part:
        for term in entry.terms:
            if term.reading and term.lang == "ja":
                assert _KANA_READING.match(term.reading), (entry.id, term.reading)
            elif term.reading:
                assert _TONE_MARK.search(term.reading), (entry.id, term.reading)


def test_japanese_persons_english_forms_follow_their_readings(part: list[Entry]) -> None:
    """The Hepburn rendering of the preferred reading is one of the entry's English forms."""
    for entry in part:
        if entry.kind is not Kind.PERSON or entry.origin != "ja":
            continue
        ja = [t for t in entry.terms if t.lang == "ja" and t.status is Status.PREFERRED]
        readings = [t.reading for t in ja if t.reading]
        if not readings:
            assert entry.verification is Verification.UNVERIFIED, entry.id
            continue
        rendered = render(readings[0], "hepburn-modified")
        english = {t.form.casefold() for t in entry.terms if t.lang == "en"}
        orders = {rendered.casefold(), (swapped(rendered) or rendered).casefold()}
        assert orders & english, (entry.id, rendered)


def test_part_adds_concepts_the_article_lacks(glossary: Glossary, part: list[Entry]) -> None:
    article_forms = {
        t.form.casefold()
        for e in glossary.entries
        if _folder_and_file(e)[0] == "article"
        for t in e.terms
        if t.lang == "en" and t.status is Status.PREFERRED
    }
    for entry in part:
        preferred = [t.form for t in entry.terms if t.lang == "en" and t.status is Status.PREFERRED]
        assert not [f for f in preferred if f.casefold() in article_forms], entry.id


def test_known_misreading_is_recorded_as_erroneous(glossary: Glossary) -> None:
    asahara = glossary.by_id["asahara-seiki"]
    wrong = next(t for t in asahara.terms if t.form == "Asahara Masaki")
    assert wrong.status is Status.ERRONEOUS and "せいき" in wrong.note
    assert next(t for t in asahara.terms if t.lang == "ja").reading == "あさはら せいき"
