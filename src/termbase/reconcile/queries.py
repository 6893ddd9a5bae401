"""Reconciliation queries: the ``queries=`` JSON of API 0.2, parsed and checked into ``Query`` values.

A batch is an object of queries keyed by the client's ids (``q0`` ...). Each query has a
``query`` string and optionally ``type`` (one or several type ids), ``type_strict``, ``limit`` and
``properties`` (``[{"pid", "v"}]``). Property ids this service reads:

- ``lang`` / ``language``: the name's language, a tag (``ja``, ``zh-Hant``) or a name
  (``Japanese``): a hint for lookup, and only entries of that origin or with a term in it;
- ``kind`` / ``type``: a kind id or name (``person``, ``Place``): only entries of that kind;
- ``from`` / ``source_lang``: the language of the text the spelling was copied from (``de``,
  ``Polish``): its spelling conventions are tried and named first (a hint, never a filter);
- any data-extension property (``pinyin``, ``preferred-en`` ...): a candidate whose value
  disagrees loses ``match``.

Other property ids are ignored (a column mapped to a property we do not have is not an error).
Unknown keys in a query, wrong value types and unknown type ids are errors, as the schema says.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from termbase.errors import LimitError, ReconcileQueryError
from termbase.lookup.search import MAX_LIMIT
from termbase.model import Kind
from termbase.reconcile.properties import catalog
from termbase.reconcile.vocabulary import (
    KIND_PIDS,
    LANG_PIDS,
    SOURCE_PIDS,
    kind_from_type_id,
    kind_from_value,
    language_from_value,
)

DEFAULT_LIMIT = 10
QUERY_KEYS = frozenset({"query", "type", "type_strict", "limit", "properties"})
STRICTNESS = ("any", "should", "all")


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    types: tuple[Kind, ...] = ()
    type_strict: str = "should"
    limit: int = DEFAULT_LIMIT
    langs: tuple[str, ...] = ()
    kinds: tuple[Kind, ...] = ()
    checks: tuple[tuple[str, tuple[str, ...]], ...] = ()
    from_lang: str | None = None

    def accepts_kind(self, kind: Kind) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        if not self.types:
            return True
        if self.type_strict == "all":
            return all(t is kind for t in self.types)
        return kind in self.types


def parse_json(raw: str | None, what: str) -> Any:
    """JSON text from a form field or query parameter; malformed text is the client's error."""
    if raw is None or not raw.strip():
        raise ReconcileQueryError(f"{what} is empty; send a JSON object")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise ReconcileQueryError(f"{what} is not valid JSON: {exc}") from None


def parse_batch(raw: str | None, *, max_batch: int) -> dict[str, Query]:
    """The queries of a ``queries=`` parameter, keyed as the client keyed them."""
    batch = parse_json(raw, "queries")
    if not isinstance(batch, dict):
        raise ReconcileQueryError("queries must be a JSON object of queries keyed by id (q0, q1, ...)")
    if len(batch) > max_batch:
        raise LimitError(f"{len(batch)} queries in one batch; the limit is {max_batch}", limit=max_batch)
    return {str(key): parse_query(str(key), value) for key, value in batch.items()}


def _fail(key: str, message: str) -> ReconcileQueryError:
    return ReconcileQueryError(f"query {key!r}: {message}", query=key)


def parse_query(key: str, raw: Any) -> Query:
    if not isinstance(raw, dict):
        raise _fail(key, "must be a JSON object")
    if not raw.keys() <= QUERY_KEYS:
        unknown = sorted(set(raw) - QUERY_KEYS)
        raise _fail(
            key, f"unknown field(s) {', '.join(map(repr, unknown))}; use {', '.join(sorted(QUERY_KEYS))}"
        )
    text = raw.get("query", "")
    if not isinstance(text, str):
        raise _fail(key, "'query' must be a string")
    if len(raw) == 1 and "query" in raw:
        return Query(text)  # the commonest query, a string alone: every field at its default
    properties = _properties(key, raw.get("properties", []))
    if "query" not in raw and not properties:
        raise _fail(key, "needs a 'query' string or a non-empty 'properties' list")
    langs, kinds, checks = _read_properties(properties)
    return Query(
        from_lang=_source_language(properties),
        text=text,
        types=_types(key, raw.get("type")),
        type_strict=_strictness(key, raw.get("type_strict", "should")),
        limit=_limit(key, raw.get("limit", DEFAULT_LIMIT)),
        langs=langs,
        kinds=kinds,
        checks=checks,
    )


def _types(key: str, raw: Any) -> tuple[Kind, ...]:
    if raw is None:
        return ()
    ids = [raw] if isinstance(raw, str) else raw
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise _fail(key, "'type' must be a type id or a list of type ids")
    return tuple(kind_from_type_id(i) for i in ids)


def _strictness(key: str, raw: Any) -> str:
    if raw not in STRICTNESS:
        raise _fail(key, f"'type_strict' must be one of {', '.join(STRICTNESS)}")
    return str(raw)


def _limit(key: str, raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw) or raw < 1:
        raise _fail(key, "'limit' must be a number of at least 1")
    return int(min(raw, MAX_LIMIT))


def _properties(key: str, raw: Any) -> list[tuple[str, list[str]]]:
    if not isinstance(raw, list):
        raise _fail(key, "'properties' must be a list of {pid, v} objects")
    found = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("pid"), str) or "v" not in item:
            raise _fail(key, "each property must be an object with a string 'pid' and a value 'v'")
        values = item["v"] if isinstance(item["v"], list) else [item["v"]]
        found.append((item["pid"], [_value(key, v) for v in values]))
    return found


def _value(key: str, raw: Any) -> str:
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, str | int | float):
        return str(raw)
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return str(raw["id"])
    raise _fail(key, "a property value must be a string, number, boolean or an object with an 'id'")


def _source_language(properties: list[tuple[str, list[str]]]) -> str | None:
    """The base language of the first usable ``from`` value (unknown values are ignored)."""
    for pid, values in properties:
        if pid in SOURCE_PIDS:
            for tag in filter(None, map(language_from_value, values)):
                return tag.split("-")[0]
    return None


def _read_properties(
    properties: list[tuple[str, list[str]]],
) -> tuple[tuple[str, ...], tuple[Kind, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    langs: list[str] = []
    kinds: list[Kind] = []
    checks: list[tuple[str, tuple[str, ...]]] = []
    for pid, values in properties:
        if pid in LANG_PIDS:
            langs.extend(tag for tag in map(language_from_value, values) if tag)
        elif pid in KIND_PIDS:
            kinds.extend(kind for kind in map(kind_from_value, values) if kind)
        elif pid in catalog() and any(v.strip() for v in values):
            checks.append((pid, tuple(v for v in values if v.strip())))
    return tuple(dict.fromkeys(langs)), tuple(dict.fromkeys(kinds)), tuple(checks)
