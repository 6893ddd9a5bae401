"""Streaming CSV, TSV and JSON Lines: records in, the same records out with fields appended.

Bytes are decoded as UTF-8 with ``surrogateescape``, so undecodable bytes survive the round trip
byte for byte. Every record keeps its raw text: a record is written back as that text with the
new fields added after the original ones, so original columns stay exactly as they were (quoting,
spacing, line endings). A record that cannot be parsed — a ragged CSV row, an invalid JSON line,
undecodable bytes — is yielded with a ``problem`` and written back unchanged.

- CSV: RFC 4180 (quoted fields may span lines); the first record is the header unless told not.
- TSV: IANA text/tab-separated-values: one record per line, no quoting.
- JSON Lines: one JSON object per line; new members are added before the closing brace.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import PurePath
from typing import Any, BinaryIO, Literal

from termbase.errors import UnsupportedFormatError

TableFormat = Literal["csv", "tsv", "jsonl"]
TABLE_FORMATS: tuple[TableFormat, ...] = ("csv", "tsv", "jsonl")
_EXTENSIONS: dict[str, TableFormat] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_CSV_SPECIAL = re.compile(r'[",\r\n]')
#: Longest CSV field accepted; an unbalanced quote cannot swallow more than this.
FIELD_LIMIT = 1_000_000


def table_format(path: str | None, given: str | None = None) -> TableFormat:
    """The format named by ``given``, else by the file's extension."""
    if given is not None:
        if given not in TABLE_FORMATS:
            raise UnsupportedFormatError(f"unknown table format {given!r}; use one of: csv, tsv, jsonl")
        return given
    if path is None or path == "-":
        return "csv"
    suffix = PurePath(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise UnsupportedFormatError(
            f"cannot tell the format of {path!r} from its extension; give --format csv, tsv or jsonl"
        )
    return _EXTENSIONS[suffix]


@dataclass(slots=True)
class Record:
    """One record as read: where it starts, its raw text, and its parsed content."""

    line: int
    raw: str
    fields: list[str] | None = None
    obj: dict[str, Any] | None = None
    problem: str = ""

    @property
    def blank(self) -> bool:
        return not self.problem and not self.raw.strip()


class ByteCount:
    """Bytes read so far (for progress)."""

    def __init__(self) -> None:
        self.value = 0


def decoded_lines(stream: BinaryIO, counter: ByteCount | None = None) -> Iterator[str]:
    for raw in stream:
        if counter is not None:
            counter.value += len(raw)
        yield raw.decode("utf-8", "surrogateescape")


class _Recorder:
    """Feeds lines to ``csv.reader`` and remembers the raw text of the current record."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._buffer: list[str] = []

    def __iter__(self) -> _Recorder:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self._buffer.append(line)
        return line

    def take(self) -> str:
        raw = "".join(self._buffer)
        self._buffer.clear()
        return raw

    def push_back(self, lines: list[str]) -> None:
        """Read ``lines`` again before the rest of the stream."""
        self._lines = chain(lines, self._lines)


def _line_count(raw: str) -> int:
    return max(1, raw.count("\n"))


def _csv_records(lines: Iterator[str], delimiter: str) -> Iterator[Record]:
    recorder = _Recorder(lines)
    line = 1
    csv.field_size_limit(FIELD_LIMIT)
    while True:
        try:
            # strict: a quote must close before a delimiter or a line end, so a quote left open
            # fails at the next line that does not fit instead of pairing with a later quote.
            for row in csv.reader(recorder, delimiter=delimiter, strict=True):
                raw = recorder.take()
                yield Record(line, raw, fields=row)
                line += _line_count(raw)
            return
        except csv.Error as exc:
            # Only the line the bad record starts on is bad: the lines it swallowed are read again.
            first, *swallowed = recorder.take().splitlines(keepends=True) or [""]
            recorder.push_back(swallowed)
            yield Record(line, first, problem=f"unreadable CSV record ({exc})")
            line += 1


def _tsv_records(lines: Iterator[str]) -> Iterator[Record]:
    for number, raw in enumerate(lines, 1):
        body = raw.rstrip("\r\n")
        yield Record(number, raw, fields=body.split("\t") if body else [])


def _jsonl_records(lines: Iterator[str]) -> Iterator[Record]:
    for number, raw in enumerate(lines, 1):
        body = raw.strip()
        if not body:
            yield Record(number, raw)
            continue
        try:
            obj = json.loads(body)
        except ValueError as exc:
            yield Record(number, raw, problem=f"invalid JSON ({exc.args[0] if exc.args else exc})")
            continue
        except RecursionError:  # thousands of nested arrays: passed through like any unreadable row
            yield Record(number, raw, problem="invalid JSON (nested too deep to read)")
            continue
        if isinstance(obj, dict):
            yield Record(number, raw, obj=obj)
        else:
            yield Record(number, raw, problem=f"a JSON {type(obj).__name__}, not an object")


def read_records(stream: BinaryIO, fmt: TableFormat, counter: ByteCount | None = None) -> Iterator[Record]:
    """Every record of ``stream`` in order; unparsable ones carry a ``problem``."""
    lines = decoded_lines(stream, counter)
    if fmt == "csv":
        records = _csv_records(lines, ",")
    elif fmt == "tsv":
        records = _tsv_records(lines)
    else:
        records = _jsonl_records(lines)
    for record in records:
        if not record.problem and _UNDECODABLE.search(record.raw):
            record.problem = "undecodable bytes (the file is not UTF-8 here)"
            record.fields = record.obj = None
        yield record


def _ending(raw: str) -> tuple[str, str]:
    """(body, line ending) of a raw record."""
    if raw.endswith("\r\n"):
        return raw[:-2], "\r\n"
    if raw.endswith("\n"):
        return raw[:-1], "\n"
    return raw, ""


def _csv_field(value: str) -> str:
    if _CSV_SPECIAL.search(value):
        return '"' + value.replace('"', '""') + '"'
    return value


def _tsv_field(value: str) -> str:
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def append_fields(record: Record, fmt: TableFormat, values: Sequence[str]) -> str:
    """The record's raw text with ``values`` added after its own fields (CSV/TSV)."""
    body, ending = _ending(record.raw)
    if fmt == "csv":
        return body + "," + ",".join(_csv_field(v) for v in values) + ending
    return body + "\t" + "\t".join(_tsv_field(v) for v in values) + ending


def append_members(record: Record, members: dict[str, Any]) -> str:
    """The JSON line's raw text with ``members`` added before its closing brace."""
    body, ending = _ending(record.raw)
    stripped = body.rstrip()
    inner = stripped[:-1].rstrip()
    added = ", ".join(
        f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
        for k, v in members.items()
    )
    separator = "" if inner.endswith("{") else ", "
    return inner + separator + added + "}" + body[len(stripped) :] + ending


def encode(text: str) -> bytes:
    """Text back to the bytes it came from (undecodable bytes restored)."""
    return text.encode("utf-8", "surrogateescape")
