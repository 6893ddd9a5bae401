"""Names the gazetteer scan missed but lookup accepts: a second pass over the name-like runs.

The gazetteer matches exact folds of glossary spellings (:mod:`termbase.editor.scan`). Real texts
also write names in variants that lookup accepts with confidence (``match``): another
transcription's phonetic key (Wassili Tschernyschow, Kasachstan), a typo inside a long name
(Yamado Otozoo, Manchourie), initials, a qualifier. Each run of name-like words outside a
glossary mention (:func:`termbase.editor.unknown.name_runs`: capitalised, at least one word not
English, with up to two lowercase words before it: armée de Kwantung) is looked up, longest
window first; a window whose top result is a ``match`` becomes a
mention of that entry, recognised by lookup (its ``how`` is ``lookup-`` and the tier). Windows of
English words only and single words of fewer than four letters are not looked up, so English
words are still never flagged; lookup's own rules keep name parts, shared words and sound-alike
acronyms from being accepted.

A name whose last word is a generic noun of the text's language (Kuril Adaları, Kwantung
Ordusu), or one word with such a noun glued on (Kwantungarméns), is looked up with the English
noun when not found as written (:data:`GENERIC_WORDS`, :data:`COMPOUND_WORDS`).

Lookup's ``similar`` tier (shared letter sequences) is kept for a name that is like the form it
met word for word (:func:`_similar_name`: Гоминтанг, Съветския съюз). Two runs joined by one
link word (Armatei din Kwantung), and a Cyrillic run with the lowercase word after it (Bulgarian
Съветския съюз), are looked up as one name first.

Two more passes use what the text itself shows:

- **Region word first** (Krai Chabarowsk, Krai Primorsky, Krai de Krasnoyarsk): German, Italian
  and Spanish pages put the region word before the name; the window is looked up in the glossary's order
  (Chabarowsk Krai) and kept when lookup matches a place. It replaces what the scan found
  inside it (the city of Khabarovsk is not Khabarovsk Krai).
- **Soviet republics** (ASSR Buryat-Mongolia, Burjatsko-mongolské ASSR, RSS d'Ouzbek): a
  designation (ASSR, SSR; French RSS) beside a name, in either order, is looked up as "name
  designation" and kept when lookup's best answer is a place one of whose forms has the same designation
  and a name that opens with the same letters (:func:`_opening`): the designation says what the
  words name, the opening which republic. It replaces what the scan found inside it (Mongolei).
- **Name parts** (Nosaka after Nosaka Sanzō, Mao after Mao Zedong): a capitalised word standing
  alone (no other capitalised word beside it) that is a word of a person's name the text
  writes in full and links, and of no other person linked in the text, is a mention of that
  person (``via`` ``name-part``); so is such a word with the genitive -s, whatever follows it
  (Maos Rotarmisten, Chiangs Regime). A surname alone that the text never writes in full is
  not linked (Yamamoto may be any Yamamoto) — unless a military rank stands just before it
  (maréchal Malinovski, général Okamura, маршалу Василевскому): lookup's partial answer for the
  word (or its case form read back) is then kept when it is one person's, and no other entry as
  near (``via`` ``name-part`` too). The ranks, per language, are :data:`RANKS`. So is a surname
  standing alone in a list of two or more persons' family names (Берии, Булганина и Антонова):
  the list says they are persons (:func:`listed_surnames`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import suppress
from difflib import SequenceMatcher
from itertools import pairwise

from termbase.editor.english import is_english
from termbase.editor.gazetteer import Gazetteer, Surface
from termbase.editor.scan import NAME_PART, Window, in_compound, opens_sentence
from termbase.editor.text import Document, Token, spelling, text_key
from termbase.editor.unknown import MIN_SINGLE, name_runs
from termbase.errors import InputError
from termbase.lookup import Index, lookup
from termbase.lookup.ranking import Candidate, Tier
from termbase.model import Entry, Kind
from termbase.romanize import fold
from termbase.scripts import script_of

#: Lowercase words (not English) before a capitalised run that may begin the name.
LEAD = 2
#: A French or Italian article elided onto a lowercase word (l'armée, d'armata).
_ELIDED = re.compile(r"^(?:[ldn]|dell|nell|all|sull)['’ʼ](?=[a-zà-ÿ])")
#: Lookup answers kept for later checks of the same glossary.
MEMO_SIZE = 50_000
#: Words for a region that some languages write before its name (folded).
REGION_WORDS = frozenset({"krai", "kray", "oblast", "oblast'"})
#: Endings of a region's adjective name (Primorsky, Zabaikalsky, Altaisky; folded): alone, it
#: names no city, unlike the noun of Irkutsk Oblast or Krasnoyarsk Krai.
REGION_ADJECTIVES = ("sky", "ski", "skiy", "skii", "skij", "skaya", "skaja")
#: A word that may join the region word to the name (Krai de Krasnoyarsk, Krai di Khabarovsk).
REGION_LINKS = frozenset({"de", "di", "du"})
#: Generic nouns (folded) that Turkish, Hungarian and Finnish write after a name whose English
#: form ends in the English noun (Kuril Adaları, Kwantung Ordusu; Kuril-szigetek; Kwantung-
#: armeija): the name is looked up with the English noun when it is not found as written.
#: From the languages' dictionaries (TDK Güncel Türkçe Sözlük: ordu, ada; Magyar értelmező
#: kéziszótár: hadsereg, sziget; Kielitoimiston sanakirja: armeija, saari), with the case and
#: possessive forms these texts write.
_ARMY = ("ordu", "ordusu", "hadsereg", "hadsereget", "hadseregbol", "armeija", "armeijan")
_ISLANDS = ("adaları", "adalar", "szigetek", "szigeteken", "saaret", "saarilla", "saarten")
#: The same noun in the Slavic languages, which write it after a name's adjective (Kwantungská
#: armáda) or before the name itself (japonskú armádu Kwantung), with its case forms (Krátky
#: slovník slovenského jazyka and Slovník spisovného jazyka českého: armáda; Słownik języka
#: polskiego PWN: armia; folded: armię -> armie).
_SLAVIC_ARMY = (
    *("armada", "armady", "armadu", "armadou", "armade"),
    *("armia", "armii", "armie"),
)
GENERIC_WORDS = {
    **dict.fromkeys((*_ARMY, *_SLAVIC_ARMY), "Army"),
    **dict.fromkeys(_ISLANDS, "Islands"),
}
#: Generic nouns (folded) a language writes before the name they make a longer name of, without
#: a link word (armádu Kwantung, armii Kwantung; not "armée du Kwantung": :data:`NAME_LINKS`).
GENERIC_BEFORE = {word: GENERIC_WORDS[word] for word in _SLAVIC_ARMY}
#: Endings (folded) of a Czech, Slovak or Polish adjective made from a name (Kwantungská,
#: Kwantungskej; the grammars above: the suffix -ský/-ski and its case forms), cut off when
#: the name is looked up with the generic noun after it in English.
NAME_ADJECTIVES = (
    *("skeho", "skemu", "skych", "skej", "skou", "sky", "ska", "ske", "sku"),
    *("skiej", "skim", "ski", "skie"),
)
#: Generic nouns (folded) that Swedish, Danish and Norwegian glue after a name, with their
#: definite and genitive endings (Kwantungarméns, Kuriløyene, Kurilöarna; Svenska Akademiens
#: ordbok: armé, ö; Den Danske Ordbog: hær, ø; Bokmålsordboka: hær, øy), longest first.
COMPOUND_WORDS = {
    **dict.fromkeys(("armens", "armen", "hærens", "hæren"), "Army"),
    **dict.fromkeys(("oarnas", "oarna", "øyenes", "øyene", "øernes", "øerne"), "Islands"),
}
#: Shortest name left when a glued generic noun is cut off (Kwantung-; not Ar- of Armen).
MIN_COMPOUND_STEM = 4
#: Lowercase words that join two capitalised parts of one name (Armata din Kwantung, Armée du
#: Kwantung, Ejército de Kwantung): a run, the word and the next run are looked up as one.
NAME_LINKS = frozenset({"din", "del", "de", "di", "du", "da", "do", "dos", "das", "von", "van"})
#: The Latin genitive a name part may carry (Maos, Chiangs).
GENITIVE = "s"
#: Shortest name part linked alone (Mao; not Pu, not Yi).
MIN_PART = 3
#: What lookup's ``via`` says of a query whose case forms it read back (lookup.search).
READ_AS = "read as "
#: Longest word of a name written in Russian syllables (Пу И).
SYLLABLE = 2
#: Designations of a Soviet republic (folded) and the form glossaries write them in.
DESIGNATIONS = {
    **{"assr": "ASSR", "ssr": "SSR", "rss": "SSR", "rssa": "ASSR"},
    # Turkish (Özerk) Sovyet Sosyalist Cumhuriyeti, Hungarian (Autonóm) Szovjet Szocialista
    # Köztársaság: Buryat-Moğol ÖSSC, burját-mongol SZSZK.
    **{"ossc": "ASSR", "ssc": "SSR", "szszk": "SSR", "aszszk": "ASSR"},
}
#: A word that may join a designation to the name after it (RSS d'Ouzbek, RSS de Kirghizie).
_DESIGNATION_LINK = re.compile(r"^\s+(?:(?:de|di|du)\s+|d['’])?$")
#: Letters of a republic's name compared with the glossary's (Burjatsko, Buryat: bur).
OPENING = 3
#: Origins whose names put the family name first (Okamura Yasuji); others put it last.
FAMILY_FIRST = frozenset({"ja", "zh", "ko"})
#: The case form lookup read a word back to (its ``via``: "partial, read as 'булганин'").
_READ = re.compile(r"read as '([^']+)'")
#: What joins the surnames of a list (Берии, Булганина и Антонова; Stalin, Molotov and Beria).
_LIST_JOIN = re.compile(r"^\s*(?:,\s*)?(?:(?:и|и\s+|and|et|und|i|a|e|y|or|oder|ou)\s+)?$")
#: Military ranks (folded) before a surname standing alone: en, fr, it, es/pt, de, nl, cs, pl,
#: and Russian with its case forms (маршала, генералу).
RANKS = frozenset(
    {
        *("marshal", "general", "admiral", "colonel", "lieutenant-general", "major-general"),
        *("marechal", "amiral", "maresciallo", "generale", "ammiraglio", "colonnello", "mariscal"),
        *("almirante", "coronel", "marschall", "generaloberst", "oberst", "maarschalk", "generaal"),
        *("admiraal", "kolonel", "marsal", "admiral", "plukovnik", "marszalek", "pulkownik"),
        *(f"{rank}{end}" for rank in ("маршал", "генерал", "адмирал") for end in ("", "а", "у", "ом", "е")),
    }
)
#: Lookup tiers at which a case form read back is a mention, per script: in Latin only with
#: initials (A.I. Antonova, a Czech genitive; a Latin word alone read back may be another word).
_INITIALS = re.compile(r"(?:\w\.)+")
_READ_BACK_TIERS = {"Cyrl": (Tier.EXACT, Tier.FOLD, Tier.INITIALS), "Latn": (Tier.INITIALS,)}


def _worth_looking_up(tokens: list[Token]) -> bool:
    words = [t.text for t in tokens if t.script != "Zyyy"]
    if not words or all(is_english(w) for w in words):
        return False
    return len(words) > 1 or len(words[0]) >= MIN_SINGLE


def _surface(gazetteer: Gazetteer, top: Candidate) -> Surface:
    """The gazetteer's surface for the form lookup matched, or that term as a surface."""
    position = gazetteer.position(top.entry.id)
    found = [s for s in gazetteer.full.get(text_key(top.matched.form), ()) if s.entry == position]
    if found:
        return min(found, key=lambda s: not s.how.startswith("term"))
    term = next((i for i, t in enumerate(top.entry.terms) if t.form == top.matched.form), 0)
    return Surface(position, term, top.matched.form, "term", top.matched.system, top.matched.lang)


