"""A glossary loaded the way a server needs it: indexed, every first-use cost paid, frozen."""

from __future__ import annotations

from pathlib import Path

from termbase.api.heap import long_lived
from termbase.service import Termbase

#: Text no glossary holds, read once per machine reader at start-up: pykakasi loads its
#: dictionaries on first use (0.6-0.8 s of CPU), which must not happen inside a request on the
#: event loop (every other request on that worker would wait).
MACHINE_READ_SAMPLES = (("東京大学の先生", "ja"), ("北京大学", "zh"))


def load_for_serving(*paths: Path) -> Termbase:
    """``Termbase.open(*paths).warm()`` (the compiled index, built and cached on first use) plus
    the machine readers' first use, outside the GC's sight."""
    with long_lived():
        termbase = Termbase.open(*paths).warm()
        for text, lang in MACHINE_READ_SAMPLES:
            termbase.romanize(text, lang=lang)
    return termbase
