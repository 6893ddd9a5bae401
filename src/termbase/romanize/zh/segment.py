"""Cutting a run of letters into syllables, with every reading of it ranked.

A *speller* maps each spelling of one system (``"ch'ang"``, ``"цзэ"``, ``"ㄅㄧㄣ"``) to the
syllables it may stand for. ``segmentations`` tries every way to cut a run of letters into
spellings and ranks the results by cost: a syllable starting with a vowel inside the run
costs one point (pinyin writes an apostrophe there), so ``xian`` reads first as one syllable
and only then as xi'an; in systems that separate every syllable (``Speller.separated``:
Wade–Giles, Yale, Zhuyin) each syllable after the first costs one more. Interjections and
syllabic nasals (``STANDALONE``) are read only as a whole run. At most ``limit`` readings
are kept at every position, which bounds the work on any input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from termbase.romanize.zh.compose import STANDALONE

Reading = tuple[int, tuple[str, ...]]
"""A ranked reading of a run: (cost, syllables)."""

_VOWELS = frozenset("aeiouüêаэоеёяюиуы") | frozenset(chr(c) for c in range(0x311A, 0x312A))


@dataclass(frozen=True, slots=True)
class Speller:
    """The spellings of one system (or family of systems) and what they stand for."""

    name: str
    spellings: Mapping[str, tuple[str, ...]]
    separated: bool = False
    longest: int = field(init=False)
    prefixes: frozenset[str] = field(init=False)
    inside: Mapping[str, tuple[str, ...]] = field(init=False)  # without the STANDALONE values

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest", max(map(len, self.spellings), default=0))
        prefixes = {s[:i] for s in self.spellings for i in range(1, len(s) + 1)}
        object.__setattr__(self, "prefixes", frozenset(prefixes))
        inside = {s: tuple(v for v in values if v not in STANDALONE) for s, values in self.spellings.items()}
        object.__setattr__(self, "inside", {s: values for s, values in inside.items() if values})


def segmentations(run: str, speller: Speller, *, limit: int = 8) -> list[Reading]:
    """Every reading of ``run`` as a sequence of ``speller``'s spellings, best first."""
    size = len(run)
    table: list[list[Reading]] = [[] for _ in range(size + 1)]
    table[0].append((0, ()))
    prefixes, whole, inside = speller.prefixes, speller.spellings, speller.inside
    for start in range(size):
        partial = table[start]
        if not partial:
            continue
        if len(partial) > limit:
            partial.sort()
            del partial[limit:]
        vowel_cost = 1 + speller.separated if start else 0
        plain_cost = int(speller.separated) if start else 0
        for end in range(start + 1, min(size, start + speller.longest) + 1):
            spelling = run[start:end]
            if spelling not in prefixes:
                break
            values = (whole if start == 0 and end == size else inside).get(spelling)
            if values is None:
                continue
            cost = vowel_cost if spelling[0] in _VOWELS else plain_cost
            target = table[end]
            for score, syllables in partial:
                for value in values:
                    target.append((score + cost, (*syllables, value)))
    return sorted(set(table[size]))[:limit]
