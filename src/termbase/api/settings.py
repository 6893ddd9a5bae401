"""Service settings. Every setting is documented in README.md ("Settings"); a test fails when one
is not. The CLI builds Settings from its flags; ``settings_from_env`` serves worker processes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from termbase.errors import InputError

ENV_PREFIX = "TERMBASE_"


@dataclass(frozen=True)
class Settings:
    #: Glossary folders to load (each a glossary or a folder of glossaries); empty = bundled.
    glossaries: tuple[Path, ...] = ()
    #: Largest request body accepted, in bytes (413 above it); also the largest form field.
    max_body_bytes: int = 2_000_000
    #: Most strings in one POST /v1/normalize batch, or queries in one reconciliation batch.
    max_batch: int = 1000
    #: Origins allowed by CORS ("*" for any).
    cors_origins: tuple[str, ...] = field(default=("*",))
    #: Public base URL, used in reconciliation manifests for entry and preview links.
    base_url: str = "http://127.0.0.1:8000"
    #: Longest request target (path and query string), in bytes (414 above it).
    max_url_bytes: int = 8192
    #: Most bytes of request headers, names and values together (431 above it).
    max_header_bytes: int = 32_768
    #: Seconds a client has to send the whole request body (408 after it).
    body_timeout: float = 30.0
    #: Seconds an idle keep-alive connection stays open.
    keep_alive_timeout: int = 5
    #: Bearer token enabling POST /admin/reload; empty = the endpoint is off (404).
    admin_token: str = field(default="", repr=False)
    #: Write query strings into the access log (off: only the path is logged).
    log_query_strings: bool = False


_INTEGERS = ("max_body_bytes", "max_batch", "max_url_bytes", "max_header_bytes", "keep_alive_timeout")
_FLOATS = ("body_timeout",)
_TRUE = ("1", "true", "yes", "on")


def settings_from_env(environ: dict[str, str] | None = None) -> Settings:
    """Settings from TERMBASE_* variables (lists are separated by the OS path separator)."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for f in fields(Settings):
        raw = env.get(ENV_PREFIX + f.name.upper())
        if raw is None:
            continue
        if f.name == "glossaries":
            values[f.name] = tuple(Path(p) for p in raw.split(os.pathsep) if p)
        elif f.name == "cors_origins":
            values[f.name] = tuple(o for o in raw.split(",") if o)
        elif f.name in _INTEGERS or f.name in _FLOATS:
            values[f.name] = _number(ENV_PREFIX + f.name.upper(), raw, integer=f.name in _INTEGERS)
        elif f.name == "log_query_strings":
            values[f.name] = raw.strip().lower() in _TRUE
        else:
            values[f.name] = raw
    return Settings(**values)  # type: ignore[arg-type]


def _number(variable: str, raw: str, *, integer: bool) -> int | float:
    """A positive number from a variable, or one clear error naming it."""
    try:
        value: int | float = int(raw) if integer else float(raw)
    except ValueError:
        value = -1
    if not value > 0:
        kind = "a whole number" if integer else "a number"
        raise InputError(f"{variable} must be {kind} above 0, not {raw!r}")
    return value


def settings_to_env(settings: Settings) -> dict[str, str]:
    """The inverse of settings_from_env, for starting worker processes."""
    env: dict[str, str] = {}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if f.name == "glossaries":
            text = os.pathsep.join(str(p) for p in value)
        elif f.name == "cors_origins":
            text = ",".join(value)
        elif isinstance(value, bool):
            text = "1" if value else "0"
        else:
            text = str(value)
        env[ENV_PREFIX + f.name.upper()] = text
    return env
