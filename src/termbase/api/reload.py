"""Reloading the glossary without downtime: validate, index, then swap, or keep the last good one.

In one process, ``termbase serve`` calls :meth:`Reloader.request` on SIGHUP (or on
``POST /admin/reload``). The new glossary is loaded and indexed in a background thread while
requests keep being served from the old one; only a glossary that loads without a problem
replaces it (one attribute assignment, atomic for every request that starts after it). A failed
reload is reported on ``/healthz`` and changes nothing.

With several workers the supervisor (:mod:`termbase.api.supervisor`) reloads: each worker holds
a :class:`SupervisedReload`, which reads the supervisor's state file and forwards a reload
request to it as SIGHUP.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from fastapi import FastAPI

from termbase.api.settings import Settings
from termbase.api.warm import load_for_serving
from termbase.errors import GlossaryError, TermbaseError


@dataclass
class ReloadStatus:
    reloads: int = 0
    last_attempt: float | None = None
    last_error: str | None = None
    running: bool = False
    #: Workers replaced after they ended unexpectedly (supervised mode only).
    replacements: int = 0


def describe_failure(exc: Exception) -> str:
    """One line for ``last_error``."""
    if isinstance(exc, GlossaryError):
        return f"{len(exc.problems)} problem(s); first: {exc.message}"
    if isinstance(exc, TermbaseError):
        return exc.message
    return str(exc)


class ReloadControl(Protocol):
    """What /healthz and /admin/reload need from either kind of reloader."""

    #: True when the reload is carried out by another process (the answer cannot wait for it).
    supervised: bool

    @property
    def status(self) -> ReloadStatus: ...

    def request(self) -> bool: ...


class Reloader:
    supervised = False

    def __init__(self, app: FastAPI, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self._status = ReloadStatus()
        self._lock = threading.Lock()

    @property
    def status(self) -> ReloadStatus:
        return self._status

    def request(self) -> bool:
        """Start a reload unless one is running; False when one already is."""
        with self._lock:
            if self._status.running:
                return False
            self._status.running = True
        threading.Thread(target=self._reload, name="glossary-reload", daemon=True).start()
        return True

    def reload_now(self) -> None:
        """Reload in this thread (tests, and the background thread)."""
        self._status.last_attempt = time.time()
        try:
            fresh = load_for_serving(*self.settings.glossaries)
        except (TermbaseError, OSError) as exc:
            self._status.last_error = describe_failure(exc)
        else:
            self.app.state.termbase = fresh
            self._status.reloads += 1
            self._status.last_error = None

    def _reload(self) -> None:
        try:
            self.reload_now()
        finally:
            self._status.running = False


class SupervisedReload:
    """A worker's view of the supervisor's reloads: its state file, and SIGHUP to ask for one."""

    supervised = True

    def __init__(self, state_file: Path, supervisor_pid: int) -> None:
        self.state_file = state_file
        self.supervisor_pid = supervisor_pid

    @property
    def status(self) -> ReloadStatus:
        try:
            recorded = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return ReloadStatus(last_error="the supervisor's state cannot be read")
        return ReloadStatus(**{k: v for k, v in recorded.items() if k in ReloadStatus.__dataclass_fields__})

    def request(self) -> bool:
        try:
            os.kill(self.supervisor_pid, signal.SIGHUP)
        except OSError:
            return False
        return True


def write_status(status: ReloadStatus, state_file: Path) -> None:
    """Replace the state file in one step (workers never read half of it)."""
    partial = state_file.with_suffix(".tmp")
    partial.write_text(json.dumps(asdict(status)), encoding="utf-8")
    partial.replace(state_file)
