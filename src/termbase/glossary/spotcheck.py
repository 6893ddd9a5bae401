"""The random sample of a glossary spot check (glossaries/SPOT-CHECKS.md), drawn reproducibly.

The population is every native term (``ja``, ``zh``, ``zh-Hans``, ``zh-Hant``, ``ru``, ``ko``) of
the loaded glossaries except the dictionary imports, which are not reviewed one by one; it is
sorted before drawing so that the same seed on the same data draws the same terms::

    PYTHONPATH=src python -m termbase.glossary.spotcheck 2026120312          # bundled glossaries
    PYTHONPATH=src python -m termbase.glossary.spotcheck 2026120312 -n 40 glossaries/
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

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


def population(glossary: Glossary) -> list[Drawn]:
    """Every native term that a person reviewed or should review, in a stable order."""
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
        for term in entry.terms
        if term.lang in NATIVE_TAGS and term.verification is not TermVerification.DICTIONARY
    )
    return sorted(rows)


def draw(glossary: Glossary, seed: int, n: int = 40) -> list[Drawn]:
    """``n`` terms of the population, drawn with ``random.Random(seed).sample``."""
    return random.Random(seed).sample(population(glossary), n)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Draw the terms of a glossary spot check.")
    parser.add_argument("seed", type=int)
    parser.add_argument("-n", type=int, default=40, help="how many terms (default 40)")
    parser.add_argument("paths", nargs="*", type=Path, help="glossary folders (default: bundled)")
    args = parser.parse_args(argv)
    glossary = load(*args.paths)
    print(f"population: {len(population(glossary))} terms")
    for number, row in enumerate(draw(glossary, args.seed, args.n), 1):
        print(number, *row, sep="\t")


if __name__ == "__main__":
    main()
