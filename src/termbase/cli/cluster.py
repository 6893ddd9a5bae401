"""termbase cluster: the names in a table's columns, reconciled with each other.

One streamed pass over a CSV/TSV/JSONL file (``-`` for standard input); clusters of spellings with
their counts, first line numbers, proposed house form and matching entry, as text, JSON or CSV on
stdout (or ``-o``), an HTML report (``--html``) and a draft glossary of the names in no glossary
(``--draft``). Malformed rows are listed on stderr (and in JSON and HTML), never skipped silently.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from termbase.cli.batch import (
    SHOWN_PROBLEMS,
    _Bar,
    _binary,
    _style,
    _style_options,
    _write,
    add_draft_option,
    write_draft_folder,
)
from termbase.cli.context import load_termbase
from termbase.editor.cluster import DEFAULT_MAX_SPELLINGS, ClusterOptions, ClusterReport
from termbase.editor.draft import cluster_drafts
from termbase.editor.html import cluster_html
from termbase.editor.report import CLUSTER_HEADERS, cluster_line, cluster_rows, cluster_summary_line
from termbase.editor.tables import TABLE_FORMATS, table_format
from termbase.wire import to_json
from termbase.wire.editor import cluster_response


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cluster = commands.add_parser(
        "cluster", help="group the spellings of names in CSV/TSV/JSONL columns and propose one form for each"
    )
    cluster.add_argument("file", help="the table ('-' for standard input)")
    cluster.add_argument(
        "-c",
        "--column",
        action="append",
        default=[],
        metavar="COL",
        help="column of names: header name or 1-based number; JSON key (repeatable: the columns are "
        "clustered together; default: the first column)",
    )
    cluster.add_argument(
        "--input-format", choices=TABLE_FORMATS, help="table format (default: from the extension)"
    )
    cluster.add_argument("--no-header", action="store_true", help="the CSV/TSV has no header row")
    cluster.add_argument("--format", choices=("text", "json", "csv"), default="text", help="report format")
    cluster.add_argument("-o", "--output", default="-", help="where to write the report (default: stdout)")
    cluster.add_argument("--html", metavar="FILE", help="also write an HTML report for review")
    cluster.add_argument(
        "--all", action="store_true", help="every cluster, not only names written several ways"
    )
    cluster.add_argument(
        "--max-spellings",
        type=int,
        default=DEFAULT_MAX_SPELLINGS,
        help=f"distinct spellings kept (memory bound; default {DEFAULT_MAX_SPELLINGS:,})",
    )
    cluster.add_argument(
        "--suggest",
        action="store_true",
        help="also look up spellings no glossary key matches, so typos join their entry (slower)",
    )
    _style_options(cluster)
    add_draft_option(cluster)
    cluster.set_defaults(run=run_cluster)


def _csv(report: ClusterReport, *, every: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CLUSTER_HEADERS)
    writer.writerows(cluster_rows(report.reported(every=every)))
    return out.getvalue()


def _text(report: ClusterReport, *, every: bool) -> str:
    return "".join(cluster_line(c) + "\n" for c in report.reported(every=every))


def _print_problems(report: ClusterReport) -> None:
    summary = report.summary
    for line, problem in summary.problems[:SHOWN_PROBLEMS]:
        print(f"cluster: line {line}: {problem} (not clustered)", file=sys.stderr)
    if summary.malformed > SHOWN_PROBLEMS:
        print(f"cluster: ... and {summary.malformed - SHOWN_PROBLEMS} more malformed", file=sys.stderr)


def run_cluster(args: argparse.Namespace) -> int:
    fmt = table_format(args.file, args.input_format)
    style = _style(args.style)
    options = ClusterOptions(fmt, tuple(args.column), not args.no_header, args.max_spellings, args.suggest)
    termbase = load_termbase(args)
    with _binary(args.file, "rb") as src:
        bar = _Bar(src, enabled=not args.quiet, label="cluster")
        try:
            report = termbase.cluster_table(src, options, style, lang=args.lang, progress=bar)
        finally:
            bar.close()
    name = "<stdin>" if args.file == "-" else args.file
    if args.format == "json":
        text = (
            json.dumps(to_json(cluster_response(report, every=args.all)), ensure_ascii=False, indent=2) + "\n"
        )
    elif args.format == "csv":
        text = _csv(report, every=args.all)
    else:
        text = _text(report, every=args.all)
    _write(args.output, text)
    if args.html:
        _write(args.html, cluster_html(report, title=name, every=args.all))
    if args.draft:
        write_draft_folder(termbase, cluster_drafts(report.reported(every=args.all)), args, Path(name).name)
    _print_problems(report)
    if not args.quiet:
        print(f"cluster: {cluster_summary_line(report)}", file=sys.stderr)
    return 0
