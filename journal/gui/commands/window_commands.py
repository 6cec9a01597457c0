"""What the window's actions do. Each handler takes the main window and delegates to a
dialog or a pane; heavy modules (report, CSV, charts, compare) are imported on first use.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from journal import APP_DISPLAY_NAME, __version__
from journal.core.errors import JournalError
from journal.core.language import Words, date_text
from journal.core.photos import quality

Window = Any  # journal.gui.main_window.MainWindow (not imported: it imports this module)


class WindowCommandsWords(Words):
    "What the window's actions say: questions, status messages, help and about."


def _site_actions() -> Any:
    from journal.gui.commands import site_actions  # with its dialogs, loaded when a site is first edited

    return site_actions


# -- entries -------------------------------------------------------------------------------
def new_entry(window: Window, site_id: int | None = None) -> Any:
    from journal.gui.dialogs.entry_editor import EntryEditor

    session = window.session
    if not session.store.sites(include_archived=False):
        answer = QMessageBox.question(
            window,
            WindowCommandsWords.tr("New entry"),
            WindowCommandsWords.tr("An entry belongs to a site. Add your first site now?"),
        )
        if answer != QMessageBox.StandardButton.Yes or _site_actions().add_site(window, session) is None:
            return None
    site_id = site_id if site_id is not None else session.current_site_id
    editor = EntryEditor(session, site_id, parent=window)
    return _open_editor(window, editor, WindowCommandsWords.tr("Entry saved."))


def edit_entry(window: Window, entry_id: int | None = None) -> Any:
    from journal.gui.dialogs.entry_editor import EntryEditor

    entry = window.timeline.current_entry() if entry_id is None else window.session.store.entry(entry_id)
    if entry is None:
        return None
    editor = EntryEditor(window.session, entry=entry, parent=window)
    return _open_editor(window, editor, WindowCommandsWords.tr("Changes saved."))


def _open_editor(window: Window, editor: Any, done: str) -> Any:
    def saved(entry_id: int) -> None:
        window.timeline.select_entry(entry_id)
        keys = window.commands["undo"].shortcut().toString()
        undo_with = WindowCommandsWords.tr("Undo with {keys}.").format(keys=keys)
        window.statusBar().showMessage(f"{done} {undo_with}", 8000)

    editor.saved.connect(saved)
    window.editor = editor  # the open editor, for the window's own bookkeeping and tests
    editor.open()
    return editor


def delete_entry(window: Window) -> None:
    from journal.core.operations.entries import delete_entry as delete

    entry = window.timeline.current_entry()
    if entry is None:
        return
    try:
        window.session.do(delete(window.session.journal, entry.id))
    except JournalError as exc:
        QMessageBox.warning(window, WindowCommandsWords.tr("Entry not deleted"), str(exc))
        return
    window.statusBar().showMessage(
        WindowCommandsWords.tr("Entry of {date} deleted. Undo with {keys}.").format(
            date=date_text(entry.date), keys=window.commands["undo"].shortcut().toString()
        ),
        8000,
    )


def view_photo(window: Window) -> None:
    photos = window.timeline.current_photos()
    if photos:
        open_photo(window, photos[0])
    else:
        window.statusBar().showMessage(WindowCommandsWords.tr("This entry has no photo."), 5000)


def open_photo(window: Window, photo: Any) -> None:
    from journal.gui.dialogs.photo_viewer import open_photo_viewer

    open_photo_viewer(window, window.session, photo)


def compare_photos(window: Window) -> None:
    from journal.gui.panes.compare_view import CompareDialog

    site_id = window.session.current_site_id
    if site_id is None:
        return
    dialog = CompareDialog(window.session, site_id, parent=window)
    window.compare = dialog
    dialog.show()


# -- sites -------------------------------------------------------------------------------------
def add_site(window: Window) -> None:
    _site_actions().add_site(window, window.session)


def _with_site(window: Window, change: Any) -> None:
    site_id = window.session.current_site_id
    if site_id is not None:
        change(window, window.session, site_id)


def site_phase(window: Window) -> None:
    from journal.gui.dialogs.lifecycle_hand import PhaseDialog

    def ask(parent: Any, session: Any, site_id: int) -> None:
        PhaseDialog(session, site_id, parent).exec()

    _with_site(window, ask)


def hand_function(window: Window) -> None:
    from journal.gui.dialogs.lifecycle_hand import HandDialog

    HandDialog(window.session, window).exec()


def site_settings(window: Window) -> None:
    _with_site(window, _site_actions().edit_site)


def rename_site(window: Window) -> None:
    _with_site(window, _site_actions().rename_site)


def resolve_site(window: Window) -> None:
    _with_site(window, _site_actions().toggle_resolved)


def archive_site(window: Window) -> None:
    _with_site(window, _site_actions().toggle_archived)


def delete_site(window: Window) -> None:
    _with_site(window, _site_actions().delete_site)


def show_archived(window: Window) -> None:
    window.sites.model.set_include_archived(window.commands["show_archived"].isChecked())


# -- the journal as a whole -------------------------------------------------------------------------
def print_preview(window: Window) -> None:
    from journal.gui.dialogs.report_dialog import open_report_dialog

    open_report_dialog(window, window.session.journal)


def about_you(window: Window) -> None:
    from journal.gui.dialogs.profile_dialog import open_profile_dialog

    if open_profile_dialog(window, window.session):
        window.statusBar().showMessage(
            WindowCommandsWords.tr("Saved: it will be on the first page of the next summary."), 8000
        )


def preferences(window: Window) -> None:
    from journal.gui.dialogs.settings_dialog import open_settings_dialog

    if open_settings_dialog(window, window.session):
        window.statusBar().showMessage(
            WindowCommandsWords.tr("Preferences saved; alerts follow the new margins."), 8000
        )


def export_csv(window: Window) -> None:
    from journal.gui.commands.data_actions import export_csv as run

    run(window, window.session.journal)


def export_fhir(window: Window) -> None:
    from journal.gui.commands.data_actions import export_fhir as run

    run(window, window.session.journal)


def save_reminders(window: Window) -> None:
    from journal.gui.commands.data_actions import save_reminders as run

    run(window, window.session.journal)


def import_csv(window: Window) -> None:
    from journal.gui.commands.data_actions import import_csv as run

    run(window, window.session.journal, lambda imported: window.data_replaced() if imported else None)


def backup_now(window: Window) -> None:
    from journal.gui.commands.data_actions import backup_now as run

    run(window, window.session.journal)


def restore_backup(window: Window) -> None:
    window.restore_requested.emit()  # the journal must be closed first: see JournalHost


def encrypt_journal(window: Window) -> None:
    window.crypt_requested.emit("encrypt")  # the journal is closed while it is converted: JournalHost


def decrypt_journal(window: Window) -> None:
    window.crypt_requested.emit("decrypt")


def change_passphrase(window: Window) -> None:
    window.crypt_requested.emit("passphrase")


def quit_app(window: Window) -> None:
    window.close()
    QApplication.quit()


# -- help ---------------------------------------------------------------------------------------------
HELP = WindowCommandsWords.mark(
    "Log a check of a site with File > New entry (Ctrl+N): every value is optional but the date, and "
    '"Not checked" means you did not look. "Same as last time" fills in what you logged the time '
    "before, to confirm or change.\n\n"
    'The tabs show the selected site\'s entries, its charts (with "Show as table" and a sentence that '
    "says what the chart shows), the warning signs to have looked at, and your daily checks, labs, care "
    "and visits.\n\n"
    "Keyboard: Tab and Shift+Tab move between the controls and out of any table; the arrow keys move "
    "inside a table, a slider or a chart; Alt and the underlined letter jump to a field; Ctrl+Z undoes "
    "the last change.\n\n"
    "It is a journal, not a diagnosis: when something worries you, have a professional look at it."
)


def show_help(window: Window) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        WindowCommandsWords.tr("Skin Journal help"),
        WindowCommandsWords.tr(HELP),
        parent=window,
    )
    box.setObjectName("help")
    box.setInformativeText(WindowCommandsWords.tr("Photo tips") + "\n\n" + quality.photo_tips())
    box.exec()


def photo_tips(window: Window) -> None:
    QMessageBox.information(window, WindowCommandsWords.tr("Photo tips"), quality.photo_tips())


ABOUT = WindowCommandsWords.mark(
    "<h3>{name} {version}</h3>"
    "<p>A private journal of slow changes in the skin: photos, ratings and the warning signs you noticed, "
    "over months and years.</p>"
    "<p><b>It is a journal, not a diagnosis.</b> It does not name a condition or suggest a treatment. "
    "When it shows a warning sign, it quotes what you logged; have a professional look at it.</p>"
    "<p>Your journal stays on this computer, in <code>{folder}</code>. Skin Journal never connects to the "
    "network; data leaves only in exports you make.</p>"
)


def about(window: Window) -> None:
    QMessageBox.about(
        window,
        WindowCommandsWords.tr("About {name}").format(name=APP_DISPLAY_NAME),
        WindowCommandsWords.tr(ABOUT).format(
            name=APP_DISPLAY_NAME, version=__version__, folder=window.session.journal.folder
        ),
    )
