"""termbase normalize | check | styles: the editors' batch commands.

``normalize`` streams a CSV/TSV/JSONL table through the house style (stdin/stdout with ``-``);
``check`` reports a manuscript's findings (exit 1 while findings remain), can list every name
found (``--mentions``), write a corrected copy with a diff and an HTML report; ``names`` writes an
index of the names in several files; ``styles`` lists or shows house styles.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from termbase.cli.context import load_termbase
from termbase.cli.output import error, print_fitted, print_json, print_table
from termbase.distributed.options import add_engine_options, wants_engine
from termbase.editor import DEFAULT_STYLE, Checked, TableOptions, TableSummary, unified_diff
from termbase.editor.draft import DraftName, unknown_drafts, write_draft
from termbase.editor.html import html_report
from termbase.editor.names import INDEX_FORMATS, index_csv, index_markdown, name_index
from termbase.editor.normalize import DEFAULT_CACHE
from termbase.editor.report import (
    MENTION_HEADERS,
    finding_line,
    group_line,
    mention_row,
    summary_line,
    unknown_line,
)
from termbase.editor.style import HouseStyle
from termbase.editor.tables import TABLE_FORMATS, table_format
from termbase.editor.text import text_format
from termbase.errors import FormatError, InputError, StyleError
from termbase.service import Termbase
from termbase.wire import check_response, name_index_response, style_view, to_json

SHOWN_PROBLEMS = 20


def run_engine(args: argparse.Namespace) -> int:
    """``normalize`` on Parquet or the Dask engine: the optional extra, imported on demand."""
    try:
        from termbase.distributed import engine  # noqa: PLC0415 - the optional extra, on demand
    except ImportError as exc:
        raise InputError(
            f"{'--engine dask' if args.engine == 'dask' else 'reading Parquet'} needs the dask extra "
            f"(pip install 'termbase[dask]'): {exc}"
        ) from None
    return engine.run(args)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    normalize = commands.add_parser(
        "normalize", help="normalize names in a CSV/TSV/JSONL table to a house style"
    )
    normalize.add_argument("file", help="the table ('-' for standard input)")
    normalize.add_argument(
        "-c",
        "--column",
        action="append",
        default=[],
        metavar="COL",
        help="column to normalize: header name or 1-based number; JSON key (repeatable; "
        "default: the first column)",
    )
    normalize.add_argument(
        "--format", choices=TABLE_FORMATS, help="table format (default: from the extension)"
    )
    normalize.add_argument("--no-header", action="store_true", help="the CSV/TSV has no header row")
    normalize.add_argument("-o", "--output", default="-", help="where to write the table (default: stdout)")
    _style_options(normalize)
    normalize.add_argument("--cache-size", type=int, default=DEFAULT_CACHE, help="values remembered (LRU)")
    normalize.add_argument(
        "--suggest",
        action="store_true",
        help="also look up values no glossary key matches, for fuzzy candidates (slower)",
    )
    normalize.add_argument("--summary-json", metavar="FILE", help="also write the summary as JSON")
    add_engine_options(normalize)
    normalize.set_defaults(run=run_normalize)

    check = commands.add_parser("check", help="find glossary names in a manuscript and check their spelling")
    check.add_argument("file", help="plain text or Markdown ('-' for standard input)")
    _style_options(check)
    check.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    check.add_argument("--input-format", choices=("text", "markdown"), help="default: from the extension")
    check.add_argument("--fix", action="store_true", help="write a corrected copy and print a unified diff")
    check.add_argument("-o", "--output", help="corrected copy (default: FILE.fixed.EXT; '-' for stdout)")
    check.add_argument("--html", metavar="FILE", help="write an HTML report with the findings highlighted")
    check.add_argument(
        "--mentions",
        action="store_true",
        help="list every name found and its entry as a table (and in the HTML report)",
    )
    add_draft_option(check)
    check.set_defaults(run=run_check)

    names = commands.add_parser("names", help="write an index of the glossary names in manuscripts")
    names.add_argument("files", nargs="+", metavar="FILE", help="plain text or Markdown files")
    _style_options(names)
    names.add_argument("--format", choices=INDEX_FORMATS, default="markdown", help="default: markdown")
    names.add_argument("--input-format", choices=("text", "markdown"), help="default: from the extension")
    names.add_argument("-o", "--output", default="-", help="where to write the index (default: stdout)")
    names.set_defaults(run=run_names)

    styles = commands.add_parser("styles", help="list the bundled house styles, or show one")
    styles.add_argument("style", nargs="?", help="a style id or style file to show")
    styles.add_argument("--json", action="store_true")
    styles.set_defaults(run=run_styles)


def add_draft_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--draft",
        metavar="DIR",
        help="write the names in no glossary as a draft glossary folder (YAML, unverified) with a TBX file",
    )
    parser.add_argument("--force", action="store_true", help="with --draft: replace an existing draft folder")


def write_draft_folder(
    termbase: Termbase, names: Sequence[DraftName], args: argparse.Namespace, where: str
) -> None:
    """``--draft DIR``: the names as a draft glossary; one line on stderr says what was written."""
    if not names:
        print(f"draft: no names in no glossary to draft; {args.draft} not written", file=sys.stderr)
        return
    taken = (entry.id for entry in termbase.glossary.entries)
    draft = write_draft(names, Path(args.draft), where=where, taken=taken, force=args.force)
    print(
        f"draft: {len(draft.ids)} unverified entr(ies) in {draft.folder} (TBX: {draft.tbx})", file=sys.stderr
    )


def _style_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--style",
        default=DEFAULT_STYLE,
        help=f"a bundled house style id or a style file (default: {DEFAULT_STYLE})",
    )
    parser.add_argument("--lang", help="language hint for lookups: ja, zh, ru, en ...")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")


@contextmanager
def _binary(path: str, mode: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdin.buffer if mode == "rb" else sys.stdout.buffer
        return
    try:
        handle = open(path, mode)  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot open {path}: {exc.strerror or exc}") from None
    with handle:
        yield handle  # type: ignore[misc]


class _Bar:
    """A progress line on stderr, only when stderr is a terminal."""

    def __init__(self, source: BinaryIO, *, enabled: bool, label: str = "normalize") -> None:
        self.label = label
        self.enabled = enabled and sys.stderr.isatty()
        self.total = _size(source)
        self.shown = 0.0

    def __call__(self, rows: int, read: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.shown < 0.2:
            return
        self.shown = now
        share = f" {100 * read / self.total:5.1f}%" if self.total else ""
        sys.stderr.write(f"\r{self.label}: {rows:,} rows{share}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r\033[K")


def _size(stream: BinaryIO) -> int:
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, ValueError, AttributeError):
        return 0


def _print_summary(summary: TableSummary) -> None:
    rate = summary.rows / summary.seconds if summary.seconds else 0.0
    counts = ", ".join(f"{n} {k}" for k, n in summary.counts.items())
    print(
        f"normalize: {summary.rows} rows ({summary.blank} blank, {summary.malformed} malformed) in "
        f"{summary.seconds:.2f} s ({rate:,.0f} rows/s); {summary.values} values: {counts}",
        file=sys.stderr,
    )
    for line, problem in summary.problems[:SHOWN_PROBLEMS]:
        print(f"normalize: line {line}: {problem} (passed through unchanged)", file=sys.stderr)
    if summary.malformed > SHOWN_PROBLEMS:
        print(f"normalize: ... and {summary.malformed - SHOWN_PROBLEMS} more malformed", file=sys.stderr)


def run_normalize(args: argparse.Namespace) -> int:
    if wants_engine(args):  # Parquet, or --engine dask: termbase.distributed
        return run_engine(args)
    fmt = table_format(args.file, args.format)
    if args.cache_size < 0:
        raise InputError("--cache-size must be 0 or more")
    style = Termbase.style(args.style)
    options = TableOptions(fmt, tuple(args.column), header=not args.no_header)
    termbase = load_termbase(args)
    with _binary(args.file, "rb") as src, _binary(args.output, "wb") as dst:
        bar = _Bar(src, enabled=not args.quiet)
        try:
            summary = termbase.normalize_table(
                src,
                dst,
                options,
                style,
                lang=args.lang,
                cache_size=args.cache_size,
                suggest=args.suggest,
                progress=bar,
            )
        finally:
            bar.close()
        dst.flush()
    if not args.quiet:
        _print_summary(summary)
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8")
    return 0


def _read_text(path: str) -> str:
    with _binary(path, "rb") as src:
        data = src.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FormatError(f"{path}: not UTF-8 text (line {line}, byte {exc.start})") from None


def _fixed_path(path: str, output: str | None) -> str:
    if output:
        return output
    if path == "-":
        raise InputError("--fix on standard input needs --output FILE (or '-')")
    source = Path(path)
    return str(source.with_name(f"{source.stem}.fixed{source.suffix}"))


def _write(path: str, text: str) -> None:
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _style(spec: str) -> HouseStyle:
    """The style; a file with several mistakes has each printed on its own line first."""
    try:
        return Termbase.style(spec)
    except StyleError as exc:
        problems = exc.detail.get("problems")
        if not isinstance(problems, tuple) or len(problems) < 2:
            raise
        for problem in problems:
            error(str(problem))
        raise StyleError(f"{spec}: {len(problems)} mistakes in the house style") from None


def run_check(args: argparse.Namespace) -> int:
    fmt = text_format(None if args.file == "-" else args.file, args.input_format)
    style = _style(args.style)
    fixed_path = _fixed_path(args.file, args.output) if args.fix else ""
    text = _read_text(args.file)
    name = "<stdin>" if args.file == "-" else args.file
    termbase = load_termbase(args)
    checked = termbase.check(text, style, fmt=fmt, fix=args.fix)
    if args.draft:
        write_draft_folder(termbase, unknown_drafts(checked.result.unknown), args, Path(name).name)
    if args.html:
        _write(args.html, html_report(checked.result, title=name, mentions=args.mentions))
    if checked.fixed is not None:
        _write(fixed_path, checked.fixed)
        diff = unified_diff(text, checked.fixed, old_name=name, new_name=fixed_path)
        if fixed_path != "-":
            sys.stdout.write(diff)
        elif not args.quiet:
            sys.stderr.write(diff)
        name = fixed_path
    _report(checked, name, args)
    return 1 if checked.final.findings else 0


def _report(checked: Checked, name: str, args: argparse.Namespace) -> None:
    result = checked.final
    stream = sys.stderr if args.fix else sys.stdout
    if args.format == "json":
        json.dump(to_json(check_response(Checked(result))), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif args.mentions:
        print_fitted(MENTION_HEADERS, [mention_row(m) for m in result.linked], stream)
    else:
        for finding in result.findings:
            print(finding_line(finding, name), file=stream)
        for group in result.groups:
            print(group_line(group), file=stream)
        for unknown in result.unknown:
            print(unknown_line(unknown, name), file=stream)
    if not args.quiet:
        remaining = "remaining after --fix: " if args.fix else ""
        print(f"check: {remaining}{summary_line(result)}", file=sys.stderr)


def run_names(args: argparse.Namespace) -> int:
    style = _style(args.style)
    termbase = load_termbase(args)
    checks = []
    for path in args.files:
        fmt = text_format(None if path == "-" else path, args.input_format)
        checks.append((path, termbase.check(_read_text(path), style, fmt=fmt).result))
    index = name_index(checks)
    if args.format == "json":
        files = tuple(path for path, _ in checks)
        text = json.dumps(to_json(name_index_response(style.id, files, index)), ensure_ascii=False, indent=2)
        _write(args.output, text + "\n")
    else:
        _write(args.output, index_csv(index) if args.format == "csv" else index_markdown(index))
    return 0


def run_styles(args: argparse.Namespace) -> int:
    if args.style:
        print_json(to_json(style_view(Termbase.style(args.style))))
        return 0
    styles = Termbase.styles()
    if args.json:
        print_json({"styles": [to_json(style_view(s)) for s in styles.values()]})
        return 0
    rows = [
        [s.id, s.name, " ".join(f"{lang}:{rule.system}" for lang, rule in s.rules.items())]
        for s in styles.values()
    ]
    print_table(["id", "name", "systems"], rows)
    return 0
