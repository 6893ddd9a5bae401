"""Which system a match is named for, when several spell the query the same way.

"Nihon shinbun" is how Modified Hepburn, Hepburn without marks, Hepburn with circumflexes,
passport Hepburn and Kunrei all write 日本新聞 (no long vowel to mark); the match names the most
standard of them and lists every one in ``matched.systems``. The order:

1. a system whose ``text_lang`` is the source-language hint (``from_lang``), when given;
2. then by :data:`STANDARD_ORDER`: international and national standards and the romanizations
   libraries and scholarship use, before their variants without marks, before conventions of
   one language's press, before ad-hoc schemes;
3. systems not listed (added later) after those listed, international (``text_lang`` ``und``)
   before one language's conventions, then by id.

Only systems that actually spell the query are ever named.
"""

from __future__ import annotations

from collections.abc import Iterable

from termbase.errors import UnknownSystemError
from termbase.romanize import get_system

STANDARD_ORDER: tuple[str, ...] = (
    # Japanese
    "hepburn-modified",
    "hepburn-traditional",
    "kunrei",
    "nihon-shiki",
    "passport",
    "hepburn-plain",
    "hepburn-doubled",
    "hepburn-circumflex",
    "wapuro",
    "polivanov",
    # Chinese
    "pinyin",
    "pinyin-plain",
    "pinyin-numbers",
    "wade-giles",
    "wade-giles-strict",
    "wade-giles-plain",
    "yale",
    "zhuyin",
    "palladius",
    # Russian
    "iso9",
    "gost-7.79-b",
    "scholarly",
    "ala-lc",
    "ala-lc-plain",
    "bgn-pcgn",
    "icao",
    "english-popular",
    "ru-de",
    "ru-fr",
    "transliterate-ru",
)
_RANK = {system: position for position, system in enumerate(STANDARD_ORDER)}


def text_lang_of(system: str) -> str:
    """The language of the texts that write names in ``system`` (``und``: any)."""
    try:
        return get_system(system).text_lang
    except UnknownSystemError:  # a system a glossary term names but no engine registers
        return "und"


def by_standard(systems: Iterable[str], from_lang: str | None = None) -> tuple[str, ...]:
    """``systems`` (ids, no repeats) most standard first, the hinted language's before all."""

    def order(system: str) -> tuple[int, int, int, str]:
        text_lang = text_lang_of(system)
        hinted = 0 if from_lang is not None and text_lang == from_lang else 1
        return (hinted, _RANK.get(system, len(_RANK)), 0 if text_lang == "und" else 1, system)

    return tuple(sorted(dict.fromkeys(systems), key=order))
