"""Ranking records: the tiers and their scores, the best offer per entry, and the candidates
made from the offers that are returned."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum

from rapidfuzz import fuzz

from termbase.detect import scripts_of
from termbase.lookup import labels
from termbase.lookup.index import Index
from termbase.lookup.keys import Hit, Key, Via
from termbase.model import Entry, Status, Term, TermType, TermVerification
from termbase.readings import Rendering
from termbase.romanize import get_system

#: Entries whose renderings one query checks, whatever the glossary (a name shared by
#: hundreds of entries renders a few).
MAX_RENDERED = 8


class Tier(IntEnum):
    EXACT = 0
    FOLD = 1
    PHONETIC = 2
    INITIALS = 3  # a family name with the initials of the other names
    PARTIAL = 4  # the query is one word of a name
    WORDS = 5  # some words of the query are words of a name
    FUZZY = 6
    SIMILAR = 7  # keys that share most of their letter sequences with the query's


TIER_SCORE = {
    Tier.EXACT: 100,
    Tier.FOLD: 96,
    Tier.PHONETIC: 88,
    Tier.INITIALS: 84,
    Tier.PARTIAL: 62,
    Tier.WORDS: 40,  # plus up to 20 by the share of the query and of the name the words make
    Tier.FUZZY: 80,
    Tier.SIMILAR: 60,  # the most a similarity candidate scores (scaled by its similarity)
}
STATUS_PENALTY = {Status.PREFERRED: 0, Status.ADMITTED: 0, Status.DEPRECATED: 1, Status.ERRONEOUS: 2}
#: Designations that stand for a longer name, so are the likelier to be shared with another
#: concept (de "Rote Armee" is the Soviet army's name, and a short form of Mao's).
SHORT_TYPES = frozenset({TermType.SHORT_FORM, TermType.ABBREVIATION, TermType.ACRONYM})
#: A form whose numbers the query does not write names another entity (the 2nd Far Eastern
#: Front is not the 1st, Unit 732 not Unit 731), however alike the keys, which drop digits:
#: such a hit scores this much less and is never a match. A number the form lacks (a year in
#: "1945 Soviet–Japanese War") says nothing against it.
NUMBER_PENALTY = 40
_NUMBER = re.compile(r"\d+")


def numbers(text: str) -> frozenset[int]:
    """The numbers written in ``text`` in any decimal digits (1st, 2-й, 1e, ٧٣١)."""
    return frozenset(int(found) for found in _NUMBER.findall(text))


def standing(term: Term) -> int:
    """How firmly ``term`` names its concept, 0 best: a preferred term before an admitted one
    (then by the status order), a full designation before a short form or an abbreviation.
    Ranking uses it only among offers that tie on everything else (the same form held by two
    entries); it never makes a shared form a match."""
    return 2 * list(STATUS_PENALTY).index(term.status) + (term.type in SHORT_TYPES)


FUZZY_EDIT_PENALTY = 8


@dataclass(frozen=True, slots=True)
class Matched:
    """Why an entry matched: the form (or generated rendering) met, and how."""

    form: str
    lang: str
    system: str | None
    status: Status
    via: str
    detail: str
    key: str | None = None
    note: str = ""
    preferred: Term | None = None
    generated: bool = False  # a rendering generated from a reading, not a curated glossary form
    #: Every system that spells the query as ``form`` is (exact and fold tiers), most standard
    #: first; ``system`` is the first. Empty where the query is only like the form.
    systems: tuple[str, ...] = ()
    #: How the term met is known (``dictionary``: open-dictionary data, unreviewed).
    verification: TermVerification | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    score: int
    tier: Tier
    matched: Matched
    match: bool = False


@dataclass(frozen=True, slots=True)
class Offer:
    """The best hit on one entry so far; made into a :class:`Candidate` only if it is returned
    (a common name offers hundreds of entries, and a client reads ten)."""

    rank: tuple[int, int, bool, bool]
    hit: Hit
    tier: Tier
    score: int
    detail: str
    key: Key | None = None
    rendering: Rendering | None = None
    then_form: bool = False
    #: Systems the entry was spelt in, none of them as the query is (phonetic hits only).
    spelt_in: tuple[str, ...] = ()
    #: Fuzzy hits: the query's key, and the edits from it to the entry's.
    near: tuple[str, int] | None = None
    #: Systems that spell the query as the rendering met, most standard first.
    systems: tuple[str, ...] = ()
    #: How the query was rewritten to find this ("transliterated from Greek"), for ``via``.
    rewritten: str = ""
    #: The term met is open-dictionary data (JMnedict, CC-CEDICT), not a reviewed glossary's:
    #: it ranks below a reviewed entry of equal score and is accepted only on its native form.
    dictionary: bool = False
    #: :func:`standing` of the term met (a curated form's; 0 for a generated rendering's,
    #: which ranks after curated forms anyway).
    standing: int = 0
    #: The form met has a number the query does not write (:data:`NUMBER_PENALTY`).
    other_number: bool = False

    @property
    def generated(self) -> bool:
        return self.rendering is not None


def index_form(index: Index, hit: Hit) -> str:
    term = index.term(hit)
    if hit.via == Via.READING and term.plain_reading:
        return f"the reading {term.plain_reading} of {term.form}"
    return term.form


class Ranking:
    """Keeps the best offer per entry for one query."""

    def __init__(
        self, index: Index, query: str, *, from_lang: str | None = None, rewritten: str = ""
    ) -> None:
        self.index = index
        self.query = query
        self.folded = index.folded(query)
        self.from_lang = from_lang
        # Only renderings in the query's own script can equal it (Latin "Nosaka" is no Polivanov).
        self.scripts = scripts_of(query)
        self.script = self.scripts[0] if len(self.scripts) == 1 else None
        self.best: dict[int, Offer] = {}
        self.rendered = 0
        #: How ``query`` was made from what the user typed ("transliterated from Greek"), if it
        #: was; every offer carries it, and none of them is a match.
        self.rewritten = rewritten
        self.numbers = numbers(query)

    @contextmanager
    def rewriting(self, how: str) -> Iterator[None]:
        """Offers made inside carry ``how`` (the query was rewritten to find them, so none of
        them is a match)."""
        before, self.rewritten = self.rewritten, how
        try:
            yield
        finally:
            self.rewritten = before

    def found(self, weakest: Tier) -> bool:
        """Whether some entry has been found at ``weakest`` or a stronger tier (a form with
        another number does not count: the entry the query numbers may be found further on)."""
        return any(offer.tier <= weakest and not offer.other_number for offer in self.best.values())

    def offer(
        self,
        hit: Hit,
        tier: Tier,
        detail: str,
        score: int | None = None,
        *,
        key: Key | None = None,
        rendering: Rendering | None = None,
        then_form: bool = False,
        spelt_in: tuple[str, ...] = (),
        near: tuple[str, int] | None = None,
        systems: tuple[str, ...] = (),
    ) -> None:
        """Keep ``hit`` if it beats its entry's best so far; ``then_form`` ends the explanation
        with the glossary form that was hit."""
        term = self.index.term(hit)
        base = TIER_SCORE[tier] if score is None else score
        score = max(0, base - STATUS_PENALTY[term.status])
        written = numbers(term.form)
        other_number = bool(written) and not written <= self.numbers
        if other_number:
            score = max(0, score - NUMBER_PENALTY)
        # Ties go to curated forms over generated renderings, then to forms over readings
        # (a Latin query is better explained by "Yoshida Shigeru" than by "よしだ しげる").
        rank = (score, -tier, rendering is None, hit.via == Via.FORM)
        current = self.best.get(hit.entry)
        if current is None or rank > current.rank:
            self.best[hit.entry] = Offer(
                rank,
                hit,
                tier,
                score,
                detail,
                key,
                rendering,
                then_form,
                spelt_in,
                near,
                systems,
                self.rewritten,
                term.verification is TermVerification.DICTIONARY,
                standing(term),
                other_number,
            )

    def candidate(self, offer: Offer, *, match: bool = False) -> Candidate:
        index, hit = self.index, offer.hit
        detail = f"{offer.detail} {index_form(index, hit)}" if offer.then_form else offer.detail
        entry, term = index.entry(hit), index.term(hit)
        system: str | None
        if offer.rendering is not None:
            form, lang, system = offer.rendering.text, offer.rendering.target, offer.rendering.system
        else:
            reading = term.plain_reading if hit.via == Via.READING else None
            form, lang, system = reading or term.form, term.lang, term.system
        via = offer.tier.name.lower() + (f", {offer.rewritten}" if offer.rewritten else "")
        matched = Matched(
            form,
            lang,
            offer.systems[0] if offer.systems else system,
            term.status,
            via,
            detail,
            str(offer.key) if offer.key else None,
            term.note,
            entry.replacement(term),
            generated=offer.rendering is not None,
            # Only a form met letter for letter (or by fold) is spelt by its system.
            systems=offer.systems or ((system,) if system and offer.tier <= Tier.FOLD else ()),
            verification=term.verification,
        )
        return Candidate(entry, offer.score, offer.tier, matched, match)

    def lang(self, offer: Offer) -> str:
        """The language of what met the query."""
        return offer.rendering.target if offer.rendering else self.index.term(offer.hit).lang

    def hinted(self, offer: Offer) -> bool:
        """Whether a system of the source-language hint spells the query as ``offer`` met it."""
        return self.from_lang is not None and any(
            labels.text_lang_of(system) == self.from_lang for system in offer.systems
        )

    def phonetic(self, hit: Hit, key: Key, swapped_order: bool, note: str) -> None:
        """A key hit, upgraded to exact/fold when the query is one of the entry's renderings;
        ``note`` says how the query was rewritten to find it."""
        current = self.best.get(hit.entry)
        if current is not None and current.tier <= Tier.FOLD:
            return  # a glossary form already matched as well as a rendering could
        self.rendered += 1
        renderings = (
            self.index.renderings_in(hit.entry, key.namespace, swapped_order, self.script)
            if self.rendered <= MAX_RENDERED
            else ()
        )
        if self._spelt(hit, renderings):
            return
        detail = f"same {key.namespace} phonological key as {index_form(self.index, hit)}{note}"
        if renderings:
            closest = max(renderings, key=lambda r: fuzz.ratio(self.index.folded(r.text), self.folded))
            detail += f"; closest spelling: {closest.text} ({get_system(closest.system).name})"
        spelt_in = tuple(rendering.system for rendering in renderings)
        self.offer(hit, Tier.PHONETIC, detail, key=key, spelt_in=spelt_in)

    def _spelt(self, hit: Hit, renderings: tuple[Rendering, ...]) -> bool:
        """Offer ``hit`` at the exact (or fold) tier when renderings spell the query so, named
        for the most standard of the systems that do; False when none does."""
        exact = [r for r in renderings if r.text == self.query]
        same = exact or [r for r in renderings if self.index.folded(r.text) == self.folded]
        if not same:
            return False
        systems = labels.by_standard((r.system for r in same), self.from_lang)
        rendering = next(r for r in same if r.system == systems[0])
        tier = Tier.EXACT if exact else Tier.FOLD
        detail = f"{get_system(rendering.system).name} rendering of the reading {rendering.reading}"
        if len(systems) > 1:
            detail += f" (also {', '.join(get_system(s).name for s in systems[1:])})"
        self.offer(hit, tier, detail, rendering=rendering, systems=systems)
        return True
