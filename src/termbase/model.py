"""The concept model: frozen values built by the loader and read by everything else.

One ``Entry`` per concept (as in TBX). Its ``terms`` hang under BCP 47 language tags; each term
has a status and a type. Readings (kana, pinyin with tone marks) are stored on the native terms
and checked by a person; renderings in romanization systems are generated, never stored here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from termbase.errors import NotFoundError

# Language tags live in the scripts table; re-exported here, where terms use them.
from termbase.scripts import LANGUAGE_NAMES, LANGUAGE_TAGS, base_language, script_of_tag

__all__ = [
    "ENTRY_ID",
    "LANGUAGE_NAMES",
    "LANGUAGE_TAGS",
    "NATIVE_SCRIPTS",
    "PROPER_NOUN",
    "Entry",
    "Glossary",
    "GlossaryInfo",
    "Kind",
    "Relation",
    "RelationType",
    "Source",
    "SourceRef",
    "Status",
    "Term",
    "TermType",
    "TermVerification",
    "Verification",
    "base_language",
    "script_of_tag",
]


class Status(StrEnum):
    """Usage status of a term (TBX ``administrativeStatus``)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    ERRONEOUS = "erroneous"

    @property
    def needs_note(self) -> bool:
        """Deprecated and erroneous terms must say why."""
        return self in (Status.DEPRECATED, Status.ERRONEOUS)


class TermType(StrEnum):
    """What kind of designation a term is (TBX ``termType``, narrowed to what we use)."""

    FULL_FORM = "full-form"
    SHORT_FORM = "short-form"
    ABBREVIATION = "abbreviation"
    ACRONYM = "acronym"
    TRANSLATION = "translation"
    TRANSLITERATION = "transliteration"
    CONVENTIONAL = "conventional"
    HISTORICAL = "historical"
    VARIANT = "variant"


class Kind(StrEnum):
    """What an entry is about."""

    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    PUBLICATION = "publication"
    WORK = "work"
    DOCUMENT = "document"
    ARCHIVE = "archive"
    ARCHIVAL_TERM = "archival-term"
    TERM = "term"
    EVENT = "event"


class Verification(StrEnum):
    """Whether a person has checked an entry's native forms and readings against a source."""

    VERIFIED = "verified"
    UNVERIFIED = "unverified"


class TermVerification(StrEnum):
    """How one term's form (and reading) is known to be right."""

    CHECKED = "checked"  # compared with a published source the term cites
    ARTICLE = "article"  # as the glossary's source text writes it, not compared further
    RECONSTRUCTED = "reconstructed"  # inferred by the editor (e.g. restored from a romanization)
    MACHINE = "machine"  # produced by a program (reading guesser, engine), not checked
    DICTIONARY = "dictionary"  # imported from an open dictionary, not reviewed here

    @property
    def attested(self) -> bool:
        """Whether a source shows the form: only attested forms may be preferred."""
        return self in (TermVerification.CHECKED, TermVerification.ARTICLE)


class RelationType(StrEnum):
    """Links between entries (distinct concepts). Renamings of one place are terms, not relations."""

    BROADER = "broader"  # generic: the target is a more general concept
    NARROWER = "narrower"
    PART_OF = "part-of"  # partitive: the target is the whole this is a part of
    HAS_PART = "has-part"
    LOCATED_IN = "located-in"
    SUCCEEDED = "succeeded"
    PRECEDED = "preceded"
    MEMBER_OF = "member-of"
    PUBLISHED_BY = "published-by"
    AUTHOR_OF = "author-of"
    RELATED = "related"


#: Marks a word of a Japanese reading as a proper noun, capitalized even in sentence-case titles
#: (``^ちゅうごく ざんりゅう にほんへい の きろく`` -> Chūgoku zanryū nihonhei no kiroku).
PROPER_NOUN = "^"

