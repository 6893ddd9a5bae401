"""Spellings that sources use for one name but that no rule of the keys joins: katakana
loanword variants, exonyms, and the Hangul of the NIKL transcription.

- Katakana loanwords waver between a half-voiced and a voiced kana (ハルピン/ハルビン, from
  Chinese pinyin b, which Japanese hears as p) and drop a ッ before their last kana
  (ウラジオストック/ウラジオストク). Katakana words get these as extra spellings; hiragana and
  Latin do not, so native names (Hattori/Hatori, Beppu/Bebbu) stay apart.
- Exonyms (Tokio, Hiroszima) are whole-word ``exceptions`` of a system: a Latin word that is
  one of them is also read as its kana.
- Hangul meets kana at :func:`korean.hangul_key` of the reading's NIKL spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache

from termbase.romanize.ja import korean
from termbase.romanize.ja.render import Speller
from termbase.romanize.system import load_systems

_HALF_VOICED = str.maketrans("パピプペポ", "バビブベボ")
_FINAL_SOKUON = re.compile(r"ッ(?=[ァ-ヺ][ァィゥェォャュョ]?ー?$)")
_KATAKANA_WORD = re.compile(r"[ァ-ヺー\-]+")


def katakana_variants(word: str) -> list[str]:
    """Other katakana spellings of a loanword written in katakana only (else none)."""
    if not _KATAKANA_WORD.fullmatch(word):
        return []
    voiced = word.translate(_HALF_VOICED)
    found = {voiced: None} if voiced != word else {}
    for spelling in (word, voiced):
        found[_FINAL_SOKUON.sub("", spelling)] = None
    found.pop(word, None)
    return list(found)


def _folded_word(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold())


class _Loaded:
    """The systems' spellers, loaded once per process. Not an ``lru_cache``: clearing caches (as
    the key benchmark does to time new strings) must not re-read the system files."""

    spellers: tuple[Speller, ...] | None = None

    @classmethod
    def get(cls) -> tuple[Speller, ...]:
        if cls.spellers is None:
            cls.spellers = tuple(Speller.of(system) for system in load_systems("termbase.romanize.ja"))
        return cls.spellers


@cache
def exonyms() -> tuple[Mapping[str, str], re.Pattern[str]]:
    """Every system's whole-word exceptions (folded spelling -> hiragana reading), and a pattern
    that finds any of them in a folded text."""
    table = {_folded_word(spelt): kana for s in _Loaded.get() for kana, spelt in s.exceptions.items()}
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return table, re.compile(rf"(?<!\w)(?:{words})(?!\w)" if table else r"(?!)")


def with_exonyms_read(text: str) -> str | None:
    """``text`` with each exonym word replaced by its kana, or None if it has none."""
    table, pattern = exonyms()
    folded = _folded_word(text)
    if not pattern.search(folded):
        return None
    return " ".join(table.get(_folded_word(part), part) for part in text.split())


@cache
def _korean() -> Speller | None:
    return next((s for s in _Loaded.get() if s.word_initial is not None), None)


def kana_hangul_key(reading: str) -> str | None:
    """The Hangul key of a kana reading's NIKL spelling (None if it has other characters)."""
    speller = _korean()
    return korean.hangul_key(speller.render(reading, "keep")) if speller else None
