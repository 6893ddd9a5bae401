"""The source-language hint ``from_lang``: the conventions of the text's language first."""

from __future__ import annotations

import pytest

from termbase.errors import UnknownLanguageError
from termbase.lookup import labels, lookup
from termbase.lookup.search import source_languages
from termbase.service import Termbase


def _french_only(system: str) -> str:
    return "fr" if system == "ru-fr" else "und"


def test_an_unknown_source_language_is_refused(names: Termbase) -> None:
    with pytest.raises(UnknownLanguageError) as raised:
        lookup(names.index, "Beria", from_lang="xx")
    assert raised.value.code == "unknown-language"
    assert {"de", "fr", "pl", "ko", "vi"} <= source_languages()


def test_without_a_hint_the_most_standard_system_names_the_match(names: Termbase) -> None:
    top = lookup(names.index, "Tsitsikar").results[0]
    assert top.entry.id == "qiqihar" and top.match
    assert top.matched.system == top.matched.systems[0] != "ru-fr"
    assert "ru-fr" in top.matched.systems


def test_the_hint_names_the_match_for_its_languages_system(
    names: Termbase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(labels, "text_lang_of", _french_only)
    top = lookup(names.index, "Tsitsikar", from_lang="fr").results[0]
    assert (top.entry.id, top.matched.system, top.match) == ("qiqihar", "ru-fr", True)
    assert lookup(names.index, "Tsitsikar", from_lang="de").results[0].matched.system != "ru-fr"


def test_detected_lists_the_conventions_the_query_fits_hinted_first(
    names: Termbase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(labels, "text_lang_of", _french_only)
    plain = lookup(names.index, "Lavrenti Beria").detected
    hinted = lookup(names.index, "Lavrenti Beria", from_lang="fr").detected
    assert "ru-fr" in plain.systems and hinted.from_lang == "fr"
    assert hinted.conventions[0].system == "ru-fr" and hinted.conventions[0].text_lang == "fr"
    assert {c.system for c in hinted.conventions} == set(plain.systems)


def test_the_hint_never_hides_other_conventions(names: Termbase) -> None:
    hinted = lookup(names.index, "Mao Tse-tung", from_lang="hu").results  # Hungarian writes Mao Ce-tung
    assert hinted[0].entry.id == "mao-zedong" and hinted[0].matched.system == "wade-giles"
