"""Han characters: simplified <-> traditional (OpenCC), and machine readings (pypinyin).

pypinyin is used for one thing only: proposing a tone-marked reading for Han text that is not
in the glossary. Its Wade–Giles style is not used (it writes 来 as "lei" and ü as "v"); the
renderings come from the corrected tables like every other reading's.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc
from pypinyin import Style, lazy_pinyin
from pypinyin.seg.mmseg import seg

from termbase.romanize.zh.check import check_reading
from termbase.romanize.zh.syllables import APOSTROPHE_INITIALS
from termbase.scripts import char_class

_HAN_RUN = re.compile(f"[{char_class('Hani')}]+")
_NAME_SEPARATORS = re.compile(r"[\s·・•‧]+")
#: Common family names (simplified), single and double: a 2-3 character text starting with one
#: is read as "Family Given" (Máo Zédōng); everything else as words.
_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷"
    "侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂"
    "章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
)
_DOUBLE_FAMILY_NAMES = frozenset(
    {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "夏侯", "尉迟", "公孙", "慕容"}
)


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional characters to simplified (OpenCC t2s); other text unchanged."""
    converted: str = _converter("t2s").convert(text)
    return converted


def to_traditional(text: str) -> str:
    """Simplified characters to traditional (OpenCC s2t); other text unchanged."""
    converted: str = _converter("s2t").convert(text)
    return converted


def _spell(chars: str) -> str:
    syllables: list[str] = lazy_pinyin(chars, style=Style.TONE, errors=lambda _: "?")
    out = ""
    for syllable in syllables:
        if out and unicodedata.normalize("NFD", syllable)[:1] in APOSTROPHE_INITIALS:
            out += "'"
        out += syllable
    return out


def _words(run: str) -> list[str]:
    simplified = to_simplified(run)
    if 2 <= len(run) <= 4 and simplified[:2] in _DOUBLE_FAMILY_NAMES:
        return [run[:2], run[2:]]
    if 2 <= len(run) <= 3 and simplified[0] in _FAMILY_NAMES:
        return [run[0], run[1:]]
    if len(run) <= 4:
        return [run]
    words: list[str] = []
    for word in seg.cut(run):
        if words and len(word) == 1 and len(words[-1]) == 1:
            words[-1] += word  # pair single characters: most words are two syllables
        else:
            words.append(word)
    return words


def machine_reading(text: str) -> str | None:
    """A pypinyin reading of Han text (spaces or · between names allowed), or None.

    A name of two to four characters starting with a common family name is written
    "Family Given" with both parts capitalized, as are the parts of a name written with ·;
    other text gets its first word capitalized.
    The result is a proposal: label it as a machine reading.
    """
    parts = [p for p in _NAME_SEPARATORS.split(text.strip()) if p]
    if not parts or not all(_HAN_RUN.fullmatch(p) for p in parts):
        return None
    words = [_spell(word) for part in parts for word in _words(part)]
    is_name = len(parts) > 1 or (len(words) == 2 and len(parts[0]) <= 4)
    capitalized = len(words) if is_name else 1
    reading = " ".join(w[:1].upper() + w[1:] if i < capitalized else w for i, w in enumerate(words))
    return reading if "?" not in reading and check_reading(reading) is None else None
