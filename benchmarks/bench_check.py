"""Benchmark: ``termbase check`` — speed on the seed article, quality on real texts (not a test).

    python benchmarks/bench_check.py [--runs 5] [--baseline-rev 9ed48b9]

**Speed**: the glossary load, the one-off gazetteer build, the first check and the median of warm
checks of the seed article (what a running HTTP service pays per request), the whole cold command
line, and a naive baseline in the same run: a full lookup of every capitalized word.

**Quality** on ``benchmarks/data/realtexts/`` — passages written by others, copied from public
pages (addresses in its SOURCES.md) and annotated by hand in ``benchmarks/data/realtexts.tsv``
(each mention's span and the entry it should link to, or ``u:NAME`` for a name in no glossary):

- glossary-entity mentions found and linked right: a mention the check lists overlaps the span
  and links the annotated entry (by kind of entry, and per file);
- wrongly linked: an overlapping mention links another entry (or a name in no glossary);
- unknown-name variant pairs clustered: two different spellings of one ``u:`` name in a file are
  variants of one group of ``CheckResult.unknown``;
- false clusters: groups whose places refer to more than one annotated name (or to text no
  annotation covers);
- near misses of the lookup corpora (``spellings.tsv``, ``multilingual*.tsv``: relatives,
  namesakes, bodies named after a place) checked in a sentence: how many get any mention, and
  how many of those corpora's positives are linked to their entry the same way;
- and the CPU time of checking the seed article in the same process (first, then warm).

The same figures for the scanner at ``--baseline-rev`` (default 9ed48b9, the commit this work
started from), run from a temporary ``git worktree`` of that commit in the same run.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT.parent / "shared" / "seed" / "000_ac2310810787e945.txt"
TEXTS = ROOT / "benchmarks" / "data" / "realtexts"
ANNOTATIONS = ROOT / "benchmarks" / "data" / "realtexts.tsv"
LOOKUP_CORPORA = ROOT / "benchmarks" / "data"


def speed(runs: int) -> None:
    from termbase.service import Termbase

    text = ARTICLE.read_text(encoding="utf-8")
    started = time.perf_counter()
    termbase = Termbase.load()
    load = time.perf_counter() - started
    started = time.perf_counter()
    _ = termbase.gazetteer
    build = time.perf_counter() - started
    started = time.perf_counter()
    result = termbase.check(text).result
    first = time.perf_counter() - started
    warm = []
    for _ in range(runs):
        started = time.perf_counter()
        termbase.check(text)
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
        f"seed article: {len(text):,} characters; {result.mentions} mentions of {result.entries} entries; "
        f"{len(result.findings)} findings"
    )
    print(f"glossary load (Termbase.load)          {load:6.2f} s")
    print(f"gazetteer build (once per glossary)    {build:6.2f} s")
    print(f"first check (+ house forms)            {first:6.2f} s")
    print(f"warm check, median of {runs}              {statistics.median(warm):6.2f} s")
    print(f"cold command line (termbase check -q)  {cold:6.2f} s")
    print(f"baseline: lookup() of {len(words):,} capitalized words  {naive:6.2f} s")


# --- quality: one process per scanner, the figures computed here --------------------------------


def worker(source: str) -> None:
    """Check every real text with the termbase found under ``source``; print JSON on stdout."""
    sys.path.insert(0, source)
    import termbase as package
    from termbase.editor.text import Document
    from termbase.service import Termbase

    if not Path(package.__file__).resolve().is_relative_to(Path(source).resolve()):
        raise SystemExit(f"termbase was imported from {package.__file__}, not from {source}")

    termbase = Termbase.load()
    seed = ARTICLE.read_text(encoding="utf-8")
    cpu = []
    for _ in range(3):  # the first check builds the gazetteer and house forms
        started = time.thread_time()
        termbase.check(seed)
        cpu.append(time.thread_time() - started)
    found: dict[str, Any] = {"seed-cpu": cpu}
    for path in sorted(TEXTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        result = termbase.check(text).result
        doc = Document(text)
        starts = doc._line_starts  # offsets back from (line, column)
        found[path.name] = {
            "linked": [[m.start, m.end, m.entry, m.found] for m in result.linked],
            "unknown": [
                [[starts[line - 1] + column - 1, spelling] for line, column, spelling in group.places]
                for group in result.unknown
            ],
        }
    found["near"] = _in_sentences(termbase)
    print(json.dumps(found, ensure_ascii=False))


def _lookup_rows() -> list[tuple[str, str | None]]:
    """(query, expected entry or None for a near miss) of the lookup corpora."""
    rows: list[tuple[str, str | None]] = []
    with (LOOKUP_CORPORA / "spellings.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows.append((row["query"], None if row["expected_entry_id"] == "-" else row["expected_entry_id"]))
    for name in ("multilingual.tsv", "multilingual-2.tsv"):
        with (LOOKUP_CORPORA / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row["entity"] == "-":
                    rows.append((row["query"], None))
                elif row["expected"]:
                    rows.append((row["query"], row["expected"]))
    return rows


def _in_sentences(termbase: Any) -> dict[str, int]:
    counts = Counter[str]()
    for query, expected in _lookup_rows():
        entries = {m.entry for m in termbase.check(f"In the report, {query} was named.").result.linked}
        if expected is None:
            counts["near"] += 1
            counts["near_linked"] += bool(entries)
        else:
            counts["positive"] += 1
            counts["positive_right"] += expected in entries
    return dict(counts)


def run_worker(source: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(source)], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"worker for {source} failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def annotations() -> list[dict[str, Any]]:
    with ANNOTATIONS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [{**row, "start": int(row["start"]), "end": int(row["end"])} for row in rows]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(found: dict[str, Any], rows: list[dict[str, Any]], kinds: dict[str, str]) -> dict[str, Any]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_language: Counter[str] = Counter()
    language_total: Counter[str] = Counter()
    by_file: Counter[str] = Counter()
    file_total: Counter[str] = Counter()
    wrong: list[str] = []
    missed: list[str] = []
    for row in rows:
        if row["expected"].startswith("u:"):
            continue
        kind = kinds.get(row["expected"], "?")
        language = row["doc"].split("-", 1)[0]
        total[kind] += 1
        language_total[language] += 1
        file_total[row["doc"]] += 1
        span = (row["start"], row["end"])
        linked = [m for m in found[row["doc"]]["linked"] if _overlaps(span, (m[0], m[1]))]
        if any(m[2] == row["expected"] for m in linked):
            right[kind] += 1
            by_language[language] += 1
            by_file[row["doc"]] += 1
        elif linked:
            wrong.append(f"{row['doc']}: {row['found']!r} -> {linked[0][2]} (not {row['expected']})")
        else:
            missed.append(f"{row['doc']}: {row['found']!r} [{row['expected']}]")
    false_links = []
    for row in rows:
        if row["expected"].startswith("u:"):
            span = (row["start"], row["end"])
            for m in found[row["doc"]]["linked"]:
                if _overlaps(span, (m[0], m[1])):
                    false_links.append(f"{row['doc']}: {row['found']!r} (in no glossary) -> {m[2]}")
    pairs, clustered, false_clusters = _unknown(found, rows)
    return {
        "near": found["near"],
        "seed_cpu": found["seed-cpu"],
        "right": right,
        "total": total,
        "by_language": by_language,
        "language_total": language_total,
        "by_file": by_file,
        "file_total": file_total,
        "wrong": wrong,
        "missed": missed,
        "false_links": false_links,
        "pairs": pairs,
        "clustered": clustered,
        "false_clusters": false_clusters,
    }


def _unknown(found: dict[str, Any], rows: list[dict[str, Any]]) -> tuple[list[str], list[str], list[str]]:
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        if row["expected"].startswith("u:"):
            spellings[(row["doc"], row["expected"])].add(" ".join(row["found"].split()))
    pairs, clustered = [], []
    for (doc, name), forms in sorted(spellings.items()):
        groups = [{spelling for _, spelling in group} for group in found[doc]["unknown"]]
        for a, b in combinations(sorted(forms), 2):
            label = f"{doc}: {name[2:]}: {a!r} ~ {b!r}"
            pairs.append(label)
            if any(a in g and b in g for g in groups):
                clustered.append(label)
    false_clusters = []
    for doc, result in sorted(found.items()):
        if doc in ("seed-cpu", "near"):
            continue
        for group in result["unknown"]:
            referents = set()
            for start, spelling in group:
                span = (start, start + len(spelling))
                hits = [
                    r["expected"] for r in rows if r["doc"] == doc and _overlaps(span, (r["start"], r["end"]))
                ]
                referents.add(hits[0] if hits else None)
            if len(referents) > 1 or None in referents:
                false_clusters.append(f"{doc}: {[s for _, s in group]} -> {sorted(map(str, referents))}")
    return pairs, clustered, false_clusters


def _share(n: int, d: int) -> str:
    return f"{n}/{d} = {100 * n / d:5.1f} %" if d else "-"


def report(label: str, figures: dict[str, Any], *, details: bool) -> None:
    right, total = figures["right"], figures["total"]
    print(f"\n{label}")
    overall = _share(sum(right.values()), sum(total.values()))
    print(f"  glossary-entity mentions found and linked right: {overall}")
    for kind in sorted(total):
        print(f"    {kind:<14} {_share(right[kind], total[kind])}")
    for language in sorted(figures["language_total"]):
        share = _share(figures["by_language"][language], figures["language_total"][language])
        print(f"    texts in {language}    {share}")
    for doc in sorted(figures["file_total"]):
        print(f"      {doc:<26} {_share(figures['by_file'][doc], figures['file_total'][doc])}")
    wrong, false_links = len(figures["wrong"]), len(figures["false_links"])
    print(f"  linked to another entry: {wrong}; names in no glossary linked: {false_links}")
    pairs = _share(len(figures["clustered"]), len(figures["pairs"]))
    print(f"  unknown-name variant pairs clustered: {pairs}")
    print(f"  false clusters: {len(figures['false_clusters'])}")
    near = figures["near"]
    print(
        f"  lookup corpora in a sentence: near misses with a mention {near['near_linked']}/{near['near']}; "
        f"positives linked right {_share(near['positive_right'], near['positive'])}"
    )
    first, *warm = figures["seed_cpu"]
    print(f"  seed article check, CPU: first {first:.2f} s (gazetteer built), then {min(warm):.2f} s")
    if details:
        for title in ("missed", "wrong", "false_links", "false_clusters"):
            for line in figures[title]:
                print(f"    {title}: {line}")
        for line in sorted(set(figures["pairs"]) - set(figures["clustered"])):
            print(f"    pair not clustered: {line}")


def quality(baseline_rev: str, *, details: bool) -> None:
    from termbase.service import Termbase

    kinds = {entry.id: entry.kind.value for entry in Termbase.load().glossary.entries}
    rows = annotations()
    docs = sorted({r["doc"] for r in rows})
    print(
        f"\nreal texts: {len(docs)} files, {len(rows)} annotated mentions ({ANNOTATIONS.relative_to(ROOT)})"
    )
    now = score(run_worker(ROOT / "src"), rows, kinds)
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "baseline"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), baseline_rev],
            capture_output=True,
            check=True,
        )
        try:
            before = score(run_worker(tree / "src"), rows, kinds)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    report("this tree", now, details=details)
    report(f"baseline: the scanner at {baseline_rev} (same run, same annotations)", before, details=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline-rev", default="9ed48b9")
    parser.add_argument("--quality-only", action="store_true", help="skip the speed figures")
    parser.add_argument(
        "--details", action="store_true", help="list every miss, wrong link and false cluster"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    if not args.quality_only:
        speed(args.runs)
    quality(args.baseline_rev, details=args.details)


if __name__ == "__main__":
    main()
