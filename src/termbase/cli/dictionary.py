"""termbase dictionary import | list: open dictionaries as glossaries."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from termbase.cli.output import print_table
from termbase.dictionaries import DICTIONARIES, default_root, dictionary, folder_of, import_dictionary
from termbase.errors import InputError


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "dictionary", help="import open dictionaries (JMnedict, CC-CEDICT) as glossaries"
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        help="turn a dictionary into a glossary folder (needs the 'dictionaries' extra, or --from FILE)",
    )
    importing.add_argument("name", choices=sorted(DICTIONARIES))
    importing.add_argument(
        "-o", "--output", type=Path, metavar="DIR", help="glossary folder to write (default: ROOT/NAME)"
    )
    importing.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="FILE",
        help="the dictionary's own file instead of the package's",
    )
    importing.add_argument("--limit", type=int, default=0, metavar="N", help="write at most N entries")
    importing.add_argument(
        "--all-words",
        action="store_true",
        help="cedict: keep every entry, not only names (capitalised pinyin)",
    )
    _add_root(importing)
    importing.set_defaults(run=run_import)
    listing = actions.add_parser("list", help="the dictionaries termbase imports, and where each is")
    _add_root(listing)
    listing.set_defaults(run=run_list)


def _add_root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help="where imported dictionaries live (default $TERMBASE_DICTIONARIES, else "
        "$XDG_DATA_HOME/termbase/dictionaries); --glossary NAME finds them there",
    )


def root_of(args: argparse.Namespace) -> Path:
    root: Path | None = getattr(args, "root", None)
    return root or default_root(os.environ, Path.home())


def run_import(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise InputError(f"--limit must be 0 (no limit) or more, got {args.limit}")
    if args.all_words and args.name != "cedict":
        raise InputError("--all-words applies to cedict only")
    found = dictionary(args.name)
    folder = args.output or folder_of(args.name, root_of(args))
    options = {"all_words": True} if args.all_words else {}
    report = import_dictionary(found, folder, source=args.source, limit=args.limit, **options)
    skipped = ", ".join(f"{code} {n:,}" for code, n in report.skipped.most_common()) or "none"
    print(f"{found.name}: {report.written:,} entries written to {folder} in {report.seconds:.1f} s")
    print(
        f"source: {report.edition.via} ({report.edition.date or 'undated'}); licence {report.edition.licence}"
    )
    print(f"left out: {skipped}")
    return 0


def _entry_count(folder: Path) -> str:
    entries = folder / "entries.jsonl"
    if not entries.is_file():
        return "not imported"
    with entries.open("rb") as lines:
        return f"{sum(1 for _ in lines):,} entries"


def run_list(args: argparse.Namespace) -> int:
    root = root_of(args)
    rows = []
    for name, found in sorted(DICTIONARIES.items()):
        try:
            found.bundled()
            package = f"{found.package} installed"
        except InputError:
            package = f"{found.package} not installed"
        rows.append([name, found.title, package, _entry_count(root / name), str(root / name)])
    print_table(["name", "dictionary", "data", "imported", "folder"], rows)
    return 0
