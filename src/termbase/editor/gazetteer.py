"""Every spelling of every entry, keyed for scanning running text.

The gazetteer keeps the :mod:`~termbase.surfaces` a manuscript can contain: glossary terms as
written, persons' terms in the other name order, and Latin renderings of readings (Cyrillic and
Zhuyin targets are glossary terms where they matter). Surfaces are keyed by
:func:`~termbase.editor.text.text_key` (the exact fold of their tokens, concatenated), and every
prefix of every key is kept too, so the scanner can stop extending a window of tokens as soon as
no glossary spelling starts that way.

Built once per loaded glossary by its owner (:class:`termbase.Termbase`), or mapped from its
compiled index (:func:`gazetteer_arrays` writes the same keys and surfaces there: sorted keys,
each with a range of surfaces; a prefix is found by binary search over the sorted keys, so
opening costs nothing and every worker shares the pages).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, get_args

import numpy as np
import numpy.typing as npt

from termbase.editor.forms import HouseForms
from termbase.editor.style import HouseStyle
from termbase.editor.text import Token, text_key, tokenize
from termbase.lookup.compiled import Strings
from termbase.memo import Memo
from termbase.model import Entry, Glossary, Term, script_of_tag
from termbase.romanize import get_system
from termbase.scripts import HAN_READINGS
from termbase.surfaces import How, Surface, surfaces

#: Keys shorter than this are never matched in running text (single letters, "F.", "D.").
MIN_KEY = 2
#: Prefix checks remembered per mapped gazetteer (a manuscript repeats its tokens).
PREFIX_MEMO = 65_536
_HOWS: tuple[How, ...] = get_args(How)
_TERM_BITS = 16


@dataclass
class Gazetteer:
    entries: Sequence[Entry]
    full: Mapping[str, Sequence[Surface]] = field(default_factory=dict)
    prefixes: Container[str] = field(default_factory=set)
    max_tokens: int = 1
    forms: dict[str, HouseForms] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)
    #: What lookup answered for texts the manuscript check looked up (editor.recall), by text.
    lookups: dict[str, Any] = field(default_factory=dict)
    #: Each entry's related entries, by id, either direction of a relation (built on first use).
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (qualifier, folded English place form) -> the qualified place (editor.qualifiers; built
    #: on first use).
    qualified: dict[tuple[str, str], int] = field(default_factory=dict)

    def house_forms(self, style: HouseStyle) -> HouseForms:
        """The house forms of ``style`` for this glossary, remembered across checks."""
        key = repr(style)
        found = self.forms.get(key)
        if found is None:
            found = self.forms[key] = HouseForms(style)
        return found

    def position(self, entry_id: str) -> int:
        """The place of entry ``entry_id`` in ``entries`` (what a surface's ``entry`` holds)."""
        if not self.positions:
            self.positions.update((e.id, i) for i, e in enumerate(self.entries))
        return self.positions[entry_id]

    def entry(self, surface: Surface) -> Entry:
        return self.entries[surface.entry]

    def related(self, entry_id: str) -> frozenset[str]:
        """The entries ``entry_id`` names in its relations, and those that name it."""
        if not self.neighbours:
            links: dict[str, set[str]] = {}
            for e in self.entries:
                for relation in e.relations:
                    links.setdefault(e.id, set()).add(relation.target)
                    links.setdefault(relation.target, set()).add(e.id)
            self.neighbours.update((k, frozenset(v)) for k, v in links.items())
            self.neighbours.setdefault("", frozenset())  # built, even with no relations
        return self.neighbours.get(entry_id, frozenset())

    def term(self, surface: Surface) -> Term:
        return self.entry(surface).terms[surface.term]


class GazetteerBuilder:
    """Keys -> surfaces and the longest key in tokens (the prefixes are derived from the keys:
    a set in memory, a binary search over the sorted keys in the compiled index)."""

    def __init__(self) -> None:
        self.full: dict[str, list[Surface]] = {}
        self.max_tokens = 1
        self._prose: dict[tuple[str, str | None, str], bool] = {}
        #: Each word's key and number of tokens, across entries (names share words; a token
        #: never spans whitespace, so a form's key is its words' keys concatenated).
        self._words: dict[str, tuple[str, int]] = {}

    def _key(self, form: str) -> tuple[str, int]:
        keys, count, words = [], 0, self._words
        for word in form.split():
            known = words.get(word)
            if known is None:
                tokens = tokenize(word)
                known = words[word] = ("".join(t.key for t in tokens), len(tokens))
                if _digits_dropped(word, tokens):
                    words[word] = known = ("\0", 0)
            if known[0] == "\0":
                return "", 0
            keys.append(known[0])
            count += known[1]
        return "".join(keys), count

    def add(self, surface: Surface, key: str | None = None, tokens: int = 0) -> None:
        """Add ``surface`` (its form's ``key`` and number of ``tokens`` when already known)."""
        if key is None:
            found_tokens = tokenize(surface.form)
            key, tokens = "".join(t.key for t in found_tokens), len(found_tokens)
        if len(key) < MIN_KEY:
            return
        found = self.full.get(key)
        if found is None:
            self.full[key] = [surface]
            self.max_tokens = max(self.max_tokens, tokens)
        elif surface not in found:
            found.append(surface)

    def entry(self, found: Iterable[Surface]) -> None:
        """Add the surfaces running text may contain of one entry's ``found`` (each distinct
        form tokenized once: most renderings are written alike in several systems)."""
        keyed: dict[str, tuple[str, int]] = {}
        prose = self._prose
        for surface in found:
            kind = (surface.how, surface.system, surface.target)
            wanted = prose.get(kind)
            if wanted is None:
                wanted = prose[kind] = in_prose(surface)
            if not wanted:
                continue
            known = keyed.get(surface.form)
            if known is None:
                known = keyed[surface.form] = self._key(surface.form)
            self.add(surface, *known)

    def gazetteer(self, entries: Sequence[Entry]) -> Gazetteer:
        prefixes = {key[:i] for key in self.full for i in range(1, len(key) + 1)}
        return Gazetteer(entries, self.full, prefixes, self.max_tokens)


def _digits_dropped(word: str, tokens: Sequence[Token]) -> bool:
    """Whether ``word`` is a number no token keeps (6.25 of "6.25 전쟁", the Korean War): the
    form's key would name the rest alone ("전쟁", war), so the form is not scanned. A number
    inside a word is left out of text and form alike (제2차 세계 대전)."""
    return not tokens and any(c.isdigit() for c in word)


def in_prose(surface: Surface) -> bool:
    """Terms as written, and Latin renderings of the name's own reading: what English-language
    running text may contain (not the Vietnamese reading of its characters)."""
    if surface.how == "reading":
        return False
    if not surface.generated:
        return True
    return script_of_tag(surface.target) == "Latn" and get_system(surface.system or "").lang != HAN_READINGS


def build_gazetteer(glossary: Glossary) -> Gazetteer:
    builder = GazetteerBuilder()
    for ei, entry in enumerate(glossary.entries):
        builder.entry(surfaces(ei, entry))
    return builder.gazetteer(glossary.entries)


# --- in the compiled index ------------------------------------------------------------------


def gazetteer_arrays(builder: GazetteerBuilder) -> tuple[dict[str, npt.NDArray[Any]], dict[str, Any]]:
    """The builder's keys and surfaces as arrays (names prefixed ``gazetteer_``) and what the
    manifest records beside them (the longest key in tokens, the systems' and targets' names)."""
    keys = sorted(builder.full, key=lambda key: key.encode("utf-8", "surrogatepass"))
    found = [surface for key in keys for surface in builder.full[key]]
    systems = sorted({s.system for s in found if s.system is not None})
    targets = sorted({s.target for s in found})
    system_of = {name: number + 1 for number, name in enumerate(systems)}
    target_of = {name: number for number, name in enumerate(targets)}
    if max(len(systems), len(targets)) >= 1 << 12:
        raise ValueError("too many romanization systems or target tags for the compiled gazetteer")
    starts = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum(np.fromiter((len(builder.full[key]) for key in keys), np.int64, len(keys)), out=starts[1:])
    key_text, form_text = Strings.of(keys), Strings.of(s.form for s in found)
    arrays: dict[str, npt.NDArray[Any]] = {
        "gazetteer_keys.blob": key_text.blob,
        "gazetteer_keys.offsets": key_text.offsets,
        "gazetteer_starts": starts,
        "gazetteer_forms.blob": form_text.blob,
        "gazetteer_forms.offsets": form_text.offsets,
        "gazetteer_owners": np.fromiter(
            (s.entry << _TERM_BITS | s.term for s in found), np.int64, len(found)
        ),
        "gazetteer_kinds": np.fromiter(
            (
                _HOWS.index(s.how) << 24 | system_of.get(s.system or "", 0) << 12 | target_of[s.target]
                for s in found
            ),
            np.int32,
            len(found),
        ),
    }
    return arrays, {"max_tokens": builder.max_tokens, "systems": systems, "targets": targets}


class MappedSurfaces(Mapping[str, Sequence[Surface]]):
    """Keys -> surfaces read from the compiled index's arrays (``array(name)`` maps one)."""

    def __init__(self, array: Callable[[str], Any], meta: Mapping[str, Any]) -> None:
        self.texts = Strings(array("gazetteer_keys.blob"), array("gazetteer_keys.offsets"))
        self.forms = Strings(array("gazetteer_forms.blob"), array("gazetteer_forms.offsets"))
        self._starts = array("gazetteer_starts").data
        self._owners, self._kinds = array("gazetteer_owners").data, array("gazetteer_kinds").data
        self._systems: tuple[str | None, ...] = (None, *meta["systems"])
        self._targets: tuple[str, ...] = tuple(meta["targets"])

    def _position(self, key: object) -> int | None:
        if not isinstance(key, str):
            return None
        wanted = key.encode("utf-8", "surrogatepass")
        texts = self.texts
        position = texts.bisect(wanted)
        return position if position < len(texts) and texts.raw(position) == wanted else None

    def _surface(self, number: int) -> Surface:
        owner, kind = self._owners[number], self._kinds[number]
        entry, term = owner >> _TERM_BITS, owner & (1 << _TERM_BITS) - 1
        system, target = self._systems[kind >> 12 & 0xFFF], self._targets[kind & 0xFFF]
        return Surface(entry, term, self.forms[number], _HOWS[kind >> 24], system, target)

    def __getitem__(self, key: str) -> list[Surface]:
        position = self._position(key)
        if position is None:
            raise KeyError(key)
        return [self._surface(n) for n in range(self._starts[position], self._starts[position + 1])]

    def __contains__(self, key: object) -> bool:
        return self._position(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)


class MappedPrefixes(Container[str]):
    """Every prefix of every key: a prefix is one whose first key at or after it starts with it."""

    def __init__(self, keys: Strings) -> None:
        self.keys = keys
        self._known = Memo(self._find, maxsize=PREFIX_MEMO)

    def _find(self, prefix: str) -> bool:
        wanted = prefix.encode("utf-8", "surrogatepass")
        position = self.keys.bisect(wanted)
        return bool(prefix) and position < len(self.keys) and self.keys.starts_with(position, wanted)

    def __contains__(self, prefix: object) -> bool:
        return isinstance(prefix, str) and self._known(prefix)


def mapped_gazetteer(
    entries: Sequence[Entry], array: Callable[[str], Any], meta: Mapping[str, Any]
) -> Gazetteer:
    """The gazetteer over a compiled index's arrays (``array(name)`` maps one) and what its
    manifest records (``meta``), as :func:`gazetteer_arrays` wrote them."""
    full = MappedSurfaces(array, meta)
    return Gazetteer(entries, full, MappedPrefixes(full.texts), int(meta["max_tokens"]))


__all__ = ["Gazetteer", "GazetteerBuilder", "Surface", "build_gazetteer", "gazetteer_arrays", "text_key"]
