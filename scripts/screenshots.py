"""Screenshots of the web page for the README, taken from the running service.

Starts ``termbase serve`` (the bundled glossary) on a free port, drives Debian's Chromium with
Playwright, and writes::

    docs/screenshots/search.png   a search typed into the box, results as you type
    docs/screenshots/entry.png    an entry page: preferred forms and the renderings table

Usage: ``.venv/bin/python scripts/screenshots.py [--query TEXT] [--entry ID] [--out DIR]``.
Needs ``apt-get install chromium fonts-noto-cjk`` (without a CJK font, Han and kana show as boxes).
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the launch settings are shared with the browser tests
from tests.web.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for(url: str, server: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"termbase serve exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.25)
    sys.exit(f"the service did not answer {url} within {timeout:.0f} s")


def take(base_url: str, out: Path, query: str, entry: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=base_url, viewport={"width": 1000, "height": 560})
        page = context.new_page()
        page.goto("/")
        page.locator("#q").press_sequentially(query, delay=40)
        page.locator("#results .result").first.wait_for()
        page.wait_for_timeout(300)
        page.screenshot(path=out / "search.png")
        page.set_viewport_size({"width": 1000, "height": 1500})
        page.goto(f"/entries/{entry}")
        page.locator("table.renderings").first.wait_for()
        page.screenshot(path=out / "entry.png")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="Mao Tse-tung", help="what to type into the search box")
    parser.add_argument("--entry", default="nosaka-sanzo", help="the entry page to show")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not Path(CHROMIUM).is_file():
        sys.exit(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium fonts-noto-cjk")
    args.out.mkdir(parents=True, exist_ok=True)
    port = free_port()
    termbase = Path(sys.executable).with_name("termbase")
    server = subprocess.Popen([str(termbase), "serve", "--port", str(port)], stdout=subprocess.DEVNULL)
    try:
        base_url = f"http://127.0.0.1:{port}"
        wait_for(f"{base_url}/healthz", server)
        take(base_url, args.out, args.query, args.entry)
    finally:
        server.terminate()
        server.wait(timeout=10)
    for name in ("search.png", "entry.png"):
        print(args.out / name)


if __name__ == "__main__":
    main()
