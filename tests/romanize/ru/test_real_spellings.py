"""Real spellings from public pages in many languages meet the Cyrillic they stand for.

The data (``data/real_spellings.tsv``) is copied from the pages it cites, never produced by our
engines: it checks the systems against usage, including usage the rules do not produce (Polish
Beria, Spanish stress accents, Japanese vowel length).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.romanize.ru import ENGINE

DATA = Path(__file__).parent / "data" / "real_spellings.tsv"
LINES = [
    line.split("\t")
    for line in DATA.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
#: Known misses fail on purpose (strict): Czech Alexandr mixes German x with Czech č in one name,
#: and Icelandic (Brésnév) has no system.
ROWS = [
    pytest.param(*row[:4], marks=[pytest.mark.xfail(strict=True)] if row[4:] == ["miss"] else [])
    for row in LINES
]


def test_every_row_cites_a_page() -> None:
    assert len(LINES) >= 50
    for spelling, cyrillic, lang, url, *miss in LINES:
        assert spelling and cyrillic and len(lang) == 2 and url.startswith("http") and miss in ([], ["miss"])


@pytest.mark.parametrize(("spelling", "cyrillic", "lang", "url"), ROWS, ids=lambda v: str(v)[:40])
def test_real_spelling_meets_its_cyrillic(spelling: str, cyrillic: str, lang: str, url: str) -> None:
    assert ENGINE.phonetic_keys(spelling) & ENGINE.phonetic_keys(cyrillic), url
