"""Writing glossary folders (glossary.yaml + entries.yaml) that the loader accepts.

Files are YAML 1.2 in the hand-written style of ``glossaries/`` (short terms as one-line flow
mappings). Writing is all-or-nothing: everything goes to a staging folder beside the target,
the loader validates it there, and only a valid glossary is moved into place. On any error the
staging folder is removed and the target is untouched.
"""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from termbase.errors import GlossaryError, InputError
from termbase.glossary.loader import METADATA_FILE, check
from termbase.interop.records import GlossaryRecords

ENTRIES_FILE = "entries.yaml"
#: Flow mappings (``{lang: en, form: …}``) longer than this are written as blocks.
FLOW_LIMIT = 100


def _yaml() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 4096  # no folding: one line per field, as people write them
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _flow_length(value: Any) -> int:
    """About how long ``value`` is in flow style (``{k: v, k: v}``)."""
    if isinstance(value, dict):
        return 2 + sum(len(str(k)) + 2 + _flow_length(v) + 2 for k, v in value.items())
    if isinstance(value, list):
        return 2 + sum(_flow_length(v) + 2 for v in value)
    return len(str(value))


def _node(value: Any, *, flow_ok: bool = False) -> Any:
    """Plain values -> ruamel nodes: short mappings and scalar lists in flow style."""
    if isinstance(value, dict):
        node = CommentedMap((k, _node(v, flow_ok=True)) for k, v in value.items())
        if flow_ok and "\n" not in str(value) and _flow_length(value) <= FLOW_LIMIT:
            node.fa.set_flow_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_node(v, flow_ok=True) for v in value)
        if all(isinstance(v, str) for v in value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    return value


def dump(value: Any) -> str:
    stream = io.StringIO()
    _yaml().dump(_node(value), stream)
    return stream.getvalue()


def entries_yaml(entries: Sequence[dict[str, Any]], *, comment: str = "") -> str:
    """An entry file: a list of entries, one blank line between them, as people write them."""
    blocks = []
    for entry in entries:
        lines = dump(entry).rstrip("\n").split("\n")
        blocks.append("\n".join(["- " + lines[0], *("  " + line if line else line for line in lines[1:])]))
    head = f"# {comment}\n\n" if comment else ""
    return head + "\n\n".join(blocks) + "\n"


def metadata_yaml(info: dict[str, Any], *, comment: str = "") -> str:
    head = f"# {comment}\n" if comment else ""
    return head + dump(info)


def _write_folder(group: GlossaryRecords, folder: Path, comment: str) -> None:
    folder.mkdir()
    (folder / METADATA_FILE).write_text(metadata_yaml(group.info, comment=comment), encoding="utf-8")
    (folder / ENTRIES_FILE).write_text(entries_yaml(group.entries, comment=comment), encoding="utf-8")


def _replaceable(target: Path) -> bool:
    """--force only replaces an empty folder or a glossary folder, never some other folder."""
    if (target / METADATA_FILE).is_file():
        return True
    children = list(target.iterdir())
    return all(child.is_dir() and (child / METADATA_FILE).is_file() for child in children)


def _check_target(target: Path, *, force: bool) -> None:
    if not target.parent.is_dir():
        raise InputError(f"the folder to write into must be inside an existing folder: {target.parent}")
    if not target.exists():
        return
    if not target.is_dir():
        raise InputError(f"{target} exists and is not a folder")
    if not force:
        raise InputError(f"{target} already exists; use --force to replace it")
    if not _replaceable(target):
        raise InputError(f"{target} holds files that are not a glossary; refusing to replace it")


def _relocated(error: GlossaryError, staging: Path, target: Path) -> GlossaryError:
    """Problems as they would read at the target path, not in the staging folder."""
    shown = os.path.relpath(staging)
    problems = [dataclasses.replace(p, path=p.path.replace(shown, str(target), 1)) for p in error.problems]
    return GlossaryError(problems)


def write_glossaries(
    groups: Sequence[GlossaryRecords], target: Path, *, force: bool = False, comment: str = ""
) -> Path:
    """Write ``groups`` as a glossary folder at ``target`` (a folder of folders when several).

    Validates with the loader before anything appears at ``target``; raises ``GlossaryError``
    with every problem (and writes nothing) when the result would not load.
    """
    if not groups:
        raise InputError("nothing to write: the file holds no glossary entries")
    _check_target(target, force=force)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        root = staging / "glossary"
        if len(groups) == 1:
            _write_folder(groups[0], root, comment)
        else:
            root.mkdir()
            for group in groups:
                _write_folder(group, root / str(group.info["id"]), comment)
        report = check(root)
        if report.glossary is None:
            raise _relocated(GlossaryError(report.problems), root, target)
        _swap_in(root, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _swap_in(new: Path, target: Path) -> None:
    if not target.exists():
        new.rename(target)
        return
    old = new.parent / "replaced"
    target.rename(old)
    new.rename(target)
