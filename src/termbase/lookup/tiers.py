"""The tiers: each reads the index for one query (or one rewriting of it) and offers entries
to a :class:`~termbase.lookup.ranking.Ranking`. :mod:`termbase.lookup.search` runs them in order."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from termbase.lookup.index import Index
from termbase.lookup.inflection import word_forms
from termbase.lookup.initials import Cited, agrees
from termbase.lookup.keys import FOLD, Hit, Key, Via
from termbase.lookup.ranking import FUZZY_EDIT_PENALTY, TIER_SCORE, Ranking, Tier
from termbase.model import Entry, Kind
from termbase.readings import reading_of, renderings
from termbase.romanize import get_system, phonetic_keys

MAX_LIMIT = 50
#: Hits taken from one key (a common family name has thousands): enough to fill the longest
#: result list a client may ask for.
MAX_HITS_PER_KEY = MAX_LIMIT
#: Keys per language tried by the fuzzy tier: an ambiguous spelling can have dozens of keys
#: (English text read as Russian), and each costs dozens of index probes.
FUZZY_KEYS_PER_LANGUAGE = 3
#: Keys at least this long may be two edits from the query (one edit in a short key is
#: already another name).
TWO_EDIT_LENGTH = 10


@dataclass(frozen=True, slots=True)
class Variant:
    """The query rewritten (other name order, a qualifier taken off): how the explanation says
    so, and which entries it may find. Only the query as typed matches at the exact tier."""

    note: str = ""
    persons: bool | None = None  # True: persons only; False: no persons; None: any entry
    swapped_order: bool = False

    def admits(self, entry: Entry) -> bool:
        return self.persons is None or (entry.kind is Kind.PERSON) == self.persons


AS_TYPED = Variant()
OTHER_ORDER = Variant(" with the name order swapped", persons=True, swapped_order=True)
WITHOUT_PATRONYMIC = Variant(" without the patronymic", persons=True)


def query_keys(text: str, langs: Iterable[str]) -> list[Key]:
    """``text``'s phonological keys in each of ``langs``, sorted: which of an entry's hits is
    kept must not depend on the hash order of a set."""
    return [Key(lang, key) for lang in langs for key in sorted(phonetic_keys(text, lang))]


def search(ranking: Ranking, text: str, langs: tuple[str, ...], variant: Variant = AS_TYPED) -> list[Key]:
    """Exact, fold and phonetic tiers for ``text``; returns its phonological keys."""
    index = ranking.index
    note = variant.note
    exact_tier = Tier.EXACT if variant is AS_TYPED and not ranking.rewritten else Tier.FOLD
    for hit in index.exact.get(text, ()):
        if variant.admits(index.entry(hit)):
            ranking.offer(hit, exact_tier, "glossary form as written" + note)
    for hit in index.fold.get(index.folded(text), ()):
        if variant.admits(index.entry(hit)):
            detail = "glossary form, ignoring case, marks, spacing and punctuation" + note
            ranking.offer(hit, Tier.FOLD, detail)
    keys = query_keys(text, langs)
    for key in keys:
        for hit in index.phonetic_hits(key)[:MAX_HITS_PER_KEY]:
            if variant.admits(index.entry(hit)):
                ranking.phonetic(hit, key, variant.swapped_order, note)
    return keys


def partial(ranking: Ranking, keys: Iterable[Key]) -> None:
    """Entries one of whose name words has one of ``keys``."""
    for key in keys:
        for hit in ranking.index.partial_hits(key)[:MAX_HITS_PER_KEY]:
            ranking.offer(hit, Tier.PARTIAL, "one part of the name", key=key, then_form=True)


def name_words(text: str) -> list[str]:
    """The words of a name: split at spaces and at the dots that join katakana names
    (ラヴレンチー・ベリヤ)."""
    return _NAME_DOTS.sub(" ", text).split()


_NAME_DOTS = re.compile("[・･=＝゠]")
#: What a shared family name adds to a shared-words score, over a shared given name.
FAMILY_BONUS = 4


def words(ranking: Ranking, text: str, langs: tuple[str, ...]) -> None:
    """Entries that share words with a multi-word query ("Iosif Stalin", "L. P. Beria"). Never
    a match. A word counts by how rare it is among the glossary's names (Kwantung says more than
    Armatei or "Communist"), a word with another's stem or spelling counts half (Konferansı and
    Conference), and a name the query covers only part of scores less (Związku Radzieckiego is
    two of the four words of the CPSU's Polish name, but all of the Soviet Union's); a shared
    family name counts above a shared given name ("Yoshida Sanzō" is a Yoshida first)."""
    index = ranking.index
    # One word without a hyphen is at most one looked-up word (below): decided before its
    # hits are read, which for a name the glossary lacks cost as much as the rest of a lookup.
    if "-" not in text and len(name_words(text)) < 2:
        return
    looked = [(word, index.folded(word), hits) for word, hits in _query_words(index, text, langs)]
    if len(looked) < 2 and len(name_words(text)) < 2:
        return
    kept = [(word, folded) for word, folded, _ in looked]
    if not kept:
        return
    weights: list[float] = []
    shared: dict[int, _Shared] = {}
    # A word read back by its ending counts half of what it would as written, and the query's
    # total still counts it as a word no name has: entries without it score as before.
    unread = math.log(len(index.glossary.entries) + 1)
    whole: list[float] = []
    for number, (_, _, (hits, family, read_back)) in enumerate(looked):
        weight = math.log((len(index.glossary.entries) + 1) / (len(hits) + 1))
        weights.append(weight / 2 if read_back else weight)
        whole.append(unread if read_back else weight)
        for entry, hit in hits.items():
            found = shared.setdefault(entry, _Shared(hit))
            found.words[number] = hit
            # A family name stands first or last in a name ("din" in Armatei din Kwantung is not)
            edge = number in (0, len(kept) - 1)
            found.family = found.family or (edge and entry in family)
    # A number in the query must be the name's (1e Verre Oosten Front is the 1st Far Eastern Front).
    numbers = _NUMBER.findall(text)
    number_weight = max(weights, default=1.0) / 2
    total = (sum(whole) + number_weight * len(numbers)) or 1.0
    raw = sorted(
        shared.items(),
        key=lambda item: (-sum(weights[n] for n in item[1].words), not item[1].family, item[0]),
    )[:MAX_LIMIT]
    for entry, found in raw:
        agreeing = _agreeing(index, entry, numbers) if numbers else 0
        credit, covered, form = _credit(index, entry, found, kept, (weights, whole), agreeing=agreeing)
        credit += number_weight * agreeing
        score = TIER_SCORE[Tier.WORDS] + round(20 * credit / total * covered) + FAMILY_BONUS * found.family
        among = " (the family name among them)" if found.family else ""
        detail = f"{len(found.words)} of the {len(kept)} words of the query{among} are words of"
        ranking.offer(form, Tier.WORDS, detail, score, then_form=True)


@dataclass(slots=True)
class _Shared:
    """The query words (by position) an entry has, each with the hit that has it."""

    first: Hit
    words: dict[int, Hit] = field(default_factory=dict)
    family: bool = False


_NUMBER = re.compile(r"\d+")
#: A query word with the first letters of a name word (or as like it) counts half: it may be the
#: same word in another language or case (Konferansı, Conference; Китайската, Китая).
STEM = 4
COGNATE_RATIO = 80


def _agreeing(index: Index, entry: int, numbers: list[str]) -> int:
    """How many of the query's numbers are numbers of the entry's names."""
    named = {n for term in index.glossary.entries[entry].terms for n in _NUMBER.findall(term.form)}
    return sum(number in named for number in numbers)


def _credit(
    index: Index,
    entry: int,
    found: _Shared,
    kept: list[tuple[str, str]],
    weighed: tuple[list[float], list[float]],
    *,
    agreeing: int = 0,
) -> tuple[float, float, Hit]:
    """How much of the query ``entry`` explains (weighted), the share of the words of its form
    met that the query covers, and that form's hit: the form most query words hit. ``weighed``
    is each query word's weight as met and as it counts in the total (they differ for a word
    read back by its ending); a cognate counts half of the latter."""
    weights, whole = weighed
    counts: dict[Hit, int] = {}
    for hit in found.words.values():
        counts[hit] = counts.get(hit, 0) + 1
    form = max(counts, key=lambda hit: (counts[hit], hit == found.first))
    words = [index.folded(word) for word in _text_of(index, form).split()]
    words = [word for word in words if len(word) >= 3] or words
    credit = sum(weights[n] for n in found.words)
    cognates = 0
    for number, (_, folded) in enumerate(kept):
        if number not in found.words and any(_cognate(folded, word) for word in words):
            credit += whole[number] / 2
            cognates += 1
    # Every query word the entry has counts (its other forms are translations of this one).
    covered = min(1.0, (len(found.words) + cognates + agreeing) / max(1, len(words)))
    return credit, covered, form


def _cognate(one: str, other: str) -> bool:
    if len(one) >= STEM and one[:STEM] == other[:STEM]:
        return True
    return min(len(one), len(other)) >= STEM and fuzz.ratio(one, other) >= COGNATE_RATIO


def _text_of(index: Index, hit: Hit) -> str:
    term = index.term(hit)
    return term.plain_reading if hit.via == Via.READING and term.plain_reading else term.form


#: A word's hits, the entries whose family name it is, and whether it was read back by its
#: dictionary form (a guess at its ending: it counts half, as a shared stem does).
WordHits = tuple[dict[int, Hit], set[int], bool]


def _query_words(index: Index, text: str, langs: tuple[str, ...]) -> list[tuple[str, WordHits]]:
    """The name words of a query with their hits; a hyphened word no name has, as its parts
    (Rus-Japon Savaşı), but not one a name has (Liao-tung)."""
    found: list[tuple[str, WordHits]] = []
    for word in name_words(text):
        if len(index.folded(word)) < MIN_WORD_LETTERS:
            continue
        hits = _hits_of(index, word, langs)
        parts = [part for part in word.split("-") if part] if "-" in word and not hits[0] else []
        if len(parts) > 1:
            found.extend(
                (part, _hits_of(index, part, langs))
                for part in parts
                if len(index.folded(part)) >= MIN_WORD_LETTERS
            )
        else:
            found.append((word, hits))
    return found


#: Shorter words are initials ("L. P.") or particles, no evidence of a name.
MIN_WORD_LETTERS = 3


def _hits_of(index: Index, word: str, langs: tuple[str, ...]) -> WordHits:
    """A word's hits as written; a word with none, by its dictionary form when it is a case
    form of a name word (Sachalinu, Sachalin as a Polish genitive writes it)."""
    hits, family = _word_hits(index, {Key(FOLD, index.folded(word)), *query_keys(word, langs)})
    if hits:
        return hits, family, False

    def known(form: str) -> bool:
        return bool(index.partial_hits(Key(FOLD, form))) or form in index.fold

    forms = word_forms(word, known)
    return (*_word_hits(index, {Key(FOLD, forms[0])}), True) if forms else (hits, family, False)


def _word_hits(index: Index, probes: set[Key]) -> tuple[dict[int, Hit], set[int]]:
    """Entries with a name word (or a one-word form) under one of ``probes``, and those of
    them whose family name it is."""
    hits: dict[int, Hit] = {}
    family: set[int] = set()
    for probe in sorted(probes):  # sorted: the hit kept per entry must not depend on hash order
        for hit in index.partial_hits(probe)[:MAX_HITS_PER_KEY]:
            hits.setdefault(hit.entry, hit)
        family.update(hit.entry for hit in index.family_hits(probe)[:MAX_HITS_PER_KEY])
        # A one-word form is a name word too (ベリヤ, the Japanese form of Beria's name).
        for hit in index.key_hits(probe)[:MAX_HITS_PER_KEY]:
            if index.entry(hit).kind is Kind.PERSON and len(index.term(hit).form.split()) == 1:
                hits.setdefault(hit.entry, hit)
    return hits, family


def initials(ranking: Ranking, citation: Cited, langs: tuple[str, ...]) -> None:
    """Persons whose family name is the cited one and whose other names begin with its
    initials, in a glossary form or in a rendering in the query's script."""
    index = ranking.index
    family = index.folded(citation.family)
    keys = set(query_keys(citation.family, langs))

    def same_family(word: str) -> bool:
        return index.folded(word) == family or any(key in keys for key in query_keys(word, langs))

    seen: set[int] = set()
    for probe in [Key(FOLD, family), *sorted(keys)]:
        for hit in index.partial_hits(probe)[:MAX_HITS_PER_KEY]:
            if hit.entry not in seen and index.entry(hit).kind is Kind.PERSON:
                seen.add(hit.entry)
                _offer_cited(ranking, hit.entry, citation, same_family)


