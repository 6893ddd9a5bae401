"""Lookup: a query in any script or spelling -> ranked entries, each saying why it matched.

Tiers, strongest first: the form as written (exact) -> the exact fold -> a phonological key ->
a family name with initials (N. S. Khrushchev) -> one word of a name (partial) -> fuzzy over
keys -> words shared with a longer query. Fuzzy runs only when no earlier tier matched and only
for Latin or Cyrillic text (one edit inside Han or kana is another name); shared words only
when fuzzy found nothing either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from functools import cached_property

from rapidfuzz import fuzz

from termbase.detect import Detection, detect, scripts_of
from termbase.errors import InputError, QueryTooLongError, UnknownLanguageError
from termbase.lookup.index import Hit, Index, Via, fuzzable, normalize_query
from termbase.lookup.initials import Cited, agrees, cited
from termbase.lookup.qualifiers import without_qualifier
from termbase.lookup.typos import safe_typo
from termbase.model import LANGUAGE_TAGS, Entry, Kind, Status, Term
from termbase.readings import Rendering, reading_of, renderings, swapped
from termbase.romanize import LANGUAGES, engine, fold, get_system, phonetic_keys

MAX_QUERY_LENGTH = 200
#: Bounds on the work one query does, whatever the glossary: entries whose renderings are
#: checked, and hits taken from one key (a common family name has thousands).
MAX_RENDERED = 8
MAX_LIMIT = 50
MAX_HITS_PER_KEY = MAX_LIMIT  # enough to fill the longest result list a client may ask for


class Tier(IntEnum):
    EXACT = 0
    FOLD = 1
    PHONETIC = 2
    INITIALS = 3  # a family name with the initials of the other names
    PARTIAL = 4  # the query is one word of a name
    WORDS = 5  # some words of the query are words of a name
    FUZZY = 6


TIER_SCORE = {
    Tier.EXACT: 100,
    Tier.FOLD: 96,
    Tier.PHONETIC: 88,
    Tier.INITIALS: 84,
    Tier.PARTIAL: 62,
    Tier.WORDS: 45,
    Tier.FUZZY: 80,
}
STATUS_PENALTY = {Status.PREFERRED: 0, Status.ADMITTED: 0, Status.DEPRECATED: 1, Status.ERRONEOUS: 2}
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


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    score: int
    tier: Tier
    matched: Matched
    match: bool = False


@dataclass(frozen=True)
class LookupResult:
    query: str
    results: tuple[Candidate, ...]

    @cached_property
    def detected(self) -> Detection:
        """Script, language and system detection of the query (computed when first asked for:
        matching needs only the scripts, and detection costs as much as a lookup)."""
        return detect(self.query)


def _preferred_for(entry: Entry, term: Term) -> Term | None:
    """The form to use instead of a deprecated or erroneous one: same language, else English."""
    if term.status not in (Status.DEPRECATED, Status.ERRONEOUS):
        return None
    return entry.preferred(term.lang) or entry.preferred("en")


def _matched(
    index: Index,
    hit: Hit,
    tier: Tier,
    detail: str,
    *,
    key: str | None = None,
    rendering: Rendering | None = None,
) -> Matched:
    """What met the query: the term's form (or its reading), or a rendering generated from it."""
    entry, term = index.entry(hit), index.term(hit)
    system: str | None
    if rendering is not None:
        form, lang, system = rendering.text, rendering.target, rendering.system
    else:
        reading = term.plain_reading if hit[2] == Via.READING else None
        form, lang, system = reading or term.form, term.lang, term.system
    return Matched(
        form,
        lang,
        system,
        term.status,
        tier.name.lower(),
        detail,
        key,
        term.note,
        _preferred_for(entry, term),
        generated=rendering is not None,
    )


@dataclass(frozen=True, slots=True)
class _Offer:
    """The best hit on one entry so far; made into a :class:`Candidate` only if it is returned
    (a common name offers hundreds of entries, and a client reads ten)."""

    rank: tuple[int, int, bool, bool]
    hit: Hit
    tier: Tier
    score: int
    detail: str
    key: str | None
    rendering: Rendering | None
    then_form: bool
    #: Systems the entry was spelt in, none of them as the query is (phonetic hits only).
    spelt_in: tuple[str, ...] = ()
    #: Fuzzy hits: the query's key, and the edits from it to the entry's.
    near: tuple[str, int] | None = None

    @property
    def generated(self) -> bool:
        return self.rendering is not None


