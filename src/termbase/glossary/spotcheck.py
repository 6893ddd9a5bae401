"""The random sample of a glossary spot check (glossaries/SPOT-CHECKS.md), drawn reproducibly.

The population is every native term (``ja``, ``zh``, ``zh-Hans``, ``zh-Hant``, ``ru``, ``ko``) of
the loaded glossaries except the dictionary imports, which are not reviewed one by one; it is
sorted before drawing so that the same seed on the same data draws the same terms::

    PYTHONPATH=src python -m termbase.glossary.spotcheck 2026120312          # bundled glossaries
    PYTHONPATH=src python -m termbase.glossary.spotcheck 2026120312 -n 40 glossaries/

``--glossary field --verification checked --any-tag`` narrows the population to one glossary's
terms in one state, in every language (a check of what a glossary claims it has checked).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from termbase.glossary.loader import load
from termbase.model import Glossary, TermVerification

#: Tags of the native forms a spot check draws from.
NATIVE_TAGS = frozenset({"ja", "zh", "zh-Hans", "zh-Hant", "ru", "ko"})


class Drawn(NamedTuple):
    entry: str
    glossary: str
    lang: str
    form: str
    reading: str
    verification: str
    sources: str


def population(
    glossary: Glossary,
    *,
    glossary_id: str | None = None,
    verification: TermVerification | None = None,
    tags: frozenset[str] | None = NATIVE_TAGS,
) -> list[Drawn]:
    """Every native term that a person reviewed or should review, in a stable order.

    ``glossary_id`` and ``verification`` keep one glossary's terms in one state; ``tags=None``
    takes every language.
    """
    rows = (
        Drawn(
            entry.id,
            entry.glossary,
            term.lang,
            term.form,
            term.reading or "",
            term.verification.value if term.verification else "",
            ";".join(s.source + (f": {s.locator}" if s.locator else "") for s in term.sources),
        )
        for entry in glossary.entries
        if glossary_id is None or entry.glossary == glossary_id
        for term in entry.terms
        if (tags is None or term.lang in tags)
        and term.verification is not TermVerification.DICTIONARY
        and (verification is None or term.verification is verification)
    )
    return sorted(rows)


def draw(glossary: Glossary, seed: int, n: int = 40, **narrow: Any) -> list[Drawn]:
    """``n`` terms of the population (narrowed as ``population`` is), drawn with
    ``random.Random(seed).sample``."""
    return random.Random(seed).sample(population(glossary, **narrow), n)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Draw the terms of a glossary spot check.")
    parser.add_argument("seed", type=int)
    parser.add_argument("-n", type=int, default=40, help="how many terms (default 40)")
    parser.add_argument("--glossary", help="only this glossary's entries (its id)")
    parser.add_argument("--verification", choices=[v.value for v in TermVerification], help="only this state")
    parser.add_argument("--any-tag", action="store_true", help="every language, not only native forms")
    parser.add_argument("paths", nargs="*", type=Path, help="glossary folders (default: bundled)")
    args = parser.parse_args(argv)
    glossary = load(*args.paths)
    narrow: dict[str, Any] = {
        "glossary_id": args.glossary,
        "verification": TermVerification(args.verification) if args.verification else None,
        "tags": None if args.any_tag else NATIVE_TAGS,
    }
    print(f"population: {len(population(glossary, **narrow))} terms")
    for number, row in enumerate(draw(glossary, args.seed, args.n, **narrow), 1):
        print(number, *row, sep="\t")


if __name__ == "__main__":
    main()
