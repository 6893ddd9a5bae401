"""GET /v1/lookup: any spelling in any script -> ranked entries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from termbase.api.deps import get_termbase
from termbase.api.metrics import record_lookup
from termbase.api.responses import WireJSON
from termbase.api.schemas import PROBLEM_RESPONSES, LookupResponse
from termbase.lookup.search import MAX_LIMIT, MAX_QUERY_LENGTH
from termbase.service import Termbase
from termbase.wire import lookup_response

router = APIRouter(prefix="/v1", tags=["lookup"])
PATH = "/v1/lookup"


def answer(termbase: Termbase, q: str, *, lang: str | None, from_lang: str | None, limit: int) -> WireJSON:
    """The lookup's JSON answer (and its count in the metrics); raises the core's errors.
    Plain queries reach it before FastAPI does (:mod:`termbase.api.quick`)."""
    result = termbase.lookup(q, lang=lang, from_lang=from_lang, limit=limit)
    record_lookup(result)
    return WireJSON(lookup_response(result))


@router.get("/lookup", responses={200: {"model": LookupResponse}, **PROBLEM_RESPONSES})
async def get_lookup(
    termbase: Annotated[Termbase, Depends(get_termbase)],
    q: Annotated[str, Query(description=f"any spelling, any script (≤ {MAX_QUERY_LENGTH} characters)")],
    lang: Annotated[
        str | None, Query(description="language hint: ja, zh, ru, en, or a tag such as zh-Latn")
    ] = None,
    limit: Annotated[int, Query(description=f"most results (1–{MAX_LIMIT})")] = 10,
    from_lang: Annotated[
        str | None,
        Query(
            alias="from",
            description="language of the text the spelling came from (de, fr, pl, ko, vi ...): "
            "its conventions are tried and named first",
        ),
    ] = None,
) -> WireJSON:
    """Entries matching ``q``, best first, each saying which form matched and how."""
    return answer(termbase, q, lang=lang, from_lang=from_lang, limit=limit)
