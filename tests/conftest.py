"""Shared fixtures: the bundled glossary and the small lookup fixture glossary, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.service import Termbase

NAMES = Path(__file__).parent / "lookup" / "fixtures" / "names"


@pytest.fixture(scope="session")
def bundled() -> Termbase:
    return Termbase.load()


@pytest.fixture(scope="session")
def names() -> Termbase:
    return Termbase.load(NAMES)
