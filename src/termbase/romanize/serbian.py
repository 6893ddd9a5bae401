"""Serbian Cyrillic in Serbian Latin: the two official alphabets of Serbian, letter for letter.

A Serbian page writes a name in either alphabet (Чанг Кај Шек, Čang Kaj Šek), and glossaries
hold what a cited page wrote. The table (``data/sr_latin.tsv``, with its source) maps each of
the 30 Cyrillic letters to its Latin letter or digraph; the other way is not a substitution
(nj is њ in његов but н + ј in инјекција), so only Cyrillic is spelt in Latin.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    text = resources.files("termbase.romanize").joinpath("data/sr_latin.tsv").read_text("utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cyrillic, latin = line.split("\t")[:2]
            table[ord(cyrillic)] = latin
            table[ord(cyrillic.upper())] = latin[0].upper() + latin[1:]
    return table


def serbian_latin(text: str) -> str | None:
    """``text`` in Serbian Latin, or None when it has a Cyrillic letter Serbian does not write
    (Russian ы, щ, я ...: then it is not Serbian Cyrillic)."""
    table = _table()
    latin = text.translate(table)
    if any("\u0400" <= char <= "\u04ff" for char in latin):
        return None
    return latin if latin != text else None
