"""Suggest: prefixes of any form, reading or rendering, in any script and any system."""

from __future__ import annotations

import pytest

from termbase.model import Entry, Glossary, GlossaryInfo, Kind, SourceRef, Status, Term, TermType
from termbase.readings import readings, renderings, respelt
from termbase.reconcile import Reconciler
from termbase.reconcile.suggest import SCAN_LIMIT, SuggestIndex, spellings
from termbase.romanize import fold
from termbase.service import Termbase


@pytest.mark.parametrize(
    ("prefix", "entry_id"),
    [
        ("Mao Ts", "mao-zedong"),  # Wade–Giles, generated
        ("Цици", "qiqihar"),  # Russian form
        ("Цицих", "qiqihar"),  # Palladius, generated
        ("野坂", "nosaka-sanzo"),
        ("Nosaka S", "nosaka-sanzo"),
        ("nosaka sanzou", "nosaka-sanzo"),  # a kana-spelling system
        ("Sanzō N", "nosaka-sanzo"),  # given name first
        ("Sanzo", "nosaka-sanzo"),  # a later word
        ("のさか", "nosaka-sanzo"),  # reading
        ("ノサカ", "nosaka-sanzo"),  # katakana folds to hiragana
        ("蒋介", "chiang-kai-shek"),
        ("蔣介", "chiang-kai-shek"),
        ("Jiang Jie", "chiang-kai-shek"),
        ("Tsitsi", "qiqihar"),
        ("Máo", "mao-zedong"),
        ("Бер", "lavrentii-beria"),
        ("Army", "kwantung-army"),
        ("ㄇㄠ", "mao-zedong"),  # Zhuyin
    ],
)
def test_prefix_in_any_script_and_system(reconciler: Reconciler, prefix: str, entry_id: str) -> None:
    assert entry_id in [s["id"] for s in reconciler.suggest_entities(prefix)]


def test_description_names_the_spelling_met(reconciler: Reconciler) -> None:
    first = reconciler.suggest_entities("Mao Ts")[0]
    assert first["description"] == "Mao Tse-tung (Wade–Giles) — Chairman of the CCP"
    assert reconciler.suggest_entities("Qiqihar")[0]["description"] == "City in Heilongjiang"


def test_type_filter_and_paging(reconciler: Reconciler) -> None:
    assert reconciler.suggest_entities("Yoshida", type_id="place") == []
    both = [s["id"] for s in reconciler.suggest_entities("Yoshida", type_id="person")]
    assert sorted(both) == ["yoshida-atsushi", "yoshida-shigeru"]
    assert [s["id"] for s in reconciler.suggest_entities("Yoshida", limit=1, offset=1)] == both[1:]


def test_exact_key_ranks_first(reconciler: Reconciler) -> None:
    assert reconciler.suggest_entities("Shaanxi")[0]["id"] == "shaanxi"
    assert reconciler.suggest_entities("Shanxi")[0]["id"] == "shanxi"


@pytest.mark.parametrize("prefix", ["", " ", "-", "·", "zzzz"])
def test_nothing_to_suggest(reconciler: Reconciler, prefix: str) -> None:
    assert reconciler.suggest_entities(prefix) == []


@pytest.mark.parametrize("glossary", ["names", "bundled"])
def test_suggest_offers_every_rendering_a_source_may_write(
    request: pytest.FixtureRequest, glossary: str
) -> None:
    termbase: Termbase = request.getfixturevalue(glossary)
    for entry in termbase.glossary.entries:
        real = set()
        for reading in readings(entry):
            real.add(fold(reading.text))
            if respelt(reading, entry):
                real.update(fold(r.text) for r in renderings(entry, reading, both_orders=True))
        ours = list(spellings(entry))
        assert real <= {fold(text) for text, _, _ in ours}, entry.id
        assert {fold(text) for text, _, flag in ours if flag} <= real, entry.id


def _synthetic(count: int) -> Glossary:
    syllables = ["ba", "ka", "sa", "ta", "na", "ma", "ra", "wa", "ki", "shi", "chi", "ni", "mi", "ri"]
    entries = []
    for number in range(count):
        a, b, c = (syllables[(number // len(syllables) ** k) % len(syllables)] for k in range(3))
        form = f"{a.capitalize()}{b} {c.capitalize()}{a}{number}"
        terms = (Term(form, "en", Status.PREFERRED, TermType.FULL_FORM),)
        entries.append(Entry(f"e{number}", Kind.PERSON, "synthetic", terms, (SourceRef("s"),)))
    return Glossary((GlossaryInfo("g", "g", "", "CC0-1.0", ()),), tuple(entries))


def test_index_finds_every_entry_at_scale() -> None:
    glossary = _synthetic(3000)
    index = SuggestIndex(glossary)
    for entry in glossary.entries[::97]:
        assert entry in index.search(entry.label, limit=3)
        family, given = entry.label.split()
        assert entry in index.search(f"{given} {family}", limit=50)
    many = index.search("ba", limit=50)
    assert len(many) == 50 and len(index) > SCAN_LIMIT
