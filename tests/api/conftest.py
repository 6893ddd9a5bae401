from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.service import Termbase

#: The small fixture glossary, copied per test by ``folder`` so a test may edit or break it.
NAMES = Path(__file__).parents[1] / "lookup" / "fixtures" / "names"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "names"
    shutil.copytree(NAMES, target)
    return target


def break_glossary(folder: Path) -> None:
    """Make the copied glossary invalid (an id that is no id)."""
    (folder / "entries.yaml").write_text("- id: Not An Id\n  kind: person\n", encoding="utf-8")


@pytest.fixture(scope="module")
def client(names: Termbase) -> Iterator[TestClient]:
    app = create_app(Settings(max_body_bytes=10_000), termbase=names)
    with TestClient(app) as test_client:
        yield test_client


def assert_problem(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail", "code"} <= body.keys()
    assert (body["status"], body["code"], body["type"]) == (status, code, f"/problems/{code}")
    return body  # type: ignore[no-any-return]