class _Ranking:
    """Keeps the best offer per entry."""

    def __init__(self, index: Index, query: str) -> None:
        self.index = index
        self.query = query
        self.folded = fold(query)
        # Only renderings in the query's own script can equal it (Latin "Nosaka" is no Polivanov).
        self.scripts = scripts_of(query)
        self.script = self.scripts[0] if len(self.scripts) == 1 else None
        self.best: dict[int, _Offer] = {}
        self.rendered = 0

    def offer(
        self,
        hit: Hit,
        tier: Tier,
        detail: str,
        score: int | None = None,
        *,
        key: str | None = None,
        rendering: Rendering | None = None,
        then_form: bool = False,
        spelt_in: tuple[str, ...] = (),
        near: tuple[str, int] | None = None,
    ) -> None:
        """Keep ``hit`` if it beats its entry's best so far; ``then_form`` ends the explanation
        with the glossary form that was hit."""
        base = TIER_SCORE[tier] if score is None else score
        score = max(0, base - STATUS_PENALTY[self.index.term(hit).status])
        # Ties go to curated forms over generated renderings, then to forms over readings
        # (a Latin query is better explained by "Yoshida Shigeru" than by "よしだ しげる").
        rank = (score, -tier, rendering is None, hit[2] == Via.FORM)
        current = self.best.get(hit[0])
        if current is None or rank > current.rank:
            offer = _Offer(rank, hit, tier, score, detail, key, rendering, then_form, spelt_in, near)
            self.best[hit[0]] = offer

    def candidate(self, offer: _Offer, *, match: bool = False) -> Candidate:
        hit = offer.hit
        detail = f"{offer.detail} {index_form(self.index, hit)}" if offer.then_form else offer.detail
        matched = _matched(self.index, hit, offer.tier, detail, key=offer.key, rendering=offer.rendering)
        return Candidate(self.index.entry(hit), offer.score, offer.tier, matched, match)

    def lang(self, offer: _Offer) -> str:
        """The language of what met the query."""
        return offer.rendering.target if offer.rendering else self.index.term(offer.hit).lang

    def phonetic(self, hit: Hit, lang: str, key: str, swapped_order: bool, note: str) -> None:
        """A key hit, upgraded to exact/fold when the query is one of the entry's renderings;
        ``note`` says how the query was rewritten to find it."""
        current = self.best.get(hit[0])
        if current is not None and current.tier <= Tier.FOLD:
            return  # a glossary form already matched as well as a rendering could
        # Rendering is the costly step; a name shared by hundreds of entries renders a few.
        self.rendered += 1
        renderings = (
            self.index.renderings_in(hit[0], lang, swapped_order, self.script)
            if self.rendered <= MAX_RENDERED
            else ()
        )
        closest: tuple[float, Rendering] | None = None
        for rendering in renderings:
            if rendering.text == self.query or fold(rendering.text) == self.folded:
                tier = Tier.EXACT if rendering.text == self.query else Tier.FOLD
                name = get_system(rendering.system).name
                detail = f"{name} rendering of the reading {rendering.reading}"
                self.offer(hit, tier, detail, rendering=rendering)
                return
            similarity = fuzz.ratio(fold(rendering.text), self.folded)
            if closest is None or similarity > closest[0]:
                closest = (similarity, rendering)
        detail = f"same {lang} phonological key as {index_form(self.index, hit)}{note}"
        if closest is not None:
            name = get_system(closest[1].system).name
            detail += f"; closest spelling: {closest[1].text} ({name})"
        spelt_in = tuple(rendering.system for rendering in renderings)
        self.offer(hit, Tier.PHONETIC, detail, key=f"{lang}:{key}", spelt_in=spelt_in)


def index_form(index: Index, hit: Hit) -> str:
    term = index.term(hit)
    if hit[2] == Via.READING and term.plain_reading:
        return f"the reading {term.plain_reading} of {term.form}"
    return term.form


