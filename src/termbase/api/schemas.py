"""Wire schemas (pydantic) for request bodies and the OpenAPI document.

Responses are the core's wire dataclasses (:mod:`termbase.wire`), serialized once by ``to_json``;
the models here document them in OpenAPI without re-validating every response on the hot path,
and tests/api/test_schemas.py checks them against the dataclasses field by field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from termbase.romanize.policy import PolicyName


class Problem(BaseModel):
    type: str
    title: str
    status: int
    detail: str
    instance: str
    code: str


class Matched(BaseModel):
    form: str
    lang: str
    system: str | None
    status: str
    via: str = Field(description="the tier: exact, fold, phonetic, initials, partial, words or fuzzy")
    detail: str
    key: str | None
    note: str
    preferred: str | None = Field(
        description="the form to use instead, when the matched form is deprecated or erroneous"
    )
    preferred_lang: str | None = Field(description="the language tag of the preferred form")
    generated: bool = Field(description="true when the form is a generated rendering, not a glossary form")
    systems: list[str] = Field(
        description="every system that spells the query as the form is, most standard first"
    )


class NativeForm(BaseModel):
    form: str
    lang: str
    reading: str | None


class LookupCandidate(BaseModel):
    id: str
    label: str
    kind: str
    score: int = Field(ge=0, le=100)
    match: bool = Field(
        description="true only when this top candidate is unambiguous and safe to auto-accept"
    )
    matched: Matched
    native: list[NativeForm]


class Convention(BaseModel):
    system: str
    text_lang: str = Field(description="the language of the texts that spell names this way (und: any)")
    name: str


class Detected(BaseModel):
    scripts: list[str]
    languages: list[str]
    systems: list[str]
    ambiguous: bool
    note: str
    conventions: list[Convention] = Field(
        description="the systems the spelling fits, the source language's first"
    )
    from_lang: str | None = Field(description="the source-language hint given (the `from` parameter)")


class LookupResponse(BaseModel):
    query: str
    detected: Detected
    results: list[LookupCandidate]


class EntrySummary(BaseModel):
    id: str
    kind: str
    label: str
    gloss: str
    native: list[NativeForm]
    verification: str


class EntryPage(BaseModel):
    total: int
    offset: int
    limit: int
    entries: list[EntrySummary]


class RomanizeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=2000, examples=["野坂参三"])
    lang: Literal["ja", "zh", "ru"] | None = None
    system: str = Field("all", description="a system id from GET /v1/systems, or 'all'")
    errors: PolicyName = "keep"
    order: Literal["native", "given-first"] = "native"


class Spelling(BaseModel):
    system: str
    name: str
    target: str
    text: str


class RomanizeResponse(BaseModel):
    text: str
    label: str | None = Field(description="the glossary entry's label, when the reading came from it")
    lang: str
    reading: str
    reading_source: Literal["glossary", "input", "machine"]
    entry: str | None
    spellings: list[Spelling]
    note: str


class CheckFinding(BaseModel):
    line: int = Field(description="1-based line of the finding's start")
    column: int = Field(description="1-based column (in characters) of the finding's start")
    start: int = Field(description="offset of the first character (0-based, in characters)")
    end: int = Field(description="offset just past the last character")
    found: str
    suggestion: str | None = Field(description="what to write instead; null when no safe correction exists")
    id: str
    label: str
    reasons: list[Literal["erroneous", "deprecated", "house-style", "inconsistent"]]
    message: str
    note: str


class SpellingCount(BaseModel):
    form: str
    count: int


class CheckGroup(BaseModel):
    id: str
    label: str
    house: str = Field(description="the house style's form of the entry")
    spellings: list[SpellingCount] = Field(description="every spelling in the text, most frequent first")


class CheckMention(BaseModel):
    line: int = Field(description="1-based line of the mention's start")
    column: int = Field(description="1-based column (in characters) of the mention's start")
    start: int = Field(description="offset of the first character (0-based, in characters)")
    end: int = Field(description="offset just past the last character")
    found: str = Field(description="the text as found, runs of white space made one space")
    id: str = Field(description="the entry the mention is linked to")
    label: str
    form: str = Field(description="the glossary spelling it matched: a term, or a rendering of a reading")
    lang: str = Field(description="BCP 47 tag of that spelling (ja-Latn, ru, zh-Hant ...)")
    system: str | None = Field(description="the romanization system of that spelling, if any")
    status: Literal["preferred", "admitted", "deprecated", "erroneous"] = Field(
        description="status of the term matched, or of the term whose reading was rendered"
    )
    house: str = Field(description="the house style's form of the entry")
    how: str = Field(
        pattern=r"^(term|term-swapped|rendering|rendering-swapped|lookup-[a-z]+)$",
        description="how it was recognised: a glossary term as written, a person's term in the other "
        "name order, a rendering of a reading in `system`, such a rendering in the other order, or "
        "`lookup-` and the lookup tier (lookup-phonetic, lookup-fuzzy ...) for a variant the glossary "
        "does not spell",
    )
    reasons: list[Literal["erroneous", "deprecated", "house-style", "inconsistent"]] = Field(
        description="the reasons of the finding at this place; empty when the spelling is right"
    )


class UnknownPlace(BaseModel):
    line: int
    column: int
    found: str = Field(description="the spelling at this place")


class CheckUnknown(BaseModel):
    proposed: str = Field(description="the spelling proposed for every variant")
    variants: list[SpellingCount] = Field(description="each spelling with its count, most frequent first")
    places: list[UnknownPlace] = Field(description="every place, in text order")


class CheckResponse(BaseModel):
    style: str
    summary: dict[str, int | float] = Field(
        description="findings (and by reason), groups, unknown, mentions, entries, seconds"
    )
    findings: list[CheckFinding]
    groups: list[CheckGroup] = Field(description="entities written several ways")
    mentions: list[CheckMention] = Field(description="every name found, in text order")
    unknown: list[CheckUnknown] = Field(
        description="names in no glossary that the text writes several ways, clustered by phonetic keys"
    )
    fixed: str | None = Field(None, description="the corrected text, when `fix` was asked for")
    remaining: dict[str, int | float] | None = Field(None, description="the corrected text's summary")


PROBLEM_RESPONSES: dict[int | str, dict[str, object]] = {
    400: {"model": Problem, "description": "Invalid input (problem+json)"},
    404: {"model": Problem, "description": "Not found (problem+json)"},
    413: {"model": Problem, "description": "Input over limit (problem+json)"},
}
