"""The tiers: each reads the index for one query (or one rewriting of it) and offers entries
to a :class:`~termbase.lookup.ranking.Ranking`. :mod:`termbase.lookup.search` runs them in order."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from termbase.lookup.index import Index
from termbase.lookup.initials import Cited, agrees
from termbase.lookup.keys import FOLD, Hit, Key, Via
from termbase.lookup.ranking import FUZZY_EDIT_PENALTY, TIER_SCORE, Ranking, Tier
from termbase.model import Entry, Kind
from termbase.readings import reading_of, renderings
from termbase.romanize import fold, get_system, phonetic_keys

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
    for hit in index.fold.get(fold(text), ()):
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
    """Entries that share words with a multi-word query ("Iosif Stalin", "L. P. Beria"); the
    more of the query's words an entry has, the higher it scores, and a shared family name
    counts above a shared given name ("Yoshida Sanzō" is a Yoshida first). Never a match."""
    kept = [(word, fold(word)) for word in name_words(text)]
    if len(kept) < 2:
        return
    kept = [(word, folded) for word, folded in kept if len(folded) >= 3]  # not initials ("L. P.")
    shared: dict[int, tuple[int, bool, Hit]] = {}
    for word, folded in kept:
        probes = {Key(FOLD, folded), *query_keys(word, langs)}
        hits, family = _word_hits(ranking.index, probes)
        for number, hit in hits.items():
            count, had_family, _ = shared.get(number, (0, False, hit))
            shared[number] = (count + 1, had_family or number in family, hit)
    # A weak tier: the entries sharing most words are enough (common words are in thousands).
    best = sorted(shared.values(), key=lambda item: (-item[0], not item[1], item[2].entry))[:MAX_LIMIT]
    for count, family_shared, hit in best:
        score = TIER_SCORE[Tier.WORDS] + round(20 * count / len(kept)) + FAMILY_BONUS * family_shared
        among = " (the family name among them)" if family_shared else ""
        detail = f"{count} of the {len(kept)} words of the query{among} are words of"
        ranking.offer(hit, Tier.WORDS, detail, score, then_form=True)


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
    family = fold(citation.family)
    keys = set(query_keys(citation.family, langs))

    def same_family(word: str) -> bool:
        return fold(word) == family or any(key in keys for key in query_keys(word, langs))

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
