"""The OpenAPI models describe exactly what the core's wire dataclasses serialize."""

from __future__ import annotations

import dataclasses
import typing

import pytest
from pydantic import BaseModel

from termbase import wire
from termbase.api import schemas
from termbase.wire import editor as wire_editor

PAIRS = [
    (schemas.LookupResponse, wire.LookupResponse),
    (schemas.LookupCandidate, wire.LookupCandidate),
    (schemas.Matched, wire.MatchedForm),
    (schemas.Detected, wire.Detected),
    (schemas.Convention, wire.ConventionView),
    (schemas.NativeForm, wire.NativeForm),
    (schemas.EntryPage, wire.EntryPage),
    (schemas.EntrySummary, wire.EntrySummary),
    (schemas.RomanizeResponse, wire.RomanizeResponse),
    (schemas.Spelling, wire.SpellingView),
    (schemas.NormalizeResponse, wire_editor.NormalizeResponse),
    (schemas.NormalizedValue, wire_editor.NormalizedValue),
    (schemas.CandidateRef, wire_editor.CandidateRef),
    (schemas.CheckResponse, wire.CheckResponse),
    (schemas.CheckFinding, wire.FindingView),
    (schemas.CheckGroup, wire.GroupView),
    (schemas.SpellingCount, wire_editor.SpellingCount),
    (schemas.CheckMention, wire.MentionView),
    (schemas.CheckUnknown, wire_editor.UnknownGroupView),
    (schemas.UnknownPlace, wire_editor.UnknownPlace),
]


def _nested(annotation: object) -> set[type]:
    """Dataclasses and models named anywhere in a field's type (list[X], X | None ...)."""
    if isinstance(annotation, type) and (
        dataclasses.is_dataclass(annotation) or issubclass(annotation, BaseModel)
    ):
        return {annotation}
    found: set[type] = set()
    for arg in typing.get_args(annotation):
        found |= _nested(arg)
    return found


@pytest.mark.parametrize(("model", "view"), PAIRS, ids=lambda c: c.__name__)
def test_model_fields_are_the_wire_fields(model: type[BaseModel], view: type) -> None:
    fields = [f.name for f in dataclasses.fields(view)]
    assert list(model.model_fields) == fields


@pytest.mark.parametrize(("model", "view"), PAIRS, ids=lambda c: c.__name__)
def test_nested_shapes_pair_up(model: type[BaseModel], view: type) -> None:
    pairs = {m: v for m, v in PAIRS}
    hints = typing.get_type_hints(view)
    for name, info in model.model_fields.items():
        nested_models = _nested(info.annotation)
        nested_views = _nested(hints[name])
        assert {pairs[m] for m in nested_models} == nested_views, name
