"""The exact fold: the first, language-neutral key level.

``fold`` keeps every letter a reader would call different and drops what sources vary on
without changing the name:

- case, and Latin diacritics (Sanzō = Sanzo = SANZÔ; Hruščov = Hruscov);
- spaces, hyphens, apostrophes, periods and middle dots (Ha'erbin = Haerbin = Ha-erbin);
- katakana vs hiragana (ベリヤ = べりや), full-width vs half-width forms (NFKC);
- the loanword spellings that the cabinet notice 外来語の表記 (1991, 第2表 and its notes)
  lets one write either way: ヴァ ヴィ ヴ ヴェ ヴォ = バ ビ ブ ベ ボ (ソヴィエト = ソビエト),
  ウィ ウェ ウォ = ウイ ウエ ウオ, イェ = イエ; the other small-kana pairs it lists stay apart
  (クァ may be クア or カ: not one fold);
- Cyrillic ё vs е (Хрущёв = Хрущев); й, ъ and ь are kept;
- the vowel points Arabic and Hebrew script write only sometimes, and the Arabic tatweel
  (مُولُوتُوف = مولوتوف, חֲרוּשְׁצ'וֹב = חרושצ'וב); their letters are kept;
- Han character variants: traditional, simplified and Japanese shinjitai forms of one
  character fold together (蔣介石 = 蒋介石; 野坂參三 = 野坂参三; 滿洲 = 満洲 = 满洲), with OpenCC,
  and so do the proper-name variants it misses, from ``data/han_variants.tsv`` (満州 = 満洲,
  髙橋 = 高橋, 山﨑 = 山崎): 州/洲 only inside the words the table names, since they are
  different characters elsewhere (广州 is not 广洲).

It keeps apart everything else: doubled vowels (Sanzoo), ``ou``/``oh`` spellings, different
letters (tongmen vs tongmeng) — those meet, if at all, at the phonological key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import opencc

from termbase.scripts import char_class

_DROP = re.compile(r"[\s\-‐‑‒–—―'’‘ʻʼ`´.·・,:;()\[\]\"“”«»/]+")
_HAN = re.compile(f"[{char_class('Hani')}]")
_KATAKANA = re.compile(r"[\u30a1-\u30f6]")
#: 外来語の表記 (内閣告示第二号, 1991), 留意事項その2, 第2表に示す仮名: each spelling and the
#: one its note says it "can generally be written" as (一般的には…と書くことができる). Read at
#: https://www.bunka.go.jp/kokugo_nihongo/sisaku/joho/joho/kijun/naikaku/gairai/honbun05.html
#: (イェ, ウィ ウェ ウォ) and in the notice's text quoted at
#: https://salon.mainichi-kotoba.jp/archives/27990 (ヴァ ヴィ ヴ ヴェ ヴォ). ヴュ stays apart
#: from ビュ: its note was not read here.
_LOANWORD_KANA = (
    ("ヴァ", "バ"),
    ("ヴィ", "ビ"),
    ("ヴェ", "ベ"),
    ("ヴォ", "ボ"),
    ("ヴ", "ブ"),
    ("ウィ", "ウイ"),
    ("ウェ", "ウエ"),
    ("ウォ", "ウオ"),
    ("イェ", "イエ"),
)
_LOANWORD = re.compile("|".join(variant for variant, _ in _LOANWORD_KANA))
_LOANWORD_PLAIN = dict(_LOANWORD_KANA)
#: Arabic harakat, superscript alef, Quranic marks and tatweel; Hebrew points and accents.
_ABJAD_POINTS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]"
)


@lru_cache(maxsize=1)
def _han_converters() -> tuple[opencc.OpenCC, opencc.OpenCC]:
    # Japanese shinjitai -> traditional, then traditional -> simplified: one canonical variant.
    return opencc.OpenCC("jp2t"), opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def name_variants() -> tuple[tuple[tuple[str, str], ...], dict[int, str]]:
    """The variant table: (word replacements, longest first; character map)."""
    words: list[tuple[str, str]] = []
    chars: dict[int, str] = {}
    text = resources.files("termbase.romanize").joinpath("data/han_variants.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        variant, canonical, scope = line.split("\t")[:3]
        if scope == "word":
            words.append((variant, canonical))
        else:
            chars[ord(variant)] = canonical
    return tuple(sorted(words, key=lambda w: -len(w[0]))), chars


def han_variant_fold(text: str) -> str:
    """Map every Han character to one canonical variant (simplified Chinese)."""
    if not _HAN.search(text):
        return text
    jp2t, t2s = _han_converters()
    folded: str = t2s.convert(jp2t.convert(text))
    words, chars = name_variants()
    folded = folded.translate(chars)
    for variant, canonical in words:
        folded = folded.replace(variant, canonical)
    return folded


def _strip_latin_marks(text: str) -> str:
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _kata_to_hira(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - 0x60)


def fold(text: str) -> str:
    """The exact-fold key of ``text`` (never raises; idempotent). Not remembered here: a lookup
    index owns a memo of it (:attr:`termbase.lookup.index.Index.folded`)."""
    if text.isascii():  # most queries and forms: no marks, variants or kana to fold
        return _DROP.sub("", text.lower())
    text = unicodedata.normalize("NFKC", text)
    text = _strip_latin_marks(text).casefold()
    text = text.replace("ё", "е")
    text = _LOANWORD.sub(lambda match: _LOANWORD_PLAIN[match.group()], text)
    text = _ABJAD_POINTS.sub("", text)
    text = _KATAKANA.sub(_kata_to_hira, text)
    text = han_variant_fold(text)
    return _DROP.sub("", text)
