"""Shared paths for the interop tests: the TBX specs are read from ../shared, never copied here."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TBX_SPECS = REPO.parent / "shared" / "specs" / "tbx"
SAMPLES = TBX_SPECS / "samples"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def tbx_specs() -> Path:
    assert TBX_SPECS.is_dir(), f"the TBX specs must be at {TBX_SPECS} (../shared beside the repo)"
    return TBX_SPECS
