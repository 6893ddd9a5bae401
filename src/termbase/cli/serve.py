"""termbase serve: run the HTTP API and web page."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from termbase.api.settings import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("serve", help="serve the HTTP API and web page")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--base-url", help="public URL of the service (default http://HOST:PORT)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that other commands start without loading the web stack.
    import uvicorn  # noqa: PLC0415

    from termbase.api.app import create_app  # noqa: PLC0415
    from termbase.api.heap import long_lived  # noqa: PLC0415
    from termbase.api.reload import Reloader  # noqa: PLC0415
    from termbase.api.settings import settings_from_env, settings_to_env  # noqa: PLC0415
    from termbase.service import Termbase  # noqa: PLC0415

    settings = _settings(args, settings_from_env())
    base_url = settings.base_url
    if args.workers > 1:
        # Validate and compile here, once: a broken glossary is one clear message and exit 1,
        # not a traceback from every worker and a supervisor that exits 0; the workers then
        # open the compiled index and share its pages.
        Termbase.open(*settings.glossaries)
        os.environ.update(settings_to_env(settings))
        uvicorn.run(
            "termbase.api.app:create_app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="warning",
            access_log=False,
        )
        return 0
    # Load before binding so a broken glossary fails fast with its problems, not a server error.
    with long_lived():
        termbase = Termbase.open(*settings.glossaries).warm()
    print(
        f"termbase: {len(termbase.glossary.entries)} entries; serving on {base_url} (docs at {base_url}/docs)"
    )
    app = create_app(settings, termbase=termbase)
    reloader = app.state.reloader = Reloader(app, settings)
    # SIGHUP reloads the glossary (validated, indexed, then swapped); it no longer ends the server.
    signal.signal(signal.SIGHUP, lambda *_: reloader.request())
    sys.stdout.flush()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
    )
    return 0


def _settings(args: argparse.Namespace, env: Settings) -> Settings:
    """Flags over TERMBASE_* variables over defaults."""
    from dataclasses import replace  # noqa: PLC0415

    glossaries = tuple(args.glossary) or env.glossaries
    base_url = args.base_url or (env.base_url if "TERMBASE_BASE_URL" in os.environ else "")
    return replace(env, glossaries=glossaries, base_url=base_url or f"http://{args.host}:{args.port}")
