"""The match rules: what a top hit must be to be auto-accepted."""

from __future__ import annotations

from termbase.lookup import lookup
from termbase.service import Termbase


def test_an_acronym_read_by_sound_is_never_accepted(bundled: Termbase) -> None:
    """RGVIA (the military-historical archive) reads like RGVA through Latin 'ia' = я."""
    top = lookup(bundled.index, "RGVIA").results[0]
    assert top.entry.id == "rgva" and not top.match
    assert lookup(bundled.index, "RGVA").results[0].match


def test_tone_marks_that_no_reading_has_are_never_accepted(bundled: Termbase) -> None:
    """Shǎnxī is 陕西 (Shaanxi); the glossary's Shanxi 山西 is Shānxī."""
    assert not lookup(bundled.index, "Shǎnxī").results[0].match
    assert lookup(bundled.index, "Shānxī").results[0].match


def test_a_word_no_engine_reads_is_not_dropped_from_the_key(bundled: Termbase) -> None:
    """Turkish "Japonya İmparatorluğu" is the Empire of Japan; without its second word it would
    have the key of Япония and be accepted as Japan."""
    results = lookup(bundled.index, "Japonya İmparatorluğu").results
    assert not any(r.entry.id == "japan" and r.match for r in results)
    assert lookup(bundled.index, "Japonya").results[0].entry.id == "japan"


def test_a_case_form_read_back_outranks_a_rendering_met_by_folding_its_marks(bundled: Termbase) -> None:
    """Slovak "Manchúrii" is Manchuria in the locative; folded it spells the Hepburn
    "Manchurii" of 満洲里 (Manzhouli), which is not accepted for it. "Manchurii" as written
    still is."""
    results = lookup(bundled.index, "Manchúrii").results
    assert results[0].entry.id == "manchuria"
    assert not any(r.match for r in results)
    top = lookup(bundled.index, "Manchurii").results[0]
    assert top.entry.id == "manzhouli" and top.match
