"""Rendering a reading in one system, driven by the system file's ``[options]`` and ``[table]``.

Options (all optional; see docs/romanization/zh.md):

- ``tone``: ``"marks"`` (combining marks placed by ``tone_letters``), ``"suffix"`` (the
  ``tone_symbols`` entry for tones 1-5 after the syllable; ``neutral_before`` puts the
  neutral one in front, as Zhuyin's ˙ is) or ``"none"``;
- ``join``: what goes between the syllables of one word (``""``, ``"-"``, ``" "``);
- ``join_rules``: ``[{after = "н", before = "аеёиоуэюя", insert = "ъ"}]``: ``insert`` goes
  between two syllables when the first ends with ``after`` (if given) and the second starts
  with one of ``before`` (pinyin's apostrophe, Palladius's hard sign);
- ``replace``: substitutions in every toneless spelling (``{"'" = ""}`` drops Wade–Giles's
  aspiration mark);
- ``word_join``: what replaces the space between words (``""``: Korean writes 마오쩌둥).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from termbase.romanize.policy import ErrorPolicy, unmappable
from termbase.romanize.system import System
from termbase.romanize.zh.reading import ParseReading, Unread, Word, parse_reading
from termbase.romanize.zh.syllables import NEUTRAL, place_tone


@dataclass(frozen=True, slots=True)
class JoinRule:
    before: str
    insert: str
    after: str = ""

    def applies(self, previous: str, following: str) -> bool:
        return following[:1] in self.before and previous.endswith(self.after)


@dataclass(frozen=True, slots=True)
class Spec:
    """A system's options, read once per render."""

    id: str
    table: Mapping[str, Any]
    tone: str
    tone_letters: tuple[str, ...]
    tone_symbols: tuple[str, ...]
    neutral_before: bool
    join: str
    join_rules: tuple[JoinRule, ...]
    replace: tuple[tuple[str, str], ...]
    word_join: str | None

    @classmethod
    def of(cls, system: System) -> Spec:
        options = system.options
        return cls(
            id=system.id,
            table=system.table,
            tone=str(options.get("tone", "none")),
            tone_letters=tuple(options.get("tone_letters", ("aeê", "o", "iuü", "mnrz"))),
            tone_symbols=tuple(options.get("tone_symbols", ("1", "2", "3", "4", "5"))),
            neutral_before=bool(options.get("neutral_before", False)),
            join=str(options.get("join", "")),
            join_rules=tuple(JoinRule(**rule) for rule in options.get("join_rules", ())),
            replace=tuple(dict(options.get("replace", {})).items()),
            word_join=options.get("word_join"),
        )

    def spelling(self, syllable: str) -> str | None:
        found = self.table.get(syllable)
        if not isinstance(found, str):
            return None
        for old, new in self.replace:
            found = found.replace(old, new)
        return found

    def joiner(self, previous: str, following: str) -> str:
        for rule in self.join_rules:
            if rule.applies(previous, following):
                return self.join + rule.insert
        return self.join

    def toned(self, spelling: str, tone: int) -> str:
        if self.tone == "marks":
            return place_tone(spelling, tone, self.tone_letters)
        if self.tone == "suffix":
            symbol = self.tone_symbols[tone - 1]
            if tone == NEUTRAL and self.neutral_before:
                return symbol + spelling
            return spelling + symbol
        return spelling


def _cased(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        for i, char in enumerate(text):
            if char.isalpha():
                return text[:i] + char.upper() + text[i + 1 :]
    return text


def _spell_word(word: Word, spec: Spec, errors: ErrorPolicy) -> str:
    out: list[str] = []
    previous: str | None = None
    for syllable in word.syllables:
        spelling = spec.spelling(syllable.pinyin)
        if spelling is None:
            out.append(unmappable(syllable.written, errors, system=spec.id))
            previous = None
            continue
        if previous is not None:
            out.append(spec.joiner(previous, spelling))
        out.append(_cased(spec.toned(spelling, syllable.tone), syllable.case))
        previous = spelling
    return "".join(out)


#: Specs by system id, with the system they were read from (a caller's own variant of a
#: registered system has the same id and gets its own spec).
_SPECS: dict[str, tuple[System, Spec]] = {}


def _spec(system: System) -> Spec:
    known = _SPECS.get(system.id)
    if known is not None and known[0] is system:
        return known[1]
    spec = Spec.of(system)
    _SPECS[system.id] = (system, spec)
    return spec


def render(
    reading: str, system: System, *, errors: ErrorPolicy = "keep", parse: ParseReading = parse_reading
) -> str:
    """The reading spelt in ``system``; text that is not pinyin goes through ``errors``."""
    spec = _spec(system)
    out: list[str] = []
    for item in parse(reading):
        if isinstance(item, Word):
            out.append(_spell_word(item, spec, errors))
        elif isinstance(item, Unread):
            out.append(unmappable(item.text, errors, system=spec.id))
        else:
            out.append(spec.word_join if item == " " and spec.word_join is not None else item)
    return "".join(out)
