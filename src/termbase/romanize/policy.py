"""The ``errors=`` policy for characters a system cannot map (after pypinyin's ``errors``).

The same four names are a library keyword, an API field and a CLI flag:

- ``strict``  raise :class:`~termbase.errors.UnmappableError` naming the character and system;
- ``ignore``  drop the character;
- ``replace`` put ``?`` in its place;
- ``keep``    copy the character through unchanged (the default for display).

Library callers may also pass a callable ``(char) -> str``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, get_args

from termbase.errors import InputError, UnmappableError

PolicyName = Literal["strict", "ignore", "replace", "keep"]
ErrorPolicy = PolicyName | Callable[[str], str]
POLICIES: tuple[str, ...] = get_args(PolicyName)
REPLACEMENT = "?"


def parse_policy(name: str) -> PolicyName:
    """Validate a policy name coming from the API or CLI."""
    if name not in POLICIES:
        raise InputError(f"unknown errors policy {name!r}; use one of: {', '.join(POLICIES)}")
    return name  # type: ignore[return-value]


def unmappable(chars: str, policy: ErrorPolicy, *, system: str) -> str:
    """What to emit for ``chars`` that ``system`` cannot map, under ``policy``."""
    if callable(policy):
        return policy(chars)
    if policy == "strict":
        names = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in dict.fromkeys(chars))
        raise UnmappableError(f"{system} cannot map {names}", system=system, chars=chars)
    if policy == "ignore":
        return ""
    if policy == "replace":
        return REPLACEMENT * len(chars)
    return chars