def _offer_cited(ranking: Ranking, number: int, citation: Cited, same_family: Callable[[str], bool]) -> None:
    entry = ranking.index.glossary.entries[number]
    detail = f"family name and initials {citation.label()} agree with"
    for position, term in enumerate(entry.terms):
        if agrees(term.form, citation, same_family):
            ranking.offer(Hit(number, position, Via.FORM), Tier.INITIALS, detail, then_form=True)
            return
    for position, term in enumerate(entry.terms):
        reading = reading_of(term)
        if reading is None:
            continue
        spelt = renderings(entry, reading, script=ranking.script, speller=ranking.index.speller)
        for rendering in spelt:
            if agrees(rendering.text, citation, same_family):
                name = get_system(rendering.system).name
                detail = f"family name and initials {citation.label()} agree with {rendering.text} ({name})"
                hit = Hit(number, position, Via.READING)
                ranking.offer(hit, Tier.INITIALS, detail, rendering=rendering, systems=(rendering.system,))
                return


def fuzzy_probes(keys: list[Key], per_language: int = FUZZY_KEYS_PER_LANGUAGE) -> list[Key]:
    """The shortest few keys of each language (long ambiguous readings add little)."""
    chosen: list[Key] = []
    for lang in dict.fromkeys(key.namespace for key in keys):
        mine = sorted((k for k in keys if k.namespace == lang), key=lambda k: (len(k.text), k.text))
        chosen.extend(mine[:per_language])
    return chosen


