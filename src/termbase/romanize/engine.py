"""What every language engine provides (``termbase.romanize.<lang>.ENGINE``).

An engine is pure: readings and strings in, strings out; no I/O beyond reading its own system
files at import. Its two directions:

- ``render(reading, system)``: a checked reading (kana for ``ja``, tone-marked pinyin for ``zh``,
  Cyrillic for ``ru``) to the spelling of one system, words kept in the reading's order;
- ``phonetic_keys(text)``: any string a user may type (any system of the language, Cyrillic
  transcriptions, native script, any case, with or without marks) to the language's
  system-neutral phonological keys. Empty when the text cannot be read in this language.

Properties the tests hold every engine to:

- for every system S and reading r: ``phonetic_keys(r) & phonetic_keys(render(r, S))`` is not
  empty (all renderings of one reading meet);
- ``phonetic_keys`` never raises, whatever Unicode it gets;
- every key is a fixed point: ``k in phonetic_keys(k)``.
"""

from __future__ import annotations

from typing import Protocol

from termbase.romanize.policy import ErrorPolicy
from termbase.romanize.system import System


class LanguageEngine(Protocol):
    lang: str
    """The language it serves: ``ja``, ``zh`` or ``ru``."""

    systems: tuple[System, ...]
    """Its systems, loaded from its ``systems/`` folder."""

    def render(self, reading: str, system: System, *, errors: ErrorPolicy = "keep") -> str:
        """The reading spelt in ``system``; unmappable characters go through ``errors``."""
        ...

    def phonetic_keys(self, text: str) -> frozenset[str]:
        """System-neutral keys of ``text`` read in this language (empty if it cannot be)."""
        ...

    def plausible_systems(self, text: str) -> tuple[str, ...]:
        """Ids of this engine's systems whose spelling rules ``text`` fits (for detection)."""
        ...

    def check_reading(self, reading: str) -> str | None:
        """``None`` if ``reading`` is a well-formed reading for this language, else why not."""
        ...

    def machine_reading(self, text: str) -> str | None:
        """A guessed reading for native text not in the glossary (pykakasi, pypinyin), or None.

        Callers must label the result as a machine reading: guessers are often wrong on names.
        """
        ...
