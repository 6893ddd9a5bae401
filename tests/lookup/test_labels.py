"""The system a match is named for: one that spells the query, the most standard of them."""

from __future__ import annotations

import pytest

from termbase.lookup import labels, lookup
from termbase.lookup.labels import STANDARD_ORDER, by_standard
from termbase.readings import readings, renderings
from termbase.romanize import systems
from termbase.service import Termbase


def test_every_listed_system_is_registered_or_announced() -> None:
    registered = {system.id for system in systems()} | {alias for s in systems() for alias in s.aliases}
    # ru-de and ru-fr are the coming ids of today's german and french (kept as aliases then).
    assert set(STANDARD_ORDER) - registered <= {"ru-de", "ru-fr"}


def test_standards_come_before_their_variants() -> None:
    assert by_standard(["hepburn-circumflex", "passport", "hepburn-modified"]) == (
        "hepburn-modified",
        "passport",
        "hepburn-circumflex",
    )
    assert by_standard(["wade-giles-plain", "pinyin-plain", "wade-giles-plain"]) == (
        "pinyin-plain",
        "wade-giles-plain",
    )


def test_the_hinted_language_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "text_lang_of", lambda system: "fr" if system == "french" else "und")
    assert by_standard(["bgn-pcgn", "french", "icao"], "fr")[0] == "french"
    assert by_standard(["bgn-pcgn", "french", "icao"], "de")[0] == "bgn-pcgn"


def test_nihon_shinbun_is_named_for_modified_hepburn_and_lists_every_system_that_spells_it(
    bundled: Termbase,
) -> None:
    top = lookup(bundled.index, "Nihon shinbun").results[0]
    assert (top.entry.id, top.matched.system, top.match) == ("nihon-shimbun", "hepburn-modified", True)
    assert len(top.matched.systems) > 1 and top.matched.systems[0] == top.matched.system
    spelt = {
        r.system
        for reading in readings(top.entry)
        for r in renderings(top.entry, reading)
        if r.text == "Nihon shinbun"
    }
    # Never a system that does not spell the query; every one that does.
    assert set(top.matched.systems) == spelt
    assert "hepburn-traditional" not in spelt  # Traditional Hepburn writes "shimbun"


def test_a_candidate_only_like_the_query_lists_no_system_spelling_it(bundled: Termbase) -> None:
    top = lookup(bundled.index, "Zhou Enlay").results[0]
    assert top.entry.id == "zhou-enlai" and top.matched.systems == ()
    # Polish transcription spells this one letter for letter: it is named.
    polish = lookup(bundled.index, "Czou En-laj").results[0]
    assert polish.entry.id == "zhou-enlai" and polish.matched.systems == ("zh-pl",)
