"""``termbase serve --workers N``: a small supervisor on the standard library.

uvicorn's own multiprocess supervisor stops everything when a replacement worker cannot start,
and it cannot reload a glossary. This one:

- binds the socket once and hands it to every worker (the kernel shares out connections);
- validates the glossary once, then copies its files into a **snapshot** that workers load: a
  worker started later (a replacement for one that ended) loads the same, validated files,
  whatever has happened to the originals since — a broken file on disk never reaches a worker;
- replaces a worker that ends unexpectedly, retrying with a growing delay while the others keep
  serving; it never stops because one worker failed;
- on SIGHUP validates the new files once (the last good glossary stays when they have a
  problem), then rolls them out one worker at a time: a new worker starts, reports that it has
  loaded, and only then is an old one asked to finish its requests and stop;
- writes its state (reloads, last error) to a file every worker reports on ``/healthz``.

A worker reports on a pipe: ``ready`` once it has loaded and indexed its snapshot, or
``failed <message>``.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType

from termbase.api.reload import ReloadStatus, describe_failure, write_status
from termbase.api.settings import Settings, settings_to_env
from termbase.errors import TermbaseError
from termbase.glossary.loader import ENTRY_SUFFIXES, bundled_path, glossary_folders
from termbase.service import Termbase

#: Seconds a worker may take to load its glossary (100,000 entries took 95 s on the dev machine).
START_TIMEOUT = 600.0
#: Seconds a retired worker has to finish its requests (uvicorn's graceful shutdown is 30 s).
RETIRE_TIMEOUT = 35.0
#: Longest wait between attempts to replace a worker that will not start.
MAX_BACKOFF = 30.0
#: Exit code of a worker that could not load its glossary.
LOAD_FAILED = 3


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    reports: int  # read end of the worker's status pipe
    generation: int


def log(message: str) -> None:
    print(f"termbase: {message}", file=sys.stderr, flush=True)


class Supervisor:
    def __init__(self, settings: Settings, *, host: str, port: int, workers: int) -> None:
        self.settings = settings
        self.host = host
        self.port = port
        self.size = workers
        self.sources = settings.glossaries or (bundled_path(),)
        self.status = ReloadStatus()
        self.workers: list[Worker] = []
        self.generation = 0
        self.runtime = Path()
        self.sock: socket.socket | None = None
        self._stopping = False
        self._reload_requested = False
        self._failures = 0  # consecutive failed replacement attempts
        self._missing = 0  # workers to replace
        self._next_attempt = 0.0
        self._copies: list[tuple[Path, Path]] = []  # (copy, original) of the last snapshot

    # --- the main loop ---------------------------------------------------------------------

    def run(self) -> int:
        """Serve until SIGTERM or SIGINT; raise TermbaseError (one message) if start-up fails."""
        from termbase.api.server import listen  # noqa: PLC0415

        # The original files, so problems are named by their own paths; only the count is kept
        # (the supervisor holds no glossary: its workers do). Opening compiles the index into
        # the cache once, so every worker maps the same pages instead of building its own.
        entries = len(Termbase.open(*self.sources).glossary.entries)
        self.sock = listen(self.host, self.port)
        self.runtime = Path(tempfile.mkdtemp(prefix="termbase-serve-"))
        (self.runtime / "metrics").mkdir()
        try:
            self.generation = 1
            self._snapshot(self.generation)
            self._write_status()
            self._install_signals()
            self._start_all()
            serving = f"{len(self.workers)} of {self.size}" if self._missing else f"{self.size}"
            log(
                f"{entries} entries; {serving} workers serving on {self.settings.base_url}"
                f" (docs at {self.settings.base_url}/docs; supervisor pid {os.getpid()})"
            )
            while not self._stopping:
                self._tick()
                time.sleep(0.1)
            return 0
        finally:
            self._stop_all()
            self.sock.close()
            shutil.rmtree(self.runtime, ignore_errors=True)

    def _tick(self) -> None:
        for worker in [w for w in self.workers if w.process.poll() is not None]:
            self._forget(worker)
            self._missing += 1
            log(f"worker {worker.process.pid} ended (exit code {worker.process.returncode}); replacing it")
        if self._missing and time.monotonic() >= self._next_attempt:
            self._replace_one()
        if self._reload_requested:
            self._reload_requested = False
            self._reload()

    def _start_all(self) -> None:
        started = [self._spawn(self.generation) for _ in range(self.size)]
        for worker in started:
            failure = self._await_ready(worker)
            if failure is None:
                self.workers.append(worker)
            elif self._stopping:
                break  # asked to stop while starting: not a failure
            elif _killed(worker):
                # Killed from outside (the OOM killer, an operator) before it was ready: the
                # glossary is fine, so it is replaced like any worker that ends, not fatal.
                log(f"worker {worker.process.pid} was killed while starting ({failure}); replacing it")
                self._forget(worker)
                self._missing += 1
            else:
                for other in started:
                    self._retire(other)
                raise TermbaseError(f"a worker could not start: {failure}")

    def _replace_one(self) -> None:
        worker = self._spawn(self.generation)
        failure = self._await_ready(worker)
        if failure is None:
            self.workers.append(worker)
            self._missing -= 1
            self._failures = 0
            self.status.replacements += 1
        else:
            self._retire(worker)
            self._failures += 1
            delay = min(MAX_BACKOFF, 0.5 * 2**self._failures)
            self._next_attempt = time.monotonic() + delay
            self.status.last_error = f"a replacement worker did not start: {failure}"
            log(f"{self.status.last_error}; trying again in {delay:g} s")
        self._write_status()

    # --- reload ----------------------------------------------------------------------------

    def _reload(self) -> None:
        self.status.running = True
        self.status.last_attempt = time.time()
        self._write_status()
        generation = self.generation + 1
        try:
            self._validate(self._snapshot(generation))
        except (TermbaseError, OSError) as exc:
            self.status.last_error = describe_failure(exc)
            log(f"reload failed, still serving the last good glossary: {self.status.last_error}")
            shutil.rmtree(self._generation_dir(generation), ignore_errors=True)
        else:
            self._roll(generation)
        self.status.running = False
        self._write_status()

    def _validate(self, paths: tuple[Path, ...]) -> None:
        try:
            Termbase.open(*paths)  # validated and compiled once, for every worker of this generation
        except TermbaseError as exc:
            # Name the files the operator edited, not their copies.
            for copy, original in self._copies:
                exc.message = exc.message.replace(_display(copy), _display(original))
            raise

    def _roll(self, generation: int) -> None:
        previous = self.generation
        self.generation = generation  # replacements from now on load the new files
        for rolled, old in enumerate(list(self.workers)):
            new = self._spawn(generation)
            failure = self._await_ready(new)
            if failure is not None:
                self._retire(new)
                if rolled == 0:  # nothing changed: replacements keep loading the last good files
                    self.generation = previous
                    shutil.rmtree(self._generation_dir(generation), ignore_errors=True)
                self.status.last_error = (
                    f"the new glossary was valid but a worker could not load it ({rolled} of "
                    f"{len(self.workers)} workers have it): {failure}"
                )
                log(self.status.last_error)
                return
            self.workers.append(new)
            self._forget(old)
            self._retire(old)
        self.status.reloads += 1
        self.status.last_error = None
        shutil.rmtree(self._generation_dir(previous), ignore_errors=True)
        log(f"reloaded the glossary in {len(self.workers)} workers")

    # --- snapshots -------------------------------------------------------------------------

    def _generation_dir(self, generation: int) -> Path:
        return self.runtime / f"glossary-{generation}"

    def _snapshot(self, generation: int) -> tuple[Path, ...]:
        """Copy the glossary files (only those) into this generation's folder; the paths to load."""
        target = self._generation_dir(generation)
        paths: list[Path] = []
        seen: set[Path] = set()
        self._copies = []
        for number, source in enumerate(self.sources):
            folders = [f for f in glossary_folders(source) if f.resolve() not in seen]
            if not folders:
                continue
            for folder in folders:
                seen.add(folder.resolve())
                copy = target / str(number) / folder.name
                shutil.copytree(folder, copy, ignore=_not_glossary_files)
                self._copies.append((copy, folder))
            paths.append(target / str(number))
        return tuple(paths)

    def _snapshot_paths(self, generation: int) -> tuple[Path, ...]:
        target = self._generation_dir(generation)
        return tuple(sorted((p for p in target.iterdir() if p.is_dir()), key=lambda p: int(p.name)))

    # --- workers ---------------------------------------------------------------------------

    def _spawn(self, generation: int) -> Worker:
        assert self.sock is not None
        reports, writer = os.pipe()
        settings = replace(self.settings, glossaries=self._snapshot_paths(generation))
        env = {
            **os.environ,
            **settings_to_env(settings),
            "PROMETHEUS_MULTIPROC_DIR": str(self.runtime / "metrics"),
        }
        command = [
            sys.executable,
            "-m",
            "termbase.api.worker",
            "--fd",
            str(self.sock.fileno()),
            "--status-fd",
            str(writer),
            "--state",
            str(self.runtime / "state.json"),
            "--supervisor",
            str(os.getpid()),
        ]
        process = subprocess.Popen(command, env=env, pass_fds=(self.sock.fileno(), writer))
        os.close(writer)
        return Worker(process, reports, generation)

    def _await_ready(self, worker: Worker) -> str | None:
        """None once the worker reports it is ready; otherwise why it is not."""
        deadline = time.monotonic() + START_TIMEOUT
        received = b""
        while time.monotonic() < deadline and not self._stopping:
            readable, _, _ = select.select([worker.reports], [], [], 0.2)
            if readable:
                chunk = os.read(worker.reports, 65536)
                received += chunk
                if received.startswith(b"ready"):
                    return None
                if b"\n" in received:
                    break
                if not chunk:  # the worker closed its end: it is ending; let it be reaped
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        worker.process.wait(timeout=5.0)
                    break
            elif worker.process.poll() is not None:
                break
        message = received.decode("utf-8", "replace").strip().removeprefix("failed ").strip()
        if message:
            return message
        if self._stopping:
            return "the service is stopping"
        if worker.process.poll() is not None:
            return f"the worker ended with exit code {worker.process.returncode} before it was ready"
        return f"the worker was not ready after {START_TIMEOUT:g} s"

    def _forget(self, worker: Worker) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        with contextlib.suppress(OSError):  # already closed when a worker is forgotten twice
            os.close(worker.reports)
        self._mark_dead(worker)

    def _retire(self, worker: Worker) -> None:
        """Ask the worker to finish its requests and stop; kill it if it does not."""
        if worker.process.poll() is None:
            worker.process.send_signal(signal.SIGTERM)
            try:
                worker.process.wait(timeout=RETIRE_TIMEOUT)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()
        self._forget(worker)

    def _stop_all(self) -> None:
        for worker in self.workers:
            if worker.process.poll() is None:
                worker.process.send_signal(signal.SIGTERM)
        for worker in list(self.workers):
            self._retire(worker)

    def _mark_dead(self, worker: Worker) -> None:
        """A dead worker's live gauges leave /metrics (prometheus-client's multiprocess mode)."""
        try:
            from prometheus_client import multiprocess  # noqa: PLC0415
        except ImportError:
            return
        multiprocess.mark_process_dead(worker.process.pid, str(self.runtime / "metrics"))  # type: ignore[no-untyped-call]

    # --- signals and state -----------------------------------------------------------------

    def _install_signals(self) -> None:
        def stop(signum: int, frame: FrameType | None) -> None:
            self._stopping = True

        def reload(signum: int, frame: FrameType | None) -> None:
            self._reload_requested = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, reload)

    def _write_status(self) -> None:
        write_status(self.status, self.runtime / "state.json")


def _killed(worker: Worker) -> bool:
    """True when the worker was ended by a signal rather than exiting on its own."""
    code = worker.process.poll()
    return code is not None and code < 0


def _not_glossary_files(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if not (Path(folder) / n).is_dir() and not n.endswith(ENTRY_SUFFIXES)}


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