def _lead(doc: Document, first: Token, covered: set[int]) -> list[Token]:
    """Up to ``LEAD`` lowercase Latin words that are not English just before a run, in the same
    sentence: the start of a name whose first words are not capitalised (armée de Kwantung)."""
    lead: list[Token] = []
    position = doc.token_at(first.start)
    following = first
    for k in range(position - 1, max(-1, position - 1 - LEAD), -1):
        token = doc.tokens[k]
        if token.script != "Latn" or not token.text.islower() or token.start in covered:
            break
        if token not in doc.neighbours(following.start, following.end):
            break
        elided = _ELIDED.match(token.text)
        if elided:  # l'armée de Kwantung: the name begins after the article
            cut = elided.end()
            token = Token(token.start + cut, token.end, token.text[cut:], text_key(token.text[cut:]))
        if is_english(token.text):
            break
        lead.insert(0, token)
        if elided:
            break
        following = token
    return lead


def _plausible(top: Candidate) -> bool:
    """A phonetic match read in the language of the form it met, or of an English form: a
    Vietnamese exonym keyed as Russian is no evidence (Chan is not Quốc tế Cộng sản)."""
    key = top.matched.key or ""
    lang = key.split(":", 1)[0]
    if top.matched.via != "phonetic" or lang == key:
        return True
    return top.matched.lang.split("-")[0] in ("en", lang)


