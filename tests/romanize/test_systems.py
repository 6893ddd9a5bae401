"""Every sample of every romanization system, and the properties every engine must keep."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.romanize import LANGUAGES, engine, get_system, index_keys, phonetic_keys, render, systems

SAMPLES = [
    pytest.param(system.id, sample.reading, sample.rendering, id=f"{system.id}:{sample.reading}")
    for system in systems()
    for sample in system.samples
]


@pytest.mark.parametrize(("system_id", "reading", "rendering"), SAMPLES)
def test_sample_renders_as_published(system_id: str, reading: str, rendering: str) -> None:
    assert render(reading, system_id) == rendering


@pytest.mark.parametrize(("system_id", "reading", "rendering"), SAMPLES)
def test_sample_rendering_meets_its_reading_at_a_key(system_id: str, reading: str, rendering: str) -> None:
    lang = get_system(system_id).lang
    # the reading as a glossary form is indexed, the rendering typed as a query
    assert index_keys(reading, lang) & phonetic_keys(rendering, lang)


@pytest.mark.parametrize("system", systems(), ids=lambda s: s.id)
def test_every_system_is_documented_and_sampled(system) -> None:  # type: ignore[no-untyped-def]
    assert system.authority and system.name and system.target
    assert len(system.samples) >= 3, f"{system.id} needs at least three cited samples"
    assert all(sample.source for sample in system.samples)


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_keys_never_raise_and_are_fixed_points(lang: str, text: str) -> None:
    for key in phonetic_keys(text, lang):
        assert key in phonetic_keys(key, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("ぢ", "ja"), ("ジィ", "ja"), ("ぢゃ", "ja"), ("ゔぃ", "ja"), ("A0㋐", "ru"), ("ｱﾝ", "ru")],
)
def test_kana_edge_cases_key_to_fixed_points(text: str, lang: str) -> None:
    # Hypothesis found ぢ: its Hangul key "xji" was read again as Latin because of its j; and
    # A0㋐, whose circled kana only NFKC makes kana, so a key kept it beside Cyrillic.
    for key in phonetic_keys(text, lang):
        assert key in phonetic_keys(key, lang)


def test_systems_cover_each_language() -> None:
    for lang in LANGUAGES:
        assert engine(lang).systems, lang
