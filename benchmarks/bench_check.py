"""Benchmark: ``termbase check`` on the seed article (not a test).

    python benchmarks/bench_check.py [--runs 5]

Prints the glossary load, the one-off gazetteer and house-form build, the first check and the
median of warm checks (what a running HTTP service pays per request), the whole cold command
line, and a naive baseline in the same run: a full lookup of every capitalized word.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_ac2310810787e945.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    from termbase.editor import check_text, load_style
    from termbase.editor.gazetteer import gazetteer_for
    from termbase.service import Termbase

    text = ARTICLE.read_text(encoding="utf-8")
    started = time.perf_counter()
    termbase = Termbase.load()
    load = time.perf_counter() - started
    style = load_style()
    started = time.perf_counter()
    gazetteer_for(termbase)
    build = time.perf_counter() - started
    started = time.perf_counter()
    result = check_text(termbase, text, style)
    first = time.perf_counter() - started
    warm = []
    for _ in range(args.runs):
        started = time.perf_counter()
        check_text(termbase, text, style)
        warm.append(time.perf_counter() - started)
    command = [sys.executable, "-m", "termbase.cli.main", "check", str(ARTICLE), "-q"]
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    cold = time.perf_counter() - started
    words = re.findall(r"\b[A-Z][\w'’-]+", text)
    started = time.perf_counter()
    for word in words:
        termbase.lookup(word, limit=3)
    naive = time.perf_counter() - started

    print(
        f"article: {len(text):,} characters; {result.mentions} mentions of {result.entries} entries; "
        f"{len(result.findings)} findings"
    )
    print(f"glossary load (Termbase.load)          {load:6.2f} s")
    print(f"gazetteer build (once per glossary)    {build:6.2f} s")
    print(f"first check (+ house forms)            {first:6.2f} s")
    print(f"warm check, median of {args.runs}              {statistics.median(warm):6.2f} s")
    print(f"cold command line (termbase check -q)  {cold:6.2f} s")
    print(f"baseline: lookup() of {len(words):,} capitalized words  {naive:6.2f} s")


if __name__ == "__main__":
    main()
