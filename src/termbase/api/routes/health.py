"""GET /healthz and GET /problems/{code}."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from termbase.api.deps import get_termbase
from termbase.api.problems import known_codes
from termbase.errors import NotFoundError
from termbase.service import Termbase

router = APIRouter(tags=["service"])


@router.get("/healthz")
async def healthz(termbase: Annotated[Termbase, Depends(get_termbase)]) -> JSONResponse:
    """Liveness and what is loaded."""
    glossaries = [info.id for info in termbase.glossary.infos]
    return JSONResponse({"status": "ok", "entries": len(termbase.glossary.entries), "glossaries": glossaries})


@router.get("/problems/{code}")
async def problem_type(code: str) -> JSONResponse:
    """What a problem ``type`` means (the URI every problem+json body points to)."""
    codes = known_codes()
    if code not in codes:
        raise NotFoundError(f"no problem type {code!r}")
    return JSONResponse({"code": code, "title": codes[code]})
