"""docs/reconciliation.md stays true: scores, properties, error codes and examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from termbase.errors import ReconcileQueryError, UnknownPropertyError, UnknownTypeError
from termbase.lookup.search import FUZZY_EDIT_PENALTY, STATUS_PENALTY, TIER_SCORE
from termbase.model import Status
from termbase.reconcile import Reconciler
from termbase.reconcile.properties import fixed_properties
from termbase.reconcile.queries import Query

DOC = (Path(__file__).resolve().parents[2] / "docs" / "reconciliation.md").read_text(encoding="utf-8")


def test_scores_table_matches_lookup() -> None:
    for tier, score in TIER_SCORE.items():
        assert re.search(rf"^\| {tier.name.lower()} \| {score}\b", DOC, re.MULTILINE), tier
    assert f"less {FUZZY_EDIT_PENALTY} per edit" in DOC
    assert f"deprecated form scores {STATUS_PENALTY[Status.DEPRECATED]} less" in DOC
    assert f"erroneous form {STATUS_PENALTY[Status.ERRONEOUS]} less" in DOC


def test_every_fixed_property_and_error_code_is_documented() -> None:
    for prop in fixed_properties():
        assert f"| `{prop.id}` | {prop.name} |" in DOC, prop.id
    assert "| `variants` | All forms |" in DOC
    for error in (ReconcileQueryError, UnknownTypeError, UnknownPropertyError):
        assert f"| `{error.code}` | {error.status} |" in DOC, error.code


@pytest.mark.parametrize(
    "line", [line.strip() for line in DOC.splitlines() if line.startswith("    ") and "—" in line]
)
def test_description_examples_are_real(reconciler: Reconciler, line: str) -> None:
    form = re.search(r"'([^']+)'", line)
    assert form
    queries = {
        "Chang Kai-shek": "Chang Kai-shek",
        "Lavrentii Beria": "Lavrenti Beriya",
        "Mao Zedong": "Mao Zedung",
    }
    text = queries.get(form.group(1), form.group(1).split()[0] if "part of" in line else form.group(1))
    found = [r.description for r in reconciler.candidates(Query(text))]
    prefix = line.removesuffix("…").split(" — ")[0]
    assert any(d.startswith(prefix) for d in found), (line, found)
