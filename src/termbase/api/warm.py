"""A glossary loaded the way a server needs it: indexed, every first-use cost paid, frozen."""

from __future__ import annotations

import threading
from pathlib import Path

from termbase.api.heap import long_lived
from termbase.lookup.search import search
from termbase.romanize import systems, warm_up
from termbase.service import Termbase

#: Text no glossary holds, read once per machine reader at start-up: pykakasi loads its
#: dictionaries on first use (0.6-0.8 s of CPU), which must not happen inside a request on the
#: event loop (every other request on that worker would wait).
MACHINE_READ_SAMPLES = (("東京大学の先生", "ja"), ("北京大学", "zh"))


def load_for_serving(*paths: Path, engines: bool = True) -> Termbase:
    """``Termbase.open(*paths).warm()`` (the compiled index, built and cached on first use; its
    gazetteer and suggest index mapped from it) plus, with ``engines``, every engine's first use
    (:func:`warm_engines`), outside the GC's sight. Without ``engines`` the caller runs
    :func:`warm_in_background` once it listens (``termbase serve`` does: ``/healthz`` answers
    at once, ``/readyz`` once the engines are warm)."""
    with long_lived():
        termbase = Termbase.open(*paths).warm()
        if engines:
            warm_engines(termbase)
    return termbase


def warm_engines(termbase: Termbase) -> None:
    """Each romanization engine's one-time work (imports, tables, the machine readers'
    dictionaries): about 1.5 s of CPU that a first request would otherwise pay; then the
    lookup path's own (:func:`warm_lookups`)."""
    warm_up()
    for text, lang in MACHINE_READ_SAMPLES:
        termbase.romanize(text, lang=lang)
    warm_lookups(termbase)


def warm_lookups(termbase: Termbase) -> None:
    """Look up one cited sample rendering of every system, computed afresh (no answer is
    remembered). Detection builds its tables on first use (the Japanese systems' profiles, the
    Chinese systems' spellers: profiled, 0.1-0.2 s of CPU) and the lower tiers import what they
    need (numpy.ma, for one) only when a query reaches them: without this, the first unseen
    queries a worker meets pay for all of it."""
    for system in systems():
        for sample in system.samples[:1]:
            _ = search(termbase.index, sample.rendering).detected  # detection is lazy too


def warm_in_background(termbase: Termbase) -> threading.Thread:
    """:func:`warm_engines` in a daemon thread (its tables frozen out of the GC's sight when
    done); the server is ready once the thread has ended."""

    def warm() -> None:
        with long_lived():
            warm_engines(termbase)

    thread = threading.Thread(target=warm, name="engine-warm-up", daemon=True)
    thread.start()
    return thread
