"""termbase validate | list | show | schema: working on glossary files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from termbase.cli.context import load_termbase
from termbase.cli.output import print_fitted, print_json, print_table
from termbase.glossary.coverage import coverage_markdown
from termbase.glossary.loader import check, load
from termbase.glossary.schema import SCHEMAS
from termbase.model import Entry, Kind, Term, Verification
from termbase.service import EntryFilter
from termbase.wire import entry_summary, entry_view, to_json


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    validate = commands.add_parser("validate", help="check glossary files; exit 1 on any problem")
    validate.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="glossary folder(s) (default: bundled)"
    )
    validate.set_defaults(run=run_validate)

    listing = commands.add_parser("list", help="list entries (filter by kind, language, verification)")
    listing.add_argument("--kind", choices=[k.value for k in Kind])
    listing.add_argument("--lang", help="only entries with a term in this language tag")
    listing.add_argument(
        "--unverified",
        action="store_true",
        help="list the terms that are reconstructed, machine-made or carry no verification",
    )
    listing.add_argument("--json", action="store_true", help="print whole entries as JSON")
    listing.set_defaults(run=run_list)

    show = commands.add_parser("show", help="show one entry by id, as JSON")
    show.add_argument("id")
    show.set_defaults(run=run_show)

    coverage = commands.add_parser(
        "coverage", help="report what the glossaries hold: kinds, languages, verification (Markdown)"
    )
    coverage.add_argument(
        "-o", "--output", default="-", metavar="FILE", help="file to write (default stdout)"
    )
    coverage.set_defaults(run=run_coverage)

    schema = commands.add_parser("schema", help="print the JSON Schema of glossary files")
    schema.add_argument("name", choices=sorted(SCHEMAS), nargs="?", default="entries.schema.json")
    schema.set_defaults(run=run_schema)


def run_validate(args: argparse.Namespace) -> int:
    paths = [*args.paths, *args.glossary]
    report = check(*paths)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.glossary is None:
        print(f"{len(report.problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"ok: {len(report.glossary.entries)} entries in {len(report.glossary.infos)} glossary(ies)")
    return 0


def unverified_terms(entries: Iterable[Entry]) -> list[tuple[Entry, Term]]:
    """Terms no source attests: reconstructed, machine-made, or with no verification at all."""
    return [
        (entry, term)
        for entry in entries
        for term in entry.terms
        if term.verification is None or not term.verification.attested
    ]


def _print_unverified(entries: list[Entry]) -> None:
    found = unverified_terms(entries)
    rows = [
        [e.id, t.form, t.lang, t.verification.value if t.verification else "missing", t.status.value]
        for e, t in found
    ]
    print_table(["id", "form", "lang", "verification", "status"], rows)
    print(f"{len(rows)} terms in {len({e.id for e, _ in found})} entries")


def run_list(args: argparse.Namespace) -> int:
    termbase = load_termbase(args)
    where = EntryFilter(kind=Kind(args.kind) if args.kind else None, lang=args.lang)
    entries = [e for e in termbase.glossary.entries if where.accepts(e)]
    if args.unverified and not args.json:
        _print_unverified(entries)
        return 0
    if args.unverified:
        entries = [e for e in entries if e.verification is Verification.UNVERIFIED]
    if args.json:
        print_json([to_json(entry_view(e, termbase.glossary)) for e in entries])
        return 0
    rows = []
    for entry in entries:
        native = " ".join(n.form for n in entry_summary(entry).native[:2])
        rows.append([entry.id, entry.kind.value, entry.label, native, entry.gloss])
    print_fitted(["id", "kind", "label", "native", "gloss"], rows)
    print(f"{len(rows)} entries")
    return 0


def run_show(args: argparse.Namespace) -> int:
    termbase = load_termbase(args)
    print_json(to_json(entry_view(termbase.entry(args.id), termbase.glossary)))
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    report = coverage_markdown(load(*args.glossary))
    if args.output == "-":
        sys.stdout.write(report)
    else:
        Path(args.output).write_text(report, encoding="utf-8")
        print(f"ok: wrote {args.output}", file=sys.stderr)
    return 0


def run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(SCHEMAS[args.name](), ensure_ascii=False, indent=2))
    return 0
