#!/usr/bin/env bash
# Build Skin Journal's wheel, install it into a fresh virtual environment (dependencies
# from the package index), and use it from a folder outside this checkout the way a person
# would: create a journal, fill the demo story, write the doctor summary, run --self-test
# (which opens the window offscreen). Prints the time of each step.
#
#   packaging/check_wheel.sh            (PYTHON=python3.12 packaging/check_wheel.sh for another Python)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
PYTHON="${PYTHON:-python3}"
out="$root/build/wheel-check"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step_start=0
step() { step_start=$(date +%s%N); echo; echo "== $* =="; }
took() { echo "   ($(( ($(date +%s%N) - step_start) / 1000000 )) ms)"; }
quiet() { grep -v "WARNING: Location" || true; }  # some machines name local mirrors that do not exist
total_start=$(date +%s%N)

step "build the wheel"
rm -rf "$out"
"$root/.venv/bin/python" -m build --wheel --outdir "$out" . 2>&1 | tail -n 1
wheel="$(ls "$out"/skinjournal-*.whl)"
listing="$("$PYTHON" -m zipfile -l "$wheel")"
for wanted in journal/_migrations/0001_initial.sql \
              journal/_resources/io.github.skinjournal.SkinJournal.desktop \
              journal/_resources/io.github.skinjournal.SkinJournal.metainfo.xml \
              journal/_resources/icons/hicolor/256x256/apps/io.github.skinjournal.SkinJournal.png \
              journal/selftest.py journal/cli/commands/report.py; do
  grep -q "$wanted" <<<"$listing" || { echo "check_wheel: $wanted is missing from $wheel" >&2; exit 1; }
done
echo "$(basename "$wheel"): $(du -h "$wheel" | cut -f1), migrations and resources inside the package"
took

step "install into a fresh virtual environment"
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --upgrade pip 2>&1 | quiet
"$work/venv/bin/python" -m pip install -q "$wheel" 2>&1 | quiet
"$work/venv/bin/python" -m pip list 2>/dev/null | grep -iE "^(skinjournal|pyside6[-_]essentials|matplotlib|pillow|pi.heif|sqlite-utils) "
if "$work/venv/bin/python" -m pip show -q PySide6-Addons >/dev/null 2>&1; then
  echo "check_wheel: the wheel pulled in PySide6-Addons; it should need PySide6-Essentials only" >&2
  exit 1
fi
took

# From here on: another folder, another home; nothing of the checkout or of this user.
mkdir -p "$work/elsewhere" "$work/home"
cd "$work/elsewhere"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache" \
  XDG_CONFIG_HOME="$work/home/config" QT_QPA_PLATFORM=offscreen
unset SKINJOURNAL_DIR MPLCONFIGDIR PYTHONPATH
sj="$work/venv/bin/skinjournal"
journal="$work/elsewhere/My journal"

step "create a journal"
"$sj" --journal "$journal" site add "Left forearm" --kind deposit --region forearm
"$sj" --journal "$journal" site list
took

step "skinjournal demo"
"$sj" --journal "$work/elsewhere/demo" demo
took

step "skinjournal report"
"$sj" --journal "$work/elsewhere/demo" report --out summary.pdf
head -c 5 summary.pdf | grep -q "%PDF-" || { echo "check_wheel: summary.pdf is not a PDF" >&2; exit 1; }
if command -v pdfinfo >/dev/null; then
  pdfinfo summary.pdf | grep -E "^(Pages|Page size):"
fi
took

step "skinjournal menu-entry"
"$sj" menu-entry
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$XDG_DATA_HOME/applications/io.github.skinjournal.SkinJournal.desktop"
fi
took

step "skinjournal --self-test"
"$sj" --self-test
took

total_ms=$(( ($(date +%s%N) - total_start) / 1000000 ))
echo
echo "check_wheel: the wheel works from a fresh environment ($(( total_ms / 1000 )).$(( total_ms % 1000 / 100 )) s in all)"
