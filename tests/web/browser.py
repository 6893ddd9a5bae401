"""How the browser tests (and scripts/screenshots.py) launch Debian's Chromium."""

from __future__ import annotations

import os

#: Playwright's own browser download needs the open internet; CI installs Debian's chromium
#: (scripts/test.sh). Without the background-networking flags Chromium hangs on a closed network.
CHROMIUM = os.environ.get("TERMBASE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
