"""The concept model: frozen values built by the loader and read by everything else.

One ``Entry`` per concept (as in TBX). Its ``terms`` hang under BCP 47 language tags; each term
has a status and a type. Readings (kana, pinyin with tone marks) are stored on the native terms
and checked by a person; renderings in romanization systems are generated, never stored here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


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


#: Language tags a term may carry. Romanized forms use ``-Latn`` and name their system.
LANGUAGE_TAGS: frozenset[str] = frozenset(
    {
        "en",
        "de",
        "fr",
        "ru",
        "ru-Latn",
        "ja",
        "ja-Latn",
        "zh",
        "zh-Hans",
        "zh-Hant",
        "zh-Latn",
        "zh-Bopo",
        "ko",
        "ko-Latn",
        # Names as other languages write them, where translated or conventional (exonyms).
        "es",
        "it",
        "pt",
        "pl",
        "cs",
        "sk",
        "hu",
        "nl",
        "sv",
        "da",
        "nb",
        "fi",
        "tr",
        "ro",
        "hr",
        "sr",
        "sl",
        "lv",
        "lt",
        "uk",
        "vi",
        "mn",
    }
)

#: How each language tag is named to people (web page, reconciliation descriptions).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "ru": "Russian",
    "ru-Latn": "Russian, romanized",
    "ja": "Japanese",
    "ja-Latn": "Japanese, romanized",
    "ja-Cyrl": "Japanese, in Cyrillic",
    "zh": "Chinese",
    "zh-Hans": "Chinese, simplified",
    "zh-Hant": "Chinese, traditional",
    "zh-Latn": "Chinese, romanized",
    "zh-Bopo": "Chinese, Zhuyin",
    "zh-Cyrl": "Chinese, in Cyrillic",
    "ko": "Korean",
    "ko-Latn": "Korean, romanized",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "pl": "Polish",
    "cs": "Czech",
    "sk": "Slovak",
    "hu": "Hungarian",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian",
    "fi": "Finnish",
    "tr": "Turkish",
    "ro": "Romanian",
    "hr": "Croatian",
    "sr": "Serbian",
    "sl": "Slovene",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "mn": "Mongolian",
}

#: Script implied by a language tag when the tag does not name one (ISO 15924).
_DEFAULT_SCRIPT = {
    "en": "Latn",
    "de": "Latn",
    "fr": "Latn",
    "ru": "Cyrl",
    "ja": "Jpan",
    "zh": "Hani",
    "ko": "Kore",
    "sr": "Cyrl",
    "uk": "Cyrl",
    "mn": "Cyrl",
}

#: Marks a word of a Japanese reading as a proper noun, capitalized even in sentence-case titles
#: (``^ちゅうごく ざんりゅう にほんへい の きろく`` -> Chūgoku zanryū nihonhei no kiroku).
PROPER_NOUN = "^"

ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def base_language(tag: str) -> str:
    """``zh-Hant`` -> ``zh``; ``ja-Latn`` -> ``ja``."""
    return tag.split("-", 1)[0]


def script_of_tag(tag: str) -> str:
    """The ISO 15924 script a tag implies: ``ja-Latn`` -> ``Latn``, ``zh-Hans`` -> ``Hans``."""
    parts = tag.split("-")
    if len(parts) > 1 and len(parts[1]) == 4:
        return parts[1]
    return _DEFAULT_SCRIPT.get(parts[0], "Zyyy")


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
        return tuple(t for t in self.terms if t.script in ("Jpan", "Hani", "Hans", "Hant", "Cyrl"))


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
    entries: tuple[Entry, ...]

    @cached_property
    def by_id(self) -> dict[str, Entry]:
        return {entry.id: entry for entry in self.entries}

    def source(self, source_id: str) -> Source | None:
        for info in self.infos:
            for source in info.sources:
                if source.id == source_id:
                    return source
        return None
