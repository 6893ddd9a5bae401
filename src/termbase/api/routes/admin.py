"""POST /admin/reload: reload the glossary on request (off unless ``admin_token`` is set).

Off: 404, as for any path the service does not have. On: ``Authorization: Bearer <token>``
is required (401 without it, 403 with another token). In one process the answer waits for the
reload and reports it (200); under the supervisor the reload is the supervisor's, rolled out
worker by worker — this worker may be one it replaces — so the answer is 202 at once, and
``/healthz`` tells when it is done.
"""

from __future__ import annotations

import asyncio
import hmac
import time

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from termbase.api.problems import problem
from termbase.api.reload import ReloadControl
from termbase.api.routes.health import loaded_view, reload_view
from termbase.api.settings import Settings

router = APIRouter(include_in_schema=False)

#: Longest an in-process reload is waited for before answering 202 instead.
WAIT_SECONDS = 300.0


@router.post("/admin/reload")
async def admin_reload(request: Request) -> JSONResponse:
    settings: Settings = request.app.state.settings
    path = request.url.path
    if not settings.admin_token:
        return problem(404, "not-found", "Not found", f"no route {path}", path)
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        response = problem(401, "unauthorized", "Unauthorized", "an admin token is required (Bearer)", path)
        response.headers["WWW-Authenticate"] = 'Bearer realm="termbase admin"'
        return response
    if not hmac.compare_digest(token.strip().encode(), settings.admin_token.encode()):
        return problem(403, "forbidden", "Forbidden", "the admin token is not valid", path)
    reloader: ReloadControl = request.app.state.reloader
    accepted = reloader.request()
    finished = False
    if not reloader.supervised:
        deadline = time.monotonic() + WAIT_SECONDS
        while reloader.status.running and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        finished = not reloader.status.running
    body = {
        "accepted": accepted,
        "finished": finished,
        "loaded": loaded_view(request.app.state.termbase),
        "reload": reload_view(request),
    }
    return JSONResponse(body, status_code=200 if finished else 202)
