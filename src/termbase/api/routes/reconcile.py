"""The W3C Reconciliation API 0.2 for OpenRefine, at ``/reconcile``.

``GET /reconcile`` is the manifest; with ``queries=`` (GET or form-encoded POST) it reconciles a
batch and with ``extend=`` it extends rows. Preview, flyout, suggest and property proposal have
their own paths. JSON answers honour a ``callback`` parameter (JSONP) for old clients.
Each handler parses, calls one ``Reconciler`` method and formats; errors are problem+json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sized
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from termbase.api.deps import get_settings, get_termbase
from termbase.api.responses import WireJSON
from termbase.api.schemas import BODY_PROBLEMS, PROBLEM_RESPONSES, json_or_jsonp, problems
from termbase.api.settings import Settings
from termbase.reconcile import ReconcileQueryError, Reconciler, draft, manifest
from termbase.reconcile.service import MAX_SUGGEST
from termbase.service import Termbase

PATH = "/reconcile"
router = APIRouter(prefix=PATH, tags=["reconciliation"])

_CALLBACK = re.compile(r"^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,4}$", re.ASCII)
_PREVIEW_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
}

#: Batches of at most this many queries (OpenRefine sends 10) are answered on the event loop,
#: as a lookup is: a remembered answer costs far less than the hop to the thread pool and back,
#: and ten new ones block the loop for what a few lookups do. Larger batches go to the pool.
INLINE_BATCH = 10

Callback = Annotated[str | None, Query(description="JSONP: wrap the JSON in a call to this function")]
Limit = Annotated[int, Query(ge=1, le=MAX_SUGGEST)]


async def get_reconciler(termbase: Annotated[Termbase, Depends(get_termbase)]) -> Reconciler:
    """The loaded glossary's Reconciler (the Termbase owns it and its suggest index). ``async``:
    FastAPI runs a plain ``def`` dependency in the thread pool, a hop on every request."""
    return termbase.reconciler


Rec = Annotated[Reconciler, Depends(get_reconciler)]
Conf = Annotated[Settings, Depends(get_settings)]


def respond(body: Any, callback: str | None) -> Response:
    """JSON, or JSONP when a (safe) callback name is given."""
    if callback is None:
        return WireJSON(body)
    if not _CALLBACK.match(callback):
        raise ReconcileQueryError("callback must be a JavaScript identifier (letters, digits, _, $, dots)")
    # ASCII-only JSON: U+2028 and U+2029 are line breaks inside older JavaScript string literals.
    text = f"/**/{callback}({json.dumps(body, ensure_ascii=True)});"
    return Response(text, media_type="application/javascript", headers={"X-Content-Type-Options": "nosniff"})


async def _parameters(request: Request) -> dict[str, str]:
    """Query-string parameters, overridden by form fields on POST."""
    found = dict(request.query_params)
    if request.method == "POST":
        # One field may be as large as the whole body may be (starlette's default is 1 MB).
        settings: Settings = request.app.state.settings
        form = await request.form(max_part_size=settings.max_body_bytes)
        found.update({k: v for k, v in form.items() if isinstance(v, str)})
    return found


def answer_batch(reconciler: Reconciler, raw: str, *, max_batch: int) -> WireJSON | None:
    """The JSON answer to a ``queries=`` batch small enough for the event loop, else None (the
    route hands it to the thread pool). Plain POSTs reach it before FastAPI does
    (:mod:`termbase.api.quick`); raises the batch's errors."""
    batch = reconciler.parse_batch(raw, max_batch=max_batch)
    return WireJSON(reconciler.answer_batch(batch)) if _inline(batch) else None


def _inline(batch: Sized) -> bool:
    """Whether a batch is answered on the event loop, not in the thread pool (:data:`INLINE_BATCH`)."""
    return len(batch) <= INLINE_BATCH


async def _service(request: Request, reconciler: Reconciler, settings: Settings) -> Response:
    params = await _parameters(request)
    callback = params.get("callback")
    if "queries" in params:
        batch = reconciler.parse_batch(params["queries"], max_batch=settings.max_batch)
        if _inline(batch):
            body = reconciler.answer_batch(batch)
        else:
            body = await run_in_threadpool(reconciler.answer_batch, batch)
    elif "extend" in params:
        query = reconciler.parse_extend(params["extend"], max_batch=settings.max_batch)
        body = await run_in_threadpool(reconciler.extend, query)
    elif request.method == "POST":
        raise ReconcileQueryError("send 'queries' (a batch of queries) or 'extend' (a data extension query)")
    else:
        body = manifest(reconciler.glossary, base_url=settings.base_url)
    return respond(body, callback)


@router.get("", responses={**json_or_jsonp(), **problems(400, 413)})
async def get_service(request: Request, reconciler: Rec, settings: Conf) -> Response:
    """The manifest; with ``queries=`` a reconciliation batch; with ``extend=`` data extension."""
    return await _service(request, reconciler, settings)


@router.post("", responses={**json_or_jsonp(), **BODY_PROBLEMS})
async def post_service(request: Request, reconciler: Rec, settings: Conf) -> Response:
    """Form-encoded ``queries=`` (a batch of queries) or ``extend=`` (a data extension query)."""
    return await _service(request, reconciler, settings)


