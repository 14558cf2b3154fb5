#!/usr/bin/env bash
# Set up .venv with the dev tools, then lint, type-check the core, and run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
.venv/bin/ruff check src tests eval bench
.venv/bin/mypy
.venv/bin/pytest "$@"
