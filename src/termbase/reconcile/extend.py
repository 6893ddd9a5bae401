"""Data extension: which properties to offer for a type, and property values for reconciled ids.

An ``extend=`` query is ``{"ids": [...], "properties": [{"id", "settings"?}]}``. Settings, all
optional: ``order`` (``native`` or ``swapped``, for generated renderings of persons' names) and
``limit`` (most values per row; 0 for all). Every row has every requested property, as OpenRefine
expects; an id that is not (or no longer) in the glossary gets empty values rather than failing
the whole batch.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from termbase.errors import LimitError, ReconcileQueryError
from termbase.model import Entry, Kind
from termbase.reconcile.properties import ORDERS, Options, Property, catalog, get_property, values
from termbase.reconcile.queries import parse_json
from termbase.romanize import fold

#: Settings a user can change for each property (``property_settings`` in the manifest).
PROPERTY_SETTINGS: list[dict[str, Any]] = [
    {
        "name": "order",
        "label": "Name order",
        "type": "select",
        "default": "native",
        "help_text": "Renderings of persons' names: as the reading (family name first) or swapped",
        "choices": [
            {"value": "native", "name": "Family name first"},
            {"value": "swapped", "name": "Swapped"},
        ],
    },
    {
        "name": "limit",
        "label": "Limit",
        "type": "number",
        "default": 0,
        "help_text": "Most values per row (0 for all)",
    },
]


@dataclass(frozen=True, slots=True)
class ExtendQuery:
    ids: tuple[str, ...]
    properties: tuple[tuple[Property, Options], ...]


def parse_extend(raw: str | None, *, max_batch: int) -> ExtendQuery:
    query = parse_json(raw, "extend")
    if not isinstance(query, dict) or set(query) - {"ids", "properties"}:
        raise ReconcileQueryError("extend must be an object with 'ids' and 'properties' only")
    ids, props = query.get("ids"), query.get("properties")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ReconcileQueryError("extend 'ids' must be a list of entry ids")
    if not isinstance(props, list) or not all(
        isinstance(p, dict) and isinstance(p.get("id"), str) for p in props
    ):
        raise ReconcileQueryError("extend 'properties' must be a list of objects with a string 'id'")
    if len(ids) > max_batch:
        raise LimitError(f"{len(ids)} ids in one extend query; the limit is {max_batch}", limit=max_batch)
    parsed = tuple((get_property(p["id"]), _options(p["id"], p.get("settings", {}))) for p in props)
    return ExtendQuery(tuple(dict.fromkeys(ids)), parsed)


def _options(pid: str, settings: Any) -> Options:
    if not isinstance(settings, dict):
        raise ReconcileQueryError(f"settings of property {pid!r} must be an object")
    order = settings.get("order", "native")
    if order not in ORDERS:
        raise ReconcileQueryError(f"property {pid!r}: 'order' must be one of {', '.join(ORDERS)}")
    raw_limit = settings.get("limit", 0)
    try:
        limit = int(str(raw_limit).strip() or 0)
    except ValueError:
        raise ReconcileQueryError(f"property {pid!r}: 'limit' must be a whole number") from None
    if limit < 0:
        raise ReconcileQueryError(f"property {pid!r}: 'limit' must be 0 or more")
    return Options(order=order, limit=limit)


def extend(query: ExtendQuery, entries: Mapping[str, Entry]) -> dict[str, Any]:
    """The data extension response: ``meta`` (the columns) and ``rows`` (values per id)."""
    meta = [{"id": prop.id, "name": prop.name} for prop, _ in query.properties]
    rows: dict[str, dict[str, list[dict[str, str]]]] = {}
    for entry_id in query.ids:
        entry = entries.get(entry_id)
        rows[entry_id] = {
            prop.id: [{"str": v} for v in values(entry, prop.id, options)] if entry else []
            for prop, options in query.properties
        }
    return {"meta": meta, "rows": rows}


def property_dict(prop: Property) -> dict[str, str]:
    return {"id": prop.id, "name": prop.name, "description": prop.description}


def propose(kind: Kind | None, *, limit: int | None = None) -> dict[str, Any]:
    """Properties to offer for a type (every property applies to every kind of entry)."""
    props = [property_dict(p) for p in catalog().values()]
    found: dict[str, Any] = {"properties": props[:limit] if limit else props}
    if kind is not None:
        found["type"] = kind.value
    if limit:
        found["limit"] = limit
    return found


def search_properties(prefix: str, *, limit: int = 10) -> list[dict[str, str]]:
    """Properties whose id or name contains ``prefix`` (folded), those starting with it first."""
    wanted = fold(prefix)
    scored = []
    for prop in catalog().values():
        names = (fold(prop.name), fold(prop.id))
        if not wanted or any(wanted in n for n in names):
            scored.append((not any(n.startswith(wanted) for n in names), property_dict(prop)))
    scored.sort(key=lambda pair: pair[0])
    return [found for _, found in scored[:limit]]
