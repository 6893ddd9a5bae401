"""Shared fixtures: the bundled glossary and the small lookup fixture glossary, loaded once."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from termbase.service import Termbase

NAMES = Path(__file__).parent / "lookup" / "fixtures" / "names"

# Compiled indexes made by the tests (serve, the CLI, the app's lifespan) go to a folder of this
# run, never the user's cache; subprocesses inherit it.
os.environ.setdefault("TERMBASE_CACHE", tempfile.mkdtemp(prefix="termbase-test-cache-"))

# CI must not fail on a new random example found by chance: the default profile is derandomized
# (the same examples every run). HYPOTHESIS_PROFILE=explore searches afresh each run.
settings.register_profile("default", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, max_examples=1000, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def bundled() -> Termbase:
    return Termbase.load()


@pytest.fixture(scope="session")
def names() -> Termbase:
    return Termbase.load(NAMES)
