"""Re-run every console example in README.md and write its real output back.

tests/test_readme.py checks that each example still prints what the README shows; after a change
that alters output on purpose (new glossary forms, a new column), run this, then read the diff:

    .venv/bin/python scripts/readme_examples.py [--check]

``termbase`` commands run through the CLI's ``main`` with stdout captured (as the test does, so
tables are fitted to the same 80-column fallback); ``curl`` examples run against the app on the
bundled glossary and are written back as indented JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import shlex
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.cli.main import main as termbase_main
from termbase.service import Termbase

README = Path(__file__).parents[1] / "README.md"


def _run_termbase(command: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        termbase_main(shlex.split(command)[1:])
    lines = [line.rstrip() for line in out.getvalue().rstrip("\n").splitlines()]
    return "".join(f"{line}\n" for line in lines)


def _run_curl(command: str, shown: str, client: TestClient) -> str:
    path = shlex.split(command)[-1].removeprefix("http://127.0.0.1:8000")
    data = client.get(path).json()
    with contextlib.suppress(ValueError):
        if json.loads(shown) == data:
            return shown  # same data: keep the README's own layout
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _rewrite_block(block: str, client: TestClient) -> str:
    chunks = re.split(r"^\$ ", block, flags=re.MULTILINE)
    out = [chunks[0]]
    for chunk in chunks[1:]:
        command, _, shown = chunk.partition("\n")
        if command.startswith("termbase"):
            output = _run_termbase(command)
        elif command.startswith("curl"):
            output = _run_curl(command, shown, client)
        else:
            output = shown
        out.append(f"{command}\n{output}")
    return "$ ".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any example's output changed")
    args = parser.parse_args()
    os.environ.pop("COLUMNS", None)
    text = README.read_text(encoding="utf-8")
    with TestClient(create_app(Settings(), termbase=Termbase.load())) as client:
        new = re.sub(
            r"(```console\n)(.*?)(```)",
            lambda m: m.group(1) + _rewrite_block(m.group(2), client) + m.group(3),
            text,
            flags=re.DOTALL,
        )
    if new == text:
        print("README examples unchanged")
        return 0
    if args.check:
        print("README examples differ from their real output", file=sys.stderr)
        return 1
    README.write_text(new, encoding="utf-8")
    print("README examples rewritten; review the diff")
    return 0


if __name__ == "__main__":
    sys.exit(main())
