"""Lookup: a query in any script or spelling -> ranked entries, each saying why it matched.

Tiers, strongest first (:mod:`termbase.lookup.tiers`): the form as written (exact) -> the exact
fold -> a phonological key -> a family name with initials (N. S. Khrushchev) -> one word of a
name (partial) -> fuzzy over keys -> words shared with a longer query. Fuzzy runs only when no
earlier tier matched and only for Latin or Cyrillic text (one edit inside Han or kana is
another name); shared words only when fuzzy found nothing either; similar keys (letter
trigrams) only when nothing at all was found, so that a name the glossary has is almost never
answered with nothing. A query in a script no engine reads (Greek, Arabic ...) that finds
nothing is transliterated to Latin and looked up again; what that finds is never a match.
Scores and records are in :mod:`termbase.lookup.ranking`, the ``match`` rules in
:mod:`termbase.lookup.confidence`.

``from_lang`` is the language of the text the spelling came from (``de`` for a German
newspaper): the systems whose ``text_lang`` it is come first in the ranking, in the system a
match is named for, and in ``detected.conventions``. Without it every system is tried alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import cached_property, partial
from itertools import islice, product

from termbase.detect import Detection, detect
from termbase.errors import InputError, QueryTooLongError, UnknownLanguageError
from termbase.lookup import labels, tiers
from termbase.lookup.anyscript import latin_readings, other_script
from termbase.lookup.confidence import is_ambiguous, other_tones
from termbase.lookup.index import Index
from termbase.lookup.inflection import MAX_CUT, MIN_STEM, MIN_WORD, dictionary_forms
from termbase.lookup.initials import cited
from termbase.lookup.keys import FOLD, Key, fuzzable, normalize_query, query_without_patronymic
from termbase.lookup.qualifiers import without_qualifier, without_title
from termbase.lookup.ranking import (
    FUZZY_EDIT_PENALTY,
    STATUS_PENALTY,
    TIER_SCORE,
    Candidate,
    Matched,
    Offer,
    Ranking,
    Tier,
)
from termbase.lookup.tiers import MAX_LIMIT, OTHER_ORDER, WITHOUT_PATRONYMIC, Variant
from termbase.memo import Memo
from termbase.model import LANGUAGE_TAGS, base_language
from termbase.readings import swapped
from termbase.romanize import LANGUAGES, fold, get_system, phonetic_keys, systems
from termbase.scripts import HAN_READINGS, require_characters, scripts_of

__all__ = [
    "FUZZY_EDIT_PENALTY",
    "MAX_LIMIT",
    "MAX_QUERY_LENGTH",
    "STATUS_PENALTY",
    "TIER_SCORE",
    "Candidate",
    "Convention",
    "Detected",
    "LookupResult",
    "Matched",
    "Tier",
    "lookup",
]

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Convention:
    """A romanization system the query's spelling fits, and the language of texts that use it."""

    system: str
    text_lang: str
    name: str


@dataclass(frozen=True, slots=True)
class Detected(Detection):
    """Detection of the query, with the conventions (systems and their text languages) that
    its spelling fits, the source-language hint's first."""

    conventions: tuple[Convention, ...] = ()
    from_lang: str | None = None


@dataclass(frozen=True)
class LookupResult:
    query: str
    results: tuple[Candidate, ...]
    from_lang: str | None = None
    #: How detection is computed: the index's memo (a pure function of the query).
    detector: Callable[[str], Detection] = field(default=detect, repr=False, compare=False)

    @cached_property
    def detected(self) -> Detected:
        """Script, language and system detection of the query (computed when first asked for:
        matching needs only the scripts, and detection costs as much as a lookup)."""
        found = self.detector(self.query)
        systems = labels.by_standard(found.systems, self.from_lang)
        conventions = tuple(
            Convention(system, labels.text_lang_of(system), get_system(system).name) for system in systems
        )
        return Detected(
            found.scripts,
            found.languages,
            systems,
            found.ambiguous,
            found.note,
            conventions=conventions,
            from_lang=self.from_lang,
        )


