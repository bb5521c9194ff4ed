#!/usr/bin/env bash
# Set up and run the whole test suite: a virtualenv with vilao and its test tools, Debian's Chromium
# for the browser tests, and the test Neo4j (built from Maven Central by the tests themselves).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || echo "warning: could not install Debian's chromium; the browser tests will fail" >&2
fi
.venv/bin/python -m ruff check app graph ingest queries tests bench evaluation
exec .venv/bin/python -m pytest -q -rfEs "$@"
