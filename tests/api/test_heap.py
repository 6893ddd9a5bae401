"""The server's heap: the glossary loaded without the collector, then frozen out of its sight."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from termbase.api.heap import YOUNG_GC_THRESHOLD, long_lived


@pytest.fixture
def restored_collector() -> Iterator[None]:
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)
    if enabled:
        gc.enable()


@pytest.mark.usefixtures("restored_collector")
def test_the_collector_is_off_while_loading_then_on_with_the_loaded_objects_frozen() -> None:
    gc.enable()
    gc.set_threshold(700, 10, 10)
    with long_lived():
        assert not gc.isenabled()
        loaded = [[n] for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() >= len(loaded)
    assert gc.get_threshold()[0] == YOUNG_GC_THRESHOLD


@pytest.mark.usefixtures("restored_collector")
def test_a_failed_load_still_restores_the_collector() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), long_lived():
        raise RuntimeError("the glossary did not load")
    assert gc.isenabled()
