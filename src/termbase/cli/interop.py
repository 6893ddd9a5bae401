"""termbase export | import: the glossary as TBX, CSV or JSON, and back into a glossary folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from termbase.cli.context import load_termbase
from termbase.errors import InputError
from termbase.interop import FORMATS, LAYOUTS, MAX_IMPORT_BYTES, import_file, write_glossaries


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="write the glossary as TBX, CSV/TSV or JSON")
    export.add_argument(
        "--format", choices=FORMATS, default="tbx", help="tbx (v3 TBX-Basic, default), tbx2, csv, json"
    )
    export.add_argument(
        "--layout", choices=LAYOUTS, default="memoq", help="CSV layout: which CAT tool (default memoq)"
    )
    export.add_argument(
        "--target-lang", default="en", metavar="TAG", help="omegat layout: target language (default en)"
    )
    export.add_argument(
        "--output", "-o", default="-", metavar="FILE", help="file to write, or - for stdout (default)"
    )
    export.set_defaults(run=run_export)

    imp = commands.add_parser("import", help="turn a TBX or termbase JSON file into a new glossary folder")
    imp.add_argument("file", type=Path, metavar="FILE", help="a .tbx (v3 or v2) or termbase .json file")
    imp.add_argument("--into", type=Path, required=True, metavar="DIR", help="the glossary folder to create")
    imp.add_argument("--force", action="store_true", help="replace DIR if it already holds a glossary")
    imp.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    termbase = load_termbase(args)
    result = termbase.export(args.format, layout=args.layout, target=args.target_lang)
    data = result.text.encode("utf-8")
    if args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        Path(args.output).write_bytes(data)
        print(f"ok: wrote {len(termbase.glossary.entries)} entries to {args.output}", file=sys.stderr)
    return 0


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def run_import(args: argparse.Namespace) -> int:
    result = import_file(_read(args.file), name=args.file.name)
    for warning in result.warnings:
        print(f"termbase: warning: {warning}", file=sys.stderr)
    write_glossaries(
        result.groups, args.into, force=args.force, comment=f"Imported by termbase from {args.file.name}"
    )
    count = sum(len(group.entries) for group in result.groups)
    print(f"ok: wrote {count} entries to {args.into}")
    return 0
