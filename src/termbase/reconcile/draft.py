"""The 1.0 draft of the API on the same engine: its JSON shapes translated to and from API 0.2's.

A 1.0 query (``conditions`` of ``matchType`` ``name`` or ``property``, a query-level ``lang``)
becomes the 0.2 query it means and goes through the same parser and candidates; results,
manifest and extension rows are re-shaped for 1.0. ``matchType: "id"`` conditions and condition
options (``required``, ``matchQuantifier``, ``matchQualifier``) are accepted and not used.
"""

from __future__ import annotations

from typing import Any

from termbase.errors import LimitError, ReconcileQueryError
from termbase.model import Glossary
from termbase.reconcile.candidates import Result
from termbase.reconcile.extend import PROPERTY_SETTINGS
from termbase.reconcile.manifest import NAME, kinds_in
from termbase.reconcile.preview import HEIGHT, WIDTH
from termbase.reconcile.queries import Query, parse_json, parse_query
from termbase.reconcile.vocabulary import types_list
from termbase.version import __version__

QUERY_KEYS = frozenset({"type", "limit", "lang", "dir", "conditions"})
CONDITION_KEYS = frozenset(
    {
        "matchType",
        "propertyId",
        "propertyValue",
        "required",
        "matchQuantifier",
        "matchQualifier",
        "lang",
        "dir",
    }
)


def parse_batch(raw: str | None, *, max_batch: int) -> list[Query]:
    body = parse_json(raw, "request body")
    if not isinstance(body, dict) or not isinstance(body.get("queries"), list):
        raise ReconcileQueryError('the body must be {"queries": [query, ...]}')
    queries = body["queries"]
    if len(queries) > max_batch:
        raise LimitError(f"{len(queries)} queries in one batch; the limit is {max_batch}", limit=max_batch)
    return [parse_query(str(number), as_v02(str(number), q)) for number, q in enumerate(queries)]


def as_v02(key: str, raw: Any) -> dict[str, Any]:
    """The 0.2 query a 1.0 query means."""
    if not isinstance(raw, dict) or set(raw) - QUERY_KEYS:
        raise ReconcileQueryError(f"query {key}: an object with {', '.join(sorted(QUERY_KEYS))}")
    conditions = raw.get("conditions")
    if not isinstance(conditions, list) or not conditions:
        raise ReconcileQueryError(f"query {key}: 'conditions' must be a non-empty list")
    if "type" in raw and not isinstance(raw["type"], str):
        raise ReconcileQueryError(f"query {key}: 'type' must be one type id")
    query: dict[str, Any] = {k: raw[k] for k in ("type", "limit") if k in raw}
    properties = [{"pid": "lang", "v": raw["lang"]}] if isinstance(raw.get("lang"), str) else []
    for condition in conditions:
        if (
            not isinstance(condition, dict)
            or set(condition) - CONDITION_KEYS
            or "propertyValue" not in condition
        ):
            raise ReconcileQueryError(f"query {key}: each condition needs 'matchType' and 'propertyValue'")
        match_type, value = condition.get("matchType"), condition["propertyValue"]
        if match_type == "name":
            query["query"] = value
        elif match_type == "property":
            properties.append({"pid": condition.get("propertyId"), "v": value})
        elif match_type != "id":
            raise ReconcileQueryError(f"query {key}: 'matchType' must be name, id or property")
    if properties:
        query["properties"] = properties
    return query


def candidate(result: Result) -> dict[str, Any]:
    found = result.as_dict()
    if "features" in found:
        found["features"] = [{**f, "name": f"agrees with {f['id'][9:]}"} for f in found["features"]]
    return found


def results(batch: list[list[Result]]) -> dict[str, Any]:
    return {"results": [{"candidates": [candidate(r) for r in found]} for found in batch]}


def extension(rows_v02: dict[str, Any]) -> dict[str, Any]:
    """A 0.2 extension response (rows keyed by id) re-shaped as 1.0 (a list of rows)."""
    rows = [
        {"id": entry_id, "properties": [{"id": pid, "values": values} for pid, values in props.items()]}
        for entry_id, props in rows_v02["rows"].items()
    ]
    return {"meta": rows_v02["meta"], "rows": rows}


def _settings() -> list[dict[str, Any]]:
    renamed = {"name": "id", "label": "name", "help_text": "helpText"}
    return [{renamed.get(k, k): v for k, v in setting.items()} for setting in PROPERTY_SETTINGS]


def manifest(glossary: Glossary, *, base_url: str, max_batch: int) -> dict[str, Any]:
    base = base_url.rstrip("/")
    return {
        "versions": ["1.0-draft"],
        "name": NAME,
        "lang": "en",
        "documentation": f"{base}/docs",
        "serviceVersion": __version__,
        "view": {"url": f"{base}/entries/{{{{id}}}}"},
        "defaultTypes": types_list(kinds_in(glossary)),
        "preview": {"width": WIDTH, "height": HEIGHT},
        "suggest": {"entity": True, "property": True, "type": True},
        "extend": {"proposeProperties": True, "propertySettings": _settings()},
        "standardizedScore": True,
        "batchSize": max_batch,
    }
