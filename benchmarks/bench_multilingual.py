"""Lookup quality on real spellings copied from public pages in many languages.

benchmarks/data/multilingual.tsv: each row is a spelling exactly as a stored public page
(``url``) writes a name of this field, in the page's language (``text_lang``): German, Korean,
Hungarian, Arabic, Mongolian ... pages on Chiang Kai-shek, Beria, the Kwantung Army, Port
Arthur. None comes from our own engines. ``entity`` is the referent's English Wikipedia title,
``-`` for a near miss (a real name that looks like a glossary name but is another referent:
Mao Anying, Chiang Ching-kuo, Shaanxi, Akiyuki Nosaka ...).

A positive row's wanted entries are ``expected`` (an article-glossary id, when given) and every
loaded entry whose label or English term equals ``entity`` (ignoring case and diacritics, and
for persons in either name order: Wikipedia titles Japanese people given name first); a row none of
whose wanted entries is loaded is counted apart as "not in glossary" (names beyond the article,
until a glossary adds them).

Figures, per page language and overall, over the rows whose name is loaded: acc@1 (top-1
right); accepted right (top-1 right and ``match``, safe to auto-accept); wrong accepts (another
entry accepted); empty results; then near misses held (negatives with no accepted candidate).
The row ``other`` counts the spellings in a script no engine reads (Arabic, Greek, Thai ...).
Baseline in the same run: rapidfuzz WRatio over anyascii-transliterated glossary forms, top-1,
"accepting" a score of 90 or more.

    python benchmarks/bench_multilingual.py [--misses]
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz, process, utils

from termbase.lookup.anyscript import other_script
from termbase.model import Kind
from termbase.service import Termbase

CASES = Path(__file__).parent / "data" / "multilingual.tsv"
BASELINE_ACCEPT = 90
OVERALL = "all"
#: Rows in a script no engine reads (Arabic, Greek, Thai ...; Hangul is read by the engines'
#: Korean systems), counted together as well.
OTHER_SCRIPT = "other"


@dataclass(frozen=True)
class Answer:
    """What one matcher said about one query: its top-1 id and every id it accepts."""

    top: str | None
    accepted: frozenset[str]


def load_cases(path: Path = CASES) -> list[dict[str, str]]:
    """The TSV rows as dicts (tab-separated, no quoting, nothing escaped)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def entity_index(tb: Termbase) -> dict[str, set[str]]:
    """English name (label or any ``en`` term; persons also in the other name order), without
    case or diacritics -> ids of the entries that bear it."""
    index: dict[str, set[str]] = defaultdict(set)
    for entry in tb.glossary.entries:
        for name in {entry.label, *(t.form for t in entry.terms if t.lang == "en")}:
            index[_name_key(name)].add(entry.id)
            words = name.split()
            if entry.kind is Kind.PERSON and len(words) == 2:
                index[_name_key(f"{words[1]} {words[0]}")].add(entry.id)
    return index


def wanted(case: dict[str, str], index: dict[str, set[str]], loaded: set[str]) -> set[str]:
    """The loaded entries a positive row may name (empty: the name is in no loaded glossary)."""
    ids = set(index.get(_name_key(case["entity"]), ()))
    if case["expected"]:
        ids.add(case["expected"])
    return ids & loaded


def ours(tb: Termbase) -> Callable[[str], Answer]:
    def answer(query: str) -> Answer:
        results = tb.lookup(query).results
        top = results[0].entry.id if results else None
        return Answer(top, frozenset(r.entry.id for r in results if r.match))

    return answer


def baseline(tb: Termbase) -> Callable[[str], Answer]:
    """rapidfuzz WRatio over every glossary form, both sides reduced to ASCII by anyascii."""
    forms = [(anyascii(t.form), e.id) for e in tb.glossary.entries for t in e.terms]
    texts = [form for form, _ in forms]

    def answer(query: str) -> Answer:
        best = process.extractOne(anyascii(query), texts, scorer=fuzz.WRatio, processor=utils.default_process)
        if not best or best[1] == 0:
            return Answer(None, frozenset())
        top = forms[best[2]][1]
        return Answer(top, frozenset({top}) if best[1] >= BASELINE_ACCEPT else frozenset())

    return answer