#: Scripts of the terms that carry (or need) a reading: kanji/kana, hanzi, and Russian Cyrillic.
NATIVE_SCRIPTS = frozenset({"Jpan", "Hani", "Hans", "Hant", "Cyrl"})

ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A pointer into a glossary-level source: which source and where in it."""

    source: str
    locator: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """A work the glossary cites (defined once in the glossary metadata)."""

    id: str
    title: str
    authors: tuple[str, ...] = ()
    year: str = ""
    url: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Term:
    """One designation of a concept in one language."""

    form: str
    lang: str
    status: Status
    type: TermType
    reading: str | None = None
    system: str | None = None
    note: str = ""
    sources: tuple[SourceRef, ...] = ()
    #: None where the glossary does not say (user glossaries, imports).
    verification: TermVerification | None = None
    line: int = field(default=0, compare=False)

    @property
    def script(self) -> str:
        return script_of_tag(self.lang)

    @property
    def plain_reading(self) -> str | None:
        """The reading without authoring marks (see ``readings.PROPER_NOUN``), for display."""
        return self.reading.replace(PROPER_NOUN, "") if self.reading else None

    @property
    def language(self) -> str:
        return base_language(self.lang)


@dataclass(frozen=True, slots=True)
class Relation:
    type: RelationType
    target: str
    note: str = ""
    line: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Entry:
    """One concept: a person, place, organization, publication, term ..."""

    id: str
    kind: Kind
    gloss: str
    terms: tuple[Term, ...]
    sources: tuple[SourceRef, ...]
    origin: str | None = None
    definition: str = ""
    note: str = ""
    relations: tuple[Relation, ...] = ()
    verification: Verification = Verification.VERIFIED
    verification_note: str = ""
    glossary: str = ""
    path: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        """Terms whose tag is ``lang`` or a subtag of it (``zh`` covers ``zh-Hans``)."""
        return tuple(t for t in self.terms if t.lang == lang or t.lang.startswith(lang + "-"))

    def preferred(self, lang: str) -> Term | None:
        """The preferred term in exactly this tag, else the first admitted one, else None."""
        exact = [t for t in self.terms if t.lang == lang]
        for status in (Status.PREFERRED, Status.ADMITTED):
            for term in exact:
                if term.status is status:
                    return term
        return None

    def replacement(self, term: Term) -> Term | None:
        """The form to write instead of ``term`` when it is deprecated or erroneous: the
        preferred one of its language tag, else the English one; None for a usable term.
        The one rule for lookup, the web page and reports."""
        if not term.status.needs_note:
            return None
        return self.preferred(term.lang) or self.preferred("en")

    @property
    def label(self) -> str:
        """The display label: the preferred English form, else the first term."""
        term = self.preferred("en")
        return term.form if term else self.terms[0].form

    def native_terms(self) -> tuple[Term, ...]:
        """Terms in a native script that carry (or need) a reading: ja, zh*, and Cyrillic ru."""
        return tuple(t for t in self.terms if t.script in NATIVE_SCRIPTS)


@dataclass(frozen=True, slots=True)
class GlossaryInfo:
    """A glossary folder's metadata (``glossary.yaml``)."""

    id: str
    name: str
    description: str
    licence: str
    sources: tuple[Source, ...]
    path: str = field(default="", compare=False)


@dataclass(frozen=True)
class Glossary:
    """Everything loaded: one or more glossary folders' metadata and all their entries."""

    infos: tuple[GlossaryInfo, ...]
    #: A tuple when loaded from files; a compiled index reads its entries on demand.
    entries: Sequence[Entry]

    @cached_property
    def by_id(self) -> Mapping[str, Entry]:
        return {entry.id: entry for entry in self.entries}

    def entry(self, entry_id: str) -> Entry:
        """The entry with ``entry_id``; :class:`~termbase.errors.NotFoundError` if there is none."""
        try:
            return self.by_id[entry_id]
        except KeyError:
            raise NotFoundError(f"no entry with id {entry_id!r}", id=entry_id) from None

    def source(self, source_id: str) -> Source | None:
        for info in self.infos:
            for source in info.sources:
                if source.id == source_id:
                    return source
        return None
