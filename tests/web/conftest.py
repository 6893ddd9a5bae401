"""Fixtures for the web page: a TestClient on a small fixture glossary, and for the browser tests the
real service (bundled glossary) on a free port with Debian's Chromium driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html  # type: ignore[import-untyped]

from termbase.api import Settings, create_app
from termbase.service import Termbase
from tests.web.browser import CHROMIUM, CHROMIUM_ARGS
from tests.web.server import running

SITE = Path(__file__).parent / "fixtures" / "site"


@pytest.fixture(scope="session")
def site() -> Termbase:
    return Termbase.load(SITE)


@pytest.fixture(scope="module")
def client(site: Termbase) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(), termbase=site)) as test_client:
        yield test_client


def parse(response: Any) -> Any:
    """An HTML response as an lxml tree (after checking it is HTML)."""
    assert response.headers["content-type"].startswith("text/html"), response.text[:200]
    return lxml_html.fromstring(response.text)


@pytest.fixture(scope="session")
def live_server(bundled: Termbase) -> Iterator[str]:
    with running(bundled) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: the browser tests need it. Install it with "
            "`apt-get install -y chromium` (scripts/test.sh does), or set TERMBASE_CHROMIUM to its path.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Watch:
    """What a page did that it must not: requests to other origins, script errors, CSP violations."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.foreign: list[str] = []
        self.errors: list[str] = []

    def request(self, request: Any) -> None:
        if not request.url.startswith((self.base_url, "data:")):
            self.foreign.append(request.url)

    def console(self, message: Any) -> None:
        # Aborted and mocked-failing requests (tests of the error state) log as network errors.
        if message.type == "error" and "Failed to load resource" not in message.text:
            self.errors.append(message.text)

    def check(self) -> None:
        assert not self.foreign, f"requests left the service's origin: {self.foreign}"
        assert not self.errors, f"errors in the page: {self.errors}"


def open_context(browser: Any, base_url: str, **options: Any) -> tuple[Any, Watch]:
    context = browser.new_context(base_url=base_url, **options)
    context.set_default_timeout(10_000)
    watch = Watch(base_url)
    context.on("request", watch.request)
    context.on("console", watch.console)
    context.on("weberror", lambda error: watch.errors.append(str(error.error)))
    return context, watch


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """A fresh page (own context) that fails the test on foreign requests or script errors."""
    context, watch = open_context(browser, live_server)
    yield context.new_page()
    context.close()
    watch.check()
