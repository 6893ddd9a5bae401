"""Service settings. Every setting is documented in README.md ("Settings"); a test fails when one
is not. The CLI builds Settings from its flags; ``settings_from_env`` serves worker processes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

ENV_PREFIX = "TERMBASE_"


@dataclass(frozen=True)
class Settings:
    #: Glossary folders to load (each a glossary or a folder of glossaries); empty = bundled.
    glossaries: tuple[Path, ...] = ()
    #: Largest request body accepted, in bytes (413 above it).
    max_body_bytes: int = 2_000_000
    #: Most strings in one POST /v1/normalize batch, or queries in one reconciliation batch.
    max_batch: int = 1000
    #: Origins allowed by CORS ("*" for any).
    cors_origins: tuple[str, ...] = field(default=("*",))
    #: Public base URL, used in reconciliation manifests for entry and preview links.
    base_url: str = "http://127.0.0.1:8000"


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
        elif f.name in ("max_body_bytes", "max_batch"):
            values[f.name] = int(raw)
        else:
            values[f.name] = raw
    return Settings(**values)  # type: ignore[arg-type]


def settings_to_env(settings: Settings) -> dict[str, str]:
    """The inverse of settings_from_env, for starting worker processes."""
    return {
        ENV_PREFIX + "GLOSSARIES": os.pathsep.join(str(p) for p in settings.glossaries),
        ENV_PREFIX + "MAX_BODY_BYTES": str(settings.max_body_bytes),
        ENV_PREFIX + "MAX_BATCH": str(settings.max_batch),
        ENV_PREFIX + "CORS_ORIGINS": ",".join(settings.cors_origins),
        ENV_PREFIX + "BASE_URL": settings.base_url,
    }
