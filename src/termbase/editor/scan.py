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
  "F. 9401", "103 fen"), or a capitalized glossary form as written that does not open a sentence
  (or does, when the text writes it so inside a sentence elsewhere and never in lowercase).

A window does not cross a comma or colon unless the glossary spelling has one ("Krai Primorsky ,
Krai Chabarowsk" is a list, not Primorsky Krai), and one Latin word glued by a hyphen to a
capitalised word outside the window is part of another name (Buryat-Mongolia is not Mongolia).

Where no spelling starts at a word, the scan reads case forms back
(:func:`termbase.lookup.inflection.word_forms`, checked against the gazetteer's own keys): in
Cyrillic from a capitalised word, or a lowercase one opening a name of several words (Японии,
Квантунской армии, советско-японской войны); in Latin from a capitalised word (or a lowercase
one before a capitalised one: der kommunistischen Partei Chinas), the genitive -s
(Japans, Sibiriens, Mao Zedongs), and other endings only inside a name of several words that is
not a person's (Roten Armee, Armii Czerwonej) — but one word alone may have its final vowel
changed by a Slavic case ending or the Romanian -ei (Japonii, Mandżurii, Japoniei), or a case
ending added to a name that ends in a consonant (v Chabarovsku, Habarovszkban; per-language
tables), when no capitalised word stands beside it that is not a glossary name itself.
Inside a name of several words a mobile e is put back (Związku Radzieckiego) and a Russian
adjective's ending read on a short stem (Южном Сахалине). Such a window is ``via`` ``inflection``: a
mention of the entry, never a spelling to correct, and never an archival or other term (дела is
"affairs", not дело). One word alone may also take the Hungarian and Finnish endings of a name in
a vowel (Szovjetunióban, Neuvostoliitossa, the doubled consonant put back) and the Lithuanian and
Latvian ones (Japonijos, Sibirą); Turkish endings after an apostrophe are left out by the
tokenizer (Sibirya'dan).

A Hangul window must be a whole word, or one that only particles follow (소련의, 만주국을:
:data:`~termbase.editor.endings.KOREAN_PARTICLES`), or a Sino-Korean suffix and particles
(냉전기에: :data:`~termbase.editor.endings.KOREAN_SUFFIXES`); a Czech or Slovak adjective
(Mandžuská) is read back to no name; scripts without spaces (Han, kana) are
scanned character by character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from termbase.editor.endings import (
    ACCUSATIVE_T,
    ACCUSATIVE_T_LANGUAGES,
    ESTONIAN,
    GENITIVE_N,
    GENITIVE_N_LANGUAGES,
    added_read_back,
    ending_read_back,
    estonian_read_back,
    mobile_e,
    particles,
    short_stem_read_back,
    slavic_adjective,
    suffixed,
    vowel_changed,
)
from termbase.editor.english import is_english
from termbase.editor.gazetteer import Gazetteer, Surface
from termbase.editor.qualifier_words import AFTER_WORDS, BEFORE_WORDS
from termbase.editor.text import Document, Token, joinable, spelling, tokenize
from termbase.lookup.inflection import MAX_CUT, word_forms
from termbase.model import Kind
from termbase.romanize.fold import name_variants
from termbase.scripts import script_of

_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s*[“”\"']?\s*$")
_NUMBER_AFTER = re.compile(r"^\s*[“”\"']?\s*(?:\([A-Za-z]{1,3}\.\)\s*)?\d")
_SENTENCE_END = re.compile(r"(?:^|[.!?:]|\n\s*\d*\.?)\s*[\s“\"'(*_\[]*$")
_CITED_KINDS = (Kind.ARCHIVAL_TERM, Kind.TERM)
_NUMBER_SIGNS = frozenset({"no", "nr", "nº", "n"})
#: Qualifiers of one Hangul syllable, which Korean glues before a name (남사할린, 내몽골).
_HANGUL_QUALIFIERS = frozenset(w for w in BEFORE_WORDS if len(w) == 1 and script_of(w) == "Hang")
#: How a window read back from a case form was recognised (its ``via``, and its mention's ``how``).
INFLECTION = "inflection"
#: How a word of a name the text writes in full elsewhere was recognised (:mod:`.recall`).
NAME_PART = "name-part"
#: How a place named with a qualifier its glossary makes an entry of was recognised (:mod:`.qualifiers`).
QUALIFIER = "qualifier"
_LIST_MARKS = (",", ":")
_HYPHENS = ("-", "‐", "‑")
#: Hyphens and the en dash, which some pages set, spaced, between the parts of an adjective
#: compound (szovjet – japán háború); only two lowercase words are read so.
_DASHES = (*_HYPHENS, "–")
#: The Latin case ending read back on any word: the German genitive (Japans, Mao Zedongs).
_LATIN_ENDING = "s"
#: Russian adjective case endings, longest first, and the nominatives read back for them.
_ADJECTIVE_CASES = (
    *("ого", "его", "ому", "ему", "ыми", "ими"),
    *("ом", "ем", "ой", "ей", "ым", "им", "ых", "их", "ую", "юю"),
)
_ADJECTIVE_NOMINATIVES = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
MIN_ADJECTIVE_STEM = 3


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
        """The spelling as found, with line breaks and runs of spaces made single spaces (and a
        word broken at a line-end hyphen joined: :func:`~termbase.editor.text.spelling`)."""
        return spelling(self.text)


def _number_sign(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is "No", "Nr" or "Nº" just before a number."""
    return tokens[j].key in _NUMBER_SIGNS and j + 1 < len(tokens) and tokens[j + 1].script == "Zyyy"


def _windows(doc: Document, gazetteer: Gazetteer, i: int) -> list[tuple[int, str]]:
    """(last token index, key) of every whole spelling starting at token ``i``, longest first.
    Han characters, folded one by one, are also read with the fold's variants of a word
    (満州国 as 満洲国, Manchukuo, where 満州 alone is Manchuria)."""
    tokens = doc.tokens
    keys = [""]
    ends: list[tuple[int, str]] = []
    for j in range(i, min(len(tokens), i + gazetteer.max_tokens)):
        if j > i and not joinable(doc.masked, tokens[j - 1].end, tokens[j].start):
            break
        if j > i and _number_sign(tokens, j):
            continue  # "Unit No. 731" is written "Unit 731" in the glossary
        grown = [key + tokens[j].key for key in keys]
        if tokens[j].script == "Hani":
            grown = list(dict.fromkeys([*grown, *(_han_word_fold(key) for key in grown)]))
        keys = [key for key in grown if key in gazetteer.prefixes]
        if not keys:
            break
        ends.extend((j, key) for key in keys if key in gazetteer.full)
    return ends[::-1]


def _han_word_fold(key: str) -> str:
    """``key`` with the fold's word variants made canonical (满州 -> 满洲)."""
    for variant, canonical in name_variants()[0]:
        key = key.replace(variant, canonical)
    return key


def scan(doc: Document, gazetteer: Gazetteer) -> Iterator[Window]:
    """Accepted mentions, left to right, not overlapping (the longest accepted window wins)."""
    tokens = doc.tokens
    forms: dict[str, list[tuple[str, int]]] = {}  # each word's case readings, once per scan
    i = 0
    while i < len(tokens):
        # A number only continues a name (Unit 731); an ordinal may open one (1st Far Eastern
        # Front, 1e Verre Oosten Front), when a glossary spelling starts with it.
        if tokens[i].script == "Zyyy" and not _ordinal(tokens, i, gazetteer):
            i += 1
            continue
        for j, key in _windows(doc, gazetteer, i):
            start, end = tokens[i].start, tokens[j].end
            mention = Window(
                start, end, doc.text[start:end], tuple(tokens[i : j + 1]), tuple(gazetteer.full[key])
            )
            if _listed(mention, doc) or in_compound(mention, doc, gazetteer) or not whole_words(mention, doc):
                continue
            if accepted(mention, doc, gazetteer):
                yield mention
                i = j + 1
                break
        else:
            inflected = _inflected(doc, gazetteer, i, forms)
            if inflected is None:
                i += 1
            else:
                yield inflected
                i = doc.token_at(inflected.end)


def whole_words(mention: Window, doc: Document) -> bool:
    """Whether a Hangul window starts a word and ends one, or ends where only particles follow
    (소련의, 만주국을, 지시마 열도에서; not 주더 in 주더라도, 대만 in 대만족): Korean writes
    case particles onto the word they mark. Other scripts are not asked."""
    if mention.tokens[0].script != "Hang":
        return True
    text = doc.masked
    before = mention.start - 1
    # A qualifier syllable glued before the name may open the word (남사할린: southern Sakhalin).
    qualifier = text[before] in _HANGUL_QUALIFIERS and not (before and script_of(text[before - 1]) == "Hang")
    if mention.start and script_of(text[before]) == "Hang" and not qualifier:
        return False
    end = mention.end
    while end < len(text) and script_of(text[end]) == "Hang":
        end += 1
    return particles(text[mention.end : end]) or suffixed(text[mention.end : end])


def _ordinal(tokens: list[Token], i: int, gazetteer: Gazetteer) -> bool:
    """Whether number ``i`` is glued to the letters of an ordinal or a date (1st, 1e; 8월, the
    Korean "August" of 8월 폭풍 작전) that a glossary spelling starts with."""
    glued = i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end and tokens[i + 1].script != "Zyyy"
    return glued and tokens[i].key + tokens[i + 1].key in gazetteer.prefixes


def _listed(mention: Window, doc: Document) -> bool:
    """Whether the window crosses a comma or colon its glossary spellings do not have."""
    tokens = mention.tokens
    for a, b in pairwise(tokens):
        gap = doc.masked[a.end : b.start]
        for mark in _LIST_MARKS:
            if mark in gap and not any(mark in s.form for s in mention.surfaces):
                return True
    return False


def in_compound(mention: Window, doc: Document, gazetteer: Gazetteer) -> bool:
    """Whether one Latin word is glued by a hyphen to a capitalised word outside the window
    that is no glossary name itself (Buryat-Mongolia; not China-Japan, Japan-PRC), or is
    lowercase and glued to a lowercase word (szovjet-japán háború: "Soviet-Japanese")."""
    if len(mention.tokens) > 1 or mention.tokens[0].script != "Latn":
        return False
    token = mention.tokens[0]
    for other in doc.neighbours(token.start, token.end):
        gap = (
            doc.masked[other.end : token.start]
            if other.end <= token.start
            else doc.masked[token.end : other.start]
        )
        if gap in _HYPHENS and other.text[:1].isupper() and other.script == "Latn":
            return other.key not in gazetteer.full
        if gap.strip(" ") in _DASHES and other.text[:1].islower() and token.text[:1].islower():
            return True  # szovjet-japán, szovjet – japán, sowjetisch-japanisch: an adjective
    return False


@dataclass(frozen=True, slots=True)
class _Reading:
    """A window being read from token ``i``: the keys so far, and which tokens were read back
    from a case form."""

    j: int
    key: str
    changed: tuple[int, ...] = ()
    #: Whether only a name of several words makes the reading plausible: a Latin word read back
    #: by other endings than the genitive -s (Roten Armee, Armii Czerwonej; not Japonii alone).
    several: bool = False
    #: Whether a word was read back by a final vowel changed, plausible as a name alone only
    #: (Japonii; not Mongolia e, the Italian "and" read as the end of Mongolie).
    lone: bool = False
    #: Whether every word read back kept all the letters of the name, an ending only added
    #: (Sztálinnak, Mao Zedongin): a reading a person's name may take as well.
    added: bool = True
    #: The ending read off the last word, when it was read back ("" when written whole).
    ending: str = ""
    #: Whether a word was read back by an Estonian ending (read on Estonian forms only).
    estonian: bool = False


def _case_forms(token: Token) -> list[tuple[str, int]]:
    """(key, ANYWHERE, SEVERAL or ALONE: where the reading is plausible) for each dictionary form
    ``token`` may be a case form of (see the module doc): any for Cyrillic; for Latin the
    genitive -s, a final vowel changed as a name alone (Japonii, Mandżurii), and the others only inside a
    name of several words, of a word not English. A Slavic mobile e (Związku of Związek) and a
    Russian adjective's ending on a short stem (Южном of Южный) are read only inside a name
    of several words too. Every reading is returned; the caller keeps those that continue a
    glossary key."""
    forms = word_forms(token.text, _any)
    if token.script == "Cyrl":
        adjectives = [(form, SEVERAL) for form in _adjective_forms(token.key)]
        return [(form, ANYWHERE) for form in forms] + adjectives
    if token.script != "Latn":
        return [(form, ANYWHERE) for form in forms]
    english = is_english(token.text)
    found = []
    for form in forms:
        if token.key == form + _LATIN_ENDING:
            found.append((form, ANYWHERE))
        elif not english:
            found.append((form, ALONE if vowel_changed(token.key, form) else SEVERAL))
    if not english:
        found += [(form, SEVERAL) for form in mobile_e(token.key)]
        found += [(form, SEVERAL) for form in short_stem_read_back(token.key)]
        added = set(added_read_back(token.key))
        found += [(form, ADDED) for form in added]
        found += [(form, ALONE) for form in ending_read_back(token.key) if form not in added]
        # A reading other languages' endings give alone is theirs too (Chinas, Josepha Stalina).
        read = {form for form, where in found if where != SEVERAL}
        found += [(form, IN_ESTONIAN) for form in estonian_read_back(token.key) if form not in read]
        found = list(dict.fromkeys(found))
    if slavic_adjective(token.text):  # an adjective agrees inside a name (Sovětském svazu), alone it is none
        found = list(dict.fromkeys((form, where if where == ANYWHERE else SEVERAL) for form, where in found))
    return found


def _adjective_forms(key: str) -> list[str]:
    """A Russian adjective's nominatives for a short stem that lookup's cut leaves out (южном
    -> южный): only whole adjective endings are cut."""
    for ending in _ADJECTIVE_CASES:
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) >= MIN_ADJECTIVE_STEM:
            return [stem + nominative for nominative in _ADJECTIVE_NOMINATIVES]
    return []


#: Where a case reading of a word is plausible (:func:`_case_forms`); ADDED is ALONE by an
#: ending added to the whole name (:func:`~termbase.editor.endings.added_read_back`).
ANYWHERE, SEVERAL, ALONE, ADDED = 0, 1, 2, 3
#: ADDED by an Estonian ending (:func:`~termbase.editor.endings.estonian_read_back`): read on
#: Estonian forms only.
IN_ESTONIAN = 4


def _any(_: str) -> bool:
    return True


def _next_readings(
    doc: Document, gazetteer: Gazetteer, i: int, reading: _Reading, forms: dict[str, list[tuple[str, int]]]
) -> Iterator[_Reading]:
    tokens = doc.tokens
    j, token = reading.j, tokens[reading.j]
    if j > i:
        gap = doc.masked[tokens[j - 1].end : token.start]
        if token.script != tokens[i].script or not joinable(doc.masked, tokens[j - 1].end, token.start):
            return
        if any(mark in gap for mark in _LIST_MARKS):
            return
    several = reading.several or reading.lone  # a word read alone only, then more words
    grown = reading.key + token.key
    if grown in gazetteer.prefixes:
        yield _Reading(j + 1, grown, reading.changed, several, added=reading.added, estonian=reading.estonian)
    found = forms.get(token.text)
    if found is None:
        found = forms[token.text] = _case_forms(token)
    for form, where in found:
        if reading.key + form in gazetteer.prefixes:
            alone = where in (ALONE, ADDED, IN_ESTONIAN)
            lone = alone and j == i
            grown_several = several or where == SEVERAL or (alone and j > i)
            added = reading.added and where in (ADDED, IN_ESTONIAN)
            ending = token.key[len(form) :] if token.key.startswith(form) else ""
            changed = (*reading.changed, j)
            estonian = reading.estonian or where == IN_ESTONIAN
            yield _Reading(j + 1, reading.key + form, changed, grown_several, lone, added, ending, estonian)


def _inflected(
    doc: Document, gazetteer: Gazetteer, i: int, forms: dict[str, list[tuple[str, int]]]
) -> Window | None:
    """The longest window from token ``i`` whose words, some read back from a case form, spell
    a glossary name (see the module doc); None when there is none or it is not a name."""
    tokens = doc.tokens
    first = tokens[i]
    if first.script not in ("Latn", "Cyrl"):
        return None
    # A Latin name read back opens with a capital, or a lowercase word before one (der
    # kommunistischen Partei Chinas), or is one the glossary writes in lowercase (druhé světové
    # války of druhá světová válka: :func:`_inflected_window` keeps those forms only).
    # A reading starts with the word as written or with its stem (at most MAX_CUT letters off,
    # and one more where a Finnish doubled consonant is put back: Neuvostoliitossa), and every
    # start of a glossary key is in ``prefixes``: most words can begin none.
    if first.key[: max(1, len(first.key) - MAX_CUT - 1)] not in gazetteer.prefixes:
        return None
    best: _Reading | None = None
    stack = [_Reading(i, "")]
    while stack:
        reading = stack.pop()
        if reading.j >= len(tokens) or reading.j - i >= gazetteer.max_tokens:
            continue
        for grown in _next_readings(doc, gazetteer, i, reading, forms):
            whole = grown.key in gazetteer.full and (not grown.several or grown.j - 1 > i)
            # One word of the text for each of the form's: a cut stem is not completed by the
            # next word (druhé světové války a: not "války" cut to "válk" and the conjunction "a").
            whole = whole and any(_words_of(s) == grown.j - i for s in gazetteer.full[grown.key])
            # Of two as long, the one that keeps the whole name (Stalina: Stalin, not Staline).
            better = best is None or grown.j > best.j or (grown.j == best.j and grown.added > best.added)
            if grown.changed and whole and better:
                best = grown
            stack.append(grown)
    if best is None:
        return None
    return _inflected_window(doc, gazetteer, i, best)


def _words_of(surface: Surface) -> int:
    """How many tokens the surface's form is (Unit No. 731 counts its sign as the text does)."""
    return len(tokenize(surface.form))


def _listed_apart(doc: Document, a: Token, b: Token) -> bool:
    """Whether a comma or colon stands between tokens ``a`` and ``b``: items of a list."""
    gap = doc.masked[min(a.end, b.end) : max(a.start, b.start)]
    return any(mark in gap for mark in _LIST_MARKS)


def _inside_longer_name(doc: Document, gazetteer: Gazetteer, i: int, best: _Reading) -> bool:
    """Whether a capitalised word that does not open the sentence stands just before a Cyrillic
    reading, or a Latin one only a name of several words allows, or any beside a Latin word read
    alone by a changed vowel: the case form is then part of
    another name (Внутренней Монголии is Inner Mongolia, Василия Сталина is Stalin's son,
    Frakcji Armii Czerwonej the Red Army Faction). The German genitive is not: Premierminister
    Japans. Nor is a glossary name that follows (capitularea Japoniei Uniunea Sovietică: a
    sentence whose full stop a note mark took away) or that ends just before a word read
    alone (Vörös Hadsereg Mandzsúriában)."""
    first = doc.tokens[i]
    if best.lone:  # Mongolii Wewnętrznej, Cesarstwa Japonii: a word of a longer name
        return any(
            t.script == first.script
            and t.text[:1].isupper()
            and len(t.text) > 1  # an article or initial (a line's "A második …") is no name's word
            and (t.start > first.start or not opens_sentence(doc, t.start))
            and not _listed_apart(doc, first, t)  # v Mandžusku , Jižním Sachalinu: a list
            and not (t.start > first.start and _windows(doc, gazetteer, doc.token_at(t.start)))
            and not (t.start < first.start and _ends_name(doc, gazetteer, doc.token_at(t.start)))
            and t.key not in (AFTER_WORDS if t.start > first.start else BEFORE_WORDS)  # Pietų Sachaliną
            for t in doc.neighbours(first.start, first.end)
        )
    if first.script == "Latn" and not best.several:
        return False
    before = [
        t
        for t in doc.neighbours(first.start, first.end)
        if t.end <= first.start and not any(mark in doc.masked[t.end : first.start] for mark in _LIST_MARKS)
    ]
    return any(
        t.script == first.script
        and t.text[:1].isupper()
        and not opens_sentence(doc, t.start)
        and (t.script != "Cyrl" or _may_agree(t.key))
        for t in before
    )


def _capitalised_before(doc: Document, gazetteer: Gazetteer, i: int) -> bool:
    """Whether a capitalised word stands just before token ``i``, a space apart, that ends no
    glossary name, even opening the sentence: a person's first name or title (Svetlana
    Stalina, Vasilije Stalina), so a case form read alone is not the glossary's person."""
    if i == 0:
        return False
    before = doc.tokens[i - 1]
    gap = doc.masked[before.end : doc.tokens[i].start]
    return before.text[:1].isupper() and gap.isspace() and not _ends_name(doc, gazetteer, i - 1)


def _ends_name(doc: Document, gazetteer: Gazetteer, j: int) -> bool:
    """Whether token ``j`` ends a glossary spelling (Vörös Hadsereg Mandzsúriában: the Red
    Army in Manchuria, two names side by side, not one longer name)."""
    starts = range(max(0, j - gazetteer.max_tokens + 1), j + 1)
    return any(end == j for i in starts for end, _ in _windows(doc, gazetteer, i))


def _may_agree(key: str) -> bool:
    """Whether a Cyrillic word may be in an oblique case agreeing with the next (Внутренней,
    Василия): it ends in a vowel or -й; a word in -о or a consonant is a name of its own
    (станции Ружино Приморского края, Хабаровск Приморского края)."""
    return key[-1:] in _CYRILLIC_AGREEING


_CYRILLIC_AGREEING = frozenset("аяуюыиеэй")


def _before_capital(doc: Document, i: int) -> bool:
    """Whether the lowercase word ``i`` is followed by a capitalised one (der kommunistischen
    Partei Chinas): the only lowercase Latin start of a name read back."""
    tokens = doc.tokens
    return i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()


def _inflected_window(doc: Document, gazetteer: Gazetteer, i: int, best: _Reading) -> Window | None:
    tokens = doc.tokens
    first, last = tokens[i], tokens[best.j - 1]
    # A person's name in Latin letters is inflected by the genitive -s only here: other endings
    # would read a typo or another person's name as a case form (Yamado Otozoo, Tanaka Isami).
    # So is a word with a final vowel changed (Stalino, a town, is no case form of Staline).
    # An ending added to a whole name keeps it (Sztálinnak, Stalinovi, Mao Zedongin): a person's too.
    person = (best.several or best.lone) and not best.added
    excluded = (*_CITED_KINDS, Kind.PERSON) if person else _CITED_KINDS
    surfaces = tuple(s for s in gazetteer.full[best.key] if gazetteer.entry(s).kind not in excluded)
    if best.lone and _capitalised_before(doc, gazetteer, i):  # Svetlana Stalina: another person
        surfaces = tuple(s for s in surfaces if gazetteer.entry(s).kind is not Kind.PERSON)
    if best.ending == GENITIVE_N and best.j - 1 == i:
        # One letter is any language's ending (Polish Rosjan, "of Russians"): read only on a
        # Finnish or Hungarian form, whose genitive or superessive it is (Japanin, Szovjetunión).
        surfaces = tuple(s for s in surfaces if _written_in(s, GENITIVE_N_LANGUAGES))
    elif best.ending == ACCUSATIVE_T:  # Mandzsúriát, Sztálint: a Hungarian form's accusative
        surfaces = tuple(s for s in surfaces if _written_in(s, ACCUSATIVE_T_LANGUAGES))
    if best.estonian:  # Jaapanis, Moskvas: an Estonian form's case
        surfaces = tuple(s for s in surfaces if _written_in(s, ESTONIAN))
    several = best.j - 1 > i
    lowercase = not first.text[:1].isupper()
    if first.script == "Latn" and lowercase and not _before_capital(doc, i):
        surfaces = tuple(s for s in surfaces if s.form[:1].islower())
    surfaces = tuple(s for s in surfaces if _words_of(s) == best.j - i)
    if not surfaces or (lowercase and not several):
        return None
    mention = Window(
        first.start,
        last.end,
        doc.text[first.start : last.end],
        tuple(tokens[i : best.j]),
        surfaces,
        INFLECTION,
    )
    if in_compound(mention, doc, gazetteer) or _inside_longer_name(doc, gazetteer, i, best):
        return None
    if first.script == "Latn":
        english = any(is_english(tokens[k].text) for k in best.changed)
        if (english or not accepted(mention, doc, gazetteer)) and not _english_case(mention, doc):
            return None
    return mention


def _written_in(surface: Surface, languages: frozenset[str]) -> bool:
    """Whether a surface is a form of one of ``languages`` or a rendering in its transcription
    (Sztálin: system ru-hu)."""
    return surface.target in languages or (surface.system or "").rsplit("-", 1)[-1] in languages


def _english_case(mention: Window, doc: Document) -> bool:
    """A one-word case form that is also an English word (Japans) is the name's only when the
    name is written so in the glossary, capitalised, and the word does not open a sentence."""
    if len(mention.tokens) > 1:
        return False
    word = mention.tokens[0].text
    genitives = {s.form + _LATIN_ENDING for s in mention.surfaces if s.how == "term"}
    return word[:1].isupper() and word in genitives and not opens_sentence(doc, mention.start)


def _lowercase_lead(mention: Window) -> bool:
    """Whether ``mention`` is a glossary form as written but for its first words, in lowercase
    where the form capitalises them (northeast China, southern Sakhalin): English prose writes a
    qualifier so, and the capitalised rest is written as the glossary writes it."""
    words = mention.found.split()
    lead = next((k for k, word in enumerate(words) if not word[:1].islower()), len(words))
    if not 0 < lead < len(words):
        return False
    for surface in mention.surfaces:
        form = surface.form.split()
        if surface.how != "term" or len(form) != len(words) or form[lead:] != words[lead:]:
            continue
        pairs = zip(form[:lead], words[:lead], strict=True)
        if all(f[:1].isupper() and f[:1].lower() + f[1:] == w for f, w in pairs):
            return True
    return False


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
        return exact or not all(is_english(t.text) for t in tokens) or _lowercase_lead(mention)
    word = tokens[0].text
    if len(word) >= 2 and word.isupper():
        return exact
    if not is_english(word):
        return True
    if doc.enclosed(mention.start, mention.end) or _cited(mention, doc, gazetteer):
        return True
    capitalised = exact and word[0].isupper()
    return capitalised and (not opens_sentence(doc, mention.start) or named_mid_sentence(doc, word))


def named_mid_sentence(doc: Document, word: str) -> bool:
    """Whether the text writes ``word`` capitalised inside a sentence and never in lowercase: a
    name to the text, so also where it opens a sentence (Japan, not japan the lacquer)."""
    if doc.by_text.get(word.lower()):
        return False
    return any(not opens_sentence(doc, t.start) for t in doc.by_text.get(word, ()))


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
