"""GET /healthz (liveness and what is loaded), GET /readyz (readiness) and GET /problems/{code}."""

from __future__ import annotations

import os
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from termbase.api.deps import get_termbase
from termbase.api.problems import known_codes
from termbase.api.schemas import problems
from termbase.errors import NotFoundError
from termbase.service import Termbase

router = APIRouter(tags=["service"])


def loaded_view(termbase: Termbase) -> dict[str, Any]:
    counts = termbase.entries_per_glossary()
    loaded = termbase.loaded
    return {
        "content_hash": loaded.content_hash if loaded else None,
        "loaded_at": loaded.loaded_at if loaded else None,
        "entries": counts,
    }


def reload_view(request: Request) -> dict[str, Any] | None:
    reloader = getattr(request.app.state, "reloader", None)
    if reloader is None:
        return None
    status = reloader.status
    return {
        "reloads": status.reloads,
        "last_attempt": status.last_attempt,
        "last_error": status.last_error,
        "running": status.running,
        "supervised": reloader.supervised,
        "replacements": status.replacements,
    }


@router.get("/healthz")
async def healthz(request: Request, termbase: Annotated[Termbase, Depends(get_termbase)]) -> JSONResponse:
    """Liveness, what is loaded (content hash, time, entries per glossary) and the last reload."""
    glossaries = [info.id for info in termbase.glossary.infos]
    return JSONResponse(
        {
            "status": "ok",
            "pid": os.getpid(),
            "entries": len(termbase.glossary.entries),
            "glossaries": glossaries,
            "loaded": loaded_view(termbase),
            "reload": reload_view(request),
        }
    )


@router.get(
    "/readyz", responses={503: {"description": "not ready: no glossary loaded, or engines still warming up"}}
)
async def readyz(request: Request) -> JSONResponse:
    """200 once a glossary is loaded and indexed and the engines' first use is paid (a load
    balancer sends traffic only then); ``/healthz`` answers before, as soon as it listens."""
    warming = getattr(request.app.state, "warming", None)
    loaded = getattr(request.app.state, "termbase", None) is not None
    ready = loaded and (warming is None or not warming.is_alive())
    return JSONResponse({"ready": ready}, status_code=200 if ready else 503)


@router.get("/problems/{code}", responses=problems(404))
async def problem_type(code: str) -> JSONResponse:
    """What a problem ``type`` means (the URI every problem+json body points to)."""
    codes = known_codes()
    if code not in codes:
        raise NotFoundError(f"no problem type {code!r}")
    return JSONResponse({"code": code, "title": codes[code]})
