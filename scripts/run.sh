#!/usr/bin/env bash
# Start Skin Journal from this checkout (installing what is missing first).
# Arguments go to the app: `--demo` opens the demo journal, `--journal DIR` another folder.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = "Linux" ]; then
  echo "run: no display found; starting under xvfb-run (set DISPLAY to use your screen)" >&2
  exec xvfb-run -a "$here/.venv/bin/skinjournal" "$@"
fi
exec "$here/.venv/bin/skinjournal" "$@"
