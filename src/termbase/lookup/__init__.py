"""Index and lookup: any spelling in any script finds its entry, and says why."""

from termbase.lookup.index import Index, build_index
from termbase.lookup.search import Candidate, LookupResult, Matched, Tier, lookup

__all__ = ["Candidate", "Index", "LookupResult", "Matched", "Tier", "build_index", "lookup"]