def source_languages() -> frozenset[str]:
    """Every value ``from_lang`` takes: the languages of glossary tags and of systems' texts."""
    return frozenset(base_language(tag) for tag in LANGUAGE_TAGS) | {
        system.text_lang for system in systems() if system.text_lang != "und"
    }


def _query_languages(scripts: tuple[str, ...], lang: str | None) -> tuple[str, ...]:
    base = lang.split("-", 1)[0] if lang else None
    if base in LANGUAGES:
        return (base,)
    if any(s in scripts for s in ("Hira", "Kana")):
        return ("ja",)
    # Hangul: Korean transcriptions of Chinese, Japanese and Russian names are systems of
    # those languages' engines.
    if scripts and scripts[0] in ("Latn", "Hang"):
        return (*LANGUAGES, HAN_READINGS)  # and the Korean or Vietnamese reading of Han names
    if scripts and scripts[0] in ("Cyrl", "Bopo"):
        return LANGUAGES
    return ()


def _validate(query: str, limit: int, lang: str | None, from_lang: str | None) -> str:
    if lang is not None and lang not in LANGUAGE_TAGS and lang not in LANGUAGES:
        raise UnknownLanguageError(
            f"unknown language {lang!r}; use one of: {', '.join(sorted(LANGUAGE_TAGS))}"
        )
    if from_lang is not None and from_lang not in source_languages():
        raise UnknownLanguageError(
            f"unknown source language {from_lang!r}; use one of: {', '.join(sorted(source_languages()))}"
        )
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryTooLongError(f"query is {len(query)} characters; the limit is {MAX_QUERY_LENGTH}")
    text = normalize_query(require_characters(query, "the query"))
    if not text:
        raise InputError("query is empty")
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    return text


def _key_tiers(ranking: Ranking, text: str, langs: tuple[str, ...]) -> list[Key]:
    """Exact, fold and phonetic tiers for the query and its rewritings, then initials and
    name parts; returns the query's own phonological keys."""
    keys = tiers.search(ranking, text, langs)
    other_order = swapped(text)
    # The other name order only when the order as typed found no form: it can add at most the
    # same name read the other way round, and costs as much again.
    if other_order and not ranking.found(Tier.FOLD):
        tiers.search(ranking, other_order, langs, OTHER_ORDER)
    short = query_without_patronymic(text)
    if short and not ranking.found(Tier.FOLD):
        tiers.search(ranking, short, langs, WITHOUT_PATRONYMIC)
    qualified = without_qualifier(text)
    if qualified and not ranking.found(Tier.PHONETIC):
        name, qualifier = qualified
        # A gloss in brackets may name another thing (Siberia (film)): what it finds is no match.
        gloss = ranking.rewriting(f"without {qualifier}") if qualifier.startswith("(") else nullcontext()
        with gloss:
            tiers.search(ranking, name, langs, Variant(f" (the query without {qualifier!r})", persons=False))
    titled = without_title(text)
    if titled and not ranking.found(Tier.PHONETIC):  # a candidate, never a match (阎锡山将军)
        name, title = titled
        with ranking.rewriting(f"without the title {title!r}"):
            tiers.search(ranking, name, langs, Variant(persons=True))
    citation = cited(text)
    if citation and not ranking.found(Tier.PHONETIC):
        tiers.initials(ranking, citation, langs)
    tiers.partial(ranking, [*keys, Key(FOLD, ranking.folded)])
    return keys


def _marks_folded_into_rendering(ranking: Ranking, text: str) -> bool:
    """Every entry found is a generated rendering that the query meets only with its marks
    folded away: then a case form read back may be another entry's glossary form, which
    outranks it (Slovak "Manchúrii", Manchuria in the locative, is not the Hepburn "Manchurii"
    of 満洲里); "Lavrenti Béria" keeps its hit on the French rendering of Beria."""
    if text.isascii():
        return False
    written = unicodedata.normalize("NFC", text).casefold()
    return all(
        offer.rendering is not None and offer.rendering.text.casefold() != written
        for offer in ranking.best.values()
    )


