"""Index and lookup: any spelling in any script finds its entry, and says why."""

from termbase.lookup.build import build_index
from termbase.lookup.index import Index
from termbase.lookup.keys import Hit, Key, Via
from termbase.lookup.ranking import Candidate, Matched, Tier
from termbase.lookup.search import LookupResult, lookup

__all__ = [
    "Candidate",
    "Hit",
    "Index",
    "Key",
    "LookupResult",
    "Matched",
    "Tier",
    "Via",
    "build_index",
    "lookup",
]
