"""The OpenAPI document is true: schemathesis calls every operation with generated valid and
invalid input and checks each answer against what the document declares (status code,
content type, response body schema), and that none is a server error.

Fixed seed and a bounded number of examples per operation, so CI sees the same cases every run
(about 30 s on two cores); ``TERMBASE_SCHEMATHESIS_EXAMPLES`` raises the bound for a deeper run.
"""

from __future__ import annotations

import os
import re

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks as generic
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi import checks as openapi

from termbase.api import Settings, create_app
from termbase.api.schemas import VIA_PATTERN
from termbase.service import Termbase

EXAMPLES = int(os.environ.get("TERMBASE_SCHEMATHESIS_EXAMPLES", "40"))
CONFIG = SchemathesisConfig.from_str(
    f'seed = 20261203\n[generation]\nmode = "all"\nmax-examples = {EXAMPLES}\n'
)
CHECKS = [
    generic.not_a_server_error,
    openapi.status_code_conformance,
    openapi.content_type_conformance,
    openapi.response_schema_conformance,
]


# The document is built at import (pytest parametrizes from it); the glossary is given to the
# app only when the tests run. The small fixture glossary: generated ids and prefixes meet its
# entries often enough, and it loads in a fraction of the bundled glossary's time.
APP = create_app(Settings(max_body_bytes=100_000, max_batch=50))
schema = schemathesis.openapi.from_dict(APP.openapi(), config=CONFIG)
schema.app = APP


@pytest.fixture(autouse=True)
def loaded(names: Termbase) -> None:
    APP.state.termbase = names


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_every_operation_answers_as_documented(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=CHECKS)


def test_the_document_declares_problem_json_for_every_error_it_lists(names: Termbase) -> None:
    app = create_app(Settings(), termbase=names)
    document = app.openapi()
    assert "HTTPValidationError" not in document.get("components", {}).get("schemas", {})
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")) and status != "503":
                    assert list(response["content"]) == ["application/problem+json"], (method, path, status)


def test_via_is_described_by_the_tiers_lookup_returns(names: Termbase) -> None:
    seen = set()
    for query in ("Mao Tse-tung", "Yoshida", "Nosaka Sanzp", "Μάο Τσε Τουνγκ", "N. S. Khrushchev"):
        for candidate in names.lookup(query, limit=5).results:
            seen.add(candidate.matched.via)
            assert re.fullmatch(VIA_PATTERN, candidate.matched.via), candidate.matched.via
    assert len(seen) >= 3  # the test looked at several tiers, not one
