"""Every spelling of every entry, keyed for scanning running text.

The gazetteer keeps the :mod:`~termbase.surfaces` a manuscript can contain: glossary terms as
written, persons' terms in the other name order, and Latin renderings of readings (Cyrillic and
Zhuyin targets are glossary terms where they matter). Surfaces are keyed by
:func:`~termbase.editor.text.text_key` (the exact fold of their tokens, concatenated), and every
prefix of every key is kept too, so the scanner can stop extending a window of tokens as soon as
no glossary spelling starts that way.

Built once per loaded glossary by its owner (:class:`termbase.Termbase`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from termbase.editor.forms import HouseForms
from termbase.editor.style import HouseStyle
from termbase.editor.text import text_key, tokenize
from termbase.model import Entry, Glossary, Term, script_of_tag
from termbase.romanize import get_system
from termbase.scripts import HAN_READINGS
from termbase.surfaces import Surface, surfaces

#: Keys shorter than this are never matched in running text (single letters, "F.", "D.").
MIN_KEY = 2


@dataclass
class Gazetteer:
    entries: Sequence[Entry]
    full: dict[str, list[Surface]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    max_tokens: int = 1
    forms: dict[str, HouseForms] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)
    #: What lookup answered for texts the manuscript check looked up (editor.recall), by text.
    lookups: dict[str, Any] = field(default_factory=dict)

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

    def term(self, surface: Surface) -> Term:
        return self.entry(surface).terms[surface.term]

    def add(self, surface: Surface) -> None:
        tokens = tokenize(surface.form)
        key = "".join(t.key for t in tokens)
        if len(key) < MIN_KEY:
            return
        found = self.full.get(key)
        if found is None:
            self.full[key] = [surface]
            self.prefixes.update(key[:i] for i in range(1, len(key) + 1))
            self.max_tokens = max(self.max_tokens, len(tokens))
        elif surface not in found:
            found.append(surface)


def _in_prose(surface: Surface) -> bool:
    """Terms as written, and Latin renderings of the name's own reading: what English-language
    running text may contain (not the Vietnamese reading of its characters)."""
    if surface.how == "reading":
        return False
    if not surface.generated:
        return True
    return script_of_tag(surface.target) == "Latn" and get_system(surface.system or "").lang != HAN_READINGS


def build_gazetteer(glossary: Glossary) -> Gazetteer:
    gazetteer = Gazetteer(glossary.entries)
    for ei, entry in enumerate(glossary.entries):
        for surface in surfaces(ei, entry):
            if _in_prose(surface):
                gazetteer.add(surface)
    return gazetteer


__all__ = ["Gazetteer", "Surface", "build_gazetteer", "text_key"]