@router.get("/preview", response_class=HTMLResponse, responses=problems(400, 404))
def preview(reconciler: Rec, settings: Conf, id: Annotated[str, Query(max_length=200)]) -> HTMLResponse:
    """A small HTML card for an entry (no scripts), shown by OpenRefine in an iframe."""
    view_url = settings.base_url.rstrip("/") + "/entries/{{id}}"
    return HTMLResponse(reconciler.preview(id, view_url=view_url), headers=_PREVIEW_HEADERS)


@router.get("/flyout/entity", responses={**json_or_jsonp(), **problems(400, 404)})
def flyout(reconciler: Rec, id: Annotated[str, Query(max_length=200)], callback: Callback = None) -> Response:
    """``{"id", "html"}``: a short card for the suggest widget."""
    return respond(reconciler.flyout(id), callback)


@router.get("/suggest/entity", responses={**json_or_jsonp(), **PROBLEM_RESPONSES})
def suggest_entity(
    reconciler: Rec,
    prefix: Annotated[str, Query(max_length=200, description="the start of any spelling, any script")],
    type: Annotated[str | None, Query(description="only entries of this type (kind)")] = None,
    limit: Limit = 10,
    cursor: Annotated[int, Query(ge=0, le=10_000, description="results to skip")] = 0,
    callback: Callback = None,
) -> Response:
    """Entries with a form, reading or rendering starting with ``prefix``."""
    found = reconciler.suggest_entities(prefix, type_id=type, limit=limit, offset=cursor)
    return respond({"result": found}, callback)


@router.get("/suggest/type", responses={**json_or_jsonp(), **PROBLEM_RESPONSES})
def suggest_type(
    reconciler: Rec,
    prefix: Annotated[str, Query(max_length=200)],
    limit: Limit = 10,
    callback: Callback = None,
) -> Response:
    """Types (entry kinds) whose name contains ``prefix``."""
    return respond({"result": reconciler.suggest_types(prefix, limit=limit)}, callback)


@router.get("/suggest/property", responses={**json_or_jsonp(), **PROBLEM_RESPONSES})
def suggest_property(
    reconciler: Rec,
    prefix: Annotated[str, Query(max_length=200)],
    limit: Limit = 10,
    callback: Callback = None,
) -> Response:
    """Data extension properties whose name or id contains ``prefix``."""
    return respond({"result": reconciler.suggest_properties(prefix, limit=limit)}, callback)


@router.get("/propose_properties", responses={**json_or_jsonp(), **PROBLEM_RESPONSES})
def propose_properties(
    reconciler: Rec,
    type: Annotated[str | None, Query(description="the type (kind) of the reconciled column")] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
    callback: Callback = None,
) -> Response:
    """Properties data extension can add as columns for entries of a type."""
    return respond(reconciler.propose_properties(type, limit=limit), callback)


# The 1.0 draft at /reconcile/v1, on the same Reconciler. Routes as the draft lists them,
# relative to its root: GET / (manifest), POST /reconcile (JSON batch), GET /suggest/*,
# GET /preview, POST /extend (JSON), GET /extend/propose.
draft_router = APIRouter(prefix="/v1", tags=["reconciliation (1.0 draft)"])


@draft_router.get("")
def draft_manifest(reconciler: Rec, settings: Conf) -> JSONResponse:
    """The 1.0-draft manifest."""
    glossary = reconciler.glossary
    return JSONResponse(draft.manifest(glossary, base_url=settings.base_url, max_batch=settings.max_batch))


@draft_router.post("/reconcile", responses=BODY_PROBLEMS)
async def draft_reconcile(request: Request, reconciler: Rec, settings: Conf) -> JSONResponse:
    """``{"queries": [{"conditions": [...], "type", "limit"}]}`` -> ``{"results": [...]}``."""
    raw = (await request.body()).decode("utf-8", errors="replace")
    body = await run_in_threadpool(reconciler.reconcile_draft, raw, max_batch=settings.max_batch)
    return WireJSON(body)


@draft_router.post("/extend", responses=BODY_PROBLEMS)
async def draft_extend(request: Request, reconciler: Rec, settings: Conf) -> JSONResponse:
    """``{"ids", "properties"}`` -> ``{"meta", "rows": [{"id", "properties": [...]}]}``."""
    raw = (await request.body()).decode("utf-8", errors="replace")
    query = reconciler.parse_extend(raw, max_batch=settings.max_batch)
    return JSONResponse(draft.extension(await run_in_threadpool(reconciler.extend, query)))


@draft_router.get("/extend/propose", responses=PROBLEM_RESPONSES)
def draft_propose(
    reconciler: Rec,
    type: Annotated[str | None, Query()] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> JSONResponse:
    """Properties data extension can add for entries of a type."""
    return JSONResponse(reconciler.propose_properties(type, limit=limit))


draft_router.add_api_route(
    "/preview", preview, methods=["GET"], response_class=HTMLResponse, responses=problems(400, 404)
)
SUGGESTS = {**json_or_jsonp(), **PROBLEM_RESPONSES}
draft_router.add_api_route("/suggest/entity", suggest_entity, methods=["GET"], responses=SUGGESTS)
draft_router.add_api_route("/suggest/type", suggest_type, methods=["GET"], responses=SUGGESTS)
draft_router.add_api_route("/suggest/property", suggest_property, methods=["GET"], responses=SUGGESTS)
router.include_router(draft_router)
