"""Loading an imported dictionary: glossary load, then index build, at growing sizes.

    python benchmarks/bench_dictionaries.py DICTIONARY_FOLDER [--sizes 10000,50000] [--full-load]

DICTIONARY_FOLDER is what ``termbase dictionary import`` wrote (e.g.
``~/.local/share/termbase/dictionaries/jmnedict``). Each size is the first N entries of its
``entries.jsonl``, loaded in a fresh process beside the bundled glossaries; the baseline, in the
same run, is the bundled glossaries alone. Figures are CPU seconds of the process (this machine
is shared: wall time varies with the others' load) and its peak RSS. ``--full-load`` also loads
(validates) every entry without building the index. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from termbase.glossary.loader import bundled_path, load
from termbase.lookup.build import build_index

paths = [Path(p) for p in sys.argv[2:]]
started = time.process_time()
glossary = load(bundled_path(), *paths)
loaded = time.process_time()
if sys.argv[1] == "index":
    build_index(glossary)
indexed = time.process_time()
print(json.dumps({
    "entries": len(glossary.entries),
    "load_cpu": loaded - started,
    "index_cpu": indexed - loaded,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def _measure(mode: str, *folders: Path) -> dict[str, float]:
    wall = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, *map(str, folders)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures: dict[str, float] = json.loads(out.splitlines()[-1])
    figures["wall"] = time.perf_counter() - wall
    return figures


def _first(folder: Path, size: int, into: Path) -> Path:
    subset = into / f"{folder.name}-{size}"
    subset.mkdir()
    shutil.copy(folder / "glossary.yaml", subset / "glossary.yaml")
    with (
        (folder / "entries.jsonl").open(encoding="utf-8") as lines,
        (subset / "entries.jsonl").open("w", encoding="utf-8") as out,
    ):
        for number, line in enumerate(lines):
            if number == size:
                break
            out.write(line)
    return subset


def _row(what: str, f: dict[str, float]) -> str:
    return (
        f"| {what} | {int(f['entries']):,} | {f['load_cpu']:.1f} | {f['index_cpu']:.1f} | "
        f"{f['wall']:.1f} | {f['peak_rss_mb']:,.0f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--full-load", action="store_true")
    args = parser.parse_args()
    print(f"$ python benchmarks/{Path(__file__).name} {' '.join(sys.argv[1:])}")
    print(f"(CPU seconds; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f})")
    print("| glossaries | entries | load CPU s | index CPU s | wall s | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    print(_row("bundled (baseline, same run)", _measure("index")))
    with tempfile.TemporaryDirectory() as temporary:
        for size in (int(s) for s in args.sizes.split(",")):
            subset = _first(args.folder, size, Path(temporary))
            print(_row(f"bundled + first {size:,} of {args.folder.name}", _measure("index", subset)))
    if args.full_load:
        print(_row(f"bundled + all of {args.folder.name}, load only", _measure("load", args.folder)))


if __name__ == "__main__":
    main()