def _read_back(text: str, results: tuple[Candidate, ...]) -> bool:
    """A Cyrillic case form that lookup read back to a glossary spelling exactly, by its fold or
    with initials (А. М. Василевского; in Latin with initials only: A.I. Antonova), and no
    other entry as near: lookup offers it as a candidate only (a query alone may be a guess); in
    a text, the scan already took the longer names, so the reading is the name's (Внутренней
    Монголии never reaches here as Монголии)."""
    top = results[0]
    script = script_of(text[:1])
    if script not in _READ_BACK_TIERS or READ_AS not in top.matched.via:
        return False
    if top.tier not in _READ_BACK_TIERS[script]:
        return False
    if script == "Latn" and not all(_INITIALS.fullmatch(word) for word in text.split()[:-1]):
        return False  # initials, then the surname: not "A.I. Antonova V.M. Molotov" as Antonov
    return len(results) < 2 or results[1].tier > top.tier


def _region_alone(text: str, results: tuple[Candidate, ...]) -> bool:
    """A region's adjective name without its region word (Primorsky of Primorsky Krai: "na území
    Primorsky", "Gebiete Primorsky"), which lookup holds back as partial: kept when the form is
    that one word and a region word, the word an adjective (a noun alone, Irkutsk, is the
    city), and no entry is as near."""
    top = results[0]
    if top.tier is not Tier.PARTIAL or top.entry.kind is not Kind.PLACE or len(text.split()) != 1:
        return False
    words = top.matched.form.split()
    rest = [w for w in words if text_key(w) not in REGION_WORDS]
    if len(words) != 2 or len(rest) != 1 or text_key(rest[0]) != text_key(text):
        return False
    if not text_key(text).endswith(REGION_ADJECTIVES):
        return False  # Irkutsk alone is the city, not Irkutsk Oblast
    return len(results) < 2 or results[1].tier > top.tier


def _person_by_sound(text: str, results: tuple[Candidate, ...]) -> bool:
    """A person's whole name, family and given, that only a phonetic key meets, and no other
    entry as near (Mao Tsé-toung, Tschiang Kai-schek): lookup holds such an answer back when
    the spelling fits a system that writes the name otherwise (a query alone may be another
    word); a capitalised name of several words in running text is the person's."""
    top = results[0]
    if top.tier is not Tier.PHONETIC or top.entry.kind is not Kind.PERSON or "," in top.matched.via:
        return False
    words = text.replace("-", " ").split()
    if len(words) < 2 or not all(w[:1].isupper() for w in text.split()):
        return False
    return len(results) < 2 or results[1].tier > top.tier


