"""Every spelling a user may type for a syllable, per system and per family of systems.

Spellings are folded the way ``keys.fold_text`` folds input (lowercase, tone marks off, ``ü``
and ``ê`` kept, ``ŭ`` read as ``u``, every apostrophe-like mark as ``'``), so a folded run of
input can be looked up directly.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from itertools import chain

from termbase.romanize.zh.segment import Speller
from termbase.romanize.zh.syllables import collapse, inventory, system, systems

_APOSTROPHES = "'’‘ʻʼʽ`′"
#: Letters kept, not folded to their base: Czech č š ž ť (zh, sh, r, j) and EFEO ö (Tsö = ze, not tso).
KEPT = "čšžťö"


@cache
def european() -> tuple[str, ...]:
    """The national Latin conventions (a system with its own text language: German, Polish,
    Dutch ...), read as one family after pinyin, Wade–Giles and Yale; a new system file is one
    of them with no list to edit."""
    return tuple(s.id for s in systems() if s.target == "zh-Latn" and s.text_lang != "und")


_SEPARATORS = "ˉˊˇˋ˙ъЪ·・"


#: Ukrainian letters as the Russian ones Palladius writes for the same sounds: Ukrainian
#: transcription of Chinese (after Palladius) writes 溥儀 Пу І and 蔣介石 Цзян Цзеші.
_UKRAINIAN = {ord(k): v for k, v in zip("іІїЇєЄґҐ", "иИиИеЕгГ", strict=True)}


@cache
def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): "'" for c in _APOSTROPHES}
    table.update({ord(c): " " for c in _SEPARATORS})
    table.update({c: None for c in range(0x300, 0x370)})  # stray combining marks
    table.update(_UKRAINIAN)
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        parts = unicodedata.normalize("NFD", chr(code))
        base, marks = parts[0], parts[1:]
        if not (base.isascii() and base.isalpha() and marks) or chr(code).lower() in KEPT:
            continue
        if base in "uU" and "\u0308" in marks:
            table[code] = "ü" if base == "u" else "Ü"
        elif base in "eE" and "\u0302" in marks:
            table[code] = "ê" if base == "e" else "Ê"
        else:
            table[code] = base
    return table


def fold_spelling(text: str) -> str:
    """NFKC, tone marks off (ü and ê kept), apostrophes unified, lowercase."""
    text = unicodedata.normalize("NFKC", text).replace("u:", "ü").replace("U:", "Ü")
    return text.translate(_fold_table()).lower()


_SEPARATED = frozenset(
    {"wade-giles", "wade-giles-plain", "wade-giles-strict", "yale", "zhuyin", "european", "hangul"}
)


def _speller(name: str, pairs: Iterable[tuple[str, str]], value: Callable[[str], str]) -> Speller:
    found: dict[str, set[str]] = defaultdict(set)
    for spelling, syllable in pairs:
        found[fold_spelling(spelling)].add(value(syllable))
    return Speller(
        name,
        {s: tuple(sorted(v)) for s, v in found.items()},
        separated=name in _SEPARATED or name in european(),
    )


def _table(system_id: str) -> Mapping[str, str]:
    return {k: str(v) for k, v in system(system_id).table.items()}


def _pinyin_pairs(with_keys: bool) -> Iterable[tuple[str, str]]:
    for syllable in inventory():
        yield syllable, syllable
        yield syllable.replace("ü", "v"), syllable
        yield syllable.replace("ü", "u"), syllable
        if with_keys:
            yield collapse(syllable), collapse(syllable)


def _wade_giles_pairs(*, plain: bool = False, strict: bool = False) -> Iterable[tuple[str, str]]:
    table = _table("wade-giles-strict" if strict else "wade-giles")
    for syllable, spelling in table.items():
        yield (spelling.replace("'", "").replace("ü", "u") if plain else spelling), syllable
    if strict:
        yield ("szŭ", "si")  # Giles's variant of ssŭ
        yield ("ê", "e")  # 额 as ê


def _variants(pairs: Iterable[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    for spelling, syllable in pairs:
        yield spelling, syllable
        yield spelling.replace("'", ""), syllable
        yield spelling.replace("ü", "u"), syllable
        yield spelling.replace("'", "").replace("ü", "u").replace("ê", "e"), syllable


def _table_pairs(system_id: str) -> Iterable[tuple[str, str]]:
    return ((spelling, syllable) for syllable, spelling in _table(system_id).items())


def _yale_pairs() -> Iterable[tuple[str, str]]:
    """Yale's spellings, and those ending in z with the third-tone caron (tsž), as ž is kept."""
    for spelling, syllable in _table_pairs("yale"):
        yield spelling, syllable
        if spelling.endswith("z"):
            yield spelling[:-1] + "ž", syllable


def _european_pairs(system_id: str) -> Iterable[tuple[str, str]]:
    """A convention's own spellings, without apostrophes and ü dots, and its ``read_also`` forms."""
    also = system(system_id).options.get("read_also", [])
    for spelling, syllable in _variants(_table_pairs(system_id)):
        yield spelling, syllable
        for old, new in also:
            if old in spelling:
                yield spelling.replace(old, new), syllable


@cache
def family_spellers() -> tuple[Speller, ...]:
    """Spellers for keys, in rank order; each spelling maps to key syllables."""
    palladius = [*_table_pairs("palladius"), ("хуй", "hui")]
    wade_giles = chain(_wade_giles_pairs(), _wade_giles_pairs(strict=True))
    return (
        _speller("pinyin", _pinyin_pairs(with_keys=True), collapse),
        _speller("wade-giles", _variants(wade_giles), collapse),
        _speller("yale", _yale_pairs(), collapse),
        _speller("palladius", palladius, collapse),
        _speller("zhuyin", _table_pairs("zhuyin"), collapse),
        _speller("european", chain.from_iterable(map(_european_pairs, european())), collapse),
        _speller("hangul", _table_pairs("zh-ko"), collapse),
    )


@cache
def system_spellers() -> Mapping[str, Speller]:
    """Spellers for detection: only the spellings each system itself writes."""

    def same(syllable: str) -> str:
        return syllable

    pinyin = _speller("pinyin", _pinyin_pairs(with_keys=False), same)
    return {
        "pinyin": pinyin,
        "pinyin-plain": pinyin,
        "pinyin-numbers": pinyin,
        "wade-giles": _speller("wade-giles", _wade_giles_pairs(), same),
        "wade-giles-plain": _speller("wade-giles-plain", _wade_giles_pairs(plain=True), same),
        "wade-giles-strict": _speller("wade-giles-strict", _wade_giles_pairs(strict=True), same),
        "yale": _speller("yale", _yale_pairs(), same),
        "palladius": _speller("palladius", _table_pairs("palladius"), same),
        "zhuyin": _speller("zhuyin", _table_pairs("zhuyin"), same),
        "zh-ko": _speller("zh-ko", _table_pairs("zh-ko"), same),
        **{system_id: _speller(system_id, _european_pairs(system_id), same) for system_id in european()},
    }
