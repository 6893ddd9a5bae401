"""Reconciliation candidates from lookup: the same tiers, scores and ``match`` flag, narrowed by the
query's type and properties, each described by the form and system that matched.

Scores are lookup's 0–100 scores unchanged. ``match`` is lookup's flag (true only for an
unambiguous top hit of a strong tier), kept only while the candidate is still first after
narrowing and no property the query gives disagrees with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from termbase.errors import InputError
from termbase.lookup import Candidate, Index, lookup
from termbase.lookup.search import MAX_LIMIT, Matched, Tier
from termbase.model import Entry, Status
from termbase.reconcile.properties import values
from termbase.reconcile.queries import Query
from termbase.reconcile.vocabulary import form_name, language_matches, type_dict
from termbase.romanize import fold, get_system

#: Most characters of an entry's gloss in a description (OpenRefine shows it under the name).
GLOSS_LENGTH = 100
_VERB = {
    Tier.EXACT: "matched {form}",
    Tier.FOLD: "matched {form}",
    Tier.PHONETIC: "sounds like {form}",
    Tier.INITIALS: "matched initials and family name of {form}",
    Tier.PARTIAL: "matched part of {form}",
    Tier.WORDS: "shares words with {form}",
    Tier.FUZZY: "close to {form}",
    Tier.SIMILAR: "resembles {form}",
}


@dataclass(frozen=True, slots=True)
class Result:
    """One candidate as the API returns it, before it is put on the wire."""

    entry: Entry
    score: int
    match: bool
    description: str
    agreements: tuple[tuple[str, bool], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "id": self.entry.id,
            "name": self.entry.label,
            "type": [type_dict(self.entry.kind)],
            "score": self.score,
            "match": self.match,
            "description": self.description,
        }
        if self.agreements:
            found["features"] = [{"id": f"property:{pid}", "value": ok} for pid, ok in self.agreements]
        return found


def how(matched: Matched) -> str:
    """``Wade–Giles``, ``English form``, ``traditional Chinese form``: what kind of form matched."""
    return get_system(matched.system).name if matched.system else form_name(matched.lang)


def describe(candidate: Candidate) -> str:
    """``matched 'Mao Tse-tung' (Wade–Giles) — Chairman of the CCP``."""
    m = candidate.matched
    text = _VERB[candidate.tier].format(form=repr(m.form)) + f" ({how(m)})"
    if m.status in (Status.DEPRECATED, Status.ERRONEOUS):
        text += f", {m.status.value}" + (f": write {m.preferred.form}" if m.preferred else "")
    gloss = brief(candidate.entry.gloss)
    return f"{text} — {gloss}" if gloss else text


def brief(text: str, *, limit: int = GLOSS_LENGTH) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters (with an ellipsis)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def _in_language(entry: Entry, langs: tuple[str, ...]) -> bool:
    if not langs:
        return True
    own = {t.language for t in entry.terms}
    return any(language_matches(tag, entry.origin, own) for tag in langs)


def _agreements(entry: Entry, query: Query) -> tuple[tuple[str, bool], ...]:
    found = []
    for pid, wanted in query.checks:
        have = {fold(v) for v in values(entry, pid)}
        found.append((pid, any(fold(w) in have for w in wanted)))
    return tuple(found)


def _hint(query: Query) -> str | None:
    return query.langs[0] if len(query.langs) == 1 else None


def _lookup(index: Index, query: Query) -> tuple[Candidate, ...]:
    narrowing = bool(query.types or query.kinds or query.langs)
    limit = MAX_LIMIT if narrowing else query.limit
    try:
        return lookup(index, query.text, lang=_hint(query), from_lang=query.from_lang, limit=limit).results
    except InputError:
        # One empty or over-long cell must not fail the batch: it simply has no candidates.
        return ()


def reconcile(index: Index, query: Query) -> list[Result]:
    """Candidates for one query, best first."""
    if not query.text.strip():
        return []
    found = [
        c
        for c in _lookup(index, query)
        if query.accepts_kind(c.entry.kind) and _in_language(c.entry, query.langs)
    ][: query.limit]
    results = []
    for rank, candidate in enumerate(found):
        agreements = _agreements(candidate.entry, query)
        match = candidate.match and rank == 0 and all(ok for _, ok in agreements)
        results.append(Result(candidate.entry, candidate.score, match, describe(candidate), agreements))
    return results