#: Least similarity (per cent, lookup's ``similar`` tier) at which a name of another
#: transcription or language is read as the glossary's (Гоминтанг of Куоминтанг 84 %,
#: Съветския съюз of Советский Союз).
MIN_SIMILAR = 80
_SIMILARITY = re.compile(r"^(\d+) % similar")
#: Least likeness of each word to the form's word in its place (:func:`_words_alike`): a
#: transcription changes letters of every word, another name changes a whole word (Chinese Red
#: Cross Society is not the Japanese one, 0.53; Iwasaki Shoten not Iwanami Shoten, 0.71).
MIN_WORD_LIKENESS = 0.74
#: Words this short may differ whole (din / del, de / du): articles and prepositions.
SHORT_WORD = 3


def _similar_name(text: str, results: tuple[Candidate, ...]) -> bool:
    """A name lookup finds only by shared letter sequences (another language's transcription,
    a case form: Гоминтанг, Съветския съюз, Armatei din Kwantung), kept when it is no person's
    (a similar surname is another person), the similarity is at least :data:`MIN_SIMILAR`, the
    text has as many words as the form it met, each like the form's word in its place, and opens
    with a capital, a Latin one has several words (one Latin word may be another word of the
    language), a word alone is at most one letter longer than the form (Куоминтаншка is the
    Kuomintang's adjective), and no other entry is as near."""
    top = results[0]
    if top.tier is not Tier.SIMILAR or top.entry.kind is Kind.PERSON:
        return False
    similarity = _SIMILARITY.match(top.matched.detail)
    if similarity is None or int(similarity.group(1)) < MIN_SIMILAR:
        return False
    words = text.split()
    if len(words) != len(top.matched.form.split()) or not text[:1].isupper():
        return False
    if len(words) == 1 and (script_of(text[:1]) == "Latn" or len(text) > len(top.matched.form) + 1):
        return False  # a word longer than the form is a derivative (Куоминтаншка, an adjective)
    if not _words_alike(words, top.matched.form.split()):
        return False
    return len(results) < 2 or results[1].entry.id == top.entry.id or results[1].score < top.score


def _words_alike(words: list[str], form: list[str]) -> bool:
    """Whether each word is like the form's word in its place (a short word may differ)."""
    for word, other in zip(words, form, strict=True):
        a, b = text_key(word), text_key(other)
        if max(len(a), len(b)) <= SHORT_WORD:
            continue
        if SequenceMatcher(None, a, b).ratio() < MIN_WORD_LIKENESS:
            return False
    return True


def _tier(top: Candidate) -> str:
    """The lookup tier a mention is recognised by (``phonetic``; ``initials`` of "initials,
    read as ...")."""
    return top.matched.via.split(",", 1)[0].strip()


class _Looker:
    """Lookups of one check, each text asked once; the answers are kept in ``memo`` (bounded),
    which the gazetteer lends so that a service's later checks do not ask again."""

    def __init__(self, index: Index, memo: dict[str, Candidate | None]) -> None:
        self.index = index
        self.memo = memo

    def match(self, text: str) -> Candidate | None:
        if text in self.memo:
            return self.memo[text]
        try:
            results = lookup(self.index, text, limit=2).results
        except InputError:
            results = ()
        confident = bool(results) and (
            results[0].match
            or _read_back(text, results)
            or _person_by_sound(text, results)
            or _region_alone(text, results)
            or _similar_name(text, results)
        )
        top = results[0] if confident and _plausible(results[0]) else None
        if len(self.memo) >= MEMO_SIZE:
            with suppress(RuntimeError, KeyError, StopIteration):  # another thread evicted first
                self.memo.pop(next(iter(self.memo)))
        self.memo[text] = top
        return top

    def near(self, text: str) -> Candidate | None:
        """Lookup's best answer for ``text`` at any tier (the caller decides), asked once."""
        key = f"near:{text}"
        if key not in self.memo:
            try:
                results = lookup(self.index, text, limit=1).results
            except InputError:
                results = ()
            self.memo[key] = results[0] if results else None
        return self.memo[key]

    def surname(self, text: str, *, family: bool) -> Candidate | None:
        """The person whose surname ``text`` is (:func:`_surname`), asked of lookup once."""
        key = f"surname:{family}:{text}"
        if key not in self.memo:
            try:
                results = lookup(self.index, text, limit=2).results
            except InputError:
                results = ()
            self.memo[key] = _surname(text, results, family)
        return self.memo[key]


def _surname(word: str, results: tuple[Candidate, ...], family: bool) -> Candidate | None:
    """Lookup's answer for one word when it is a part of one person's name (partial, or a case
    form of it read back: Булганина) and no other entry is as near; with ``family``, only the
    family name of the form lookup met (a given name, Kirill, is not)."""
    if not results:
        return None
    top = results[0]
    if top.entry.kind is not Kind.PERSON or top.tier not in (Tier.PARTIAL, *_READ_BACK_TIERS["Cyrl"]):
        return None
    words = top.matched.form.split()
    surname = words[0] if top.entry.origin in FAMILY_FIRST else words[-1]
    read = _READ.search(top.matched.via)
    if family and text_key(surname) not in (text_key(word), text_key(read.group(1)) if read else None):
        return None
    return top if len(results) < 2 or results[1].tier > top.tier else None


