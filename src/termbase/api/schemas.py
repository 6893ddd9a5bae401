"""Wire schemas (pydantic) for request bodies and the OpenAPI document.

Responses are the core's wire dataclasses (:mod:`termbase.wire`), serialized once by ``to_json``;
the models here document them in OpenAPI without re-validating every response on the hot path,
and tests/api/test_schemas.py checks them against the dataclasses field by field.
tests/api/test_schemathesis.py checks the whole document against the running app (statuses,
content types, response bodies), so what is declared here is what the service answers.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field

from termbase.editor.normalize import Outcome
from termbase.lookup.ranking import Tier
from termbase.romanize.policy import PolicyName
from termbase.transcribe import MAX_TEXT_LENGTH

PROBLEM_MEDIA_TYPE = "application/problem+json"

#: ``via`` is a lookup tier, and when the query had to be transliterated from a script no
#: engine reads, how ("words, transliterated from Greek"). Built from the tiers themselves.
VIA_PATTERN = "^(" + "|".join(t.name.lower() for t in Tier) + ")(, transliterated from [^,]+)?$"


class Problem(BaseModel):
    """RFC 9457 problem details, with a stable ``code`` (GET /problems/{code} explains it)."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="/problems/{code}")
    title: str
    status: int
    detail: str
    instance: str = Field(description="the request path")
    code: str
    errors: list[dict[str, str]] | None = Field(
        None, description="invalid-parameter: each parameter at fault (location, message)"
    )
    problems: list[str] | None = Field(None, description="invalid-glossary: every problem found")


class Matched(BaseModel):
    form: str
    lang: str
    system: str | None
    status: Literal["preferred", "admitted", "deprecated", "erroneous"]
    via: str = Field(
        pattern=VIA_PATTERN,
        description="the tier: " + ", ".join(t.name.lower() for t in Tier) + "; after a comma, how the "
        "query was rewritten to be found (transliterated from a script no engine reads)",
    )
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
    verification: str | None = Field(
        description="how the form met is known: checked, article, reconstructed, machine, or dictionary "
        "(open-dictionary data, unreviewed: matched only on its exact native-script form)"
    )


class NativeForm(BaseModel):
    form: str
    lang: str
    reading: str | None


class LookupCandidate(BaseModel):
    id: str
    label: str
    kind: str
    glossary: str = Field(description="the glossary the entry comes from (jmnedict, cedict: dictionary data)")
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

    text: str = Field(min_length=1, max_length=MAX_TEXT_LENGTH, examples=["野坂参三"])
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


class CandidateRef(BaseModel):
    id: str
    score: int = Field(ge=0, le=100)


class NormalizedValue(BaseModel):
    input: str = Field(description="the value as sent")
    outcome: Outcome
    normalized: str = Field(description="the value in the house style; the input when not normalized")
    id: str | None = Field(description="the entry matched, when one was")
    score: int | None = Field(ge=0, le=100)
    match: bool
    status: Literal["preferred", "admitted", "deprecated", "erroneous"] | None
    candidates: list[CandidateRef] = Field(description="the entries it may be, when it is ambiguous")
    note: str


class NormalizeResponse(BaseModel):
    style: str
    summary: dict[str, int] = Field(description="values, and how many had each outcome")
    results: list[NormalizedValue] = Field(description="one per string sent, in order")


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
        pattern=r"^(term|term-swapped|rendering|rendering-swapped|inflection|name-part|qualifier|lookup-[a-z]+)$",
        description="how it was recognised: a glossary term as written, a person's term in the other "
        "name order, a rendering of a reading in `system`, such a rendering in the other order, "
        "`inflection` (a case form of a glossary spelling: Японии, Mao Zedongs), `name-part` (one "
        "word of a person's name the text writes in full elsewhere: Nosaka), `qualifier` (a place "
        "beside a qualifier word the glossary makes an entry of: Güney Sahalin, Southern Sakhalin), or "
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


Responses = dict[int | str, dict[str, Any]]

_PROBLEM_SCHEMA = Problem.model_json_schema()
_WHY = {
    400: "Invalid input (problem+json)",
    404: "Not found (problem+json)",
    413: "Input over limit (problem+json)",
    414: "Request line over limit (problem+json)",
    422: "Invalid glossary (problem+json)",
    431: "Request headers over limit (problem+json)",
}


def problems(*statuses: int) -> Responses:
    """``responses=`` for the error statuses a route can answer, each with a problem+json body."""
    return {
        status: {"description": _WHY[status], "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_SCHEMA}}}
        for status in statuses
    }


def json_or_jsonp(model: type[BaseModel] | None = None) -> Responses:
    """``responses=`` 200 for a route taking ``callback``: JSON, or JSONP (a script) with it."""
    json: dict[str, Any] = {"schema": model.model_json_schema()} if model is not None else {}
    return {
        200: {
            "description": "JSON; with `callback`, JSONP (the JSON inside a call to that function)",
            "content": {"application/json": json, "application/javascript": {}},
        }
    }


#: What most routes with parameters can answer: invalid parameters (400).
PROBLEM_RESPONSES: Responses = problems(400)
#: Routes that take a body: invalid input (400) or a body over the limit (413).
BODY_PROBLEMS: Responses = problems(400, 413)


def install_openapi(app: FastAPI) -> None:
    """The OpenAPI document without FastAPI's automatic 422 ``HTTPValidationError`` responses:
    this service answers invalid parameters with 400 problem+json (``invalid-parameter``),
    which each route declares, and never sends that shape."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = generate()  # FastAPI keeps it as app.openapi_schema
            for operations in document.get("paths", {}).values():
                for operation in operations.values():
                    declared = operation.get("responses", {}).get("422", {})
                    schema = declared.get("content", {}).get("application/json", {}).get("schema", {})
                    if schema.get("$ref", "").endswith("/HTTPValidationError"):
                        del operation["responses"]["422"]
            schemas = document.get("components", {}).get("schemas", {})
            for name in ("HTTPValidationError", "ValidationError"):
                schemas.pop(name, None)
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]
