"""The only code that reads glossary files.

A glossary is a folder holding ``glossary.yaml`` (metadata: id, name, description, licence,
sources) and any number of entry files beside it or below it: ``*.yaml`` (a list of entries) or
``*.jsonl`` (one entry object per line, for large generated glossaries). A path given to the
loader is either one glossary folder or a folder of glossary folders (like ``glossaries/``), so
users add their own glossaries beside the bundled one.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from termbase.errors import GlossaryError, InputError, Problem
from termbase.glossary.build import build_entry, build_info
from termbase.glossary.checks import check_ids, check_references, check_renderings
from termbase.glossary.collect import Collector
from termbase.glossary.quality import check_quality
from termbase.glossary.records import Record, iter_jsonl, read_yaml
from termbase.model import Entry, Glossary, GlossaryInfo

METADATA_FILE = "glossary.yaml"
ENTRY_SUFFIXES = (".yaml", ".yml", ".jsonl")


def bundled_path() -> Path:
    """The glossaries shipped with termbase (package data, or the source tree when editable)."""
    packaged = Path(str(resources.files("termbase"))) / "bundled" / "glossaries"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "glossaries"


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def glossary_folders(path: Path) -> list[Path]:
    """The glossary folders at ``path``: itself, or its children that have a glossary.yaml."""
    if not path.exists():
        raise InputError(f"glossary path does not exist: {path}")
    if not path.is_dir():
        raise InputError(f"glossary path is not a folder: {path}")
    if (path / METADATA_FILE).is_file():
        return [path]
    found = sorted(child for child in path.iterdir() if (child / METADATA_FILE).is_file())
    if not found:
        raise InputError(f"no {METADATA_FILE} in {path} or in any folder directly inside it")
    return found


@dataclass
class LoadReport:
    """What loading found: the glossary (None if any problem) and every problem."""

    glossary: Glossary | None
    problems: list[Problem]


def _entry_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix in ENTRY_SUFFIXES and p.name != METADATA_FILE
    )


def _load_folder(folder: Path, c: Collector) -> tuple[GlossaryInfo | None, list[Entry]]:
    meta, problems = read_yaml(folder / METADATA_FILE, _display(folder / METADATA_FILE))
    c.problems.extend(problems)
    info = None
    if isinstance(meta, Record):
        info = build_info(c, meta, str(folder))
    elif meta is not None or not problems:
        c.add(Problem(_display(folder / METADATA_FILE), 1, "bad-metadata", "glossary.yaml must be a mapping"))
    glossary_id = info.id if info else folder.name
    c.source_ids = frozenset(s.id for s in info.sources) if info else None
    entries: list[Entry] = []
    for path in _entry_files(folder):
        display = _display(path)
        records: Iterable[Any]
        if path.suffix == ".jsonl":
            records = iter_jsonl(path, display)  # streamed: a dictionary's file is large
        else:
            data, problems = read_yaml(path, display)
            records = data if isinstance(data, list) else []
            if data is not None and not isinstance(data, list):
                problems = [
                    *problems,
                    Problem(display, 1, "bad-type", "an entry file must be a list of entries"),
                ]
            c.problems.extend(problems)
        for record in records:
            if isinstance(record, Problem):
                c.add(record)
                continue
            if not isinstance(record, Record):
                c.add(Problem(display, 1, "bad-type", "each entry must be a mapping"))
                continue
            entry = build_entry(c, record, glossary_id)
            if entry is not None:
                entries.append(entry)
    return info, entries


def check(*paths: Path, check_systems: bool = True) -> LoadReport:
    """Load and validate every glossary at ``paths`` (default: the bundled ones).

    ``check_systems=False`` skips the checks that need the romanization engines (readings and
    claimed systems): only for tooling that runs before the engines are importable.
    """
    c = Collector(check_readings=check_systems)
    infos: list[GlossaryInfo] = []
    entries: list[Entry] = []
    folders = [folder for path in (paths or (bundled_path(),)) for folder in glossary_folders(path)]
    for folder in dict.fromkeys(folders):
        info, found = _load_folder(folder, c)
        if info:
            infos.append(info)
        entries.extend(found)
    c.problems.extend(check_ids(entries))
    c.problems.extend(check_references(entries))
    if check_systems:
        c.problems.extend(check_renderings(entries))
        c.problems.extend(check_quality(entries))
    glossary = None if c.problems else Glossary(tuple(infos), tuple(entries))
    return LoadReport(glossary, c.problems)


def content_hash(*paths: Path) -> str:
    """SHA-256 over every glossary file at ``paths`` (names and bytes): which version is loaded."""
    digest = hashlib.sha256()
    folders = [folder for path in (paths or (bundled_path(),)) for folder in glossary_folders(path)]
    for folder in dict.fromkeys(folders):
        for path in [folder / METADATA_FILE, *_entry_files(folder)]:
            digest.update(path.relative_to(folder.parent).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def load(*paths: Path, check_systems: bool = True) -> Glossary:
    """The glossaries at ``paths`` (default: bundled); raises :class:`GlossaryError` listing every problem."""
    report = check(*paths, check_systems=check_systems)
    if report.glossary is None:
        raise GlossaryError(report.problems)
    return report.glossary