def _spans(size: int, lead: int) -> Iterator[tuple[int, int]]:
    """Windows of a run of ``size`` tokens whose first ``lead`` are lowercase: the whole run, then
    shorter from the left (dropping leading words), then from the right, then single words —
    each including a capitalised token."""
    seen: set[tuple[int, int]] = set()
    for width in range(size, 0, -1):
        for start in (size - width, 0, *range(1, size - width)):
            window = (start, start + width)
            if window[1] > lead and window not in seen:
                seen.add(window)
                yield window


def looked_up(
    doc: Document, gazetteer: Gazetteer, index: Index, glossary_spans: Iterable[tuple[int, int]]
) -> Iterator[Window]:
    """Mentions lookup accepts among the name-like runs outside ``glossary_spans``, in text order."""
    looker = _Looker(index, gazetteer.lookups)
    spans = list(glossary_spans)
    covered = {offset for start, end in spans for offset in range(start, end)}
    runs = name_runs(doc, spans)
    joined: set[int] = set()
    found: list[Window] = []
    for k, (before, after) in enumerate(pairwise(runs)):
        link = _link_between(doc, before, after)
        if link is None or k in joined:
            continue
        tokens = [*before, link, *after]
        start, end = tokens[0].start, tokens[-1].end
        top = looker.match(spelling(doc.text[start:end]))
        if top is not None:
            joined |= {k, k + 1}
            surfaces = (_surface(gazetteer, top),)
            found.append(Window(start, end, doc.text[start:end], tuple(tokens), surfaces, _tier(top)))
    for k, found_run in enumerate(runs):
        following = _lowercase_after(doc, found_run, covered)
        if k not in joined and following is not None:
            tokens = [*found_run, following]
            start, end = tokens[0].start, tokens[-1].end
            top = looker.match(spelling(doc.text[start:end]))
            if top is not None:
                joined.add(k)
                surfaces = (_surface(gazetteer, top),)
                found.append(Window(start, end, doc.text[start:end], tuple(tokens), surfaces, _tier(top)))
        generic = None if k in joined else _generic_beside(doc, found_run, covered)
        if generic is not None:
            window = _generic_window(doc, gazetteer, looker, generic)
            if window is not None:
                joined.add(k)
                found.append(window)
        if k not in joined:
            lead = _lead(doc, found_run[0], covered)
            found.extend(_matches(doc, gazetteer, looker, [*lead, *found_run], len(lead)))
    yield from sorted(found, key=lambda w: w.start)
    for syllables in _syllable_runs(doc, covered):
        yield from _matches(doc, gazetteer, looker, syllables, 0)


def _generic_in_english(tokens: list[Token]) -> str | None:
    """The name with its last word, a generic noun of :data:`GENERIC_WORDS`, in English (Kuril
    Adaları -> Kuril Islands, Kwantung Ordusu -> Kwantung Army), or one capitalised word
    ending in a noun of :data:`COMPOUND_WORDS` split (Kwantungarméns -> Kwantung Army); or None."""
    last = tokens[-1]
    english = GENERIC_WORDS.get(last.key)
    if english is not None and len(tokens) > 1:
        return " ".join([*(t.text for t in tokens[:-2]), _adjective_stem(tokens[-2]), english])
    english = GENERIC_BEFORE.get(tokens[0].key)
    if english is not None and len(tokens) > 1 and tokens[0].text.islower():
        return " ".join([*(t.text for t in tokens[1:]), english])
    if len(tokens) > 1 or not last.text[:1].isupper():
        return None
    for ending, english in COMPOUND_WORDS.items():
        stem = last.key[: -len(ending)]
        if last.key.endswith(ending) and len(stem) >= MIN_COMPOUND_STEM:
            cut = next((i for i in range(len(last.text), 0, -1) if fold(last.text[:i]) == stem), None)
            return None if cut is None else f"{last.text[:cut]} {english}"
    return None


def _adjective_stem(token: Token) -> str:
    """The name a capitalised Slavic adjective is made from (Kwantungská -> Kwantung), or the
    word as written."""
    if token.text[:1].isupper():
        for ending in NAME_ADJECTIVES:
            stem = token.key[: -len(ending)]
            if token.key.endswith(ending) and len(stem) >= MIN_COMPOUND_STEM:
                cut = next((i for i in range(len(token.text), 0, -1) if fold(token.text[:i]) == stem), None)
                if cut is not None:
                    return token.text[:cut]
    return token.text


def _generic_beside(doc: Document, run: list[Token], covered: set[int]) -> list[Token] | None:
    """The run with the lowercase generic noun of :data:`GENERIC_WORDS` just after it or of
    :data:`GENERIC_BEFORE` just before it, a space apart (Kwantung hadsereg, Kwantungská
    armáda, armádu Kwantung), or None."""
    tokens = doc.tokens
    k = doc.token_at(run[0].start)
    after = doc.token_at(run[-1].start) + 1
    if after < len(tokens) and _generic_word(doc, run[-1], tokens[after], covered, GENERIC_WORDS):
        return [*run, tokens[after]]
    # One lowercase adjective between (Kwantung birodalmi hadseregből: the imperial army).
    between = tokens[after] if after < len(tokens) else None
    if (
        between is not None
        and after + 1 < len(tokens)
        and between.script == "Latn"
        and between.text.islower()
        and not is_english(between.text)
        and doc.masked[run[-1].end : between.start].isspace()
        and _generic_word(doc, between, tokens[after + 1], covered, GENERIC_WORDS)
    ):
        return [*run, between, tokens[after + 1]]  # the adjective is left out of the lookup
    if k > 0 and _generic_word(doc, tokens[k - 1], run[0], covered, GENERIC_BEFORE):
        return [tokens[k - 1], *run]
    return None


