"""Terminology checks over built entries: lemmas only, honest language tags, attested preferred forms.

A termbase holds lemmas. The Russian endings we can detect without a morphological dictionary
are flagged on the first word of a Russian or romanized Russian term (the head of a name; later
words of a title are rightly inflected: "Ekonomika sovetskogo plena"):

- ``-ого/-его`` (``-ogo/-ego``): genitive of an adjective, never a nominative lemma;
- ``-ых/-их`` (``-ykh/-ikh``): genitive plural, except in surnames (Черных, Sedykh);
- ``-ой`` (``-oi``), ``-ии`` (``-ii``), ``-а`` (``-a``), ``-ы``: inflected when the glossary also
  holds the word's lemma (``-ая``/``-aia``, ``-ия``/``-iia``, the bare stem, ``-а``), as in
  Yaponskoi armii (Yaponskaia armiia), Rossii (Rossiia), Narkoma (Narkom), plena (plen).

A romanized form tagged ``en`` is a transliteration, not English, when it is the type
``transliteration`` or when it equals a rendering of one of the entry's readings (persons and
places excepted: English writes their names by transliteration). Conventional loanwords stay
``en`` when typed ``conventional`` (gulag, kolkhoz), and so do acronyms (NKVD, TASS) and
citation abbreviations (F., Op., D.).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from termbase.errors import Problem
from termbase.model import Entry, Kind, Status, Term, TermType
from termbase.readings import readings
from termbase.romanize import render, systems
from termbase.romanize.fold import fold

_WORD = re.compile(r"[A-Za-z'’ʹА-Яа-яЁё]+")
_ALWAYS = re.compile(r"(ого|его|ogo|ego)$")
_GENITIVE_PLURAL = re.compile(r"(ых|их|ykh|ikh)$")
#: Inflected ending -> the lemma endings that, when present in the glossary, prove it inflected.
_WITH_LEMMA = (
    ("ой", ("ая", "ый", "ий")),
    ("oi", ("aia", "aya", "ia", "ya", "yi", "ii")),
    ("ии", ("ия",)),
    ("ii", ("iia", "iya", "ia")),
    ("а", ("",)),
    ("a", ("",)),
)
_EXEMPT_KINDS = frozenset({Kind.PERSON, Kind.PLACE})
#: Types English takes over as they are: loanwords (gulag), acronyms (NKVD) and citation
#: abbreviations (F., Op., D. in archival references).
_ENGLISH_TYPES = frozenset({TermType.CONVENTIONAL, TermType.ACRONYM, TermType.ABBREVIATION})


def _is_russian(term: Term, entry: Entry) -> bool:
    return term.lang in ("ru", "ru-Latn") or (term.lang == "en" and entry.origin == "ru")


def lemma_words(entries: Iterable[Entry]) -> frozenset[str]:
    """Every word of every usable Russian term and of its romanizations: the lemmas held."""
    latin = [s.id for s in systems("ru") if s.target == "ru-Latn"]
    words: set[str] = set()
    for entry in entries:
        for term in entry.terms:
            if not _is_russian(term, entry) or term.status not in (Status.PREFERRED, Status.ADMITTED):
                continue
            forms = [term.form] + ([render(term.form, s) for s in latin] if term.lang == "ru" else [])
            words.update(w.casefold() for form in forms for w in _WORD.findall(form))
    return frozenset(words)


def inflection(word: str, lemmas: frozenset[str], *, person: bool = False) -> str | None:
    """Why ``word`` is an inflected form (``None`` when it may be a lemma)."""
    low = word.casefold()
    if len(low) < 4:
        return None
    if _ALWAYS.search(low):
        return "adjective genitive (-ого/-ogo)"
    if not person and _GENITIVE_PLURAL.search(low):
        return "genitive plural (-ых/-ykh)"
    for ending, lemma_endings in _WITH_LEMMA:
        if low.endswith(ending):
            stem = low[: -len(ending)]
            for lemma in (stem + e for e in lemma_endings):
                if lemma != low and lemma in lemmas:
                    return f"oblique form of '{lemma}'"
    return None


def check_inflected(entries: list[Entry], lemmas: frozenset[str] | None = None) -> list[Problem]:
    """A Russian term (or romanization) whose first word is an inflected form, not a lemma."""
    lemmas = lemma_words(entries) if lemmas is None else lemmas
    problems = []
    for entry in entries:
        for term in entry.terms:
            if term.status is Status.ERRONEOUS or not _is_russian(term, entry):
                continue
            words = _WORD.findall(term.form)
            why = inflection(words[0], lemmas, person=entry.kind is Kind.PERSON) if words else None
            if why:
                message = f"{term.lang} term {term.form!r} is inflected ({why}): a termbase holds lemmas"
                hint = "store the lemma and put the inflected form in the note"
                problems.append(Problem(entry.path, term.line or entry.line, "inflected-term", message, hint))
    return problems


def _renderings(entry: Entry) -> set[str]:
    out = set()
    for reading in readings(entry):
        for system in systems(reading.lang):
            if system.target.endswith("-Latn"):
                out.add(fold(render(reading.text, system.id)))
    return out


def transliterated_english(entry: Entry) -> list[Term]:
    """The entry's ``en`` terms that are transliterations of its readings, not English."""
    english = [t for t in entry.terms if t.lang == "en" and t.status is not Status.ERRONEOUS]
    typed = [t for t in english if t.type is TermType.TRANSLITERATION]
    if entry.kind in _EXEMPT_KINDS or not entry.origin:
        return typed
    candidates = [t for t in english if t.type not in _ENGLISH_TYPES and t not in typed]
    if not candidates:
        return typed
    rendered = _renderings(entry)
    return typed + [t for t in candidates if fold(t.form) in rendered]


def check_english_tags(entries: Iterable[Entry]) -> list[Problem]:
    problems = []
    for entry in entries:
        for term in transliterated_english(entry):
            tag = f"{entry.origin}-Latn" if entry.origin else "ru-Latn, zh-Latn or ja-Latn"
            message = f"en term {term.form!r} is a transliteration, not English"
            hint = f"tag it {tag} with its system (or type: conventional for an English loanword)"
            line = term.line or entry.line
            problems.append(Problem(entry.path, line, "transliteration-as-english", message, hint))
    return problems


def check_preferred_attested(entries: Iterable[Entry]) -> list[Problem]:
    """Every preferred term must be attested (a term with no verification is not)."""
    problems = []
    for entry in entries:
        for term in entry.terms:
            if term.status is Status.PREFERRED and not (term.verification and term.verification.attested):
                state = term.verification.value if term.verification else "no verification"
                message = f"preferred {term.lang} term {term.form!r} is not attested ({state})"
                hint = "mark it checked (citing its source) or article, or make it admitted"
                line = term.line or entry.line
                problems.append(Problem(entry.path, line, "unverified-preferred", message, hint))
    return problems


def check_quality(entries: list[Entry]) -> list[Problem]:
    """The checks, on curated entries: those whose terms state their verification.

    Entries of glossaries that do not (user glossaries, imports, older fixtures) are left alone:
    they make no claim to be checked term by term.
    """
    curated = [e for e in entries if any(t.verification for t in e.terms)]
    if not curated:
        # Nothing to check; the lemmas (every Russian term rendered in every system) cost a
        # minute at 100,000 entries.
        return []
    lemmas = lemma_words(entries)  # lemmas from every glossary loaded
    return [
        *check_inflected(curated, lemmas),
        *check_english_tags(curated),
        *check_preferred_attested(curated),
    ]
