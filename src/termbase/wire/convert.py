"""``to_json``: any wire dataclass (nested, in lists and dicts) to plain JSON-ready values."""

from __future__ import annotations

from enum import Enum
from typing import Any


def to_json(value: Any) -> Any:
    """Dataclasses become dicts (fields in declaration order), tuples lists, enums their value."""
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is not None and not isinstance(value, type):
        return {name: to_json(getattr(value, name)) for name in fields}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    return value
