#!/usr/bin/env bash
# The whole check, headless: install what is missing, lint, type-check, check the layering, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
export MPLBACKEND=Agg
.venv/bin/ruff check
.venv/bin/ruff format --check
.venv/bin/mypy
.venv/bin/lint-imports --no-logo
.venv/bin/python -m pytest "$@"
