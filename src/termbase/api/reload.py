"""Reloading the glossary without downtime: validate, index, then swap, or keep the last good one.

``termbase serve`` calls :meth:`Reloader.request` on SIGHUP. The new glossary is loaded and
indexed in a background thread while requests keep being served from the old one; only a
glossary that loads without a problem replaces it (one attribute assignment, atomic for every
request that starts after it). A failed reload is reported on ``/healthz`` and changes nothing.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from fastapi import FastAPI

from termbase.api.heap import long_lived
from termbase.api.settings import Settings
from termbase.errors import GlossaryError, TermbaseError
from termbase.service import Termbase


@dataclass
class ReloadStatus:
    reloads: int = 0
    last_attempt: float | None = None
    last_error: str | None = None
    running: bool = False


class Reloader:
    def __init__(self, app: FastAPI, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.status = ReloadStatus()
        self._lock = threading.Lock()

    def request(self) -> bool:
        """Start a reload unless one is running; False when one already is."""
        with self._lock:
            if self.status.running:
                return False
            self.status.running = True
        threading.Thread(target=self._reload, name="glossary-reload", daemon=True).start()
        return True

    def reload_now(self) -> None:
        """Reload in this thread (tests, and the background thread)."""
        self.status.last_attempt = time.time()
        try:
            with long_lived():
                fresh = Termbase.open(*self.settings.glossaries).warm()
        except GlossaryError as exc:
            self.status.last_error = f"{len(exc.problems)} problem(s); first: {exc.message}"
        except (TermbaseError, OSError) as exc:
            self.status.last_error = str(exc)
        else:
            self.app.state.termbase = fresh
            self.status.reloads += 1
            self.status.last_error = None

    def _reload(self) -> None:
        try:
            self.reload_now()
        finally:
            self.status.running = False
