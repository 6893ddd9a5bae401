"""GET /v1/export/{format}: the loaded glossary as a download (TBX v3/v2, CSV/TSV, JSON)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from termbase.api.deps import get_termbase
from termbase.api.schemas import PROBLEM_RESPONSES
from termbase.interop import FORMATS, LAYOUTS
from termbase.service import Termbase

router = APIRouter(prefix="/v1", tags=["export"])

_DOWNLOAD: dict[int | str, dict[str, object]] = {
    200: {
        "description": "the file, as an attachment",
        "content": {
            "application/xml": {},
            "text/csv": {},
            "text/tab-separated-values": {},
            "application/json": {},
        },
    }
}


@router.get("/export/{format}", response_class=Response, responses={**_DOWNLOAD, **PROBLEM_RESPONSES})
def get_export(
    termbase: Annotated[Termbase, Depends(get_termbase)],
    format: Annotated[str, Path(description=f"one of: {', '.join(FORMATS)}")],
    layout: Annotated[str, Query(description=f"CSV layout: {', '.join(LAYOUTS)}")] = "memoq",
    target: Annotated[str, Query(description="omegat layout: target language tag")] = "en",
) -> Response:
    """The whole glossary in ``format``: ``tbx`` (TBX v3, TBX-Basic), ``tbx2`` (martif), ``csv``, ``json``."""
    result = termbase.export(format, layout=layout, target=target)
    disposition = f'attachment; filename="{result.filename}"'
    return Response(result.text, media_type=result.media_type, headers={"Content-Disposition": disposition})
