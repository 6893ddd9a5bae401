"""GET /v1/entries (filtered, paginated) and GET /v1/entries/{id} (the whole entry)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from termbase.api.deps import get_termbase
from termbase.api.schemas import PROBLEM_RESPONSES, EntryPage, problems
from termbase.model import Kind, Verification
from termbase.service import MAX_PAGE_SIZE, EntryFilter, Termbase
from termbase.wire import entry_page, entry_view, to_json

router = APIRouter(prefix="/v1", tags=["entries"])


@router.get("/entries", responses={200: {"model": EntryPage}, **PROBLEM_RESPONSES})
async def list_entries(
    termbase: Annotated[Termbase, Depends(get_termbase)],
    kind: Kind | None = None,
    lang: Annotated[str | None, Query(description="only entries with a term in this language tag")] = None,
    verification: Verification | None = None,
    glossary: str | None = None,
    q: Annotated[str | None, Query(description="substring of an id, gloss or form", max_length=200)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
) -> JSONResponse:
    """Entries, filtered, in glossary order; ``total`` counts every match."""
    where = EntryFilter(kind=kind, lang=lang, verification=verification, glossary=glossary, text=q)
    page = termbase.entries(where, offset=offset, limit=limit)
    return JSONResponse(
        to_json(entry_page(page.entries, total=page.total, offset=page.offset, limit=page.limit))
    )


@router.get("/entries/{entry_id}", responses=problems(404))
async def get_entry(entry_id: str, termbase: Annotated[Termbase, Depends(get_termbase)]) -> JSONResponse:
    """The whole entry: every term, reading, rendering by system, source and relation."""
    return JSONResponse(to_json(entry_view(termbase.entry(entry_id), termbase.glossary)))
