"""termbase serve: run the HTTP API and web page (one process, or supervised workers)."""

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
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes under a supervisor (default 1: no supervisor)",
    )
    parser.add_argument("--base-url", help="public URL of the service (default http://HOST:PORT)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that other commands start without loading the web stack.
    from termbase.api.settings import settings_from_env  # noqa: PLC0415
    from termbase.errors import InputError  # noqa: PLC0415

    if args.workers < 1:
        raise InputError(f"--workers must be 1 or more, not {args.workers}")
    settings = _settings(args, settings_from_env())
    if args.workers > 1:
        from termbase.api.supervisor import Supervisor  # noqa: PLC0415

        return Supervisor(settings, host=args.host, port=args.port, workers=args.workers).run()
    return _serve_one_process(args, settings)


def _serve_one_process(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn  # noqa: PLC0415

    from termbase.api.app import create_app  # noqa: PLC0415
    from termbase.api.reload import Reloader  # noqa: PLC0415
    from termbase.api.server import listen, uvicorn_config  # noqa: PLC0415
    from termbase.api.warm import load_for_serving, warm_in_background  # noqa: PLC0415

    # Load before binding so a broken glossary fails fast with its problems, not a server error;
    # the engines' first use is paid once listening, before /readyz says ready.
    termbase = load_for_serving(*settings.glossaries, engines=False)
    sock = listen(args.host, args.port)
    base_url = settings.base_url
    print(
        f"termbase: {len(termbase.glossary.entries)} entries; serving on {base_url} (docs at {base_url}/docs)"
    )
    app = create_app(settings, termbase=termbase)
    reloader: Reloader = app.state.reloader
    # SIGHUP reloads the glossary (validated, indexed, then swapped); it no longer ends the server.
    signal.signal(signal.SIGHUP, lambda *_: reloader.request())
    sys.stdout.flush()
    app.state.warming = warm_in_background(termbase)
    try:
        uvicorn.Server(uvicorn_config(app, settings)).run(sockets=[sock])
    finally:
        sock.close()
    return 0


def _settings(args: argparse.Namespace, env: Settings) -> Settings:
    """Flags over TERMBASE_* variables over defaults."""
    from dataclasses import replace  # noqa: PLC0415

    glossaries = tuple(args.glossary) or env.glossaries
    base_url = args.base_url or (env.base_url if "TERMBASE_BASE_URL" in os.environ else "")
    return replace(env, glossaries=glossaries, base_url=base_url or f"http://{args.host}:{args.port}")
