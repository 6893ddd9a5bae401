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
