"""Korean words lookup accepts: the names the gazetteer leaves out of prose.

Korean writes a Chinese or Japanese name of several characters by their Sino-Korean reading
(日本軍 일본군, 國家防衛委員會 국가방위위원회) and a Japanese person by the Japanese sound
(富田武 도미타 다케시). Lookup generates those renderings (``zh-ko-hanja``, ``ja-ko``, ...); the
gazetteer keeps them out of prose, where a Latin text never holds them. In Hangul they are the
name: each Hangul word outside the scan's mentions, without the particles written onto it
(:data:`~termbase.editor.endings.KOREAN_PARTICLES`), and with the word before it (a person's two
words), is looked up, and taken when lookup matches it exactly or by its fold:

- a Sino-Korean reading only of three syllables or more: two are often another word of the same
  sound (신경 is Xinjing and "nerve", 무순 Fushun and "no order");
- never a term (포로 "prisoner of war", 전범 "war criminal"): a concept, not a name to index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from termbase.editor.endings import particles, suffixed
from termbase.editor.gazetteer import Gazetteer
from termbase.editor.recall import Looker, lookup_window
from termbase.editor.scan import Window
from termbase.editor.text import Document, Token
from termbase.lookup import Index
from termbase.lookup.ranking import Candidate, Tier
from termbase.model import Kind

#: The system whose readings must be as long as :data:`MIN_READING` syllables.
HANJA = "zh-ko-hanja"
MIN_READING = 3
#: Syllables of any other Korean form lookup may take (푸순, 하얼빈).
MIN_SYLLABLES = 2
_NOT_NAMES = (Kind.TERM, Kind.ARCHIVAL_TERM)


def _stems(doc: Document, word: list[Token]) -> Iterator[list[Token]]:
    """The word, then shorter starts of it that only particles (or a suffix and particles)
    follow: 일본군에 -> 일본군."""
    yield word
    for cut in range(len(word) - 1, MIN_SYLLABLES - 1, -1):
        rest = doc.text[word[cut - 1].end : word[-1].end]
        if particles(rest) or suffixed(rest):
            yield word[:cut]


def _accepted(top: Candidate, syllables: int) -> bool:
    if top.tier > Tier.FOLD or top.entry.kind in _NOT_NAMES:
        return False
    return syllables >= (MIN_READING if top.matched.system == HANJA else MIN_SYLLABLES)


def hangul_names(
    doc: Document, gazetteer: Gazetteer, index: Index, glossary_spans: Iterable[tuple[int, int]]
) -> Iterator[Window]:
    """Mentions lookup accepts among the Hangul words outside ``glossary_spans``, in text order."""
    looker = Looker(index, gazetteer.lookups)
    covered = {offset for start, end in glossary_spans for offset in range(start, end)}
    words = doc.runs("Hang", covered)  # Hangul syllables written together
    taken = -1  # the last word taken, as the second of a pair
    for k, word in enumerate(words):
        if k <= taken:
            continue
        following = words[k + 1] if k + 1 < len(words) else None
        if following is not None and doc.masked[word[-1].end : following[0].start] == " ":
            for stem in _stems(doc, following):
                tokens = [*word, *stem]
                window = _match(doc, gazetteer, looker, tokens)
                if window is not None:
                    taken = k + 1
                    yield window
                    break
            if taken == k + 1:
                continue
        for stem in _stems(doc, word):
            window = _match(doc, gazetteer, looker, stem)
            if window is not None:
                yield window
                break


def _match(doc: Document, gazetteer: Gazetteer, looker: Looker, tokens: list[Token]) -> Window | None:
    start, end = tokens[0].start, tokens[-1].end
    top = looker.match(doc.text[start:end])
    if top is None or not _accepted(top, len(tokens)):
        return None
    return lookup_window(doc, gazetteer, top, tokens)
