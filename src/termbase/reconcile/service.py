"""``Reconciler``: the reconciliation operations on a loaded glossary, as JSON-ready values.

A loaded :class:`termbase.Termbase` makes one (``termbase.reconciler``) from its glossary, its
lookup index and its suggest index, and keeps it as long as itself. The HTTP shells (API 0.2 at
``/reconcile``, the 1.0 draft at ``/reconcile/v1``) parse requests, call one method here and
format the result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from termbase.lookup import Index
from termbase.memo import Memo
from termbase.model import Entry, Glossary
from termbase.reconcile import draft
from termbase.reconcile.candidates import Result, brief, reconcile
from termbase.reconcile.extend import ExtendQuery, extend, parse_extend, propose, search_properties
from termbase.reconcile.preview import flyout_html, preview_html
from termbase.reconcile.queries import Query, parse_batch
from termbase.reconcile.suggest import SuggestIndex, explain
from termbase.reconcile.vocabulary import kind_from_type_id, type_dict, types_list
from termbase.romanize import fold

MAX_SUGGEST = 50
#: Single-query answers a Reconciler remembers.
ANSWER_MEMO = 4096


class Reconciler:
    """``suggest`` gives the suggest index when first needed (its owner builds it once)."""

    def __init__(self, glossary: Glossary, index: Index, suggest: Callable[[], SuggestIndex]) -> None:
        self.glossary = glossary
        self.index = index
        self._suggest = suggest
        #: API 0.2 answers to single queries, remembered: OpenRefine re-sends the same cells
        #: (a column reconciled again, a project reopened) and an answer is a pure function of
        #: the index and the query.
        self.answers: Memo[[Query], tuple[dict[str, Any], ...]] = Memo(self._answer, maxsize=ANSWER_MEMO)

    @property
    def suggest_index(self) -> SuggestIndex:
        return self._suggest()

    def entry(self, entry_id: str) -> Entry:
        return self.glossary.entry(entry_id)

    def candidates(self, query: Query) -> list[Result]:
        return reconcile(self.index, query)

    def reconcile_batch(self, raw: str | None, *, max_batch: int) -> dict[str, Any]:
        """API 0.2: ``{key: {"result": [candidate, ...]}}`` for a ``queries=`` payload."""
        return self.answer_batch(self.parse_batch(raw, max_batch=max_batch))

    @staticmethod
    def parse_batch(raw: str | None, *, max_batch: int) -> dict[str, Query]:
        """The queries of a ``queries=`` payload, keyed as the client keyed them."""
        return parse_batch(raw, max_batch=max_batch)

    def answer_batch(self, batch: Mapping[str, Query]) -> dict[str, Any]:
        """API 0.2's answer to parsed queries, in their order."""
        return {key: {"result": list(self.answers(q))} for key, q in batch.items()}

    def _answer(self, query: Query) -> tuple[dict[str, Any], ...]:
        return tuple(r.as_dict() for r in self.candidates(query))

    def reconcile_draft(self, raw: str | None, *, max_batch: int) -> dict[str, Any]:
        """API 1.0 draft: ``{"results": [{"candidates": [...]}, ...]}`` for ``{"queries": [...]}``."""
        queries = draft.parse_batch(raw, max_batch=max_batch)
        return draft.results([self.candidates(q) for q in queries])

    def parse_extend(self, raw: str | None, *, max_batch: int) -> ExtendQuery:
        return parse_extend(raw, max_batch=max_batch)

    def extend(self, query: ExtendQuery) -> dict[str, Any]:
        return extend(query, self.glossary.by_id)

    def propose_properties(self, type_id: str | None, *, limit: int | None = None) -> dict[str, Any]:
        kind = kind_from_type_id(type_id) if type_id else None
        return propose(kind, limit=limit)

    def preview(self, entry_id: str, *, view_url: str) -> str:
        entry = self.entry(entry_id)
        return preview_html(entry, view_url=view_url.replace("{{id}}", entry.id))

    def flyout(self, entry_id: str) -> dict[str, str]:
        entry = self.entry(entry_id)
        return {"id": entry.id, "html": flyout_html(entry)}

    def suggest_entities(
        self, prefix: str, *, type_id: str | None = None, limit: int = 10, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Entries with any spelling starting with ``prefix``: id, name, description, notable."""
        kind = kind_from_type_id(type_id) if type_id else None
        found = self.suggest_index.search(
            prefix,
            accept=lambda e: kind is None or e.kind is kind,
            limit=min(max(limit, 1), MAX_SUGGEST),
            offset=max(offset, 0),
        )
        return [_suggestion(entry, prefix) for entry in found]

    def suggest_types(self, prefix: str, *, limit: int = 10) -> list[dict[str, Any]]:
        wanted = fold(prefix)
        found = [t for t in types_list() if not wanted or wanted in fold(t["name"])]
        return found[: min(max(limit, 1), MAX_SUGGEST)]

    def suggest_properties(self, prefix: str, *, limit: int = 10) -> list[dict[str, str]]:
        return search_properties(prefix, limit=min(max(limit, 1), MAX_SUGGEST))


def _suggestion(entry: Entry, prefix: str) -> dict[str, Any]:
    met, gloss = explain(entry, prefix), brief(entry.gloss)
    described = gloss
    if met.form != entry.label:
        described = f"{met.form} ({met.how})" + (f" — {gloss}" if gloss else "")
    found: dict[str, Any] = {"id": entry.id, "name": entry.label, "notable": [type_dict(entry.kind)]}
    if described:
        found["description"] = described
    return found
