"""A long-running server's heap: the glossary's objects frozen out of the collector's sight.

A library must not retune the interpreter, so this lives with the server: ``termbase serve``
and its worker processes load the glossary inside :func:`long_lived`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from termbase.lookup.build import collector_paused

#: Young-generation threshold once a glossary is loaded (CPython's default is 700).
YOUNG_GC_THRESHOLD = 20_000


@contextmanager
def long_lived() -> Iterator[None]:
    """Build millions of objects that live as long as the process, without the cyclic GC.

    The collector would rescan them on every generation-2 pass: slower start-up, and pauses of
    a second or more in later requests at 100,000 entries. Freezing moves them out of its sight.
    Afterwards young objects are collected less often: lookups fill caches, and with the
    default threshold a young collection (0.2-0.3 ms among a large heap) fell in one lookup of
    fifty; now in about one of a thousand, each longer (benchmarks/bench_lookup.py).
    """
    try:
        with collector_paused():
            yield
    finally:
        gc.freeze()
        young, middle, old = gc.get_threshold()
        if 0 < young < YOUNG_GC_THRESHOLD:
            gc.set_threshold(YOUNG_GC_THRESHOLD, middle, old)
