#!/usr/bin/env bash
# The whole check, headless: install what is missing, lint, type-check the core, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
export MPLBACKEND=Agg
.venv/bin/ruff check
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
