"""System-neutral phonological keys of Chinese romanizations, and system detection.

A key is a sequence of toneless *key syllables* joined with ``-``: pinyin syllables with the
aspiration pairs (b/p, d/t, g/k, z/c, zh/ch, j/q) written as the first of each pair and ü
written u. ``Mao Tse-tung``, ``Máo Zédōng``, ``mao2 ze2dong1``, ``Мао Цзэдун`` and
``ㄇㄠˊ ㄗㄜˊ ㄉㄨㄥ`` all give ``mao-ze-dong``. Syllable boundaries are kept, so Shanxi
(``shan-xi``) and Shaanxi (``sha-an-xi``) stay apart, and so do -n and -ng (``guan-dong``,
``guang-dong``). A text that can be read in several ways gives several keys (``xian`` gives
``xian`` and ``xi-an``; Wade–Giles ``Chang`` gives ``zhang`` for both 张 and 常), at most
``MAX_KEYS``. Han characters, and any text that is not entirely Chinese syllables, give none.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from itertools import product

from termbase.romanize.zh import conventional
from termbase.romanize.zh.segment import Speller, segmentations
from termbase.romanize.zh.spellings import european, family_spellers, fold_spelling, system_spellers
from termbase.scripts import char_class

MAX_KEYS = 64
"""Keys returned at most; alternatives are ranked, so the best readings are kept."""
CHUNK_READINGS = 8
"""Readings kept per run of letters between separators."""
MAX_CHARS = 1000
"""Longer texts are not names: they get no keys (checked before any work)."""
MAX_SYLLABLES = 40
"""Readings longer than this are dropped, so every key is short enough to be read back."""

_HAN = re.compile(f"[{char_class('Hani')}]")
_SEPARATING_APOSTROPHE = re.compile(r"(?<![ptkhsz])'|'(?![a-zêüčšžťö])")
_CHUNK = re.compile(r"[a-zêüčšžťö']+|[а-яё]+|[\u3105-\u312f\u31a0-\u31bf]+|[\uac00-\ud7a3]+")
_LETTER = re.compile(r"[^\W\d_]")
#: Families that read a run, by its script; "wide" adds the national conventions (see
#: ``phonetic_keys``). Ranks index ``family_spellers()``.
_FAMILIES_BY_SCRIPT = {
    "latin": (0, 1, 2),
    "wide": (0, 1, 2, 5),
    "cyrillic": (3,),
    "bopomofo": (4,),
    "hangul": (6,),
}
_EUROPEAN_RANK = 5
#: Hangul is lossy (장 is zhang or jiang, 차 cha, ca or qia): a run keeps more readings.
_READINGS_BY_SCRIPT = {"hangul": 32}


def _script(chunk: str) -> str:
    first = chunk[0]
    if "а" <= first <= "я" or first == "ё":
        return "cyrillic"
    if first >= "\uac00":
        return "hangul"
    return "bopomofo" if first >= "\u3105" else "latin"


def chunks_of(text: str) -> list[str] | None:
    """The runs of letters of ``text`` (folded), or None when it has letters no system uses."""
    if not text or len(text) > MAX_CHARS:
        return None
    if text.isascii():  # fast path: every ASCII letter is in a chunk
        folded = text.lower().replace("`", "'").replace("u:", "ü")
        return _CHUNK.findall(_SEPARATING_APOSTROPHE.sub(" ", folded))
    folded = fold_spelling(text)
    if _HAN.search(folded):
        return None
    folded = _SEPARATING_APOSTROPHE.sub(" ", folded)
    if _LETTER.search(_CHUNK.sub(" ", folded)):
        return None
    return _CHUNK.findall(folded)


ChunkReading = tuple[int, tuple[str, ...], int]
"""(cost, key syllables, bit mask of the families that read the run so)."""


#: The readings of a run (``chunk_readings``, or an engine's memo of it).
ChunkReader = Callable[[str, bool], tuple[ChunkReading, ...]]


def chunk_readings(chunk: str, wide: bool = False) -> tuple[ChunkReading, ...]:
    """Ranked readings of one run as key syllables, across the families of its script (not
    remembered here: the engine owns a memo of it, as names share runs).

    Kept: the cheapest readings, and those one point dearer from a family that also gave a
    cheapest one (``xian`` -> xian, xi-an; but Wade–Giles ``lien`` is not also li'en).
    """
    spellers = family_spellers()
    script = _script(chunk)
    limit = _READINGS_BY_SCRIPT.get(script, CHUNK_READINGS)
    found: dict[tuple[str, ...], dict[int, int]] = {}
    for rank in _FAMILIES_BY_SCRIPT["wide" if wide and script == "latin" else script]:
        for cost, syllables in segmentations(chunk, spellers[rank], limit=limit):
            if cost and rank == _EUROPEAN_RANK:  # they hyphenate: a run is one syllable
                continue
            costs = found.setdefault(syllables, {})
            costs[rank] = min(costs.get(rank, cost), cost)
    if not found:
        return ()
    cheapest = min(min(costs.values()) for costs in found.values())
    cheap_families = _mask(rank for costs in found.values() for rank, c in costs.items() if c == cheapest)
    kept = []
    for syllables, costs in found.items():
        cost = min(costs.values())
        mask = _mask(rank for rank, c in costs.items() if c == cost)
        if cost == cheapest or (cost == cheapest + 1 and mask & cheap_families):
            kept.append((cost, len(syllables), min(costs, key=lambda r: (costs[r], r)), syllables, mask))
    kept.sort()
    return tuple((cost, syllables, mask) for cost, _, _, syllables, mask in kept[:limit])


def _mask(ranks: Iterable[int]) -> int:
    return sum({1 << rank for rank in ranks})


def phonetic_keys(text: str, read: ChunkReader = chunk_readings) -> frozenset[str]:
    """The keys of ``text`` (empty when it cannot be read as Mandarin syllables); ``read``
    reads each run."""
    if not isinstance(text, str):
        return frozenset()
    chunks = chunks_of(conventional.respell(text))
    if not chunks:
        return frozenset()
    readings = [read(chunk, False) for chunk in chunks]
    if not all(found and found[0][0] == 0 for found in readings):
        # A run the English-language systems cannot read, or only by cutting it (EFEO kouang as
        # kou'ang): the national conventions read every run too, and the cheapest readings win.
        # A run nobody reads ends it first (most non-Chinese text), before the others are read.
        if any(not found and not read(c, True) for c, found in zip(chunks, readings, strict=True)):
            return frozenset()
        readings = [read(chunk, True) for chunk in chunks]
    if all(len(found) == 1 for found in readings):  # fast path: one reading per run
        syllables = [s for found in readings for s in found[0][1]]
        return frozenset({"-".join(syllables)}) if len(syllables) <= MAX_SYLLABLES else frozenset()
    return _ranked_keys(readings)


def _ranked_keys(readings: list[tuple[ChunkReading, ...]]) -> frozenset[str]:
    if math.prod(map(len, readings)) <= MAX_KEYS:  # no ranking needed: every combination
        return frozenset(
            "-".join(syllables)
            for combination in product(*readings)
            if len(syllables := [s for _, more, _ in combination for s in more]) <= MAX_SYLLABLES
        )
    # Each state: cost, 1 if the runs were read in different systems, rank sum, syllables, the
    # families all runs share. A text is usually in one system, so consistent readings go first.
    beam: list[tuple[int, int, int, tuple[str, ...], int]] = [(0, 0, 0, (), -1)]
    for found in readings:
        if not found:
            return frozenset()
        beam = sorted(
            (cost + extra, int(not shared & mask), rank + index, (*syllables, *more), shared & mask)
            for cost, _, rank, syllables, shared in beam
            for index, (extra, more, mask) in enumerate(found)
            if len(syllables) + len(more) <= MAX_SYLLABLES
        )[:MAX_KEYS]
    return frozenset("-".join(state[3]) for state in beam)


def _features(text: str, chunks: Sequence[str]) -> dict[str, bool]:
    decomposed = unicodedata.normalize("NFD", re.sub("[čšžťČŠŽŤ]", "c", text))  # a caron is no tone
    letters = "".join(chunks)
    return {
        "latin": any("a" <= c[0] <= "z" or c[0] in "êüčšžťö'" for c in chunks),
        "hangul": any(_script(c) == "hangul" for c in chunks),
        "cyrillic": any(_script(c) == "cyrillic" for c in chunks),
        "bopomofo": any(_script(c) == "bopomofo" for c in chunks),
        "tone_marks": bool(re.search(r"[a-zA-Zü][\u0300\u0301\u0304\u030c]", decomposed)),
        "digits": bool(re.search(r"[^\W\d_][0-9]", text)),
        "superscripts": bool(re.search(r"[¹²³⁴⁵⁰]", text)),
        "aspiration": "'" in letters,
        "umlaut": "ü" in letters,
        "strict": "ê" in letters or "ŭ" in text or "ʽ" in text,
    }


def _fits(system_id: str, f: dict[str, bool]) -> bool:
    latin_plain = f["latin"] and not (f["tone_marks"] or f["digits"] or f["superscripts"])
    rules = {
        "pinyin": f["latin"] and f["tone_marks"] and not (f["digits"] or f["aspiration"]),
        "pinyin-plain": latin_plain and not f["aspiration"] and not f["strict"],
        "pinyin-numbers": f["latin"] and f["digits"] and not (f["tone_marks"] or f["aspiration"]),
        "wade-giles": latin_plain and not f["strict"],
        "wade-giles-plain": latin_plain and not (f["strict"] or f["aspiration"] or f["umlaut"]),
        "wade-giles-strict": f["latin"] and (f["superscripts"] or f["strict"]) and not f["tone_marks"],
        "yale": f["latin"] and not (f["digits"] or f["superscripts"] or f["aspiration"] or f["umlaut"]),
        "palladius": f["cyrillic"] and not (f["latin"] or f["bopomofo"]),
        "zhuyin": f["bopomofo"] and not (f["latin"] or f["cyrillic"]),
        "zh-ko": f["hangul"] and not (f["latin"] or f["cyrillic"] or f["bopomofo"]),
    }
    if system_id in european():  # their own spellings decide (the speller check below)
        plain = latin_plain or (system_id == "zh-fr-efeo" and not (f["digits"] or f["superscripts"]))
        return f["latin"] and plain and not (f["strict"] or f["cyrillic"] or f["hangul"])
    return rules.get(system_id, False)


def plausible_systems(text: str, order: Sequence[str]) -> tuple[str, ...]:
    """The systems in ``order`` whose spelling rules ``text`` fits (conventional forms aside)."""
    text = conventional.strip(text)
    chunks = chunks_of(text)
    if not chunks:
        return ()
    features = _features(unicodedata.normalize("NFC", text), chunks)
    spellers = system_spellers()
    return tuple(
        system_id
        for system_id in order
        if system_id in spellers
        and _fits(system_id, features)
        and all(_reads(chunk, spellers[system_id], 0 if system_id in european() else 1) for chunk in chunks)
    )


def _reads(chunk: str, speller: Speller, most: int) -> bool:
    found = segmentations(chunk, speller, limit=1)
    return bool(found) and found[0][0] <= most
