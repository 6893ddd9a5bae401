"""Finding glossary spellings in running text: a window of tokens, and evidence it is a name.

For each token the scanner extends a window token by token while the concatenated keys are still
the beginning of some glossary spelling (exact fold; no fuzzy or partial matching in prose), and
keeps the longest windows that are whole spellings. A window is accepted only on evidence that it
is the glossary's name or term and not ordinary English:

- several words, at least one not an English word ("Kwangtung army"), or a glossary form as
  written; non-Latin script (Cyrillic, kana, Han);
- a single word that is not an English word (Harbin, tongmen, aktiv), or an all-capitals word
  that is a glossary form as written (GARF, GARE);
- an English word ("list", "fond", "tom", "fen", "men", "long") only when it is marked as a term
  (alone in italics or quotation marks), cited (a number beside an archival or other term:
  "F. 9401", "103 fen"), or a capitalized glossary form as written that does not open a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from termbase.editor.english import is_english
from termbase.editor.gazetteer import Gazetteer, Surface
from termbase.editor.text import Document, Token, joinable
from termbase.model import Kind

_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s*[“”\"']?\s*$")
_NUMBER_AFTER = re.compile(r"^\s*[“”\"']?\s*(?:\([A-Za-z]{1,3}\.\)\s*)?\d")
_SENTENCE_END = re.compile(r"(?:^|[.!?:]|\n\s*\d*\.?)\s*[\s“\"'(*_\[]*$")
_CITED_KINDS = (Kind.ARCHIVAL_TERM, Kind.TERM)
_NUMBER_SIGNS = frozenset({"no", "nr", "nº", "n"})


@dataclass(frozen=True, slots=True)
class Window:
    """A window of the text that spells one or more entries' surfaces."""

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    surfaces: tuple[Surface, ...]
    via: str = ""  # the lookup tier that accepted it (:mod:`termbase.editor.recall`); "" for the scan

    @property
    def found(self) -> str:
        """The spelling as found, with line breaks and runs of spaces made single spaces."""
        return " ".join(self.text.split())


def _number_sign(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is "No", "Nr" or "Nº" just before a number."""
    return tokens[j].key in _NUMBER_SIGNS and j + 1 < len(tokens) and tokens[j + 1].script == "Zyyy"


def _windows(doc: Document, gazetteer: Gazetteer, i: int) -> list[tuple[int, str]]:
    """(last token index, key) of every whole spelling starting at token ``i``, longest first."""
    tokens = doc.tokens
    key = ""
    ends: list[tuple[int, str]] = []
    for j in range(i, min(len(tokens), i + gazetteer.max_tokens)):
        if j > i and not joinable(doc.masked, tokens[j - 1].end, tokens[j].start):
            break
        if j > i and _number_sign(tokens, j):
            continue  # "Unit No. 731" is written "Unit 731" in the glossary
        key += tokens[j].key
        if key not in gazetteer.prefixes:
            break
        if key in gazetteer.full:
            ends.append((j, key))
    return ends[::-1]


def scan(doc: Document, gazetteer: Gazetteer) -> Iterator[Window]:
    """Accepted mentions, left to right, not overlapping (the longest accepted window wins)."""
    tokens = doc.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].script == "Zyyy":  # a number only continues a name (Unit 731)
            i += 1
            continue
        for j, key in _windows(doc, gazetteer, i):
            start, end = tokens[i].start, tokens[j].end
            mention = Window(
                start, end, doc.text[start:end], tuple(tokens[i : j + 1]), tuple(gazetteer.full[key])
            )
            if accepted(mention, doc, gazetteer):
                yield mention
                i = j + 1
                break
        else:
            i += 1


def _exact(mention: Window) -> bool:
    found = mention.found
    return any(s.how == "term" and s.form == found for s in mention.surfaces)


def accepted(mention: Window, doc: Document, gazetteer: Gazetteer) -> bool:
    """Whether the evidence says ``mention`` is the glossary's name or term (see module doc)."""
    tokens = mention.tokens
    if tokens[0].script != "Latn":
        return True
    exact = _exact(mention)
    if len(tokens) > 1:
        return exact or not all(is_english(t.text) for t in tokens)
    word = tokens[0].text
    if len(word) >= 2 and word.isupper():
        return exact
    if not is_english(word):
        return True
    if doc.enclosed(mention.start, mention.end) or _cited(mention, doc, gazetteer):
        return True
    return exact and word[0].isupper() and not opens_sentence(doc, mention.start)


def _cited(mention: Window, doc: Document, gazetteer: Gazetteer) -> bool:
    if not any(gazetteer.entry(s).kind in _CITED_KINDS for s in mention.surfaces):
        return False
    before = doc.masked[max(0, mention.start - 16) : mention.start]
    after = doc.masked[mention.end : mention.end + 16]
    return bool(_NUMBER_BEFORE.search(before) or _NUMBER_AFTER.match(after))


def opens_sentence(doc: Document, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, a line or a numbered note."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    return bool(_SENTENCE_END.search(doc.text[max(line_start, start - 40) : start]))
