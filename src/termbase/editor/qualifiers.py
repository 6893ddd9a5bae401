"""A place named with a qualifier the glossary makes an entry of its own: Southern Sakhalin.

Real texts write "the south of Sakhalin" in their own language's words, before or after the name
and in their own order: Güney Sahalin, Юг Сахалин, Sakhalin meridionale, 库页岛南部 (Sakhalin's
southern part). The scan finds Sakhalin; the glossary also has Southern Sakhalin (once Karafuto),
another place. When a qualifier word of
:data:`~termbase.editor.qualifier_words.QUALIFIERS` stands next to a place mention (or opens
it: lookup met Sør-Sakhalin as Sakhalin by its sound), and the glossary has an entry whose
English form is that qualifier's English word and the place's English form ("Southern" +
"Sakhalin", "Inner" + "Mongolia"; after it, "Khabarovsk" + "Krai": Habarovsk Krayı is the
region, not the city), the window with the qualifier is a mention of that entry instead
(``via`` ``qualifier``: never a spelling to correct). Nothing else changes: a qualifier beside
a place the glossary has no qualified entry for is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from termbase.editor.gazetteer import Gazetteer, Surface
from termbase.editor.qualifier_words import QUALIFIERS
from termbase.editor.scan import QUALIFIER, Window
from termbase.editor.text import Document, Token, joinable
from termbase.model import Kind
from termbase.romanize import fold
from termbase.scripts import script_of


def qualified_entries(gazetteer: Gazetteer) -> dict[tuple[str, str], int]:
    """(qualifier, folded English form of the place) -> position of the qualified entry."""
    found: dict[tuple[str, str], int] = {}
    for position, entry in enumerate(gazetteer.entries):
        if entry.kind is not Kind.PLACE:
            continue
        for term in entry.terms:
            if term.lang != "en" or " " not in term.form:
                continue
            head, rest = term.form.split(" ", 1)
            init, tail = term.form.rsplit(" ", 1)
            for name, qualifier in QUALIFIERS.items():
                word, place = (head, rest) if qualifier.place == "head" else (tail, init)
                if fold(word) in qualifier.english:
                    found.setdefault((name, fold(place)), position)
    return found


def _english(gazetteer: Gazetteer, position: int) -> set[str]:
    return {fold(t.form) for t in gazetteer.entries[position].terms if t.lang == "en"}


def _beside(doc: Document, window: Window) -> Iterator[tuple[str, str, int, int]]:
    """(side, folded words, start, end) of the word before ``window`` and of the one or two
    words after it (a link word and the qualifier: du Sud; Han and Hangul syllables glued: 南部)."""
    tokens = doc.tokens
    first, last = doc.token_at(window.start), doc.token_at(window.end) - 1
    if last > first:  # lookup took the qualifier in: Sør-Sakhalin met Sakhalin by its sound
        yield "before", tokens[first].key, window.start, window.end
    if first > 0 and _near(doc, tokens[first - 1], tokens[first]):
        before = tokens[first - 1]
        yield "before", before.key, before.start, before.end
    after: list[Token] = []
    for token in tokens[last + 1 : last + 3]:
        if not _near(doc, after[-1] if after else tokens[last], token):
            break
        after.append(token)
        glue = "" if token.script in ("Hani", "Hang") else " "
        yield "after", glue.join(t.key for t in after), after[0].start, token.end


def _near(doc: Document, a: Token, b: Token) -> bool:
    """Next to each other in one sentence and one script, nothing but a space or hyphen between."""
    if a.script != b.script or not joinable(doc.masked, a.end, b.start):
        return False
    return b in doc.neighbours(a.start, a.end)


def qualified(doc: Document, gazetteer: Gazetteer, windows: Iterable[Window]) -> list[Window]:
    """``windows`` with each place mention beside a qualifier its glossary makes an entry of
    replaced by a mention of that entry (see the module doc)."""
    table: dict[tuple[str, str], int] | None = None
    windows = list(windows)
    taken = {offset for w in windows for offset in range(w.start, w.end)}
    result = []
    for window in windows:
        # A name the scan took after a glued Hangul qualifier (남사할린) is a mention only as
        # the qualified place: 남만주 철도 is the South Manchuria Railway, not Manchuria.
        glued = window.tokens[0].script == "Hang" and _glued_after_hangul(doc, window.start)
        place = {s.entry for s in window.surfaces if gazetteer.entry(s).kind is Kind.PLACE}
        if len(place) != 1:
            if not glued:
                result.append(window)
            continue
        if table is None:
            table = gazetteer.qualified = gazetteer.qualified or qualified_entries(gazetteer)
        found = _qualify(doc, gazetteer, window, place.pop(), table=table, taken=taken)
        if found is not None or not glued:
            result.append(found or window)
    return result


def _glued_after_hangul(doc: Document, start: int) -> bool:
    return start > 0 and script_of(doc.masked[start - 1]) == "Hang"


def _qualify(
    doc: Document,
    gazetteer: Gazetteer,
    window: Window,
    position: int,
    *,
    table: dict[tuple[str, str], int],
    taken: set[int],
) -> Window | None:
    for side, words, start, end in _beside(doc, window):
        if start in taken and not window.start <= start < window.end:  # another mention's word
            continue
        for qualifier, sides in QUALIFIERS.items():
            if words not in (sides.before if side == "before" else sides.after):
                continue
            english = _english(gazetteer, position)
            target = next((table[(qualifier, e)] for e in english if (qualifier, e) in table), None)
            if target is None:
                continue
            entry = gazetteer.entries[target]
            term = next(i for i, t in enumerate(entry.terms) if t.lang == "en")
            surface = Surface(target, term, entry.terms[term].form, "term", None, "en")
            lo, hi = min(start, window.start), max(end, window.end)
            tokens = tuple(t for t in doc.tokens if lo <= t.start < hi)
            return Window(lo, hi, doc.text[lo:hi], tokens, (surface,), QUALIFIER)
    return None