def _query_languages(query: str, scripts: tuple[str, ...], lang: str | None) -> tuple[str, ...]:
    base = lang.split("-", 1)[0] if lang else None
    if base in LANGUAGES:
        return (base,)
    if any(s in scripts for s in ("Hira", "Kana")):
        return ("ja",)
    if scripts and scripts[0] in ("Latn", "Cyrl", "Bopo"):
        return LANGUAGES
    return ()


def _words(ranking: _Ranking, text: str, langs: tuple[str, ...]) -> None:
    """Entries that share words with a multi-word query ("Iosif Stalin", "L. P. Beria"); the
    more of the query's words an entry has, the higher it scores. Never a confident match."""
    if len(text.split()) < 2:
        return
    folded_words = [(word, fold(word)) for word in text.split()]
    words = [(word, folded) for word, folded in folded_words if len(folded) >= 3]  # not initials ("L. P.")
    index = ranking.index
    shared: dict[int, tuple[int, Hit]] = {}
    for word, folded in words:
        probes = {
            f"fold:{folded}",
            *(f"{lang}:{key}" for lang in langs for key in phonetic_keys(word, lang)),
        }
        hits = {hit[0]: hit for probe in probes for hit in index.partial.get(probe, ())[:MAX_HITS_PER_KEY]}
        for number, hit in hits.items():
            count = shared.get(number, (0, hit))[0]
            shared[number] = (count + 1, hit)
    # A weak tier: the entries sharing most words are enough (common words are in thousands).
    best = sorted(shared.values(), key=lambda pair: (-pair[0], pair[1][0]))[:MAX_LIMIT]
    for count, hit in best:
        score = TIER_SCORE[Tier.WORDS] + round(20 * count / len(words))
        detail = f"{count} of the {len(words)} words of the query are words of"
        ranking.offer(hit, Tier.WORDS, detail, score, then_form=True)


def _initials(ranking: _Ranking, citation: Cited, langs: tuple[str, ...]) -> None:
    """Persons whose family name is the cited one and whose other names begin with its
    initials, in a glossary form or in a rendering in the query's script."""
    index = ranking.index
    family = fold(citation.family)
    keys = {f"{lang}:{key}" for lang in langs for key in phonetic_keys(citation.family, lang)}

    def same_family(word: str) -> bool:
        return fold(word) == family or any(
            f"{lang}:{key}" in keys for lang in langs for key in phonetic_keys(word, lang)
        )

    seen: set[int] = set()
    for probe in [f"fold:{family}", *sorted(keys)]:
        for hit in index.partial.get(probe, ())[:MAX_HITS_PER_KEY]:
            if hit[0] not in seen and index.entry(hit).kind is Kind.PERSON:
                seen.add(hit[0])
                _offer_cited(ranking, hit[0], citation, same_family)


def _offer_cited(ranking: _Ranking, number: int, citation: Cited, same_family: Callable[[str], bool]) -> None:
    entry = ranking.index.glossary.entries[number]
    detail = f"family name and initials {citation.label()} agree with"
    for position, term in enumerate(entry.terms):
        if agrees(term.form, citation, same_family):
            ranking.offer((number, position, Via.FORM), Tier.INITIALS, detail, then_form=True)
            return
    for position, term in enumerate(entry.terms):
        reading = reading_of(term)
        if reading is None:
            continue
        for rendering in renderings(entry, reading, script=ranking.script):
            if agrees(rendering.text, citation, same_family):
                name = get_system(rendering.system).name
                detail = f"family name and initials {citation.label()} agree with {rendering.text} ({name})"
                ranking.offer((number, position, Via.READING), Tier.INITIALS, detail, rendering=rendering)
                return


#: Keys per language tried by the fuzzy tier: an ambiguous spelling can have dozens of keys
#: (English text read as Russian), and each costs dozens of index probes.
FUZZY_KEYS_PER_LANGUAGE = 3


def _fuzzy_probes(probes: list[str]) -> list[str]:
    chosen: list[str] = []
    for lang in LANGUAGES:
        mine = sorted((p for p in probes if p.startswith(lang + ":")), key=lambda p: (len(p), p))
        chosen.extend(mine[:FUZZY_KEYS_PER_LANGUAGE])
    return chosen


