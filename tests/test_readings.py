"""Spelling readings in every system: the speller an index owns, and the scripts systems write in."""

from __future__ import annotations

import pytest

from termbase.readings import Speller, readings, renderings, writes_in
from termbase.service import Termbase


def test_a_speller_gives_the_same_renderings_and_remembers_them(names: Termbase) -> None:
    entry = names.glossary.by_id["nosaka-sanzo"]
    reading = readings(entry)[0]
    speller = Speller(maxsize=16)
    plain = list(renderings(entry, reading, both_orders=True))
    remembered = list(renderings(entry, reading, both_orders=True, speller=speller))
    assert plain == remembered and len(speller.spellings) == 2  # both name orders
    assert "Nosaka Sanzō" in {r.text for r in plain}


@pytest.mark.parametrize(
    ("target", "script", "writes"),
    [
        ("ja-Latn", "Latn", True),
        ("ru", "Cyrl", True),
        ("ko", "Hang", True),  # a Korean rendering is in Hangul
        ("ja", "Kana", True),
        ("ja-Latn", "Cyrl", False),
        ("ko", "Latn", False),
    ],
)
def test_which_script_a_system_writes_in(target: str, script: str, writes: bool) -> None:
    assert writes_in(target, script) is writes