def _dictionary_forms(ranking: Ranking, text: str, langs: tuple[str, ...], keys: list[Key]) -> None:
    """The query with its inflected words read back into a dictionary form the glossary has
    (Красной Армии -> красная армия); what that finds is a candidate, never a match."""
    index = ranking.index

    def known(word: str) -> bool:
        return bool(index.partial_hits(Key(FOLD, word))) or word in index.fold

    # A stem's sound is asked only of a query with one word that long (Hruštšovin, LP Berias):
    # in a longer one, a word read so would hide the words the query shares with a name.
    long_words = [folded for folded in map(index.folded, text.split()) if len(folded) >= MIN_WORD]
    single = len(long_words) == 1
    # The query's keys are read already: a stem cut by n letters is heard when its word's key
    # cut by n sounds is a name word's key (Hruštšovin хрушчовин -> хрушчов), so no stem
    # costs a reading of its own.
    sounds = [(key.namespace, max(key.text.split(), key=len)) for key in keys if key.text.strip()]

    def heard(stem: str) -> bool:
        cut = len(long_words[0]) - len(stem)
        return any(
            index.partial_hits(Key(namespace, word[:-cut]))
            for namespace, word in sounds
            if len(word) - cut >= MIN_WORD - 1
        )

    readings = dictionary_forms(text, known, index.fold.__contains__, heard if single else None)
    _read_back(ranking, readings, langs, single=single)


def _read_back(ranking: Ranking, readings: list[str], langs: tuple[str, ...], *, single: bool) -> None:
    """Offer what ``readings`` of the query find; a one-word query's reading also by its
    keys' name words and shared words (its stem may be a name word in another convention)."""
    index = ranking.index
    whole = [reading for reading in readings if fold(reading) in index.fold]
    # A reading that is a glossary form as folded needs no key; otherwise only the likeliest
    # reading is read by every key (each costs a lookup, and most queries that get here are
    # names the glossary does not have), and the others as name words only.
    for number, reading in enumerate(whole or readings):
        with ranking.rewriting(f"read as {reading!r}"):
            if whole:
                detail = "glossary form, ignoring case, marks, spacing and punctuation"
                for hit in index.fold.get(fold(reading), ()):
                    ranking.offer(hit, Tier.FOLD, detail)
                continue
            keys: list[Key] = []
            if number == 0:
                keys = tiers.search(ranking, reading, langs)
                citation = cited(reading)
                if citation:
                    tiers.initials(ranking, citation, langs)
                if single and not ranking.best:  # the initials beside it (LP Berias)
                    tiers.words(ranking, reading, langs)
            tiers.partial(ranking, [Key(FOLD, fold(reading)), *(keys if single else [])])


def _every_tier(ranking: Ranking, text: str, langs: tuple[str, ...]) -> None:
    keys = _key_tiers(ranking, text, langs)
    # A typo is one edit from a name; only when there is none do case forms and shared words
    # say anything, and similar keys only when nothing does.
    if not ranking.best and fuzzable(text):
        tiers.fuzzy(ranking, [Key(FOLD, ranking.folded), *tiers.fuzzy_probes(keys)])
    # Case forms read back only when no name word and no typo explains the query (Komsomolsk
    # is not an inflected Komsomol; "Roten Armee" is a safe typo of "Rote Armee").
    if not ranking.best:
        _dictionary_forms(ranking, text, langs, keys)
    elif _marks_folded_into_rendering(ranking, text):
        found = dict(ranking.best)  # the entries found keep their own hits; others may contest
        _dictionary_forms(ranking, text, langs, keys)
        ranking.best.update(found)
    # A declined transcribed name is read by its whole key before its words are counted.
    if not ranking.best and "ru" in langs:
        _declined_name(ranking, text)
    if not ranking.best:
        tiers.words(ranking, text, langs)
    # Similar keys also beside shared words: the query may be most of a name whose words are
    # all spelt otherwise (Związku Radzieckiego) while some of them are words of a longer one.
    if _weak(ranking) and fuzzable(text):
        tiers.similar(ranking, ranking.folded, keys)
    if not ranking.best:
        _hyphen_parts(ranking, text, langs)


