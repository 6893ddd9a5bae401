"""A local Dask cluster of two worker processes, started once per test module that uses it.

The small house glossary keeps each worker's one load short; a module's tests share the cluster,
so a worker's glossary stays open from one test to the next, as it would in a long job. The
cluster stops with its module: its monitor threads poll /proc, which later tests (the XML
audit hooks of tests/interop) would see.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from tests.editor.conftest import HOUSE

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

GLOSSARY = ["--glossary", str(HOUSE)]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # no fixed port: another cluster may hold 8787
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected
