"""Keep the translations in step with the code: `update` the .ts sources, `build` the .qm files.

    python scripts/translations.py update [AREA...]  # after changing words: new ones appear unfinished
    python scripts/translations.py build     # resources/i18n/skinjournal_<lang>.qm, for the app
    python scripts/translations.py check     # exits 1 when a .ts is behind the code

The words are split by area (one .ts per area and language, under resources/i18n/<lang>/), so
work on the window's dialogs and on the core's sentences touches different files; `build`
joins a language's areas into one .qm. Qt's own tools do the work (pyside6-lupdate reads the
Python sources; pyside6-lrelease compiles), found beside the Python that runs this script.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de",)
# `Words.mark` marks a text where it is defined (see journal/core/language.py).
LUPDATE_OPTIONS = ["-tr-function-alias", "tr+=mark", "-no-obsolete", "-locations", "none", "-silent"]

# Each area: the sources whose words it holds. A file belongs to the first area naming it.
AREAS: dict[str, list[str]] = {
    "window_dialogs": ["journal/gui/dialogs", "journal/gui/commands"],
    "window": ["journal/gui"],
    "report": ["journal/report"],
    "command_line": ["journal/cli", "journal/launch.py", "journal/selftest.py", "journal/selftest_checks.py"],
    # What the core says when something is refused or goes wrong on the way to the disk.
    "core_messages": [
        "journal/core/store",
        "journal/core/folder",
        "journal/core/photos",
        "journal/core/csv",
        "journal/core/backup",
        "journal/core/crypt",
        "journal/core/reminders",
        "journal/core/operations",
        "journal/core/fhir",
        "journal/core/demo",
        "journal/core/journal.py",
        "journal/core/errors.py",
        "journal/core/app_log.py",
    ],
    "core": ["journal/core"],
}


def area_sources(area: str) -> list[Path]:
    claimed: set[Path] = set()
    for name, roots in AREAS.items():
        files = sorted(
            path
            for root in roots
            for path in ([ROOT / root] if root.endswith(".py") else (ROOT / root).rglob("*.py"))
            if path not in claimed
        )
        if name == area:
            return files
        claimed.update(files)
    raise KeyError(area)


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def ts_path(language: str, area: str) -> Path:
    return I18N / language / f"{area}.ts"


def update(language: str, area: str, target: Path | None = None) -> Path:
    """Run lupdate for one area into `target` (default: the committed .ts); the file written."""
    out = target or ts_path(language, area)
    out.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in area_sources(area)]
    subprocess.run(
        [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, "-target-language", language, *files, "-ts", str(out)],
        check=True,
        cwd=ROOT,
    )
    return out


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> the <message> element."""
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def behind(language: str, area: str) -> list[str]:
    """Words in the code that the committed .ts lacks, or that it holds and the code no longer has."""
    committed = ts_path(language, area)
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / committed.name
        if committed.exists():
            shutil.copy(committed, fresh)
        update(language, area, fresh)
        now = messages(fresh)
    before = messages(committed) if committed.exists() else {}
    missing = [f"new in the code: {key}" for key in now if key not in before]
    gone = [f"no longer in the code: {key}" for key in before if key not in now]
    return missing + gone


def build(language: str, out_dir: Path = I18N) -> Path:
    sources = [str(ts_path(language, area)) for area in AREAS if ts_path(language, area).exists()]
    out = out_dir / f"skinjournal_{language}.qm"
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", *sources, "-qm", str(out)], check=True)
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "update":
        for language in LANGUAGES:
            for area in argv[1:] or AREAS:
                print(update(language, area).relative_to(ROOT))
    elif command == "build":
        for language in LANGUAGES:
            print(build(language).relative_to(ROOT))
    elif command == "check":
        problems = [
            f"{lang}/{area}: {line}" for lang in LANGUAGES for area in AREAS for line in behind(lang, area)
        ]
        print("\n".join(problems) or "translations are up to date with the code")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