#: Words of a declined transcribed name read without their endings, and the readings of the
#: whole name looked up in each word order (one table look-up each, most-cut stems first: 32
#: finds what 256 did on the multilingual sets, at a compiled index's cost per look-up).
DECLINED_WORDS = (2, 3)
MAX_DECLINED_READINGS = 32


def _declined_name(ranking: Ranking, text: str) -> None:
    """A Russian name of two or three words transcribed and declined in a Slavic or Baltic
    text (Polish "Kraju Chabarowskiego", Хабаровский край in the genitive, adjective last):
    each word's stems, its case ending cut (as case forms are read back), are read by the
    Russian keys, and the whole name is looked up in either word order. A nominative ending
    needs no guess here: the keys drop what -ий, -ый and -ая add to a stem (Chabarowski and
    Хабаровский have the same key). Candidates only: the endings are guessed."""
    words = text.split()
    if len(words) not in DECLINED_WORDS or ranking.script != "Latn":
        return
    index = ranking.index
    options: list[list[str]] = []
    for word in words:
        folded = index.folded(word)
        if not folded.isalpha():
            return
        stems = [folded]
        if len(folded) >= MIN_WORD:
            least = max(MIN_STEM, -(-2 * len(folded) // 3))
            # Most cut first: a declined word has its ending, and the readings are capped.
            stems[:0] = [folded[:-cut] for cut in range(MAX_CUT, 0, -1) if len(folded) - cut >= least]
        options.append(
            list(dict.fromkeys(key for stem in stems for key in sorted(phonetic_keys(stem, "ru"))))
        )
    if any(not keys for keys in options):
        return
    with ranking.rewriting("read without its case endings"):
        for ordered in (options, options[::-1]):
            for chosen in islice(product(*ordered), MAX_DECLINED_READINGS):
                key = Key("ru", " ".join(chosen))
                for hit in index.phonetic_hits(key)[: tiers.MAX_HITS_PER_KEY]:
                    ranking.offer(
                        hit, Tier.PHONETIC, f"same ru phonological key as {index.term(hit).form}", key=key
                    )


def _hyphen_parts(ranking: Ranking, text: str, langs: tuple[str, ...]) -> None:
    """A query nothing else explains may join a name word to a word of its own language
    (Kuril-szigetek, the Kuril Islands in Hungarian): each part as one word of a name."""
    parts = [part for word in text.split() if "-" in word for part in word.split("-") if part]
    for part in parts:
        with ranking.rewriting(f"its part {part!r}"):
            tiers.partial(ranking, [Key(FOLD, fold(part)), *tiers.query_keys(part, langs)])


#: Lookup answers remembered per index, by (query, lang, from_lang, limit): a service answers
#: the same names again and again (a reconciliation batch re-sent, a page reloaded), and an
#: answer is a pure function of the index and those four.
LOOKUP_MEMO = 4096


def lookup(
    index: Index,
    query: str,
    *,
    lang: str | None = None,
    from_lang: str | None = None,
    limit: int = 10,
) -> LookupResult:
    """Entries matching ``query``, best first; ``match`` is true only for a safe, unique top hit.
    ``lang`` is the language of the name, ``from_lang`` that of the text it was found in.

    Answers are remembered by the index (``index.lookups``): the same four arguments give the
    same (immutable) result object, its ``detected`` computed once."""
    memo = index.lookups
    if memo is None:  # two threads may both make one here: either serves, the other is dropped
        memo = index.lookups = Memo(partial(_search, index), maxsize=LOOKUP_MEMO)
    answer: LookupResult = memo(query, lang, from_lang, limit)
    return answer


def _search(index: Index, query: str, lang: str | None, from_lang: str | None, limit: int) -> LookupResult:
    return search(index, query, lang=lang, from_lang=from_lang, limit=limit)


def search(
    index: Index,
    query: str,
    *,
    lang: str | None = None,
    from_lang: str | None = None,
    limit: int = 10,
) -> LookupResult:
    """:func:`lookup` computed afresh (not remembered); bad input raises as there."""
    text = _validate(query, limit, lang, from_lang)
    ranking = Ranking(index, text, from_lang=from_lang)
    _every_tier(ranking, text, _query_languages(ranking.scripts, lang))
    # A Han name no form explains: read as a Russian name's transcription, failing that by the
    # glossary forms inside it (安东诺夫 is Антонов, not 安东 Dandong and a suffix).
    han = _han_name(text, ranking.scripts)
    if han and _weak(ranking):
        _han_transcription(ranking, han)
    if han and not ranking.best:
        _han_parts(ranking, han)
    script = other_script(text) if _weak(ranking) else None
    # Each Latin reading in turn (an abjad leaves its vowels to guess), until one finds a name
    # by a form, key or edit; failing that, the reading (or the query as written) whose weak
    # candidates score highest.
    weak: Ranking | None = ranking if ranking.best else None
    for latin in latin_readings(text) if script else ():
        if not latin:
            continue
        ranking = Ranking(index, latin, from_lang=from_lang, rewritten=f"transliterated from {script}")
        _every_tier(ranking, latin, _query_languages(ranking.scripts, lang))
        if not _weak(ranking):
            weak = None
            break
        if ranking.best and (weak is None or _top_score(ranking) > _top_score(weak)):
            weak = ranking
    if weak is not None:
        ranking = weak
    return LookupResult(text, _ranked(ranking, lang, limit), from_lang, index.detect)


#: Separators of a Chinese transcription's words (维亚切斯拉夫·莫洛托夫, 約·維·斯大林).
_HAN_NAME_DOTS = str.maketrans(dict.fromkeys("·・•‧", " "))


#: Initials in Latin or Cyrillic letters before a Han name (А.И.安东诺夫).
_LEADING_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.\s*)+(?=\S)")


def _han_name(text: str, scripts: tuple[str, ...]) -> str | None:
    """The Han name of a query in Han only, or in Han after initials in another script
    (А.И.安东诺夫, as Chinese texts cite Russian authors: the initials say nothing of the
    name's sound); None for any other query."""
    if scripts == ("Hani",):
        return text
    bare = _LEADING_INITIALS.sub("", text)
    return bare if bare != text and scripts_of(bare) == ("Hani",) else None


def _han_parts(ranking: Ranking, text: str) -> None:
    """A Han query nothing explains may be a glossary form with words of its own beside it (a
    country before it, 中国国民政府; a part after it, 萨哈林岛南部): the longest runs of its
    characters that are glossary forms, of half the query and two characters at least.
    Candidates only: the words around may make it another thing."""
    index = ranking.index
    chars = "".join(text.translate(_HAN_NAME_DOTS).split())
    for length in range(len(chars) - 1, max(2, -(-len(chars) // 2)) - 1, -1):
        parts = dict.fromkeys(chars[start : start + length] for start in range(len(chars) - length + 1))
        hits = [(part, hit) for part in parts for hit in index.fold.get(index.folded(part), ())]
        if hits:
            for part, hit in hits:
                with ranking.rewriting(f"its part {part!r}"):
                    ranking.offer(hit, Tier.PARTIAL, f"glossary form {part!r} inside the query")
            return


def _han_transcription(ranking: Ranking, text: str) -> None:
    """A Han query that no form of its own explains may be a Chinese transcription of a Russian
    name (莫洛托夫): read by the Russian keys, which hold each Russian form's Xinhua spelling
    by sound (romanize/ru/systems/ru-zh.toml), whole and word by word, a trailing title off
    (马利诺夫斯基元帅). Candidates only: a sound key over a few syllables is a guess."""
    titled = without_title(text)
    names = [text, *([titled[0]] if titled else [])]
    with ranking.rewriting("read as a Chinese transcription of a Russian name"):
        for name in names:
            words = name.translate(_HAN_NAME_DOTS).split()
            keys = tiers.search(ranking, " ".join(words), ("ru",))
            if not ranking.found(Tier.PHONETIC):
                tiers.partial(ranking, [*keys, *(k for w in words for k in tiers.query_keys(w, ("ru",)))])


#: Tiers that find candidates by shared words or letters only: a transliteration that finds
#: nothing better is tried in its other readings too.
WEAK_TIERS = frozenset({Tier.WORDS, Tier.SIMILAR})


def _weak(ranking: Ranking) -> bool:
    """Nothing found, or only by shared words or letters."""
    return all(offer.tier in WEAK_TIERS for offer in ranking.best.values())


def _top_score(ranking: Ranking) -> int:
    return max(offer.score for offer in ranking.best.values())


def _ranked(ranking: Ranking, lang: str | None, limit: int) -> tuple[Candidate, ...]:
    hint = lang.split("-")[0] if lang else None
    labels = ranking.index.labels

    def order(offer: Offer) -> tuple[int, bool, int, bool, int, bool, int, str]:
        hinted = 0 if hint and ranking.lang(offer).split("-")[0] == hint else 1
        from_hint = not ranking.hinted(offer)
        label = labels[offer.hit.entry]
        # Reviewed entries before dictionary data of the same score; of names the query is
        # one word of, the one of fewest words first ("Kuril" is likelier the Kuril Islands
        # than the Japanese evacuation of Karafuto and the Kuril Islands).
        words = len(label.split()) if offer.tier in (Tier.PARTIAL, Tier.WORDS) else 0
        return (-offer.score, offer.dictionary, offer.tier, offer.generated, hinted, from_hint, words, label)

    keyed = sorted(((order(offer), offer) for offer in ranking.best.values()), key=lambda pair: pair[0])
    ranked = _by_standing([offer for _, offer in keyed], [key[:-1] for key, _ in keyed], ranking, limit)
    if not ranked:
        return ()
    top_entry = ranking.index.glossary.entries[ranked[0].hit.entry]
    match = not is_ambiguous(ranked[0], ranked[1:], ranking.query) and not other_tones(
        top_entry, ranking.query
    )
    first = ranking.candidate(ranked[0], match=match)
    return (first, *(ranking.candidate(offer) for offer in ranked[1:limit]))


def _by_standing(
    ranked: list[Offer], ties: list[tuple[object, ...]], ranking: Ranking, limit: int
) -> list[Offer]:
    """``ranked`` with each form that several tied entries hold (de "Rote Armee": the Soviet
    Red Army's preferred translation, a short form of Mao's army) given first to the entry it
    names most firmly (:func:`~termbase.lookup.ranking.standing`), then by label as before.
    Only offers that tie (``ties``: their ranking order without the label) and meet the same
    form trade places: a term's status says nothing about an entry met by another form.
    Ties that begin past the first ``limit`` are left as they are: no place they could trade
    is returned, and the ``match`` rules read the offers below the top in any order."""
    index = ranking.index

    def form(offer: Offer) -> str:
        return index.folded(offer.rendering.text if offer.rendering else index.term(offer.hit).form)

    start = 0
    for end in range(1, len(ranked) + 1):
        if start >= limit:
            break
        if end < len(ranked) and ties[end] == ties[start]:
            continue
        if end - start > 1:
            shared: dict[str, list[int]] = {}
            for position in range(start, end):
                shared.setdefault(form(ranked[position]), []).append(position)
            for positions in shared.values():
                # sorted() is stable: entries of equal standing keep their label order
                firm = sorted((ranked[p] for p in positions), key=lambda offer: offer.standing)
                for position, offer in zip(positions, firm, strict=True):
                    ranked[position] = offer
        start = end
    return ranked
