#!/usr/bin/env bash
# Set up .venv, ingest the bundled sample corpus into ./dateline.duckdb, print the events.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/dateline ingest --sample
.venv/bin/dateline events
