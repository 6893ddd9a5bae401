"""GET /v1/systems and POST /v1/romanize."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from termbase.api.deps import get_termbase
from termbase.api.schemas import BODY_PROBLEMS, PROBLEM_RESPONSES, RomanizeRequest, RomanizeResponse
from termbase.service import Termbase
from termbase.wire import romanize_response, system_view, to_json

router = APIRouter(prefix="/v1", tags=["romanization"])


@router.get("/systems", responses=PROBLEM_RESPONSES)
async def list_systems(
    termbase: Annotated[Termbase, Depends(get_termbase)], lang: Literal["ja", "zh", "ru", "han"] | None = None
) -> JSONResponse:
    """Every romanization system with its authority and cited samples."""
    return JSONResponse({"systems": [to_json(system_view(s)) for s in termbase.systems(lang)]})


@router.post("/romanize", responses={200: {"model": RomanizeResponse}, **BODY_PROBLEMS})
async def post_romanize(
    body: RomanizeRequest, termbase: Annotated[Termbase, Depends(get_termbase)]
) -> JSONResponse:
    """Spell text in every (or one) system: glossary readings first, machine readings labelled."""
    result = termbase.romanize(
        body.text,
        lang=body.lang,
        system=body.system,
        errors=body.errors,
        given_first=body.order == "given-first",
    )
    return JSONResponse(to_json(romanize_response(result)))
