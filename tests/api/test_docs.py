"""The API documentation works offline: Swagger UI is served by the service itself."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_docs_load_from_this_service_not_a_cdn(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs-assets/swagger-ui.css").headers["content-type"].startswith("text/css")
