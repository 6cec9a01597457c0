#!/usr/bin/env bash
# Make this checkout runnable: Debian libraries Qt needs (as root), a virtual environment,
# and the Python packages. Each step is skipped when already done, so it is cheap to repeat.
set -euo pipefail

DEBIAN_PACKAGES=(
  # Qt offscreen and under a real X server
  libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth
  # tests read PDFs back, compare with the sqlite3 shell, validate desktop metadata
  poppler-utils sqlite3 desktop-file-utils appstream
  # a font with Chinese, Japanese and Korean glyphs, for names in those scripts (window, charts, PDF)
  fonts-wqy-microhei
  # jpegtran: a sideways JPEG is turned upright losslessly (the photo pipeline falls back to re-encoding)
  libjpeg-turbo-progs
)

# Debian's packages for a Python to build the environment with; only installed when no
# suitable Python is there (a bare Debian 12 has none; Debian's python3 lacks venv without
# python3-venv, which brings ensurepip).
PYTHON_PACKAGES=(python3 python3-venv)

python_ok() {  # a Python 3.11 or newer that can make a virtual environment with pip
  "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

find_python() {  # prints the first suitable Python: $PYTHON if set, else python3, python3.1x
  local candidate
  for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

ensure_python() {  # sets PYTHON, installing Debian's python3 and python3-venv (as root) if needed
  if PYTHON="$(find_python)"; then
    return 0
  fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: no Python 3.11+ with venv found; installing Debian packages: ${PYTHON_PACKAGES[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${PYTHON_PACKAGES[@]}" >/dev/null
    if PYTHON="$(find_python)"; then
      return 0
    fi
  fi
  echo "bootstrap: Skin Journal needs Python 3.11 or newer with its venv module." >&2
  echo "bootstrap: on Debian or Ubuntu, as root: apt-get install ${PYTHON_PACKAGES[*]}" >&2
  return 1
}

main() {
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -x .venv/bin/python ]; then
  ensure_python
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv"
  "$PYTHON" -m venv .venv
fi

# Reinstall only when pyproject.toml changed since the last successful install.
stamp=.venv/.skinjournal-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "bootstrap: installing Python packages"
  # (Some machines' pip configuration names local mirrors that do not exist; hide that noise.)
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "WARNING: Location" || true
  .venv/bin/python -m pip install -q -e ".[dev]" 2>&1 | grep -v "WARNING: Location" || true
  .venv/bin/python -c "import journal, PySide6, sqlite_utils, PIL, pi_heif, matplotlib, pytestqt, sqlcipher3, cryptography, argon2" 2>/dev/null || {
    echo "bootstrap: installing the Python packages failed (see pip's messages above)" >&2; exit 1; }
  echo "$want" > "$stamp"
fi

# The compiled translations (resources/i18n/*.qm, not kept in git): rebuilt when a .ts changed.
qm=resources/i18n/skinjournal_de.qm
if [ ! -f "$qm" ] || [ -n "$(find resources/i18n -name '*.ts' -newer "$qm" -print -quit)" ]; then
  .venv/bin/python scripts/translations.py build >/dev/null
fi
}

# Sourced (by the tests, to check the Python decision), only the functions are defined.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
