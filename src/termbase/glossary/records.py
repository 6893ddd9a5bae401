"""Reading glossary source files into located records (mappings that know their line numbers).

YAML files are read as YAML 1.2 (ruamel.yaml), so ``no``, ``on`` and ``off`` stay strings. JSON
Lines files (one entry per line) serve large or generated glossaries, which load much faster.

Hostile files are problems, not crashes: nesting deeper than :data:`MAX_DEPTH` (the C composer
overflows the stack on a hundred thousand ``[``), YAML aliases (an alias bomb expands to billions
of nodes from a few lines; glossary files have no use for them), control characters and invalid
UTF-8 each become one problem at their line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from termbase.errors import Problem

#: Deepest nesting of mappings and lists in a glossary file (an entry needs four or five).
MAX_DEPTH = 64


@dataclass(frozen=True, slots=True)
class Record:
    """A mapping from a source file, with the line of the record and of each of its keys."""

    data: dict[str, Any]
    path: str
    line: int
    key_lines: dict[str, int] = field(default_factory=dict)
    item_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)

    def problem(self, key: str | None, code: str, message: str, hint: str = "") -> Problem:
        return Problem(self.path, self.line_of(key) if key else self.line, code, message, hint)

    def children(self, key: str) -> Iterator[Record | Problem]:
        """The mappings in list ``key`` as records (a non-mapping item is a problem)."""
        items = self.data.get(key) or []
        item_lines = self.item_lines.get(key, ())
        for index, item in enumerate(items):
            line = item_lines[index] if index < len(item_lines) else self.line_of(key)
            if isinstance(item, Record):
                yield item
            else:
                yield Problem(self.path, line, "bad-type", f"{key}[{index}] must be a mapping")


class _Located:
    """Turns composed YAML nodes into plain values, mappings into ``Record`` (1-based lines)."""

    def __init__(self, yaml: YAML, path: str) -> None:
        self.yaml = yaml
        self.path = path
        self.problems: list[Problem] = []

    def value(self, node: Node) -> Any:
        if isinstance(node, MappingNode):
            return self.mapping(node)
        if isinstance(node, SequenceNode):
            return [self.value(item) for item in node.value]
        if node.tag == "tag:yaml.org,2002:str":
            return str(node.value)
        scalar = self.yaml.constructor.construct_object(node, deep=True)
        return scalar if scalar is None or isinstance(scalar, bool | int | float) else str(scalar)

    def mapping(self, node: MappingNode) -> Record:
        key_lines: dict[str, int] = {}
        item_lines: dict[str, tuple[int, ...]] = {}
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key, line = str(key_node.value), key_node.start_mark.line + 1
            if key in data:
                self.problems.append(Problem(self.path, line, "duplicate-key", f"key '{key}' appears twice"))
            key_lines[key] = line
            data[key] = self.value(value_node)
            if isinstance(value_node, SequenceNode):
                item_lines[key] = tuple(item.start_mark.line + 1 for item in value_node.value)
        return Record(data, self.path, node.start_mark.line + 1, key_lines, item_lines)


def _yaml() -> YAML:
    # The safe C parser (ruamel.yaml.clib) with ruamel's YAML 1.2 resolver: five times faster
    # than the round-trip loader, and its nodes still carry line numbers.
    yaml = YAML(typ="safe", pure=False)
    yaml.version = (1, 2)
    return yaml


def _structure_problem(yaml: YAML, text: str, display: str) -> Problem | None:
    """An alias or too deep a nesting, found from the parser's events (a flat stream, so no
    recursion) before the composer builds nodes from them."""
    depth = 0
    for event in yaml.parse(text):
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1
                return Problem(display, line, "too-deep", f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
        elif isinstance(event, AliasEvent):
            line = event.start_mark.line + 1
            message = f"YAML alias *{event.anchor}: glossary files may not use anchors and aliases"
            return Problem(display, line, "yaml-alias", message, "write the value out where it is used")
    return None


def _syntax_problem(exc: YAMLError, display: str) -> Problem:
    if isinstance(exc, MarkedYAMLError):
        # The context mark is where the broken construct starts, which is where people look.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + 1 if mark else 1
        what = " ".join(str(part).strip() for part in (exc.context, exc.problem) if part)
        return Problem(display, line, "yaml-syntax", what or str(exc).strip())
    # ReaderError (a control character) says only where, as a character offset
    what = str(exc).splitlines()[0].strip()
    return Problem(display, 1, "yaml-syntax", what)


def read_yaml(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Parse one YAML file; syntax errors become a problem at their line."""
    yaml = _yaml()
    try:
        text = path.read_text(encoding="utf-8")
        hostile = _structure_problem(yaml, text, display)
        if hostile is not None:
            return None, [hostile]
        node = yaml.compose(text)
    except YAMLError as exc:
        return None, [_syntax_problem(exc, display)]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(display, 1, "unreadable-file", str(exc))]
    if node is None:
        return None, []
    located = _Located(yaml, display)
    return located.value(node), located.problems


class _TooDeep(ValueError):
    pass


def record_of(value: Any, path: str, line: int, depth: int = 1) -> Any:
    """A JSON value with its mappings made :class:`Record` (all at ``line``): how the loader
    sees one line of a JSON Lines file, for code that builds entries without a file.
    Raises :class:`_TooDeep` past :data:`MAX_DEPTH` levels."""
    if depth > MAX_DEPTH:
        raise _TooDeep
    if isinstance(value, dict):
        data = {str(k): record_of(v, path, line, depth + 1) for k, v in value.items()}
        return Record(data, path, line)
    if isinstance(value, list):
        return [record_of(v, path, line, depth + 1) for v in value]
    return value


def iter_jsonl(path: Path, display: str) -> Iterator[Any | Problem]:
    """A JSON Lines file, one line at a time (a dictionary's glossary has hundreds of
    thousands): each non-blank line's record, or the problem that line has."""
    try:
        with path.open(encoding="utf-8-sig") as lines:  # a BOM is no syntax error
            for number, text in enumerate(lines, start=1):
                if not text.strip():
                    continue
                try:
                    yield record_of(json.loads(text), display, number)
                except json.JSONDecodeError as exc:
                    yield Problem(display, number, "json-syntax", exc.msg)
                except (_TooDeep, RecursionError):  # json.loads itself gives up on thousands of levels
                    yield Problem(display, number, "too-deep", f"nested more than {MAX_DEPTH} levels deep")
    except (OSError, UnicodeDecodeError) as exc:
        yield Problem(display, 1, "unreadable-file", str(exc))


def read_jsonl(path: Path, display: str) -> tuple[list[Any], list[Problem]]:
    """Parse a JSON Lines file: one entry object per non-blank line."""
    records: list[Any] = []
    problems: list[Problem] = []
    for item in iter_jsonl(path, display):
        (problems if isinstance(item, Problem) else records).append(item)
    return records, problems