def fuzzy(ranking: Ranking, probes: Iterable[Key]) -> None:
    """Keys one edit from one of the query's, in the same namespace; when no key is, keys two
    edits from a long one (most typos are one edit, and two-edit probes cost ten times more)."""
    probes = list(probes)
    for distance in (1, 2):
        found = [
            (edits, Key(probe.namespace, key), probe.text)
            for probe in probes
            if distance == 1 or len(probe.text) >= TWO_EDIT_LENGTH
            for key, edits in ranking.index.fuzzy.within(probe.text, probe.namespace, distance)[:20]
        ]
        # Nearest keys first, until there are as many entries as a client may ask for: a short
        # key has dozens of neighbours, each shared by dozens of entries.
        for edits, key, bare in sorted(found, key=lambda item: item[0]):
            if len(ranking.best) >= MAX_LIMIT:
                return
            _offer_fuzzy(ranking, key, (bare, edits))
        if ranking.best:
            return


def _offer_fuzzy(ranking: Ranking, key: Key, near: tuple[str, int]) -> None:
    edits = near[1]
    score = TIER_SCORE[Tier.FUZZY] - FUZZY_EDIT_PENALTY * edits
    detail = f"{edits} edit(s) from the {key.namespace} key {key.text} of"
    for hit in ranking.index.key_hits(key)[:MAX_HITS_PER_KEY]:
        ranking.offer(hit, Tier.FUZZY, detail, score, key=key, then_form=True, near=near)


#: Phonological keys per language the similarity tier compares (with the query's fold).
SIMILAR_KEYS_PER_LANGUAGE = 2


def similar(ranking: Ranking, folded: str, keys: list[Key]) -> None:
    """Entries whose keys share most letter trigrams with the query's fold or keys: the
    candidates for a name no key and no edit finds. Scored by similarity, below every key tier."""
    probes = [Key(FOLD, folded), *fuzzy_probes(keys, SIMILAR_KEYS_PER_LANGUAGE)]
    found = ranking.index.similar.similar([(probe.namespace, probe.text) for probe in probes])
    for number, key_text, similarity in found:
        key = Key(probes[number].namespace, key_text)
        score = round(TIER_SCORE[Tier.SIMILAR] * similarity / 100)
        detail = f"{similarity:.0f} % similar to the {key.namespace} key {key_text} of"
        for hit in ranking.index.key_hits(key)[:MAX_HITS_PER_KEY]:
            if len(ranking.best) >= MAX_LIMIT:
                return
            ranking.offer(hit, Tier.SIMILAR, detail, score, key=key, then_form=True)
