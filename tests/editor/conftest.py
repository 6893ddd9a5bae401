"""Fixture glossaries for the editors' batch, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.editor import HouseStyle, load_style
from termbase.service import Termbase

FIXTURES = Path(__file__).parent / "fixtures"
HOUSE = FIXTURES / "house"
WORDS = FIXTURES / "words"
#: The seed article, beside the repository (CI checks out ../shared next to it).
ARTICLE = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_ac2310810787e945.txt"


@pytest.fixture(scope="session")
def house() -> Termbase:
    return Termbase.load(HOUSE)


@pytest.fixture(scope="session")
def words() -> Termbase:
    return Termbase.load(WORDS)


@pytest.fixture(scope="session")
def scholarly() -> HouseStyle:
    return load_style("scholarly-east-asia")
