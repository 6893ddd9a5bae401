"""Compiled indexes cached by what they were compiled from, so a stale one is never served.

A cached index lives in ``<cache>/index-<glossary hash>-<engine hash>``: the glossary hash is
:func:`~termbase.glossary.loader.content_hash` of the glossary files (names and bytes) and the
engine hash is :func:`engine_fingerprint`, a SHA-256 over termbase's own code and data files
(every romanization table is data, so a changed table is a changed engine). Changing a glossary
file or upgrading termbase therefore names another folder; the old one is simply not read. The
manifest repeats both hashes, and :func:`cached_index` checks them again on open.

The cache folder is ``$TERMBASE_CACHE`` when set (``off`` disables the cache: every process
builds in memory), else ``$XDG_CACHE_HOME/termbase``, else ``~/.cache/termbase``. A cached index
that cannot be read (truncated, damaged, another format) is rebuilt; a cache that cannot be
written leaves the process with its in-memory build.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from termbase.lookup.build import build_index
from termbase.lookup.compiled import IndexFileError, compile_index, open_index
from termbase.lookup.index import Index
from termbase.model import Glossary

ENV = "TERMBASE_CACHE"
DISABLED = "off"
_PACKAGE = Path(__file__).resolve().parents[1]
#: Package folders that are not engine: the bundled glossaries are hashed as glossary files.
_NOT_ENGINE = frozenset({"__pycache__", "bundled"})


def cache_root() -> Path | None:
    """The cache folder, or ``None`` when ``TERMBASE_CACHE=off``."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen == DISABLED:
        return None
    if chosen:
        return Path(chosen).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "termbase"


def engine_fingerprint() -> str:
    """SHA-256 over every code and data file of the installed termbase package (about 2 MB)."""
    digest = hashlib.sha256()
    files = sorted(
        path
        for path in _PACKAGE.rglob("*")
        if path.is_file() and not _NOT_ENGINE.intersection(path.relative_to(_PACKAGE).parts)
    )
    for path in files:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def artifact_path(root: Path, content_hash: str, engine: str) -> Path:
    return root / f"index-{content_hash[:24]}-{engine[:12]}"


def cached_index(content_hash: str, load: Callable[[], Glossary], *, root: Path | None = None) -> Index:
    """The compiled index of these glossary files from the cache, compiled first (from the
    glossary ``load`` gives) when the cache has none or an unreadable one."""
    root = root or cache_root()
    if root is None:
        return build_index(load())
    engine = engine_fingerprint()
    folder = artifact_path(root, content_hash, engine)
    if folder.exists():
        try:
            return open_index(folder, content_hash=content_hash, engine=engine)
        except IndexFileError:
            shutil.rmtree(folder, ignore_errors=True)  # rebuilt below, never served
    glossary = load()
    try:
        compile_index(glossary, folder, content_hash=content_hash, engine=engine)
    except OSError:
        return build_index(glossary)  # a read-only or full cache: serve an in-memory build
    # Served from the files just written, as every later process will be: every worker
    # shares the same pages.
    return open_index(folder, content_hash=content_hash, engine=engine)
