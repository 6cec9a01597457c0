#!/usr/bin/env bash
# Build Skin Journal's one-folder bundle with PyInstaller, then prove it works: run its
# --self-test offscreen twice (the second start must not rebuild matplotlib's font cache)
# and report the build time, the bundle's size and what takes the room.
#
#   packaging/build_bundle.sh            build into dist/skinjournal/
#   packaging/build_bundle.sh --clean    also empty PyInstaller's cache first (slower)
#   packaging/build_bundle.sh --check    only check the bundle already in dist/skinjournal/
#
# The build environment is build/bundle-venv: the app's runtime dependencies (read from
# pyproject.toml) and PyInstaller, nothing else, so no test tool lands in the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
venv="$root/build/bundle-venv"
PYTHON="${PYTHON:-python3}"
clean=()
check_only=0
case "${1:-}" in
  --clean) clean=(--clean) ;;
  --check) check_only=1 ;;
  "") ;;
  *) echo "usage: $0 [--clean | --check]" >&2; exit 2 ;;
esac

quiet_pip() {  # some machines' pip configuration names local mirrors that do not exist
  "$venv/bin/python" -m pip install -q "$@" 2>&1 | grep -v "WARNING: Location" || true
}

build_ms=0
if [ "$check_only" = 0 ]; then
if [ ! -x "$venv/bin/python" ]; then
  echo "build_bundle: creating $venv"
  "$PYTHON" -m venv "$venv"
fi
stamp="$venv/.deps"
want="$(sha256sum pyproject.toml "$0" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "build_bundle: installing the runtime dependencies and PyInstaller"
  mapfile -t deps < <("$venv/bin/python" -c '
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))')
  quiet_pip --upgrade pip
  quiet_pip "pyinstaller>=6.10" "${deps[@]}"
  "$venv/bin/python" -c "import PyInstaller, PySide6, matplotlib, pi_heif, sqlite_utils, platformdirs, sqlcipher3, cryptography, argon2"
  echo "$want" > "$stamp"
fi
if "$venv/bin/python" -m pip show -q PySide6-Addons >/dev/null 2>&1; then
  echo "build_bundle: PySide6-Addons is installed in $venv; the spec excludes its modules" >&2
fi

echo "build_bundle: compiling the translations"
"$venv/bin/python" scripts/translations.py build
echo "build_bundle: running PyInstaller (one-folder build)"
start=$(date +%s%N)
"$venv/bin/pyinstaller" --noconfirm "${clean[@]}" --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/skinjournal.spec
build_ms=$(( ($(date +%s%N) - start) / 1000000 ))
fi

bundle="$root/dist/skinjournal"
exe="$bundle/skinjournal"
[ -x "$exe" ] || { echo "build_bundle: no executable at $exe" >&2; exit 1; }

# Run the bundle as a user would: from another folder, with its own empty cache and data
# folders, so nothing from this checkout or this machine's caches helps it.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/cache" "$scratch/data" "$scratch/config"
run_bundle() {
  (cd "$scratch" && env -u MPLCONFIGDIR QT_QPA_PLATFORM=offscreen XDG_CACHE_HOME="$scratch/cache" \
    XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" "$exe" "$@")
}

echo
echo "== self-test, first start (empty caches) =="
t0=$(date +%s%N)
if ! run_bundle --self-test 2> "$scratch/first.err" | tee "$scratch/first.out"; then
  cat "$scratch/first.err" >&2
  echo "build_bundle: the bundle's self-test failed" >&2
  exit 1
fi
first_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
cat "$scratch/first.err" >&2

fontlist=("$scratch"/cache/SkinJournal/matplotlib/fontlist-*.json)
[ -f "${fontlist[0]}" ] || { echo "build_bundle: no matplotlib font list in the user's cache folder" >&2; exit 1; }
before="$(stat -c '%i %Y %s' "${fontlist[0]}")"

echo
echo "== self-test, second start =="
t0=$(date +%s%N)
if ! run_bundle --self-test 2> "$scratch/second.err" > "$scratch/second.out"; then
  cat "$scratch/second.out" "$scratch/second.err" >&2
  echo "build_bundle: the bundle's self-test failed on its second start" >&2
  exit 1
fi
second_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
tail -n 1 "$scratch/second.out"
# matplotlib announces a rebuild only when it takes over 5 s, so look at the file itself.
if [ "$(stat -c '%i %Y %s' "${fontlist[0]}")" != "$before" ] || grep -q "building the font cache" "$scratch/second.err"; then
  echo "build_bundle: the second start rebuilt matplotlib's font cache" >&2
  exit 1
fi
echo "font cache: ${fontlist[0]#"$scratch"/} written by the first start, reused unchanged by the second"

echo
echo "== the bundle's command line =="
commands() { sed -n '/positional arguments/,/^options/p' | grep -E '^    [a-z]' | awk '{print $1}' | sort | tr '\n' ' '; }
want="$("$root/.venv/bin/skinjournal" --help | commands)"
got="$(run_bundle --help | commands)"
echo "commands: $got"
if [ "$got" != "$want" ]; then
  echo "build_bundle: the bundle's commands differ from the checkout's ($want)" >&2
  exit 1
fi
t0=$(date +%s%N)
run_bundle --journal "$scratch/demo" demo --years 0.5 --sites 2
run_bundle --journal "$scratch/demo" report --out "$scratch/summary.pdf"
head -c 5 "$scratch/summary.pdf" | grep -q "%PDF-" || { echo "build_bundle: the report is not a PDF" >&2; exit 1; }
echo "demo and report: $(( ($(date +%s%N) - t0) / 1000000 )) ms"

echo
echo "== bundle =="
qt_libs="$(find "$bundle" -maxdepth 6 \( -name "libQt6*.so*" -o -name "Qt6*.dll" -o -name "Qt*.framework" \) 2>/dev/null \
  | xargs -r -n1 basename | sed -E 's/^lib//; s/\.so.*$//; s/\.dll$//; s/\.framework$//' | sort -u | tr '\n' ' ')"
echo "Qt libraries: $qt_libs"
if echo "$qt_libs" | grep -Eq "WebEngine|Quick|Qml|3D"; then
  echo "build_bundle: WebEngine, QML/Quick or 3D found in the bundle" >&2
  exit 1
fi
echo "largest parts:"
du -s "$bundle"/_internal/* "$bundle"/_internal/PySide6/Qt/lib/* 2>/dev/null | sort -rn | awk "NR <= 8" \
  | awk '{printf "  %6.1f MB  %s\n", $1/1024, $2}' | sed "s|$bundle/||"
echo "build time: $(( build_ms / 1000 )) s   bundle: $(du -sh "$bundle" | cut -f1) ($bundle)"
echo "self-test run time: first start ${first_ms} ms, second start ${second_ms} ms"
