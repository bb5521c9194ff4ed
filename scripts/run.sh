#!/usr/bin/env bash
# Set up and run the main job on the embedded store: install vilao, ingest the sample corpus into
# ./vilao-data, and serve the API (and the network page) on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
.venv/bin/vilao ingest ingest/samples --store ./vilao-data
exec .venv/bin/vilao serve --store ./vilao-data --host 127.0.0.1 --port 8000
