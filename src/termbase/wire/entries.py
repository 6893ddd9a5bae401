"""Wire shapes of entries: the whole entry, a listing row, and a page of a listing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from termbase.model import Entry, Glossary, SourceRef, Status, Term
from termbase.readings import readings, renderings, respelt
from termbase.romanize import get_system


@dataclass(frozen=True, slots=True)
class SourceView:
    source: str
    locator: str
    title: str


@dataclass(frozen=True, slots=True)
class TermView:
    form: str
    lang: str
    script: str
    status: str
    type: str
    reading: str | None
    system: str | None
    note: str
    sources: tuple[SourceView, ...]
    verification: str | None  # checked, article, reconstructed, machine, dictionary (None: not said)
    replacement: int | None  # position in ``terms`` of the form to write instead (deprecated, erroneous)


@dataclass(frozen=True, slots=True)
class RenderingRow:
    """One system's spelling of one reading, in the reading's name order and swapped."""

    system: str
    name: str
    target: str
    reading: str
    term: str
    status: str
    text: str | None = None
    swapped: str | None = None


@dataclass(frozen=True, slots=True)
class ReadingView:
    lang: str
    reading: str
    term: str


@dataclass(frozen=True, slots=True)
class VerificationView:
    status: str
    note: str


@dataclass(frozen=True, slots=True)
class RelationView:
    type: str
    target: str
    label: str
    note: str


@dataclass(frozen=True, slots=True)
class EntryView:
    """The whole entry: terms, readings, renderings by system, sources, relations."""

    id: str
    kind: str
    label: str
    gloss: str
    definition: str
    note: str
    origin: str | None
    glossary: str
    verification: VerificationView
    terms: tuple[TermView, ...]
    preferred: tuple[int, ...]  # positions in ``terms`` of the form to use, one per language tag
    readings: tuple[ReadingView, ...]
    renderings: dict[str, tuple[RenderingRow, ...]]
    sources: tuple[SourceView, ...]
    relations: tuple[RelationView, ...]


@dataclass(frozen=True, slots=True)
class NativeForm:
    form: str
    lang: str
    reading: str | None


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """A listing row: enough to choose an entry."""

    id: str
    kind: str
    label: str
    gloss: str
    native: tuple[NativeForm, ...]
    verification: str


@dataclass(frozen=True, slots=True)
class EntryPage:
    total: int
    offset: int
    limit: int
    entries: tuple[EntrySummary, ...]


def _sources(refs: Iterable[SourceRef], glossary: Glossary) -> tuple[SourceView, ...]:
    views = []
    for ref in refs:
        source = glossary.source(ref.source)
        views.append(SourceView(ref.source, ref.locator, source.title if source else ""))
    return tuple(views)


def _position(entry: Entry, term: Term | None) -> int | None:
    return next((i for i, t in enumerate(entry.terms) if t is term), None) if term else None


def _term(term: Term, entry: Entry, glossary: Glossary) -> TermView:
    verification = term.verification.value if term.verification else None
    return TermView(
        term.form,
        term.lang,
        term.script,
        term.status.value,
        term.type.value,
        term.plain_reading,
        term.system,
        term.note,
        _sources(term.sources, glossary),
        verification,
        _position(entry, entry.replacement(term)),
    )


def renderings_by_language(entry: Entry) -> dict[str, tuple[RenderingRow, ...]]:
    """Every system's rendering of each distinct reading, grouped by engine language.

    Erroneous forms (misprints) are left out: they are matched, but never offered to copy."""
    grouped: dict[str, list[RenderingRow]] = {}
    seen: set[tuple[str, str]] = set()
    for reading in readings(entry):
        if reading.term.status is Status.ERRONEOUS or (reading.lang, reading.text) in seen:
            continue
        if not respelt(reading, entry):
            continue
        seen.add((reading.lang, reading.text))
        native: dict[str, str] = {}
        other: dict[str, str] = {}
        order: dict[str, str] = {}
        for rendering in renderings(entry, reading, both_orders=True):
            order.setdefault(rendering.system, rendering.target)
            (native if rendering.order == "native" else other)[rendering.system] = rendering.text
        rows = [
            RenderingRow(
                system,
                get_system(system).name,
                target,
                reading.text,
                reading.term.form,
                reading.term.status.value,
                native.get(system),
                other.get(system),
            )
            for system, target in order.items()
        ]
        grouped.setdefault(reading.lang, []).extend(rows)
    return {lang: tuple(rows) for lang, rows in grouped.items()}


def entry_view(entry: Entry, glossary: Glossary) -> EntryView:
    by_id = glossary.by_id
    relations = tuple(
        RelationView(r.type.value, r.target, by_id[r.target].label if r.target in by_id else "", r.note)
        for r in entry.relations
    )
    return EntryView(
        entry.id,
        entry.kind.value,
        entry.label,
        entry.gloss,
        entry.definition,
        entry.note,
        entry.origin,
        entry.glossary,
        VerificationView(entry.verification.value, entry.verification_note),
        tuple(_term(t, entry, glossary) for t in entry.terms),
        tuple(
            p
            for lang in dict.fromkeys(t.lang for t in entry.terms)
            if (p := _position(entry, entry.preferred(lang))) is not None
        ),
        tuple(ReadingView(r.lang, r.text, r.term.form) for r in readings(entry)),
        renderings_by_language(entry),
        _sources(entry.sources, glossary),
        relations,
    )


def native_forms(entry: Entry) -> tuple[NativeForm, ...]:
    return tuple(
        NativeForm(t.form, t.lang, t.plain_reading)
        for t in entry.native_terms()
        if t.status in (Status.PREFERRED, Status.ADMITTED)
    )


def entry_summary(entry: Entry) -> EntrySummary:
    return EntrySummary(
        entry.id, entry.kind.value, entry.label, entry.gloss, native_forms(entry), entry.verification.value
    )


def entry_page(entries: Iterable[Entry], *, total: int, offset: int, limit: int) -> EntryPage:
    return EntryPage(total, offset, limit, tuple(entry_summary(e) for e in entries))
