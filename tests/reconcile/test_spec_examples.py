"""The vendored schemas and examples themselves: every example is judged as upstream judges it,
and our query parser accepts the valid query examples and rejects the invalid ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.reconcile import ReconcileQueryError, UnknownTypeError
from termbase.reconcile.queries import parse_batch
from tests.reconcile.specs import UNCHECKED, errors, examples, specs_folder

CASES = [
    pytest.param(version, case, id=f"{version}/{case[2]}/{case[3].parent.name}/{case[3].name}")
    for version in ("0.2", "1.0-draft")
    for case in examples(version)
]


@pytest.mark.parametrize(("version", "case"), CASES)
def test_example_is_judged_as_upstream_judges_it(
    version: str, case: tuple[str, str, str, Path, bool]
) -> None:
    schema_file, pointer, _, path, valid = case
    found = errors(
        json.loads(path.read_text(encoding="utf-8")), schema_file, version=version, pointer=pointer
    )
    assert (not found) == valid, found or "an invalid example passed"


def test_every_example_folder_is_checked_or_explained() -> None:
    for version in ("0.2", "1.0-draft"):
        folders = {p.name for p in (specs_folder(version) / "examples").iterdir() if p.is_dir()}
        checked = {folder for _, _, folder, _, _ in examples(version)}
        assert folders - checked <= UNCHECKED.keys(), version
    assert len(CASES) == 102  # 95 upstream checks itself, plus 7 checked against a part of a schema


def _query_examples(verdict: str) -> list[Path]:
    folder = specs_folder("0.2") / "examples" / "reconciliation-query-batch" / verdict
    return sorted(folder.glob("*.json"))


@pytest.mark.parametrize("path", _query_examples("valid"), ids=lambda p: p.name)
def test_parser_accepts_valid_query_examples(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    try:
        batch = parse_batch(raw, max_batch=10)
    except UnknownTypeError:
        # Valid by the schema, but its type (a GND class) is not one of our kinds.
        assert "DifferentiatedPerson" in raw
    else:
        assert batch.keys() == json.loads(raw).keys()


@pytest.mark.parametrize("path", _query_examples("invalid"), ids=lambda p: p.name)
def test_parser_rejects_invalid_query_examples(path: Path) -> None:
    with pytest.raises(ReconcileQueryError):
        parse_batch(path.read_text(encoding="utf-8"), max_batch=10)