def _generic_word(doc: Document, a: Token, b: Token, covered: set[int], words: dict[str, str]) -> bool:
    word = b if words is GENERIC_WORDS else a
    return (
        word.script == "Latn"
        and word.text.islower()
        and word.key in words
        and word.start not in covered
        and doc.masked[a.end : b.start].isspace()
    )


def _link_between(doc: Document, before: list[Token], after: list[Token]) -> Token | None:
    """The one lowercase word of :data:`NAME_LINKS` between two Latin runs, spaces apart
    (Armatei din Kwantung), or None."""
    tokens = doc.tokens
    k = doc.token_at(before[-1].start) + 1
    if k + 1 >= len(tokens) or tokens[k + 1] is not after[0] or before[-1].script != "Latn":
        return None
    link = tokens[k]
    spaces = doc.masked[before[-1].end : link.start] + doc.masked[link.end : after[0].start]
    return link if link.text in NAME_LINKS and spaces.isspace() else None


def _lowercase_after(doc: Document, run: list[Token], covered: set[int]) -> Token | None:
    """The lowercase Cyrillic word just after a Cyrillic run, a space apart: the second word of a
    name Bulgarian, Ukrainian or Belarusian writes in lowercase (Съветския съюз, Радянський
    союз), looked up with the run as one name; or None."""
    tokens = doc.tokens
    k = doc.token_at(run[-1].start) + 1
    if run[-1].script != "Cyrl" or k >= len(tokens):
        return None
    word = tokens[k]
    if word.script != "Cyrl" or not word.text.islower() or word.start in covered:
        return None
    return word if doc.masked[run[-1].end : word.start].isspace() else None


def _syllable_runs(doc: Document, covered: set[int]) -> Iterator[list[Token]]:
    """Runs of two or three capitalised Cyrillic words of one or two letters (Пу И, Ли Бо): a
    Chinese name in Russian syllables, which the runs of name-like words leave out."""
    run: list[Token] = []
    for token in [*doc.tokens, None]:
        short = (
            token is not None
            and token.script == "Cyrl"
            and len(token.text) <= SYLLABLE
            and token.text[:1].isupper()
            and token.start not in covered
        )
        if short and token is not None and (not run or _spaced(doc, run[-1], token)):
            run.append(token)
            continue
        if 2 <= len(run) <= 3:
            yield run
        run = [token] if short and token is not None else []


def _matches(
    doc: Document, gazetteer: Gazetteer, looker: _Looker, run: list[Token], lead: int
) -> Iterator[Window]:
    """The windows of ``run`` lookup accepts, not overlapping, longest first."""
    taken: list[tuple[int, int]] = []
    found: list[Window] = []
    for i, j in _spans(len(run), lead):
        tokens = run[i:j]
        if any(i < b and a < j for a, b in taken) or not _worth_looking_up(tokens):
            continue
        if i > lead and len(run[i - 1].text) == 1:  # S. N. Khrushchev is not N. Khrushchev
            continue
        start, end = tokens[0].start, tokens[-1].end
        top = looker.match(spelling(doc.text[start:end]))
        generic = _generic_in_english(tokens)
        if top is None and generic is not None:
            top = looker.match(generic)
        if top is not None:
            surfaces = (_surface(gazetteer, top),)
            window = Window(start, end, doc.text[start:end], tuple(tokens), surfaces, _tier(top))
            if in_compound(window, doc, gazetteer):
                continue
            taken.append((i, j))
            found.append(window)
    yield from sorted(found, key=lambda w: w.start)


def _generic_window(
    doc: Document, gazetteer: Gazetteer, looker: _Looker, tokens: list[Token]
) -> Window | None:
    """The window of a name and its generic noun when lookup matches it with the noun in
    English (Kwantung hadsereg -> Kwantung Army), or None."""
    # A lowercase adjective between the name and the noun is left out (Kwantung birodalmi
    # hadseregből is looked up as Kwantung Army).
    named = [t for k, t in enumerate(tokens) if not (0 < k == len(tokens) - 2 and t.text.islower())]
    generic = _generic_in_english(named)
    top = None if generic is None else looker.match(generic)
    if top is None:
        return None
    start, end = tokens[0].start, tokens[-1].end
    surfaces = (_surface(gazetteer, top),)
    window = Window(start, end, doc.text[start:end], tuple(tokens), surfaces, _tier(top))
    return None if in_compound(window, doc, gazetteer) else window


