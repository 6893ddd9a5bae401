"""An app over the small names glossary, with a low batch limit and a public base URL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.reconcile import Reconciler
from termbase.service import Termbase

BASE_URL = "https://termbase.example.org"
MAX_BATCH = 25


@pytest.fixture(scope="module")
def client(names: Termbase) -> Iterator[TestClient]:
    settings = Settings(max_body_bytes=100_000, max_batch=MAX_BATCH, base_url=BASE_URL)
    with TestClient(create_app(settings, termbase=names)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def reconciler(names: Termbase) -> Reconciler:
    return names.reconciler
