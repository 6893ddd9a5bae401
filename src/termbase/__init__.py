"""termbase: a multilingual terminology and transliteration service for Russian, Chinese and
Japanese names. Start with :class:`Termbase`::

    from termbase import Termbase
    tb = Termbase.load()
    tb.lookup("Mao Tse-tung").results[0].entry.id      # 'mao-zedong'
"""

from termbase.errors import (
    GlossaryError,
    InputError,
    NotFoundError,
    Problem,
    TermbaseError,
    UnknownSystemError,
    UnmappableError,
)
from termbase.model import Entry, Glossary, Kind, Status, Term, TermType
from termbase.service import EntryFilter, Termbase
from termbase.version import __version__

__all__ = [
    "Entry",
    "EntryFilter",
    "Glossary",
    "GlossaryError",
    "InputError",
    "Kind",
    "NotFoundError",
    "Problem",
    "Status",
    "Term",
    "TermType",
    "Termbase",
    "TermbaseError",
    "UnknownSystemError",
    "UnmappableError",
    "__version__",
]
