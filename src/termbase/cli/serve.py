"""termbase serve: run the HTTP API and web page."""

from __future__ import annotations

import argparse
import os


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
    from termbase.api.settings import Settings, settings_to_env  # noqa: PLC0415
    from termbase.service import Termbase  # noqa: PLC0415

    base_url = args.base_url or f"http://{args.host}:{args.port}"
    settings = Settings(glossaries=tuple(args.glossary), base_url=base_url)
    if args.workers > 1:
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
        termbase = Termbase.load(*settings.glossaries).warm()
    print(
        f"termbase: {len(termbase.glossary.entries)} entries; serving on {base_url} (docs at {base_url}/docs)"
    )
    uvicorn.run(
        create_app(settings, termbase=termbase),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
    )
    return 0
