"""The window's actions, built from one registry: text, shortcut, menu, toolbar, handler.

Menus, the toolbar and the panes' buttons all use these QActions, so a command has one
shortcut, one enabled state and one handler. Handlers live in `window_commands`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle

from journal.core.language import Words
from journal.gui.commands import window_commands as cmd

Key = QKeySequence.StandardKey


class ActionsWords(Words):
    "The menus' titles, the menu items, their tooltips and the toolbar's words."


MENUS = (
    ("file", ActionsWords.mark("&File")),
    ("edit", ActionsWords.mark("&Edit")),
    ("view", ActionsWords.mark("&View")),
    ("journal", ActionsWords.mark("&Journal")),
    ("help", ActionsWords.mark("&Help")),
)


@dataclasses.dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    menu: str
    run: Callable[[Any], Any]
    shortcuts: tuple[Key | str, ...] = ()
    tip: str = ""
    toolbar: bool = False
    needs: str = ""  # "site", "entry" or "photo": enabled only when one is selected
    separator: bool = False  # a separator before it in its menu
    checkable: bool = False
    icon: str = ""  # a QStyle.StandardPixmap name, shown beside the text on the toolbar
    # "timeline": the shortcut works only while the timeline has the focus, so Del in the
    # labs table deletes a lab result, not an entry.
    scope: str = ""


def _tab(key: str) -> Callable[[Any], None]:
    return lambda window: window.show_tab(key)


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_entry",
        ActionsWords.mark("&New entry\u2026"),
        "file",
        cmd.new_entry,
        (Key.New,),
        ActionsWords.mark("Log a check of the selected site"),
        toolbar=True,
        icon="SP_FileIcon",
    ),
    ActionSpec(
        "add_site",
        ActionsWords.mark("Add &site\u2026"),
        "file",
        cmd.add_site,
        ("Ctrl+Shift+N",),
        ActionsWords.mark("Start following a new place on the skin"),
        toolbar=True,
        icon="SP_FileDialogNewFolder",
    ),
    ActionSpec(
        "print_preview",
        ActionsWords.mark("&Print summary\u2026"),
        "file",
        cmd.print_preview,
        (Key.Print,),
        ActionsWords.mark("Preview and print a summary for a visit"),
        toolbar=True,
        icon="SP_FileDialogDetailedView",
        separator=True,
    ),
    ActionSpec(
        "export_csv",
        ActionsWords.mark("&Export as CSV\u2026"),
        "file",
        cmd.export_csv,
        (),
        ActionsWords.mark("Save the journal as CSV files"),
        separator=True,
    ),
    ActionSpec(
        "export_fhir",
        ActionsWords.mark("Export for a &health record (FHIR)\u2026"),
        "file",
        cmd.export_fhir,
        (),
        ActionsWords.mark("Save the journal as one FHIR R4 file that personal health records import"),
    ),
    ActionSpec(
        "save_reminders",
        ActionsWords.mark("Reminders for your &calendar\u2026"),
        "file",
        cmd.save_reminders,
        (),
        ActionsWords.mark("Save the checks as repeating calendar events, so your calendar reminds you"),
    ),
    ActionSpec(
        "import_csv",
        ActionsWords.mark("&Import CSV\u2026"),
        "file",
        cmd.import_csv,
        (),
        ActionsWords.mark("Add entries from a CSV file"),
    ),
    ActionSpec(
        "backup_now",
        ActionsWords.mark("&Back up now"),
        "file",
        cmd.backup_now,
        (),
        ActionsWords.mark("Copy the journal to its backups folder"),
    ),
    ActionSpec(
        "restore_backup",
        ActionsWords.mark("&Restore a backup\u2026"),
        "file",
        cmd.restore_backup,
        (),
        ActionsWords.mark("Replace this journal by a backup"),
    ),
    ActionSpec(
        "quit", ActionsWords.mark("&Quit"), "file", cmd.quit_app, (Key.Quit, "Ctrl+Q"), separator=True
    ),
    ActionSpec(
        "edit_entry",
        ActionsWords.mark("&Edit entry\u2026"),
        "edit",
        cmd.edit_entry,
        ("Ctrl+E",),
        ActionsWords.mark("Change the selected entry"),
        needs="entry",
        scope="timeline",
        separator=True,
    ),
    ActionSpec(
        "delete_entry",
        ActionsWords.mark("&Delete entry"),
        "edit",
        cmd.delete_entry,
        (Key.Delete,),
        ActionsWords.mark("Delete the selected entry (Undo brings it back)"),
        needs="entry",
        scope="timeline",
    ),
    ActionSpec(
        "view_photo",
        ActionsWords.mark("View &photo"),
        "edit",
        cmd.view_photo,
        ("Ctrl+Shift+P",),
        ActionsWords.mark("Show the entry's photo with zoom"),
        needs="photo",
        scope="timeline",
    ),
    ActionSpec(
        "preferences",
        ActionsWords.mark("Pre&ferences\u2026"),
        "edit",
        cmd.preferences,
        (Key.Preferences, "Ctrl+,"),
        ActionsWords.mark("Warning-sign thresholds and the backup schedule"),
        separator=True,
    ),
    ActionSpec("show_timeline", ActionsWords.mark("&Timeline"), "view", _tab("timeline"), ("Ctrl+1",)),
    ActionSpec(
        "show_charts",
        ActionsWords.mark("&Charts"),
        "view",
        _tab("charts"),
        ("Ctrl+2",),
    ),
    ActionSpec(
        "show_alerts",
        ActionsWords.mark("&Alerts"),
        "view",
        _tab("alerts"),
        ("Ctrl+3",),
    ),
    ActionSpec("show_daily", ActionsWords.mark("&Daily check"), "view", _tab("daily"), ("Ctrl+4",)),
    ActionSpec("show_labs", ActionsWords.mark("&Labs"), "view", _tab("labs"), ("Ctrl+5",)),
    ActionSpec("show_care", ActionsWords.mark("Ca&re log"), "view", _tab("care"), ("Ctrl+6",)),
    ActionSpec("show_visits", ActionsWords.mark("&Visits"), "view", _tab("visits"), ("Ctrl+7",)),
    ActionSpec("show_hand", ActionsWords.mark("Ha&nd function"), "view", _tab("hand"), ("Ctrl+8",)),
    ActionSpec(
        "show_archived",
        ActionsWords.mark("Show a&rchived sites"),
        "view",
        cmd.show_archived,
        (),
        checkable=True,
        separator=True,
    ),
    ActionSpec(
        "compare",
        ActionsWords.mark("&Compare photos\u2026"),
        "journal",
        cmd.compare_photos,
        ("Ctrl+K",),
        ActionsWords.mark("Two dates of this site side by side or overlaid"),
        toolbar=True,
        icon="SP_FileDialogContentsView",
        needs="site",
    ),
    ActionSpec(
        "site_settings",
        ActionsWords.mark("Site se&ttings\u2026"),
        "journal",
        cmd.site_settings,
        ("Ctrl+Shift+E",),
        ActionsWords.mark("Name, region and reminder interval of the selected site"),
        needs="site",
        separator=True,
    ),
    ActionSpec(
        "rename_site",
        ActionsWords.mark("Re&name site\u2026"),
        "journal",
        cmd.rename_site,
        ("F2",),
        needs="site",
    ),
    ActionSpec(
        "site_phase",
        ActionsWords.mark("Site &phase\u2026"),
        "journal",
        cmd.site_phase,
        (),
        ActionsWords.mark(
            "Mark the phase the selected site entered: active, broke open, healing, healed or removed"
        ),
        needs="site",
    ),
    ActionSpec(
        "hand_function",
        ActionsWords.mark("&Hand function\u2026"),
        "journal",
        cmd.hand_function,
        (),
        ActionsWords.mark("Log how far each fingertip stays from the palm's crease when the fingers bend"),
    ),
    ActionSpec(
        "resolve_site",
        ActionsWords.mark("Mark site &resolved\u2026"),
        "journal",
        cmd.resolve_site,
        (),
        ActionsWords.mark("Record that the selected site went away (or is back)"),
        needs="site",
    ),
    ActionSpec(
        "archive_site",
        ActionsWords.mark("&Archive site\u2026"),
        "journal",
        cmd.archive_site,
        (),
        ActionsWords.mark("Hide the selected site from the list, keeping its entries"),
        needs="site",
    ),
    ActionSpec(
        "delete_site",
        ActionsWords.mark("&Delete site\u2026"),
        "journal",
        cmd.delete_site,
        (),
        ActionsWords.mark("Delete the selected site with its entries and photos (Undo brings them back)"),
        needs="site",
    ),
    ActionSpec(
        "about_you",
        ActionsWords.mark("About &you (for the summary)\u2026"),
        "journal",
        cmd.about_you,
        (),
        ActionsWords.mark("Name, known conditions and medicines printed on the summary's first page"),
        separator=True,
    ),
    ActionSpec(
        "encrypt",
        ActionsWords.mark("En&crypt\u2026"),
        "journal",
        cmd.encrypt_journal,
        (),
        ActionsWords.mark("Lock the whole journal with a passphrase"),
        separator=True,
    ),
    ActionSpec(
        "decrypt",
        ActionsWords.mark("Decr&ypt\u2026"),
        "journal",
        cmd.decrypt_journal,
        (),
        ActionsWords.mark("Store the encrypted journal in plain form again"),
    ),
    ActionSpec(
        "passphrase",
        ActionsWords.mark("Change &passphrase\u2026"),
        "journal",
        cmd.change_passphrase,
        (),
        ActionsWords.mark("A new passphrase for the encrypted journal"),
    ),
    # F1 is help, as everywhere: what to do and how, with the photo tips; About says what this is.
    ActionSpec(
        "help", ActionsWords.mark("Skin Journal &help"), "help", cmd.show_help, (Key.HelpContents, "F1")
    ),
    ActionSpec("photo_tips", ActionsWords.mark("&Photo tips"), "help", cmd.photo_tips, ()),
    ActionSpec("about", ActionsWords.mark("&About Skin Journal"), "help", cmd.about, ()),
)


def build(window: QMainWindow) -> dict[str, QAction]:
    """Create the actions, the menus and the toolbar of `window`; return the actions by key."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {key: window.menuBar().addMenu(ActionsWords.tr(title)) for key, title in MENUS}
    toolbar = window.addToolBar(ActionsWords.tr("Main"))
    toolbar.setObjectName("main-toolbar")
    # Icons with their words: an icon alone asks the person to guess, words alone are hard to find.
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    undo = window.undo_stack.createUndoAction(window, ActionsWords.tr("&Undo"))  # type: ignore[attr-defined]
    undo.setShortcuts([QKeySequence(Key.Undo)])
    redo = window.undo_stack.createRedoAction(window, ActionsWords.tr("&Redo"))  # type: ignore[attr-defined]
    redo.setShortcuts(_unique([Key.Redo, "Ctrl+Shift+Z"]))
    menus["edit"].addActions([undo, redo])
    actions["undo"], actions["redo"] = undo, redo
    for spec in SPECS:
        action = QAction(ActionsWords.tr(spec.text), window)
        action.setObjectName(spec.key)
        action.setShortcuts(_unique(spec.shortcuts))
        if spec.tip:
            tip = ActionsWords.tr(spec.tip)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        if spec.icon:
            action.setIcon(_standard_icon(window, spec.icon))
        if spec.scope:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, run=spec.run: run(window))
        if spec.separator:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        actions[spec.key] = action
    toolbar.addSeparator()
    undo_twin, redo_twin = (
        _toolbar_twin(undo, ActionsWords.tr("Undo"), window),
        _toolbar_twin(redo, ActionsWords.tr("Redo"), window),
    )
    undo_twin.setIcon(_standard_icon(window, "SP_ArrowBack"))
    redo_twin.setIcon(_standard_icon(window, "SP_ArrowForward"))
    toolbar.addActions([undo_twin, redo_twin])
    view_menu = menus["view"]
    view_menu.addSeparator()
    view_menu.addAction(toolbar.toggleViewAction())
    from journal.gui.language_menu import add_language_menu

    add_language_menu(window, view_menu, getattr(window, "settings", None) or QSettings())
    return actions


