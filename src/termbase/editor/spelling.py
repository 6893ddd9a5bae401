"""One mention judged: which entry it is, and how its spelling compares with the house style."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from termbase.editor.english import is_english
from termbase.editor.forms import HouseForm, HouseForms, rendered_form, to_ascii
from termbase.editor.gazetteer import Gazetteer, Surface
from termbase.editor.scan import INFLECTION, NAME_PART, QUALIFIER, Window
from termbase.editor.style import HouseStyle
from termbase.editor.text import Document, tokenize
from termbase.model import Entry, Kind, Status, Term, TermType
from termbase.readings import NAME_KINDS, swapped
from termbase.romanize import fold, get_system
from termbase.scripts import script_of

SHORT_TYPES = frozenset({TermType.SHORT_FORM, TermType.ABBREVIATION, TermType.ACRONYM})
_WRONG = (Status.DEPRECATED, Status.ERRONEOUS)
_HOW_RANK = {"term": 0, "rendering": 1, "term-swapped": 2, "rendering-swapped": 3}
_STATUS_RANK = {Status.PREFERRED: 0, Status.ADMITTED: 1, Status.DEPRECATED: 2, Status.ERRONEOUS: 3}
_TYPOGRAPHY = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "‐": "-", "‑": "-"})
_CJK_LANGS = ("ja", "zh")
_TRAILING = (".", "'", "ʹ")
#: fuzz.ratio of two folds above which they are one designation misspelt (Kwangtung / Kwantung).
NEAR = 85
#: Below this similarity a wrong spelling gets no automatic correction (only the glossary note).
MIN_CORRECTION = 70


@dataclass(frozen=True, slots=True)
class Occurrence:
    start: int
    end: int
    found: str
    entry: Entry
    reasons: tuple[str, ...]
    message: str
    suggestion: str
    note: str
    grouped: bool
    canonical: str
    house_canonical: str
    surface: Surface
    via: str = ""  # the lookup tier, for a mention found by lookup


def plain(text: str) -> str:
    """Typography that is not spelling made uniform: apostrophes, hyphens, spaces."""
    return " ".join(text.translate(_TYPOGRAPHY).split())


def canonical(text: str, kind: Kind) -> str:
    """What counts as the same spelling: case is free for the first letter; for titles and
    terms, case and hyphenation are free everywhere (sentence case vs title case is the citation
    style's business; anti-fascist vs antifascist is English spelling, not romanization)."""
    text = plain(text)
    if kind not in NAME_KINDS:
        return text.replace("-", "").replace(" ", "").casefold()
    return text[:1].casefold() + text[1:]


def _closeness(form: str, found: str) -> int:
    if form == found:
        return 0
    if plain(form) == plain(found):
        return 1
    return 2 if plain(form).casefold() == plain(found).casefold() else 3


def contenders(mention: Window, gazetteer: Gazetteer, forms: HouseForms) -> tuple[Surface, ...]:
    """The surfaces the mention most likely is, the best of each entry: one when it is one
    entry's (or entries a house style writes alike); several when the text must decide."""
    found = mention.found

    def rank(s: Surface) -> tuple[int, int, int]:
        status = gazetteer.term(s).status
        return (_closeness(s.form, found), _HOW_RANK[s.how], _STATUS_RANK[status])

    ordered = sorted(mention.surfaces, key=rank)
    best = rank(ordered[0])[:2]
    tied: dict[str, Surface] = {}
    for s in ordered:
        if rank(s)[:2] == best:
            tied.setdefault(forms.of(gazetteer.entries[s.entry]).text, s)
    return tuple(tied.values())


def resolve(mention: Window, gazetteer: Gazetteer, forms: HouseForms) -> Surface | None:
    """The surface the mention most likely is; None when it may be several entries."""
    found = contenders(mention, gazetteer, forms)
    return found[0] if len(found) == 1 else None


def decided_by_context(
    contending: tuple[Surface, ...], gazetteer: Gazetteer, linked: set[str]
) -> Surface | None:
    """Of entries sharing a form (Rote Armee: the Soviet and the Chinese Red Army), the one the
    text links elsewhere by a form of its own (樺太 after 南樺太: Southern Sakhalin, not
    Sakhalin), else the one more of whose related entries (either direction) it links; None
    when none is, or when two are as much: an ambiguous form is never linked by a guess."""

    def evidence(s: Surface) -> tuple[bool, int]:
        entry = gazetteer.entry(s).id
        return entry in linked, len(gazetteer.related(entry) & linked)

    support = sorted(((evidence(s), s) for s in contending), key=lambda pair: pair[0], reverse=True)
    if support[0][0] == (False, 0) or (len(support) > 1 and support[1][0] == support[0][0]):
        return None
    return support[0][1]


def _own_language(term: Term, entry: Entry) -> bool:
    """False for a name's reading in the other CJK language (Wang Yue, the Chinese reading of
    Mochizuki): a different name, not a spelling of this one."""
    return not (entry.origin in _CJK_LANGS and term.language in _CJK_LANGS and term.language != entry.origin)


def _with_trailing_mark(mention: Window, forms: tuple[str, ...], doc: Document) -> Window:
    """The mention with the period or apostrophe its form ends with (gg., Opis'), if the text has it."""
    after = doc.text[mention.end : mention.end + 1].translate(_TYPOGRAPHY)
    if after in _TRAILING and any(f[-1:].translate(_TYPOGRAPHY) == after for f in forms):
        return replace(mention, end=mention.end + 1, text=doc.text[mention.start : mention.end + 1])
    return mention


def _embedded(mention: Window, doc: Document) -> bool:
    """Inside a quotation or a longer title, or among romanized words (Dongbei in a Chinese title)."""
    if doc.quoted_within(mention.start, mention.end):
        return True
    return any(
        t.script == "Latn" and t.text.islower() and not is_english(t.text)
        for t in doc.neighbours(mention.start, mention.end)
    )


def _same(found: str, house: str, kind: Kind) -> bool:
    return canonical(found, kind) == canonical(house, kind)


def romanized(text: str) -> bool:
    """Whether at least half the words of ``text`` are not English: a name or a romanized
    phrase (Chiang Kai-shek, Kwantung Army, gongyebu), not an English designation (Northeast
    China, Ministry of Industry, kept back)."""
    words = [t.text for t in tokenize(text) if len(t.text) > 1]
    return bool(words) and 2 * sum(not is_english(w) for w in words) > len(words)


def spells_same(found: str, house: HouseForm, surface: Surface, term: Term) -> bool:
    """Whether ``found`` and the house form are spellings of one designation (which a house
    style rules on), not two designations (a translation and an original name)."""
    if surface.swapped or fold(found) == fold(house.text):
        return True
    translations = (term if surface.how == "term" else None, house.term)
    if any(t is not None and t.type is TermType.TRANSLATION for t in translations):
        return False
    return romanized(found) and romanized(house.text)


def _near(found: str, house: str) -> bool:
    return fuzz.ratio(fold(found), fold(house)) >= NEAR


def _variant(term: Term, found: str, house: str) -> bool:
    """A deliberate other designation: a historical name (Andong for Dandong) or an inflected
    form (punkty, listy)."""
    if term.type is TermType.HISTORICAL:
        return True
    base, form = fold(house), fold(found)
    return term.type is TermType.VARIANT and form.startswith(base) and len(form) - len(base) <= 2


def _cased(suggestion: str, found: str) -> str:
    if found[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _corrected(found: str, entry: Entry, house: HouseForm, style: HouseStyle) -> str:
    """The right spelling for a wrong one: the house form, the style's rendering of the reading
    or the usable term closest to it. In Latin script only English terms and romanizations
    (``-Latn`` tags) are offered: a house style is for English text, and another language's
    exonym (Italian Ch'ang Kai-shek) is no correction of an English misspelling."""
    latin = script_of(found[0]) == "Latn" if found else True
    rendered = rendered_form(entry, style)
    options = [house.text, *([rendered.text] if rendered else [])] + [
        t.form
        for t in entry.terms
        if t.status in (Status.PREFERRED, Status.ADMITTED)
        and (t.script == "Latn") == latin
        and (not latin or t.language == "en" or t.lang.endswith("-Latn"))
    ]
    targets = {fold(found), fold(swapped(found) or found)}
    score, _, best = max((max(fuzz.ratio(t, fold(o)) for t in targets), o == house.text, o) for o in options)
    if score < MIN_CORRECTION:
        return ""
    return _cased(to_ascii(best) if style.ascii else best, found)


def _describe(found: str, house: str, surface: Surface, term: Term) -> str:
    if surface.swapped:
        return "name order"
    if fold(found) == fold(house):
        return "capitalization" if plain(found).casefold() == plain(house).casefold() else "diacritics"
    if surface.how.startswith("rendering") and surface.system:
        return f"{get_system(surface.system).name} spelling"
    if surface.how == "term" and term.type in (TermType.HISTORICAL, TermType.CONVENTIONAL):
        return f"{term.type.value} form"
    return "another spelling"


def classify(
    mention: Window, surface: Surface, doc: Document, gazetteer: Gazetteer, forms: HouseForms
) -> Occurrence:
    entry, term = gazetteer.entry(surface), gazetteer.term(surface)
    house = forms.of(entry)
    mention = _with_trailing_mark(mention, (surface.form, house.text), doc)
    found = mention.found
    comparable = (
        mention.tokens[0].script == "Latn"
        and mention.via not in (INFLECTION, NAME_PART, QUALIFIER)  # Japans, Nosaka: not misspelt
        and term.type not in SHORT_TYPES
        and _own_language(term, entry)
        and not _embedded(mention, doc)
    )
    reasons: tuple[str, ...] = ()
    message, suggestion, note = "", house.text, ""
    wrong = surface.how.startswith("term") and term.status in _WRONG
    if wrong and (term.status is Status.ERRONEOUS or not _same(found, house.text, entry.kind)):
        reasons = (term.status.value,)
        suggestion = _corrected(found, entry, house, forms.style)
        message, note = f"{term.status.value} spelling of {entry.label}", term.note
    elif (
        comparable
        and not _same(found, house.text, entry.kind)
        and spells_same(found, house, surface, term)
        and not _variant(term, found, house.text)
    ):
        reasons = ("house-style",)
        suggestion = _cased(house.text, found)
        what = _describe(found, house.text, surface, term)
        message = f"{what}: {forms.style.name} writes {house.text}"
    return Occurrence(
        mention.start,
        mention.end,
        found,
        entry,
        reasons,
        message,
        suggestion,
        note,
        comparable
        and (spells_same(found, house, surface, term) or (bool(reasons) and _near(found, house.text)))
        and not _variant(term, found, house.text),
        canonical(found, entry.kind),
        canonical(house.text, entry.kind),
        surface,
        mention.via,
    )
