"""POST /v1/normalize (a batch of strings) and POST /v1/check (running text), in a house style."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from termbase.api.deps import get_settings, get_termbase
from termbase.api.schemas import BODY_PROBLEMS, CheckResponse, NormalizeResponse
from termbase.api.settings import Settings
from termbase.editor import DEFAULT_STYLE
from termbase.errors import LimitError
from termbase.service import Termbase
from termbase.wire import check_response, normalize_response, style_view, to_json

router = APIRouter(prefix="/v1", tags=["editors"])

StyleField = Field(
    DEFAULT_STYLE,
    description="a bundled house style id (GET /v1/styles), or a whole style object (the TOML file as JSON)",
)


class NormalizeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    strings: list[str] = Field(
        description="values to normalize, in order", examples=[["Mao Tse-tung", "Nosaka Sanzo"]]
    )
    style: str | dict[str, Any] = StyleField
    lang: str | None = Field(None, description="language hint for every lookup: ja, zh, ru, en ...")


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the manuscript", examples=["Chang Kai-shek met Nosaka Sanzo."])
    style: str | dict[str, Any] = StyleField
    format: Literal["text", "markdown"] = "text"
    fix: bool = Field(False, description="also return the corrected text")


@router.get("/styles")
def get_styles() -> JSONResponse:
    """The bundled house styles."""
    return JSONResponse({"styles": [to_json(style_view(s)) for s in Termbase.styles().values()]})


@router.post("/normalize", responses={200: {"model": NormalizeResponse}, **BODY_PROBLEMS})
def post_normalize(
    body: NormalizeRequest,
    termbase: Annotated[Termbase, Depends(get_termbase)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> JSONResponse:
    """Each string looked up and, when it is a confident match, written in the house style."""
    if len(body.strings) > settings.max_batch:
        raise LimitError(f"{len(body.strings)} strings; the limit is {settings.max_batch} per request")
    batch = termbase.normalize(body.strings, termbase.style(body.style, files=False), lang=body.lang)
    return JSONResponse(to_json(normalize_response(batch)))


@router.post("/check", responses={200: {"model": CheckResponse}, **BODY_PROBLEMS})
def post_check(
    body: CheckRequest,
    termbase: Annotated[Termbase, Depends(get_termbase)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> JSONResponse:
    """Every glossary name in the text (``mentions``), and each finding: where, what, why, what to write."""
    if len(body.text.encode("utf-8")) > settings.max_body_bytes:
        raise LimitError(f"text is over the limit of {settings.max_body_bytes} bytes")
    style = termbase.style(body.style, files=False)
    checked = termbase.check(body.text, style, fmt=body.format, fix=body.fix)
    return JSONResponse(to_json(check_response(checked)))
