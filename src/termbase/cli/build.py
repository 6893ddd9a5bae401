"""termbase build: compile the glossaries' index (into the cache, or a folder given with -o)."""

from __future__ import annotations

import argparse
from pathlib import Path

from termbase.service import Termbase


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "build", help="compile the lookup index (what serve and the CLI open, memory-mapped)"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="INDEX",
        help="folder to write (default: the cache, $TERMBASE_CACHE or ~/.cache/termbase)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    done = Termbase.compile(*args.glossary, output=args.output)
    if done.built:
        print(f"ok: compiled {done.entries} entries in {done.seconds:.1f} s into {done.folder}")
    else:
        print(f"ok: {done.entries} entries, up to date in {done.folder}")
    return 0
