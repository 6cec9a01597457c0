"""Every screen of the window as PNG files, the way a person would see them, to look at.

    python scripts/screen_walk.py --out /tmp/walk                  # English, 1024x700
    python scripts/screen_walk.py --out /tmp/walk-de --language de
    python scripts/screen_walk.py --out /tmp/walk-dark --dark
    python scripts/screen_walk.py --out /tmp/walk-2x --scale 2

Runs offscreen on a copy of the demo journal (made once in --demo, default a temporary folder), on
a screen of --size (so dialogs fit themselves to it as on a real one) at --scale: the main window's
tabs filling the screen, then each dialog at the size it opens with. The settings live in a
temporary file, never in the person's own.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def offscreen_screen(width: int, height: int, scale: float) -> None:
    """Qt's offscreen platform with one screen of this logical size and pixel ratio (its default: 800x600).

    The offscreen platform reports a configured "dpr" on the screen but paints its windows at 1x
    (Qt 6.11: a grab comes out at the logical size), so the scale goes through QT_SCALE_FACTOR on a
    screen of that many device pixels instead: the window then paints, and grabs, at the scale.
    """
    import json

    config = Path(tempfile.mkdtemp(prefix="skinjournal-screen-")) / "screen.json"
    screen = {"name": "walk", "x": 0, "y": 0, "width": round(width * scale), "height": round(height * scale)}
    screen.update(logicalDpi=96, logicalBaseDpi=96)
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(scale)


TABS = ("timeline", "charts", "alerts", "daily", "labs", "care", "visits", "hand")


def dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#2f2f2f"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d6fa8"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2b2b2b"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Link, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    # A dark system theme greys out what cannot be used; without these the walk shows disabled
    # buttons (Undo with nothing to undo, Edit with nothing chosen) as if they could be pressed.
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7f7f7f"))
    palette.setColor(disabled, roles.Button, QColor("#2f2f2f"))
    palette.setColor(disabled, roles.Base, QColor("#262626"))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--language", default="en")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1024x700", help="the screen's size in logical pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixels per logical pixel")
    parser.add_argument("--demo", type=Path, default=Path(tempfile.gettempdir()) / "skinjournal-walk-demo")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    offscreen_screen(width, height, args.scale)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from journal.core.demo.generate import ensure_demo_journal
    from journal.core.journal import Journal
    from journal.gui.app import application
    from journal.gui.language import SETTING, install_language

    app = application()
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    work = Path(tempfile.mkdtemp(prefix="skinjournal-walk-"))
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING, args.language)
    install_language(app, settings)
    template = ensure_demo_journal(args.demo)
    folder = work / "journal"
    shutil.copytree(template, folder)
    args.out.mkdir(parents=True, exist_ok=True)

    from journal.gui.dialogs.crypt_dialogs import NewPassphraseDialog, RecoveryCodeDialog
    from journal.gui.dialogs.entry_editor import EntryEditor
    from journal.gui.dialogs.lifecycle_hand import HandDialog, PhaseDialog
    from journal.gui.dialogs.passphrase_dialog import PassphraseDialog
    from journal.gui.dialogs.profile_dialog import ProfileDialog
    from journal.gui.dialogs.report_dialog import ReportDialog
    from journal.gui.dialogs.settings_dialog import SettingsDialog
    from journal.gui.dialogs.site_dialog import SiteDialog
    from journal.gui.dialogs.welcome import WelcomeDialog
    from journal.gui.main_window import MainWindow
    from journal.gui.panes.compare_view import CompareDialog
    from journal.gui.session import JournalSession

    journal = Journal.open(folder)
    session = JournalSession(journal)
    window = MainWindow(session, settings)
    window.resize(width, height)
    window.show()

    def settle(rounds: int = 40) -> None:
        for _ in range(rounds):
            app.processEvents()
            import time

            time.sleep(0.02)

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    settle(100)
    site = next(s for s in journal.store.sites() if s.kind == "deposit")
    area = next((s for s in journal.store.sites() if s.kind == "area"), site)
    session.site_selected.emit(site.id)
    for index, tab in enumerate(TABS):
        try:
            window.show_tab(tab)
        except (KeyError, ValueError):
            continue
        settle(60 if tab == "charts" else 20)
        shoot(window, f"{index:02d}-window-{tab}")
    entry = journal.store.entries(site.id)[-1]
    dialogs = [
        ("entry-editor-deposit", lambda: EntryEditor(session, site.id, entry=entry)),
        ("entry-editor-area-new", lambda: EntryEditor(session, area.id)),
        ("site-dialog", lambda: SiteDialog(session, journal.store.site(site.id))),
        ("preferences", lambda: SettingsDialog(session)),
        ("profile", lambda: ProfileDialog(session)),
        ("compare", lambda: CompareDialog(session, site.id)),
        ("summary", lambda: ReportDialog(journal)),
        ("site-phase", lambda: PhaseDialog(session, site.id)),
        ("hand-function", lambda: HandDialog(session)),
        ("welcome", lambda: WelcomeDialog(str(folder))),
        ("passphrase", lambda: PassphraseDialog(str(folder), lambda _p: None, offer_keyring=True)),
        ("lock-screen", lambda: PassphraseDialog(str(folder), lambda _p: None, locked=True)),
        ("encrypt", lambda: NewPassphraseDialog(str(folder))),
        ("recovery-code", lambda: RecoveryCodeDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX")),
    ]
    for index, (name, make) in enumerate(dialogs, start=20):
        dialog = make()
        dialog.show()
        shoot(dialog, f"{index:02d}-{name}")
        dialog.close()
    window.close()
    journal.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