def region_first(doc: Document, gazetteer: Gazetteer, index: Index) -> Iterator[Window]:
    """Windows "Krai Name" that lookup matches, as a place, in the order "Name Krai"."""
    looker = _Looker(index, gazetteer.lookups)
    tokens = doc.tokens
    for k, word in enumerate(tokens[:-1]):
        if word.key not in REGION_WORDS or not word.text[:1].isupper():
            continue
        between = tokens[k + 1 : k + 2] if tokens[k + 1].key in REGION_LINKS else []
        if k + 1 + len(between) >= len(tokens):
            continue
        name = tokens[k + 1 + len(between)]
        words = [word, *between, name]
        if not name.text[:1].isupper() or not all(_spaced(doc, a, b) for a, b in pairwise(words)):
            continue
        top = looker.match(f"{name.text} {word.text}")
        if top is not None and top.entry.kind is Kind.PLACE:
            start, end = word.start, name.end
            surfaces = (_surface(gazetteer, top),)
            yield Window(start, end, doc.text[start:end], tuple(words), surfaces, _tier(top))


def name_parts(doc: Document, gazetteer: Gazetteer, windows: Iterable[Window]) -> Iterator[Window]:
    """Words standing alone that are a part of one person's name linked in full (module doc)."""
    windows = list(windows)
    parts: dict[str, Surface | None] = {}
    for window in windows:
        surface = window.surfaces[0]
        for token in _parts(gazetteer.entry(surface).kind, window.tokens):
            if len(token.key) >= MIN_PART and token.text[:1].isupper() and not is_english(token.text):
                known = parts.get(token.key, surface)
                same = known is not None and known.entry == surface.entry
                parts[token.key] = surface if same else None
    if not parts:
        return
    covered = {offset for w in windows for offset in range(w.start, w.end)}
    for token in doc.tokens:
        if token.start in covered or not token.text[:1].isupper() or token.text.isupper():
            continue
        part = parts.get(token.key)
        if part is not None and not any(_capitalised_beside(doc, token)):
            yield Window(token.start, token.end, token.text, (token,), (part,), NAME_PART)
            continue
        # The genitive -s (Maos Rotarmisten, Chiangs Regime): a noun after it is no other name.
        genitive = token.script == "Latn" and token.key.endswith(GENITIVE)
        part = parts.get(token.key[: -len(GENITIVE)]) if genitive else None
        if part is not None and not is_english(token.text):
            yield Window(token.start, token.end, token.text, (token,), (part,), NAME_PART)


def _parts(kind: Kind, tokens: tuple[Token, ...]) -> list[Token]:
    """The words of a mention that stand for it alone: a person's names, and the place an event
    or document is named after with a link word (Konferenz von Jalta, conférence de Yalta: "in
    Jalta", "à Yalta" is the conference; not the Potsdam of "Potsdam Declaration", a city too)."""
    if kind is Kind.PERSON:
        return list(tokens) if len(tokens) > 1 else []
    if kind in (Kind.EVENT, Kind.DOCUMENT) and len(tokens) > 2 and tokens[-2].text in NAME_LINKS:
        return [tokens[-1]]
    return []


def _capitalised_beside(doc: Document, token: Token) -> Iterator[bool]:
    """For each neighbour: whether it is a capitalised word of the same script, in the same
    clause (à Yalta, Staline: a comma sets the next name apart)."""
    for other in doc.neighbours(token.start, token.end):
        gap = doc.masked[min(other.end, token.end) : max(other.start, token.start)]
        yield (
            other.script == token.script
            and other.text[:1].isupper()
            and not opens_sentence(doc, max(other.start, token.start))
            and not any(mark in gap for mark in ",;:")
        )


def _spaced(doc: Document, prev: Token, token: Token) -> bool:
    return token in doc.neighbours(prev.start, prev.end) and not doc.masked[prev.end : token.start].strip()


def titled(doc: Document, gazetteer: Gazetteer, index: Index, windows: Iterable[Window]) -> Iterator[Window]:
    """Surnames standing alone just after a military rank (module doc), outside ``windows``."""
    looker = _Looker(index, gazetteer.lookups)
    covered = {offset for w in windows for offset in range(w.start, w.end)}
    tokens = doc.tokens
    for k, rank in enumerate(tokens[:-1]):
        if rank.key not in RANKS:
            continue
        word = tokens[k + 1]
        if word.start in covered or not word.text[:1].isupper() or word.text.isupper():
            continue
        if len(word.key) < MIN_SINGLE or not _spaced(doc, rank, word) or is_english(word.text):
            continue
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        if after is not None and after.text[:1].isupper() and _spaced(doc, word, after):
            continue  # général Okamura Yasuji: the whole name is lookup's
        top = looker.surname(word.text, family=False)  # the rank says a person: any script
        if top is not None:
            yield Window(word.start, word.end, word.text, (word,), (_surface(gazetteer, top),), NAME_PART)


def designated(doc: Document, gazetteer: Gazetteer, index: Index) -> Iterator[Window]:
    """Soviet republics named by a designation and a name in either order (module doc)."""
    looker = _Looker(index, gazetteer.lookups)
    tokens = doc.tokens
    for k, word in enumerate(tokens):
        designation = DESIGNATIONS.get(word.key)
        if designation is None or not word.text.isupper():
            continue
        for name in (_compound(doc, k, -1), _compound(doc, k, +1)):
            if not name:
                continue
            query = f"{doc.text[name[0].start : name[-1].end]} {designation}"
            top = looker.match(query) or looker.near(query)
            if top is None or top.entry.kind is not Kind.PLACE:
                continue
            if not _designates(top.entry, designation, name[0].text):
                continue
            first, last = (name[0], word) if name[0].start < word.start else (word, name[-1])
            start, end = first.start, last.end
            found = tuple(t for t in tokens if start <= t.start < end)
            yield Window(start, end, doc.text[start:end], found, (_surface(gazetteer, top),), _tier(top))
            break