def _standard_icon(window: QMainWindow, name: str) -> QIcon:
    """One of the style's own icons, so the toolbar matches the desktop's theme."""
    return window.style().standardIcon(getattr(QStyle.StandardPixmap, name))


def _toolbar_twin(action: QAction, text: str, window: QMainWindow) -> QAction:
    """A short toolbar button for the menu's Undo or Redo, whose text names the whole step
    ("Undo new entry: the entry for Left elbow on ...") and would be cut to "Re...02" there.
    It triggers the menu's action, so the window follows the step as it does from the menu;
    the step's name is its tooltip."""
    twin = QAction(text, window)
    twin.setEnabled(action.isEnabled())
    twin.setToolTip(action.text().replace("&", ""))
    action.enabledChanged.connect(twin.setEnabled)
    action.changed.connect(lambda: twin.setToolTip(action.text().replace("&", "")))
    twin.triggered.connect(action.trigger)
    return twin


def _unique(keys: Any) -> list[QKeySequence]:
    """The platform's standard key and our explicit one are often the same: keep one."""
    out: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        out += [s for s in sequences if not s.isEmpty() and s not in out]
    return out


def scoped(actions: dict[str, QAction], scope: str) -> list[QAction]:
    return [actions[s.key] for s in SPECS if s.scope == scope and s.key in actions]


def update_enabled(actions: dict[str, QAction], has_site: bool, has_entry: bool, has_photo: bool) -> None:
    selected = {"site": has_site, "entry": has_entry, "photo": has_photo}
    for spec in SPECS:
        action = actions.get(spec.key)
        if action is not None and spec.needs:
            action.setEnabled(selected[spec.needs])