#: Keys at least this long may be two edits from the query (one edit in a short key is
#: already another name).
TWO_EDIT_LENGTH = 10


def _fuzzy(ranking: _Ranking, probes: Iterable[str]) -> None:
    """Keys one edit from one of the query's, in the same namespace; when no key is, keys two
    edits from a long one (most typos are one edit, and two-edit probes cost ten times more)."""
    split = [probe.partition(":")[::2] for probe in probes]
    for distance in (1, 2):
        found = [
            (edits, namespace, key, bare)
            for namespace, bare in split
            if distance == 1 or len(bare) >= TWO_EDIT_LENGTH
            for key, edits in ranking.index.fuzzy.within(bare, namespace, distance)[:20]
        ]
        # Nearest keys first, until there are as many entries as a client may ask for: a short
        # key has dozens of neighbours, each shared by dozens of entries.
        for edits, namespace, key, bare in sorted(found, key=lambda item: item[0]):
            if len(ranking.best) >= MAX_LIMIT:
                return
            _offer_fuzzy(ranking, namespace, key, (bare, edits))
        if ranking.best:
            return


def _offer_fuzzy(ranking: _Ranking, namespace: str, key: str, near: tuple[str, int]) -> None:
    edits = near[1]
    index = ranking.index
    table = index.fold if namespace == "fold" else index.phonetic
    lookup_key = key if namespace == "fold" else f"{namespace}:{key}"
    score = TIER_SCORE[Tier.FUZZY] - FUZZY_EDIT_PENALTY * edits
    detail = f"{edits} edit(s) from the {namespace} key {key} of"
    for hit in table.get(lookup_key, ())[:MAX_HITS_PER_KEY]:
        ranking.offer(hit, Tier.FUZZY, detail, score, key=f"{namespace}:{key}", then_form=True, near=near)


def _validate(query: str, limit: int, lang: str | None) -> str:
    if lang is not None and lang not in LANGUAGE_TAGS and lang not in LANGUAGES:
        raise UnknownLanguageError(
            f"unknown language {lang!r}; use one of: {', '.join(sorted(LANGUAGE_TAGS))}"
        )
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryTooLongError(f"query is {len(query)} characters; the limit is {MAX_QUERY_LENGTH}")
    text = normalize_query(query)
    if not text:
        raise InputError("query is empty")
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    return text


def _is_ambiguous(top: _Offer, others: list[_Offer], query: str) -> bool:
    if top.tier is Tier.FUZZY and top.near is not None:
        typo = safe_typo(top.near[0], (top.key or "").partition(":")[2], top.near[1])
        return not typo or any(c.score >= top.score for c in others)
    # One word of a name (partial) is never safe to accept, even when one person in the
    # glossary has it: "Beria" is probably Lavrentii Beria, but "Tanaka", "Zhang" or "Joseph"
    # name millions, and nothing here tells the two apart. Nor are shared words.
    if top.tier > Tier.INITIALS:
        return True
    if top.tier is Tier.INITIALS:
        return any(c.tier <= Tier.INITIALS for c in others)
    if top.tier is Tier.PHONETIC:
        return any(c.tier <= Tier.PHONETIC for c in others) or _sound_alike(top, query)
    # A curated glossary form outranks generated renderings: "Shanxi" is the English name of
    # 山西 even though toneless pinyin of 陕西 (officially "Shaanxi") is spelt the same.
    if not top.generated:
        return any(c.tier <= Tier.FOLD and not c.generated for c in others)
    return any(c.tier <= Tier.FOLD for c in others)


def _sound_alike(offer: _Offer, query: str) -> bool:
    """A Chinese key hit where every system the query's spelling fits spells the entry
    otherwise: "waijiao" can only be pinyin, and pinyin writes 外僑 "waiqiao". The keys merge
    aspiration pairs (j/q, d/t, b/p) for spellings that drop the Wade–Giles apostrophe; a
    spelling that shows it is another word, not another spelling."""
    if not offer.spelt_in or not (offer.key or "").startswith("zh:"):
        return False
    fits = engine("zh").plausible_systems(query)
    return bool(fits) and set(fits) <= set(offer.spelt_in)


