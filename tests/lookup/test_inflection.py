"""Inflected names read back into a dictionary form the glossary holds: candidates only."""

from __future__ import annotations

import pytest

from termbase.lookup.inflection import dictionary_forms, word_forms
from termbase.service import Termbase

WORDS = {"красная", "армия", "никита", "хрущев", "kuril", "kurile", "armia"}
FORMS = {"краснаяармия"}


def _known(word: str) -> bool:
    return word in WORDS


def _whole(folded: str) -> bool:
    return folded in FORMS


def test_case_endings_are_read_back_to_known_words_whole_forms_first() -> None:
    assert dictionary_forms("Красной Армии", _known, _whole) == ["красная армия"]
    readings = dictionary_forms("Никитой Хрущевым", _known, _whole)
    assert readings[0] == "никита хрущев"


def test_a_stem_shorter_than_two_thirds_of_the_word_is_another_word() -> None:
    # "kurils" may be read as "kuril" or "kurile", never as a 3-letter stem's word
    assert set(dictionary_forms("Kurils", _known, _whole)) <= {"kuril", "kurile"}
    assert dictionary_forms("Changhai", lambda w: w == "chang", _whole) == []


@pytest.mark.parametrize("text", ["Красная армия", "RGANI", "А. П.", "Stalin"])
def test_words_as_written_or_unreadable_give_nothing(text: str) -> None:
    assert dictionary_forms(text, _known, _whole) == []


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("Квантунской армии", "kwantung-army"),
        ("Великой Отечественной войны", "great-patriotic-war"),
        ("Никитой Хрущевым", "nikita-khrushchev"),
        ("А. М. Василевского", "aleksandr-vasilevsky"),
        ("Л. П. Берии", "lavrentii-beria"),
    ],
)
def test_an_inflected_name_finds_its_entry_first_never_as_a_match(
    bundled: Termbase, query: str, entry: str
) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not results[0].match
    assert "read as" in results[0].matched.via


def test_a_bare_stem_is_read_back_when_it_sounds_like_a_known_word() -> None:
    # Hruštšovin (Finnish genitive): no ending gives a known word as folded, but the stem
    # cut by two letters sounds like one (heard); without ``heard`` nothing is read back.
    heard = {"hrustsov"}.__contains__
    assert dictionary_forms("Hruštšovin", _known, _whole) == []
    assert dictionary_forms("Hruštšovin", _known, _whole, heard) == ["hrustsov"]
    # every cut up to three letters is asked, shortest first, and one stem is kept
    assert dictionary_forms("Chruszczowowi", _known, _whole, lambda s: s.endswith("w")) == ["chruszczowow"]
    assert dictionary_forms("Chruszczowowi", _known, _whole, lambda s: s.endswith("czow")) == ["chruszczow"]


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("Hruštšovin", "nikita-khrushchev"),  # Finnish genitive
        ("Chruszczowowi", "nikita-khrushchev"),  # Polish dative
        ("Хрущова", "nikita-khrushchev"),  # Ukrainian genitive of Хрущов
        ("LP Berias", "lavrentii-beria"),  # Danish genitive beside initials
    ],
)
def test_a_case_form_of_a_name_in_another_convention_is_a_candidate(
    bundled: Termbase, query: str, entry: str
) -> None:
    results = bundled.lookup(query).results
    assert results[0].entry.id == entry
    assert not any(r.match for r in results)
    assert "read as" in results[0].matched.via


def test_a_longer_query_is_not_read_back_by_sound(bundled: Termbase) -> None:
    # two long words: a stem read by its sound would hide the words shared with a name
    assert bundled.lookup("Partido Nacionalista").results[0].entry.id == "kuomintang"


def test_a_typo_is_still_answered_before_a_case_form(bundled: Termbase) -> None:
    # one edit from "Kommunistische Partei Chinas" (a safe typo, accepted), not read back as a
    # case form
    top = bundled.lookup("Kommunistischen Partei Chinas").results[0]
    assert top.entry.id == "chinese-communist-party" and top.match
    # "Rote Armee" is the Soviet and the Chinese Red Army's: one edit from it is neither's alone
    results = bundled.lookup("Roten Armee").results
    assert {c.entry.id for c in results[:2]} == {"red-army", "chinese-red-army"} and not results[0].match


def test_word_forms_of_one_word() -> None:
    known = {"япония", "japan", "armia"}.__contains__
    assert word_forms("Японии", known) == ["япония"]
    assert word_forms("Japans", known) == ["japan"]
    assert word_forms("Armii", known) == ["armia"]
    assert word_forms("Tokio", known) == []  # nothing known
    assert word_forms("GARF", known) == []  # acronyms are kept as written
