"""The wire model: one typed response per operation, and the one function that serializes them.

Each operation's result (a :class:`~termbase.lookup.LookupResult`, an entry, a check ...) is turned
into a frozen dataclass here (``lookup_response(result)``), and :func:`to_json` makes any of them
JSON-ready (:func:`dumps` writes them straight to JSON bytes). The HTTP API, the CLI's ``--json``,
the web page and the reports all use these; the
API's pydantic schemas (``termbase.api.schemas``) are tested against them, field by field::

    to_json(lookup_response(tb.lookup("Mao Tse-tung")))["results"][0]["id"]  -> "mao-zedong"
"""

from __future__ import annotations

from termbase.wire.convert import dumps, to_json
from termbase.wire.editor import (
    CheckResponse,
    FindingView,
    GroupView,
    MentionView,
    NameIndexResponse,
    NormalizedValue,
    NormalizeResponse,
    StyleView,
    check_response,
    name_index_response,
    normalize_response,
    style_view,
)
from termbase.wire.entries import (
    EntryPage,
    EntrySummary,
    EntryView,
    NativeForm,
    RenderingRow,
    TermView,
    entry_page,
    entry_summary,
    entry_view,
    renderings_by_language,
)
from termbase.wire.lookup import (
    ConventionView,
    Detected,
    LookupCandidate,
    LookupResponse,
    MatchedForm,
    RomanizeResponse,
    SpellingView,
    SystemView,
    detected_view,
    lookup_response,
    romanize_response,
    system_view,
)

__all__ = [
    "CheckResponse",
    "ConventionView",
    "Detected",
    "EntryPage",
    "EntrySummary",
    "EntryView",
    "FindingView",
    "GroupView",
    "LookupCandidate",
    "LookupResponse",
    "MatchedForm",
    "MentionView",
    "NameIndexResponse",
    "NativeForm",
    "NormalizeResponse",
    "NormalizedValue",
    "RenderingRow",
    "RomanizeResponse",
    "SpellingView",
    "StyleView",
    "SystemView",
    "TermView",
    "check_response",
    "detected_view",
    "dumps",
    "entry_page",
    "entry_summary",
    "entry_view",
    "lookup_response",
    "name_index_response",
    "normalize_response",
    "renderings_by_language",
    "romanize_response",
    "style_view",
    "system_view",
    "to_json",
]
