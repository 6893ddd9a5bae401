"""The admin reload endpoint, structured access logs and /metrics."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from termbase.api import Settings, create_app
from termbase.service import Termbase
from tests.api.conftest import assert_problem

NAMES = Path(__file__).parents[1] / "lookup" / "fixtures" / "names"
TOKEN = "s3cret-token"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "names"
    shutil.copytree(NAMES, target)
    return target


@pytest.fixture
def admin(folder: Path) -> Iterator[TestClient]:
    settings = Settings(glossaries=(folder,), admin_token=TOKEN)
    with TestClient(create_app(settings, termbase=Termbase.load(folder))) as client:
        yield client


def test_admin_reload_is_404_when_no_token_is_set(names: Termbase) -> None:
    with TestClient(create_app(Settings(), termbase=names)) as client:
        assert_problem(client.post("/admin/reload", headers={"Authorization": "Bearer x"}), 404, "not-found")


def test_admin_reload_needs_the_token(admin: TestClient) -> None:
    missing = admin.post("/admin/reload")
    assert_problem(missing, 401, "unauthorized")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert_problem(admin.post("/admin/reload", headers={"Authorization": "Bearer wrong"}), 403, "forbidden")
    assert_problem(
        admin.post("/admin/reload", headers={"Authorization": f"Basic {TOKEN}"}), 401, "unauthorized"
    )


def test_admin_reload_reports_the_new_version_and_the_last_error(admin: TestClient, folder: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = admin.get("/healthz").json()["loaded"]["content_hash"]
    with (folder / "entries.yaml").open("a", encoding="utf-8") as file:
        file.write("\n# edited\n")
    done = admin.post("/admin/reload", headers=auth)
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["finished"] and body["reload"]["reloads"] == 1 and body["reload"]["last_error"] is None
    assert body["loaded"]["content_hash"] not in (None, before) and body["loaded"]["entries"] == {"names": 10}
    (folder / "entries.yaml").write_text("- id: Not An Id\n", encoding="utf-8")
    failed = admin.post("/admin/reload", headers=auth).json()
    assert failed["reload"]["reloads"] == 1 and "problem" in failed["reload"]["last_error"]
    assert failed["loaded"]["content_hash"] == body["loaded"]["content_hash"]


def test_access_log_is_one_json_line_without_query_or_body(
    names: Termbase, capsys: pytest.CaptureFixture[str]
) -> None:
    with TestClient(create_app(Settings(), termbase=names)) as client:
        capsys.readouterr()
        response = client.get("/v1/lookup?q=Nosaka", headers={"X-Request-ID": "abc-123"})
        fresh = client.get("/v1/entries/nosaka-sanzo", headers={"X-Request-ID": "bad id with spaces"})
    assert response.headers["x-request-id"] == "abc-123"
    assert fresh.headers["x-request-id"] != "bad id with spaces" and len(fresh.headers["x-request-id"]) == 32
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    first, second = lines[-2:]
    assert (
        first["request_id"] == "abc-123"
        and first["path"] == "/v1/lookup"
        and "Nosaka" not in json.dumps(first)
    )
    assert (first["method"], first["status"], first["route"]) == ("GET", 200, "/v1/lookup")
    assert first["duration_ms"] >= 0 and first["time"].endswith("+00:00")
    assert second["route"] == "/v1/entries/{entry_id}"


def test_access_log_writes_query_strings_only_when_enabled(
    names: Termbase, capsys: pytest.CaptureFixture[str]
) -> None:
    with TestClient(create_app(Settings(log_query_strings=True), termbase=names)) as client:
        capsys.readouterr()
        client.get("/v1/lookup?q=Nosaka")
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["path"] == "/v1/lookup?q=Nosaka"


def test_metrics_count_requests_lookups_caches_and_the_glossary(names: Termbase) -> None:
    with TestClient(create_app(Settings(), termbase=names)) as client:
        client.get("/v1/lookup?q=Nosaka+Sanzo")
        client.get("/v1/lookup?q=zzzzqqqq")
        client.get("/no/such/path/123")
        response = client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'termbase_http_requests_total{method="GET",route="/v1/lookup",status="200"}' in text
    assert 'route="<unmatched>",status="404"' in text and "/no/such/path" not in text
    assert 'termbase_http_request_duration_seconds_bucket{le="0.005",route="/v1/lookup"}' in text
    assert 'termbase_lookups_total{accepted="true",tier="exact"}' in text
    assert 'termbase_lookups_total{accepted="false",tier="none"}' in text
    assert f"termbase_glossary_entries {float(len(names.glossary.entries))}" in text
    capacities = [line for line in text.splitlines() if line.startswith("termbase_cache_capacity{")]
    assert capacities and all(float(line.rsplit(" ", 1)[1]) > 0 for line in capacities)
