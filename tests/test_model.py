"""The glossary model: the one "preferred term" rule, replacements, labels and scripts."""

from __future__ import annotations

import pytest

from termbase.errors import NotFoundError
from termbase.model import Entry, Glossary, Kind, Status, Term, TermType, TermVerification


def _term(form: str, lang: str, status: Status, **extra: object) -> Term:
    return Term(form, lang, status, TermType.FULL_FORM, **extra)  # type: ignore[arg-type]


NOSAKA = Entry(
    id="nosaka-sanzo",
    kind=Kind.PERSON,
    gloss="Japanese communist",
    terms=(
        _term("Nosaka Sanzo", "en", Status.ADMITTED),
        _term("Nosaka Sanzō", "en", Status.PREFERRED),
        _term("Nossaka", "en", Status.ERRONEOUS, note="the article's misspelling"),
        _term("野坂参三", "ja", Status.PREFERRED, reading="のさか さんぞう"),
        _term("野坂參三", "ja-Hant", Status.DEPRECATED, note="old characters"),
        _term("Носака Сандзо", "ru", Status.ADMITTED),
    ),
    sources=(),
)


def test_the_preferred_term_of_a_tag_comes_before_an_admitted_one_listed_earlier() -> None:
    assert NOSAKA.preferred("en") == NOSAKA.terms[1]
    assert NOSAKA.label == "Nosaka Sanzō"


def test_without_a_preferred_term_the_first_admitted_one_stands_in_and_never_a_deprecated_one() -> None:
    assert NOSAKA.preferred("ru") == NOSAKA.terms[5]
    assert NOSAKA.preferred("ja-Hant") is None  # its only term is deprecated
    assert NOSAKA.preferred("de") is None


def test_a_deprecated_or_erroneous_term_is_replaced_by_its_tags_preferred_else_the_english() -> None:
    assert NOSAKA.replacement(NOSAKA.terms[2]) == NOSAKA.terms[1]
    assert NOSAKA.replacement(NOSAKA.terms[4]) == NOSAKA.terms[1]  # no usable ja-Hant term
    assert NOSAKA.replacement(NOSAKA.terms[0]) is None  # admitted: nothing to replace


def test_terms_in_a_language_include_its_subtags_and_native_terms_are_those_that_take_readings() -> None:
    assert [t.form for t in NOSAKA.terms_in("ja")] == ["野坂参三", "野坂參三"]
    assert {t.lang for t in NOSAKA.native_terms()} == {"ja", "ja-Hant", "ru"}


def test_reading_marks_are_dropped_for_display_and_only_attested_forms_may_be_preferred() -> None:
    assert NOSAKA.terms[3].plain_reading == "のさか さんぞう"
    assert [v for v in TermVerification if v.attested] == [TermVerification.CHECKED, TermVerification.ARTICLE]
    assert Status.ERRONEOUS.needs_note and not Status.ADMITTED.needs_note


def test_an_unknown_id_is_a_not_found_error_naming_it() -> None:
    glossary = Glossary(infos=(), entries=(NOSAKA,))
    assert glossary.entry("nosaka-sanzo") is NOSAKA
    with pytest.raises(NotFoundError, match="no entry with id 'mao'"):
        glossary.entry("mao")
