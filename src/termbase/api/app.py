"""The application factory: ``create_app(settings)``; the glossary is loaded once, at start-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from termbase.api import docs, metrics, problems, schemas
from termbase.api.access import AccessLog, configure_logging
from termbase.api.limits import BodyLimit
from termbase.api.quick import QuickAnswers
from termbase.api.reload import Reloader
from termbase.api.routes import admin, batch, entries, exports, health, lookup, pages, reconcile, systems
from termbase.api.settings import Settings, settings_from_env
from termbase.api.warm import load_for_serving
from termbase.service import Termbase
from termbase.version import __version__

DESCRIPTION = """Multilingual terminology and transliteration service for Russian, Chinese and
Japanese names: look up any spelling in any script, see every standard romanization, normalize
batches, check manuscripts, reconcile from OpenRefine, export TBX/CSV."""


def create_app(settings: Settings | None = None, *, termbase: Termbase | None = None) -> FastAPI:
    """The FastAPI app. ``termbase`` skips loading (tests pass a prepared one)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "termbase", None) is None:
            app.state.termbase = load_for_serving(*settings.glossaries)
        yield

    # Lookup endpoints are ``async def``: each takes well under a millisecond of CPU, so running
    # them on the event loop beats handing every request to the thread pool and back.
    app = FastAPI(
        title="termbase", version=__version__, description=DESCRIPTION, lifespan=lifespan, docs_url=None
    )
    docs.install(app)
    schemas.install_openapi(app)
    app.state.settings = settings
    app.state.termbase = termbase
    problems.install(app)
    app.add_middleware(QuickAnswers)  # innermost: CORS, limits and the access log still apply
    app.add_middleware(
        CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["*"], allow_headers=["*"]
    )
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, timeout=settings.body_timeout)
    app.add_middleware(AccessLog, log_query_strings=settings.log_query_strings)  # outermost: sees all
    configure_logging()
    # In one process SIGHUP and /admin/reload use this; a supervised worker is given another.
    app.state.reloader = Reloader(app, settings)
    for module in (health, lookup, entries, systems, batch, reconcile, exports, pages, admin, metrics):
        app.include_router(module.router)
    return app


def create_app_from_env() -> FastAPI:
    """Factory for worker processes started by ``termbase serve --workers N``."""
    return create_app(settings_from_env())
