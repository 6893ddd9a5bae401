"""Entry point: parse the command line, run one command, map errors to one line and an exit code.

Exit codes: 0 ok; 1 findings or problems (validate, check, no lookup result); 2 bad input;
3 not found; 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from termbase.cli import batch, build, cluster, dictionary, glossary, interop, lookup, romanize, serve
from termbase.cli.context import add_glossary_option, glossary_folders
from termbase.cli.output import error
from termbase.errors import GlossaryError, TermbaseError
from termbase.version import __version__

COMMANDS = (serve, build, lookup, romanize, glossary, batch, cluster, interop, dictionary)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="termbase",
        description="Russian, Chinese and Japanese names: "
        "look up any spelling, romanize, normalize, check, export.",
    )
    parser.add_argument("--version", action="version", version=f"termbase {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in COMMANDS:
        module.add_parser(commands)
    for command in commands.choices.values():
        add_glossary_option(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.glossary = glossary_folders(args)
        code: int = args.run(args)
    except GlossaryError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        error(f"the glossary has {len(exc.problems)} problem(s); run 'termbase validate' for the list")
        return exc.exit_code
    except TermbaseError as exc:
        error(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
