"""Generic qualifiers that sources add to a name: 哈尔滨市, 山西省, Shanxi Province, Harbin City,
город Хабаровск, НКВД СССР, and Korean 통화시 (시 'city', 성 'province', 현 'prefecture', written
onto the name as 市, 省 and 県 are).

A query that finds nothing as written is tried once more without one such qualifier, for
places and bodies only (a person is never "City"). The qualifiers are a closed list: a city or
a province named as what it is, and "USSR" after a Soviet body. Words for a region named after
a city (krai, oblast, district, 区) are not on it: Khabarovsk krai is not the city of
Khabarovsk. Nor is 州 (満州 is a name).

The ordinal prefix 第 before a numeral is one too: units are named with and without it
(第八路軍 and 八路軍, 第七三一部隊 and 七三一部隊), a number alone being no name; and so is
the English plural ending of an abbreviation (POWs, JCPs: the abbreviation is the name). After
a Soviet body, the commissariat or ministry it belonged to is one (ГУПВИ НКВД, GUPVI MVD), as
"USSR" is; and so is a gloss in brackets after a name (Mukden (Shenyang), Harbin (China)),
though what the name alone finds is then a candidate only: a gloss may say the name is of
another thing (Siberia (film)).
"""

from __future__ import annotations

import re

_HAN_SUFFIXES = ("特別市", "市", "省", "県", "縣")
_ORDINAL = re.compile(r"^(?P<q>第)(?P<name>[〇一二三四五六七八九十百千0-9０-９].+)$")
_PLURAL = re.compile(r"^(?P<name>[A-Z]{2,})(?P<q>s)$")
#: The Hangul of those: Sino-Korean 특별시, 시, 성, 현 (통화시 Tonghua, 산둥성 Shandong).
_HANGUL_SUFFIXES = ("특별시", "시", "성", "현")
_WORDS = "city|province|prefecture|municipality|shi|sheng|ken|город|г\\.|ussr|sssr|ссср"
_LEADING = re.compile(rf"^(?P<q>{_WORDS})\s+(?P<name>.+)$", re.IGNORECASE)
#: Only after a name: before one they are the name's own first word (NKVD Regulation …).
_PARENT_BODIES = "nkvd|mvd|нквд|мвд"
_TRAILING = re.compile(rf"^(?P<name>.+?),?\s+(?P<q>{_WORDS}|{_PARENT_BODIES})$", re.IGNORECASE)
_BRACKETED = re.compile(r"^(?P<name>[^()]*[^()\s])\s*(?P<q>\([^()]+\))$")


def without_qualifier(text: str) -> tuple[str, str] | None:
    """``(name, qualifier)`` when ``text`` is a name with one generic qualifier, else None."""
    for suffix in (*_HAN_SUFFIXES, *_HANGUL_SUFFIXES):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)], suffix
    for pattern in (_ORDINAL, _PLURAL, _BRACKETED, _TRAILING, _LEADING):
        found = pattern.match(text)
        if found:
            return found.group("name"), found.group("q")
    return None
