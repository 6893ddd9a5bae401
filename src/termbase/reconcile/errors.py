"""Errors the reconciliation shell can raise; each is an ``InputError`` with its own stable code."""

from __future__ import annotations

from termbase.errors import InputError


class ReconcileQueryError(InputError):
    """A ``queries=`` or ``extend=`` payload that is not JSON or not the shape the API defines."""

    code = "malformed-reconciliation-query"
    title = "Malformed reconciliation query"


class UnknownTypeError(InputError):
    """A type id that is not one of the service's types (the entry kinds)."""

    code = "unknown-type"
    title = "Unknown reconciliation type"


class UnknownPropertyError(InputError):
    """A property id that data extension does not offer."""

    code = "unknown-property"
    title = "Unknown reconciliation property"
