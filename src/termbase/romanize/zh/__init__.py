"""Chinese (Mandarin): pinyin readings to fifteen spellings, keys for every spelling.

Systems (files in ``systems/``): ``pinyin``, ``pinyin-numbers``, ``pinyin-plain``,
``wade-giles``, ``wade-giles-plain``, ``wade-giles-strict``, ``yale``, ``zhuyin``,
``palladius``; the national conventions ``zh-de``, ``zh-pl``, ``zh-cs``, ``zh-hu``,
``zh-fr-efeo`` and the Korean NIKL Hangul ``zh-ko`` (tables made from rules: ``compose.py``).
See docs/romanization/zh.md for the reading conventions and the key levels::

    ENGINE.render("Máo Zédōng", get_system("wade-giles"))  -> "Mao Tse-tung"
    phonetic_keys("Mao Tse-tung")                          -> frozenset({"mao-ze-dong"})
    phonetic_keys("Tchang Kaï-chek") >= {"jiang-jie-shi"}  (conventional.toml)
    to_traditional("毛泽东")                                -> "毛澤東"
"""

from __future__ import annotations

from termbase.romanize.engine import LanguageEngine
from termbase.romanize.zh.characters import machine_reading, to_simplified, to_traditional
from termbase.romanize.zh.check import check_reading
from termbase.romanize.zh.engine import ChineseEngine
from termbase.romanize.zh.keys import MAX_KEYS, phonetic_keys

ENGINE: LanguageEngine = ChineseEngine()


def plausible_systems(text: str) -> tuple[str, ...]:
    """Ids of the zh systems whose spelling ``text`` fits."""
    return ENGINE.plausible_systems(text)


__all__ = [
    "ENGINE",
    "MAX_KEYS",
    "ChineseEngine",
    "check_reading",
    "machine_reading",
    "phonetic_keys",
    "plausible_systems",
    "to_simplified",
    "to_traditional",
]
