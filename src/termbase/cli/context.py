"""Loading the glossary once per command, from --glossary or the bundled one."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from termbase.dictionaries import default_root, resolve_glossaries
from termbase.glossary.loader import bundled_path
from termbase.service import Termbase


def add_glossary_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--glossary",
        action="append",
        default=[],
        metavar="DIR|NAME",
        help="glossary folder, or folder of glossaries (repeatable; default: the bundled glossary); "
        "a dictionary's name (jmnedict, cedict) serves its imported folder beside the bundled glossaries",
    )


def glossary_folders(args: argparse.Namespace) -> list[Path]:
    """--glossary values as folders: paths as given, dictionary names resolved
    (``termbase dictionary import`` wrote them under the dictionaries root)."""
    root = getattr(args, "root", None) or default_root(os.environ, Path.home())
    return list(resolve_glossaries(args.glossary, root=root, bundled=bundled_path()))


def load_termbase(args: argparse.Namespace) -> Termbase:
    """The glossaries through their compiled index (cached; compiled on first use)."""
    return Termbase.open(*args.glossary)
