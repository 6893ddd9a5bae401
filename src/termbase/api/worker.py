"""One worker process of ``termbase serve --workers N`` (started by the supervisor, not by hand).

It loads the snapshot the supervisor validated, reports ``ready`` (or ``failed <why>``) on its
status pipe, and serves on the socket it inherited until SIGTERM. It ends by itself if the
supervisor goes away, so no orphan keeps serving an old glossary.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from termbase.api.app import create_app
from termbase.api.reload import SupervisedReload, describe_failure
from termbase.api.server import uvicorn_config
from termbase.api.settings import settings_from_env
from termbase.api.supervisor import LOAD_FAILED
from termbase.api.warm import load_for_serving


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m termbase.api.worker")
    parser.add_argument("--fd", type=int, required=True, help="the listening socket")
    parser.add_argument("--status-fd", type=int, required=True, help="where to report ready/failed")
    parser.add_argument("--state", type=Path, required=True, help="the supervisor's state file")
    parser.add_argument("--supervisor", type=int, required=True, help="the supervisor's pid")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # the supervisor reloads, then replaces us
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the supervisor, which stops us
    with os.fdopen(args.status_fd, "w", encoding="utf-8") as report:
        try:
            server, sock = _prepare(args.fd, args.state, args.supervisor)
        except Exception as exc:  # any failure to start is reported, then the exit code says it
            report.write(f"failed {describe_failure(exc)}\n")
            return LOAD_FAILED
        report.write("ready\n")
    _watch(args.supervisor)
    server.run(sockets=[sock])
    return 0


def _prepare(fd: int, state: Path, supervisor: int) -> tuple[uvicorn.Server, socket.socket]:
    settings = settings_from_env()
    termbase = load_for_serving(*settings.glossaries)
    app = create_app(settings, termbase=termbase)
    app.state.reloader = SupervisedReload(state, supervisor)
    return uvicorn.Server(uvicorn_config(app, settings)), socket.socket(fileno=fd)


def _watch(supervisor: int) -> None:
    """Stop (gracefully) when the supervisor is gone: we were re-parented."""

    def watch() -> None:
        while os.getppid() == supervisor:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="supervisor-watch", daemon=True).start()


if __name__ == "__main__":
    raise SystemExit(main())
