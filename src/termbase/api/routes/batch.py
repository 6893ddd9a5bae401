"""POST /v1/normalize (a batch of strings) and POST /v1/check (running text), in a house style."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from termbase.api.deps import get_settings, get_termbase
from termbase.api.schemas import PROBLEM_RESPONSES
from termbase.api.settings import Settings
from termbase.editor import (
    DEFAULT_STYLE,
    HouseStyle,
    Normalizer,
    apply_fixes,
    bundled_styles,
    check_text,
    parse_style,
)
from termbase.editor.report import check_dict, normalized_dict, style_dict
from termbase.editor.style import bundled_style
from termbase.errors import LimitError
from termbase.service import Termbase

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


def _style(value: str | dict[str, Any]) -> HouseStyle:
    if isinstance(value, dict):
        return parse_style(value, source="style")
    return bundled_style(value)


@router.get("/styles")
def get_styles() -> JSONResponse:
    """The bundled house styles."""
    return JSONResponse({"styles": [style_dict(s) for s in bundled_styles().values()]})


@router.post("/normalize", responses=PROBLEM_RESPONSES)
def post_normalize(
    body: NormalizeRequest,
    termbase: Annotated[Termbase, Depends(get_termbase)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> JSONResponse:
    """Each string looked up and, when it is a confident match, written in the house style."""
    if len(body.strings) > settings.max_batch:
        raise LimitError(f"{len(body.strings)} strings; the limit is {settings.max_batch} per request")
    normalizer = Normalizer(termbase, _style(body.style), lang=body.lang, cache_size=len(body.strings))
    results = [normalizer.normalize(s) for s in body.strings]
    counts: dict[str, int] = {}
    for result in results:
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
    return JSONResponse(
        {
            "style": normalizer.style.id,
            "summary": {"values": len(results), **counts},
            "results": [normalized_dict(r) for r in results],
        }
    )


@router.post("/check", responses=PROBLEM_RESPONSES)
def post_check(
    body: CheckRequest,
    termbase: Annotated[Termbase, Depends(get_termbase)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> JSONResponse:
    """Every glossary name in the text, and each finding: where, what, why, what to write."""
    if len(body.text.encode("utf-8")) > settings.max_body_bytes:
        raise LimitError(f"text is over the limit of {settings.max_body_bytes} bytes")
    result = check_text(termbase, body.text, _style(body.style), fmt=body.format)
    payload = check_dict(result)
    if body.fix:
        payload["fixed"] = apply_fixes(body.text, result.findings)
    return JSONResponse(payload)