def tally(stats: Counter[str], answer: Answer, want: set[str] | None) -> None:
    """Add one row's outcome: ``want`` None for a near miss, empty for a name in no glossary."""
    if want is None:
        stats["neg"] += 1
        stats["held"] += not answer.accepted
    elif not want:
        stats["absent"] += 1
        stats["absent accepted"] += bool(answer.accepted)
    else:
        stats["n"] += 1
        stats["top1"] += answer.top in want
        stats["accepted right"] += answer.top in want and answer.top in answer.accepted
        stats["wrong"] += bool(answer.accepted - want)
        stats["empty"] += answer.top is None


def run(cases: Iterable[dict[str, str]], tb: Termbase, *, misses: bool) -> dict[str, dict[str, Counter[str]]]:
    index, loaded = entity_index(tb), {e.id for e in tb.glossary.entries}
    matchers = {"termbase lookup": ours(tb), "baseline: rapidfuzz WRatio over anyascii forms": baseline(tb)}
    stats: dict[str, dict[str, Counter[str]]] = {name: defaultdict(Counter) for name in matchers}
    for case in cases:
        want = None if case["entity"] == "-" else wanted(case, index, loaded)
        for name, matcher in matchers.items():
            answer = matcher(case["query"])
            script = other_script(case["query"])
            keys = (case["text_lang"], OVERALL, *([OTHER_SCRIPT] if script not in (None, "Hangul") else []))
            for key in keys:
                tally(stats[name][key], answer, want)
            if misses and name == "termbase lookup" and _missed(answer, want):
                print(
                    f"miss [{case['text_lang']}] {case['query']!r}: want {sorted(want or ['-'])}, "
                    f"top {answer.top}, accepted {sorted(answer.accepted)}"
                )
    return stats


def _missed(answer: Answer, want: set[str] | None) -> bool:
    if want is None:
        return bool(answer.accepted)
    return bool(want) and (answer.top not in want or bool(answer.accepted - want))


def print_table(title: str, stats: dict[str, Counter[str]]) -> None:
    print(f"\n== {title}")
    print(
        f"{'lang':<6}{'n':>5}{'acc@1 %':>9}{'acc+match %':>13}{'wrong':>7}{'empty':>7}"
        f"{'near misses held':>18}{'not in glossary':>17}"
    )
    totals = (OVERALL, OTHER_SCRIPT)
    langs = sorted((k for k in stats if k not in totals), key=lambda k: (-sum(stats[k].values()), k))
    for key in [*langs, *(k for k in totals if k in stats)]:
        s = stats[key]
        top1, right = _percent(s["top1"], s["n"]), _percent(s["accepted right"], s["n"])
        held = f"{s['held']} of {s['neg']}" if s["neg"] else ""
        absent = str(s["absent"]) if s["absent"] else ""
        print(f"{key:<6}{s['n']:>5}{top1:>9}{right:>13}{s['wrong']:>7}{s['empty']:>7}{held:>18}{absent:>17}")


def _percent(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}" if total else "—"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every row termbase gets wrong")
    parser.add_argument("--cases", type=Path, default=CASES, help=f"TSV of spellings (default {CASES.name})")
    args = parser.parse_args()
    cases = load_cases(args.cases)
    print(f"command: python {' '.join(sys.argv)}")
    positives = sum(c["entity"] != "-" for c in cases)
    langs = len({c["text_lang"] for c in cases})
    print(
        f"{len(cases)} rows from {args.cases.name}: {positives} spellings, "
        f"{len(cases) - positives} near misses, {langs} page languages"
    )
    for title, stats in run(cases, Termbase.load(), misses=args.misses).items():
        print_table(title, stats)


if __name__ == "__main__":
    main()
