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
import unicodedata

_HAN_SUFFIXES = ("特別市", "市", "省", "県", "縣")
#: The Hangul of those: Sino-Korean 특별시, 시, 성, 현 (통화시 Tonghua, 산둥성 Shandong).
_HANGUL_SUFFIXES = ("특별시", "시", "성", "현")
_ORDINAL = re.compile(r"^(?P<q>第)(?P<name>[〇一二三四五六七八九十百千0-9０-９].+)$")
_PLURAL = re.compile(r"^(?P<name>[A-Z]{2,})(?P<q>s)$")
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


#: Titles and ranks that running text writes onto a person's name: after it in Chinese and
#: Japanese (蔣介石委員長, 马利诺夫斯基元帅, 東條首相) and as a word after it in Korean (바실렙스키
#: 원수); as a word before it in the European languages (maresciallo Malinovski, generał
#: Okamura, маршал Василевский), after it in Hungarian (Konyev marsall). A closed list, for
#: persons only, written without case or marks; the longest suffix first (大元帥 before 元帥).
_HAN_TITLES = tuple(
    sorted(
        (
            *("委員長", "委员长", "大元帥", "大元帅", "元帥", "元帅", "主席", "總統", "总统"),
            *("將軍", "将军", "總司令", "总司令", "司令", "同志", "先生", "閣下", "阁下"),
            *("大将", "大將", "中将", "中將", "少将", "少將", "首相", "皇帝"),
        ),
        key=len,
        reverse=True,
    )
)
_HANGUL_TITLES = frozenset(
    {"원수", "대원수", "장군", "주석", "총통", "위원장", "동지", "선생", "황제", "대장"}
)
_LEADING_TITLES = frozenset(
    {
        *("marshal", "field-marshal", "general", "generalissimo", "admiral", "colonel", "ataman"),
        *("emperor", "chairman", "president", "premier", "prince"),
        *("amiral", "empereur", "maresciallo", "generale", "ammiraglio", "colonnello"),
        *("imperatore", "mariscal", "marechal", "almirante", "coronel", "emperador", "imperador"),
        *("marschall", "generalfeldmarschall", "generaloberst", "oberst", "kaiser", "maarschalk"),
        *("generaal", "admiraal", "kolonel", "keizer", "marszałek", "generał", "admirał", "pułkownik"),
        *("cesarz", "marsal", "cisar", "plukovnik", "maresal", "imparat"),
        *("marskalk", "kejsare", "kejser", "imparator"),
        *("маршал", "генерал", "генералиссимус", "адмирал", "атаман", "император"),
    }
)
_TRAILING_TITLES = frozenset({"marsall", "tabornok", "admiralis", "csaszar"})


def without_title(text: str) -> tuple[str, str] | None:
    """``(name, title)`` when ``text`` is a name with one title or rank, else None."""
    for title in _HAN_TITLES:
        if text.endswith(title) and len(text) >= len(title) + 2:
            return text[: -len(title)], title
    words = text.split()
    if len(words) < 2:
        return None
    if words[-1] in _HANGUL_TITLES or _bare(words[-1]) in _TRAILING_TITLES:
        return " ".join(words[:-1]), words[-1]
    if _bare(words[0]) in _LEADING_TITLES:
        return " ".join(words[1:]), words[0]
    return None


def _bare(word: str) -> str:
    """``word`` without case or combining marks (maréchal = marechal, Маршал = маршал)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