@dataclass(frozen=True, slots=True)
class _Variant:
    """The query rewritten (other name order, a qualifier taken off): how the explanation says
    so, and which entries it may find. Only the query as typed matches at the exact tier."""

    note: str = ""
    persons: bool | None = None  # True: persons only; False: no persons; None: any entry
    swapped_order: bool = False

    def admits(self, entry: Entry) -> bool:
        return self.persons is None or (entry.kind is Kind.PERSON) == self.persons


AS_TYPED = _Variant()
OTHER_ORDER = _Variant(" with the name order swapped", persons=True, swapped_order=True)


def _search(ranking: _Ranking, text: str, langs: tuple[str, ...], variant: _Variant = AS_TYPED) -> list[str]:
    """Exact, fold and phonetic tiers for ``text``; returns its ``lang:key`` probes."""
    index = ranking.index
    note = variant.note
    exact_tier = Tier.EXACT if variant is AS_TYPED else Tier.FOLD
    for hit in index.exact.get(text, ()):
        if variant.admits(index.entry(hit)):
            ranking.offer(hit, exact_tier, "glossary form as written" + note)
    for hit in index.fold.get(fold(text), ()):
        if variant.admits(index.entry(hit)):
            detail = "glossary form, ignoring case, marks, spacing and punctuation" + note
            ranking.offer(hit, Tier.FOLD, detail)
    probes = []
    for lang in langs:
        for key in phonetic_keys(text, lang):
            probes.append(f"{lang}:{key}")
            for hit in index.phonetic.get(f"{lang}:{key}", ())[:MAX_HITS_PER_KEY]:
                if variant.admits(index.entry(hit)):
                    ranking.phonetic(hit, lang, key, variant.swapped_order, note)
    return probes


def lookup(index: Index, query: str, *, lang: str | None = None, limit: int = 10) -> LookupResult:
    """Entries matching ``query``, best first; ``match`` is true only for a safe, unique top hit."""
    text = _validate(query, limit, lang)
    ranking = _Ranking(index, text)
    langs = _query_languages(text, ranking.scripts, lang)
    probes = _search(ranking, text, langs)
    other_order = swapped(text)
    # The other name order only when the order as typed found no form: it can add at most the
    # same name read the other way round, and costs as much again.
    if other_order and not any(c.tier <= Tier.FOLD for c in ranking.best.values()):
        _search(ranking, other_order, langs, OTHER_ORDER)
    qualified = without_qualifier(text)
    if qualified and not any(c.tier <= Tier.PHONETIC for c in ranking.best.values()):
        name, qualifier = qualified
        _search(ranking, name, langs, _Variant(f" (the query without {qualifier!r})", persons=False))
    citation = cited(text)
    if citation and not any(c.tier <= Tier.PHONETIC for c in ranking.best.values()):
        _initials(ranking, citation, langs)
    for probe in [*probes, f"fold:{ranking.folded}"]:
        for hit in index.partial.get(probe, ())[:MAX_HITS_PER_KEY]:
            ranking.offer(hit, Tier.PARTIAL, "one part of the name", key=probe, then_form=True)
    # A typo is one edit from a name; only when there is none do shared words say anything.
    if not ranking.best and fuzzable(text):
        _fuzzy(ranking, [f"fold:{ranking.folded}", *_fuzzy_probes(probes)])
    if not ranking.best:
        _words(ranking, text, langs)
    return LookupResult(text, _ranked(ranking, lang, limit))


def _ranked(ranking: _Ranking, lang: str | None, limit: int) -> tuple[Candidate, ...]:
    hint = lang.split("-")[0] if lang else None
    labels = ranking.index.labels

    def order(offer: _Offer) -> tuple[int, int, bool, int, str]:
        hinted = 0 if hint and ranking.lang(offer).split("-")[0] == hint else 1
        return (-offer.score, offer.tier, offer.generated, hinted, labels[offer.hit[0]])

    ranked = sorted(ranking.best.values(), key=order)
    if not ranked:
        return ()
    match = not _is_ambiguous(ranked[0], ranked[1:], ranking.query)
    first = ranking.candidate(ranked[0], match=match)
    return (first, *(ranking.candidate(offer) for offer in ranked[1:limit]))
