#!/usr/bin/env bash
# Install everything the tests need and run the whole suite: the README's test command, and CI's.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

# The browser tests drive Debian's Chromium through Playwright (Playwright's own browser
# download needs the open internet, which CI does not have).
if ! command -v chromium >/dev/null 2>&1; then
  sudo_if_needed=""
  [ "$(id -u)" = 0 ] || sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq chromium >/dev/null
fi

.venv/bin/termbase validate
.venv/bin/ruff check .
.venv/bin/mypy
# pytest exits 5 when it collects no tests; set -e makes that a failure too.
.venv/bin/python -m pytest "$@"
