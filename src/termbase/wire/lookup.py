"""Wire shapes of lookup, the romanization systems and romanize."""

from __future__ import annotations

from dataclasses import dataclass

from termbase.detect import Detection
from termbase.lookup import Candidate, LookupResult
from termbase.romanize import System
from termbase.transcribe import Transcription
from termbase.wire.entries import NativeForm, native_forms


@dataclass(frozen=True, slots=True)
class MatchedForm:
    """Why an entry matched: the form met, its language, system and status, and by which tier."""

    form: str
    lang: str
    system: str | None
    status: str
    via: str
    detail: str
    key: str | None
    note: str
    preferred: str | None  # the form to use instead, when the matched form is deprecated or erroneous
    preferred_lang: str | None
    generated: bool  # a rendering generated from a reading, not a glossary form
    systems: tuple[str, ...]  # every system that spells the query as the form is, most standard first
    verification: str | None  # how the form met is known; "dictionary": open-dictionary data, unreviewed


@dataclass(frozen=True, slots=True)
class LookupCandidate:
    id: str
    label: str
    kind: str
    glossary: str  # the id of the glossary the entry comes from (jmnedict, cedict: dictionary data)
    score: int
    match: bool  # true only when this top candidate is unambiguous and safe to auto-accept
    matched: MatchedForm
    native: tuple[NativeForm, ...]


@dataclass(frozen=True, slots=True)
class ConventionView:
    system: str
    text_lang: str  # the language of the texts that spell names this way
    name: str


@dataclass(frozen=True, slots=True)
class Detected:
    scripts: tuple[str, ...]
    languages: tuple[str, ...]
    systems: tuple[str, ...]
    ambiguous: bool
    note: str
    conventions: tuple[ConventionView, ...]  # the systems the spelling fits, the hint's first
    from_lang: str | None  # the source-language hint given, if any


@dataclass(frozen=True, slots=True)
class LookupResponse:
    query: str
    detected: Detected
    results: tuple[LookupCandidate, ...]


def detected_view(detected: Detection) -> Detected:
    conventions = tuple(
        ConventionView(c.system, c.text_lang, c.name) for c in getattr(detected, "conventions", ())
    )
    return Detected(
        detected.scripts,
        detected.languages,
        detected.systems,
        detected.ambiguous,
        detected.note,
        conventions,
        getattr(detected, "from_lang", None),
    )


def _matched(candidate: Candidate) -> MatchedForm:
    m = candidate.matched
    return MatchedForm(
        m.form,
        m.lang,
        m.system,
        m.status.value,
        m.via,
        m.detail,
        m.key,
        m.note,
        m.preferred.form if m.preferred else None,
        m.preferred.lang if m.preferred else None,
        m.generated,
        m.systems,
        m.verification.value if m.verification else None,
    )


def lookup_response(result: LookupResult) -> LookupResponse:
    candidates = tuple(
        LookupCandidate(
            c.entry.id,
            c.entry.label,
            c.entry.kind.value,
            c.entry.glossary,
            c.score,
            c.match,
            _matched(c),
            native_forms(c.entry),
        )
        for c in result.results
    )
    return LookupResponse(result.query, detected_view(result.detected), candidates)


@dataclass(frozen=True, slots=True)
class SampleView:
    reading: str
    rendering: str
    source: str


@dataclass(frozen=True, slots=True)
class SystemView:
    id: str
    lang: str
    target: str
    name: str
    authority: str
    text_lang: str  # the language of the texts that write names this way (und: any)
    url: str
    note: str
    samples: tuple[SampleView, ...]


def system_view(system: System) -> SystemView:
    samples = tuple(SampleView(s.reading, s.rendering, s.source) for s in system.samples)
    return SystemView(
        system.id,
        system.lang,
        system.target,
        system.name,
        system.authority,
        system.text_lang,
        system.url,
        system.note,
        samples,
    )


@dataclass(frozen=True, slots=True)
class SpellingView:
    system: str
    name: str
    target: str
    text: str


@dataclass(frozen=True, slots=True)
class RomanizeResponse:
    text: str
    label: str | None  # the glossary entry's label, when the reading came from it
    lang: str
    reading: str
    reading_source: str  # glossary, input or machine
    entry: str | None
    spellings: tuple[SpellingView, ...]
    note: str


def romanize_response(result: Transcription) -> RomanizeResponse:
    spellings = tuple(SpellingView(s.system, s.name, s.target, s.text) for s in result.spellings)
    return RomanizeResponse(
        result.text,
        result.label,
        result.lang,
        result.reading,
        result.reading_source,
        result.entry,
        spellings,
        result.note,
    )
