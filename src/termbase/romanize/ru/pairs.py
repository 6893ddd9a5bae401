"""System tables turned into reading pairs, and the readers keys use.

A pair is ``(token, Cyrillic, final_only)``: a normalized Latin spelling, what it stands for,
and whether the spelling is used only at the end of a word. Keys read every Latin word with
each system's reader (merged when they agree), each marked system's reader without marks,
and an informal reader; see :func:`key_readers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from termbase.romanize.ru.reading import Normalizer, Reader, build_reader, key_norm, strip_marks
from termbase.romanize.ru.reduce import context, letters, reduce_word
from termbase.romanize.ru.rules import Condition, Table
from termbase.romanize.ru.text import RUSSIAN_LOWER

Pair = tuple[str, str, bool]
#: Digraphs of English-style spellings, which Slavist spellings stripped of marks do not use:
#: readers without marks leave such words alone (Khrushchev is not к-х-р-у-с-х-ц-х-е-в).
_ENGLISH_DIGRAPH = re.compile("[cszk]h")
_VOWELS = frozenset("aeiouy")


def _redundant(token: str, key: str, condition: Condition, plain: Iterable[str], table: Table) -> bool:
    """True when a spelling used only next to certain letters reads there like a plain one.

    French writes я as a after и (Beria): after и, а and я reduce alike, so reading a as я
    would only add junk keys. English writes ь as y before а и о у ы э (Ilyich), but ya, yo,
    yu, ye are tokens of their own and y before i reduces like й: y need not read as ь.
    """
    if not _one_sided(condition):
        return False
    if condition.after is not None:
        contexts = [(prev, "") for prev in condition.after]
    else:
        contexts = [("", nxt) for nxt in condition.before or () if not _longer_token(token, nxt, key, table)]
    return any(
        all(reduce_word(prev + key + nxt) == reduce_word(prev + other + nxt) for prev, nxt in contexts)
        for other in plain
    )


def _one_sided(condition: Condition | None) -> bool:
    """A condition on one neighbour only (after:X or before:X): a candidate for dropping."""
    if condition is None or condition.initial or condition.final:
        return False
    return (condition.after is None) != (condition.before is None)


def _longer_token(token: str, nxt: str, key: str, table: Table) -> bool:
    """Whether ``token`` followed by the spelling of ``nxt`` starts a longer token of ``table``."""
    entry = table.entries.get(nxt)
    following = entry.spell(key[-1], "") if entry else None
    if not following:
        return False
    joined = token + key_norm(following)
    return any(
        len(spelling) > len(token) and joined.startswith(key_norm(spelling))
        for other in table.entries.values()
        for spelling, _ in other.spellings()
    )


def _silent_pairs(table: Table, *, every: bool = False) -> list[tuple[str, str, Condition | None]]:
    """Spellings a silent letter changes: English ье is ye, German je, French ie; German чьё
    is tschjo where чё is tscho.

    Without them a reader could not see the ь in Yuryev (Юрьев), since ь itself spells nothing.
    ``every``: also the letters it does not change (Czech чью is čju like чю), for detection,
    which must find чью where чю is not Russian.
    """
    found: list[tuple[str, str, Condition | None]] = []
    for silent, silent_entry in table.entries.items():
        for key, entry in table.entries.items():
            if len(silent) != 1 or len(key) != 1 or silent_entry.spell("б", key) != "":
                continue
            spelt = entry.spell(silent, "")
            if spelt and (
                (every and key in "еёиюя") or any(spelt != entry.spell(prev, "") for prev in RUSSIAN_LOWER)
            ):
                found.append((spelt, silent + key, None))
    return found


def table_pairs(table: Table, norm: Normalizer, *, prune: bool = True) -> list[Pair]:
    """``(token, Cyrillic, final_only)`` for every spelling in a compiled table.

    ``prune``: leave out spellings that, read back, would only repeat what another reading
    of the same token gives once reduced (right for keys, not for detection).
    """
    spelt = [
        (spelling, key, condition)
        for key, entry in table.entries.items()
        for spelling, condition in entry.spellings()
    ]
    silent = _silent_pairs(table, every=not prune)
    found = [(norm(spelling), key, condition) for spelling, key, condition in spelt + silent]
    plain: dict[str, list[str]] = {}
    for token, key, condition in found:
        if not _one_sided(condition):
            plain.setdefault(token, []).append(key)
    return [
        (token, key, condition is not None and condition.final)
        for token, key, condition in found
        if not (prune and condition and _redundant(token, key, condition, plain.get(token, ()), table))
    ]


def stripped_pairs(pairs: list[Pair]) -> tuple[list[Pair], frozenset[str]]:
    """The pairs of a table with marks, read as people type them without the marks.

    č š ž ŝ lose their marks and join c s z (Hruscev); marked vowels (ë â û ï) whose bare
    letter already has a reading are left out, since the bare letter reads as itself. Also
    returns the bare letters that gained readings: a word without any of them reads no
    differently than with the system's own reader. Empty when the table has no such marks.
    """
    tokens = {token for token, _, _ in pairs}
    extra = []
    for token, reading, final_only in pairs:
        bare = strip_marks(token)
        if bare == token:
            continue
        marked = {b for b, t in zip(bare, token, strict=False) if b != t}
        if marked <= _VOWELS and bare in tokens:
            continue
        extra.append((bare, reading, final_only))
    needs = frozenset(b for token, _, _ in extra for b, t in zip(token, strip_marks(token), strict=False))
    if not extra:
        return [], needs
    return [p for p in pairs if p[0].isascii()] + extra, needs


def reduced_pairs(pairs: Iterable[Pair]) -> list[Pair]:
    """Pairs with reduced readings.

    ё read from a token stands for е and for йо (yo, ë, jo: Fyodorov = Федоров = Фёдоров),
    unless the token also spells е or о (e in ICAO, o after ж ч ш щ in German): the plain
    letter then covers it, since Cyrillic ё keys include е, and йо after ж ч ш щ reduces to о.
    """
    pairs = list(pairs)
    plain = {(token, letters(reading)) for token, reading, _ in pairs if "ё" not in reading}
    out = []
    for token, reading, final_only in pairs:
        if "ё" not in reading:
            out.append((token, letters(reading), final_only))
        elif (token, "е") not in plain and (token, "о") not in plain:
            out.append((token, letters(reading, keep_yo=True), final_only))
    return out


def _options(reader: Reader, token: str) -> set[str]:
    return {context(r) for r in (*reader.anywhere.get(token, ()), *reader.final.get(token, ()))}


def _agree(first: Reader, second: Reader) -> bool:
    """Whether one reader can stand for both: same readings of shared tokens, and each one's
    own tokens read by the other (as shorter tokens) only in ways the owner also reads them."""
    mine, theirs = first.anywhere.keys() | first.final.keys(), second.anywhere.keys() | second.final.keys()
    if any(_options(first, t) != _options(second, t) for t in mine & theirs):
        return False
    for reader, other, tokens in ((first, second, theirs - mine), (second, first, mine - theirs)):
        for token in tokens:
            read = {context(r) for r in reader.read(token, 64)}
            if read and not read <= _options(other, token):
                return False
    return True


def merged(groups: Sequence[list[Pair]]) -> list[Reader]:
    """Readers for pair lists, each joined with the first earlier group it agrees with."""
    joined: list[tuple[list[Pair], list[Reader]]] = []
    for pairs in groups:
        reader = build_reader(pairs, same=context)
        for members, readers in joined:
            if all(_agree(reader, other) for other in readers):
                members.extend(pairs)
                readers.append(reader)
                break
        else:
            joined.append((list(pairs), [reader]))
    return [build_reader(members, same=context) for members, _ in joined]


def key_readers(tables: Mapping[str, Table], informal: Mapping[str, Sequence[str]]) -> list[Reader]:
    """Readers for keys: the systems' (merged where they agree), then each marked system's
    without its marks (Hruscev), then the informal one."""
    pairs = [table_pairs(table, key_norm) for table in tables.values()]
    readers = merged([reduced_pairs(p) for p in pairs])
    for bare, needs in map(stripped_pairs, pairs):
        if bare:
            reader = build_reader(reduced_pairs(bare), same=context, avoid=_ENGLISH_DIGRAPH, needs=needs)
            readers.append(reader)
    informal_pairs = [(key_norm(token), cyr, False) for token, options in informal.items() for cyr in options]
    readers.append(build_reader(reduced_pairs(informal_pairs), compounds=False, same=context))
    unique: dict[object, Reader] = {}
    for reader in readers:
        unique.setdefault(reader.signature(), reader)
    return list(unique.values())