def _compound(doc: Document, k: int, step: int) -> list[Token]:
    """The Latin words joined by hyphens just before (``step`` -1) or after token ``k``."""
    tokens = doc.tokens
    found: list[Token] = []
    at = k + step
    while 0 <= at < len(tokens) and tokens[at].script == "Latn" and not tokens[at].text.isupper():
        near = tokens[at + 1] if step < 0 else tokens[at - 1]
        gap = doc.masked[min(near.end, tokens[at].end) : max(near.start, tokens[at].start)]
        if found:
            joined = gap in ("-", "‐", "‑")
        else:  # the word beside the designation: a space, or after it a link (d', de)
            joined = bool(_DESIGNATION_LINK.match(gap)) if step > 0 else gap == " "
        if not joined:
            break
        found.append(tokens[at])
        at += step
    return found if step > 0 else found[::-1]


def _designates(entry: Entry, designation: str, opening: str) -> bool:
    """Whether a form of ``entry`` has ``designation`` and opens like ``opening``: any of its
    forms, since lookup may have matched one in another script (Бурят-Монгольская АССР)."""
    for term in entry.terms:
        words = term.form.split()
        if designation in words and _opening(opening) == _opening(words[0]):
            return True
    return False


def _opening(word: str) -> str:
    """A name's first letters, folded, with j for y and ou for u (Burjat, Buryat; Ouzbek, Uzbek)."""
    return text_key(word).replace("ou", "u").replace("j", "y")[:OPENING]


def listed_surnames(
    doc: Document, gazetteer: Gazetteer, index: Index, windows: Iterable[Window]
) -> Iterator[Window]:
    """Surnames standing alone in a list of two or more persons' surnames (Берии, Булганина и
    Антонова): each is one person's family name by lookup (:func:`_surname`); the list says they
    are persons, so none is a common word. Persons the scan linked in the list count too."""
    looker = _Looker(index, gazetteer.lookups)
    windows = list(windows)
    linked = {
        w.tokens[0].start: w
        for w in windows
        if len(w.tokens) == 1 and gazetteer.entry(w.surfaces[0]).kind is Kind.PERSON
    }
    covered = {offset for w in windows for offset in range(w.start, w.end)}
    group: list[tuple[Token, Candidate | None]] = []
    for token in [*doc.tokens, None]:
        member: Candidate | None = None
        known = False
        if token is not None and token.start in linked:
            known = True
        elif token is not None and _lone_word(doc, token, covered):
            member = looker.surname(token.text, family=True)
        if token is not None and (known or member is not None):
            if group and not _LIST_JOIN.match(_between(doc, group[-1][0], token)):
                yield from _group(gazetteer, group)
                group = []
            group.append((token, member))
            continue
        if not group:
            continue
        if token is not None and _LIST_JOIN.match(_between(doc, group[-1][0], token)):
            continue  # a conjunction between two surnames
        yield from _group(gazetteer, group)
        group = []


def _lone_word(doc: Document, token: Token, covered: set[int]) -> bool:
    return (
        token.text[:1].isupper()
        and len(token.key) >= MIN_SINGLE
        and token.script in ("Latn", "Cyrl")
        and token.start not in covered
        and not token.text.isupper()
        and not is_english(token.text)
        and not opens_sentence(doc, token.start)
        and not _name_beside(doc, token)  # Yamamoto Kenzō: a name of two words
    )


def _name_beside(doc: Document, token: Token) -> bool:
    """Whether a capitalised word stands beside ``token`` with no comma between (a list's
    names are set apart by commas: Берии, Булганина)."""
    for other in doc.neighbours(token.start, token.end):
        a, b = sorted((token, other), key=lambda t: t.start)
        if any(mark in _between(doc, a, b) for mark in ",;:"):
            continue
        if other.script == token.script and other.text[:1].isupper() and not opens_sentence(doc, b.start):
            return True
    return False


def _between(doc: Document, a: Token, b: Token) -> str:
    return doc.masked[a.end : b.start]


def _group(gazetteer: Gazetteer, group: list[tuple[Token, Candidate | None]]) -> Iterator[Window]:
    """The surnames of a list of at least two persons, each another person."""
    found = [(token, top) for token, top in group if top is not None]
    people = {top.entry.id for _, top in found} | {f"linked@{t.start}" for t, top in group if top is None}
    if len(group) < 2 or len(people) < len(group):
        return
    for token, top in found:
        yield Window(token.start, token.end, token.text, (token,), (_surface(gazetteer, top),), NAME_PART)


#: The lookups of one check, for the passes of other modules (:mod:`termbase.editor.hangul`).
Looker = _Looker


def lookup_window(doc: Document, gazetteer: Gazetteer, top: Candidate, tokens: list[Token]) -> Window:
    """The mention of ``tokens`` that lookup matched as ``top``."""
    start, end = tokens[0].start, tokens[-1].end
    return Window(start, end, doc.text[start:end], tuple(tokens), (_surface(gazetteer, top),), _tier(top))
