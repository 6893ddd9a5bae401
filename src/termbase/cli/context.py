"""Loading the glossary once per command, from --glossary or the bundled one."""

from __future__ import annotations

import argparse
from pathlib import Path

from termbase.service import Termbase


def add_glossary_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--glossary",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="glossary folder, or folder of glossaries (repeatable; default: the bundled glossary)",
    )


def load_termbase(args: argparse.Namespace) -> Termbase:
    """The glossaries through their compiled index (cached; compiled on first use)."""
    return Termbase.open(*args.glossary)
