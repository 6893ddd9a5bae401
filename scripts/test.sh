#!/usr/bin/env bash
# Install everything the tests need and run the whole suite: the README's test command, and CI's.
set -euo pipefail
cd "$(dirname "$0")/.."

# Its own environment, not the .venv the README's serve command installs: reinstalling that one
# under a running service would break the service.
VENV=.venv-test
python3 -m venv "$VENV"
"$VENV"/bin/python -m pip install --quiet --upgrade pip
"$VENV"/bin/python -m pip install --quiet -e '.[test]'

# The browser tests drive Debian's Chromium through Playwright (Playwright's own browser
# download needs the open internet, which CI does not have).
# CJK fonts too: without them kanji, hanzi and kana render as empty boxes in the browser tests.
# OpenRefine (Debian's 3.6) is the real reconciliation client of tests/integration/test_openrefine.py.
missing=""
command -v chromium >/dev/null 2>&1 || missing="chromium"
fc-list 2>/dev/null | grep -qi "noto.*cjk" || missing="$missing fonts-noto-cjk"
command -v openrefine >/dev/null 2>&1 || missing="$missing openrefine"
if [ -n "$missing" ]; then
  sudo_if_needed=""
  [ "$(id -u)" = 0 ] || sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq $missing >/dev/null
fi

"$VENV"/bin/termbase validate
"$VENV"/bin/ruff check .
"$VENV"/bin/mypy
# pytest exits 5 when it collects no tests; set -e makes that a failure too.
"$VENV"/bin/python -m pytest "$@"
