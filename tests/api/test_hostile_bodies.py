"""Bodies nested a hundred thousand levels deep: 400 problem+json at every POST, never a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.service import Termbase
from tests.api.conftest import assert_problem

DEEP = 100_000
ARRAYS = "[" * DEEP + "]" * DEEP
OBJECTS = '{"a":' * DEEP + "1" + "}" * DEEP


@pytest.fixture(scope="module")
def roomy(names: Termbase) -> TestClient:
    # A body limit above the hostile bodies' size, so the parser meets them.
    return TestClient(create_app(Settings(max_body_bytes=5_000_000), termbase=names))


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/v1/normalize", '{"strings": ' + ARRAYS + "}", "bad-request"),
        ("/v1/check", '{"text": "Mao", "style": ' + OBJECTS + "}", "bad-request"),
        ("/v1/romanize", ARRAYS, "bad-request"),
        ("/reconcile/v1/reconcile", ARRAYS, "malformed-reconciliation-query"),
        ("/reconcile/v1/extend", OBJECTS, "malformed-reconciliation-query"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.startswith("/") else "",
)
def test_a_deeply_nested_json_body_is_a_400(roomy: TestClient, path: str, body: str, code: str) -> None:
    response = roomy.post(path, content=body, headers={"content-type": "application/json"})
    assert_problem(response, 400, code)


@pytest.mark.parametrize("field", ["queries", "extend"])
def test_a_deeply_nested_form_field_is_a_400(roomy: TestClient, field: str) -> None:
    assert_problem(roomy.post("/reconcile", data={field: ARRAYS}), 400, "malformed-reconciliation-query")
