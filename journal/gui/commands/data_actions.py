"""The window's data actions: export CSV, import CSV, back up now, restore a backup, and the
scheduled backup at start.

Each asks with the platform's file dialog, then runs the slow part in the shared
QThreadPool while a progress dialog keeps the window painting. The SQLite connection of
the window belongs to the GUI thread, so a worker opens its own connection to the same
folder (`Journal.open`); SQLite's WAL mode lets both read and write safely. Refusals come
back as the core's messages, shown as they are: nothing was written when they appear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from journal.core.backup.create import auto_backup_if_due, backup_due, backup_schedule, create_backup
from journal.core.backup.restore import holds_journal_data, inspect_backup
from journal.core.backup.restore import restore_backup as restore_into
from journal.core.csv.export import export_csv as export_into
from journal.core.csv.importer import ImportReport
from journal.core.csv.importer import import_csv as import_from
from journal.core.errors import JournalError
from journal.core.journal import Journal
from journal.gui.dialogs.error_dialog import show_unexpected_error

T = TypeVar("T")
PROBLEMS_IN_MESSAGE = 12


class _Courier(QObject):
    """Lives on the GUI thread: the worker's signals reach it queued, so the callbacks run
    on the GUI thread too (where message boxes and the window's connection belong)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[Any], None]) -> None:
        super().__init__()
        self._on_done, self._on_failed = on_done, on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, value: object) -> None:
        _LIVE.discard(self)
        self._on_done(value)

    @Slot(object)
    def _deliver_failed(self, exc: object) -> None:
        _LIVE.discard(self)
        self._on_failed(exc)


_LIVE: set[_Courier] = set()  # couriers of running jobs, kept alive until their job reports


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], courier: _Courier) -> None:
        super().__init__()
        self.work, self.courier = work, courier

    def run(self) -> None:
        try:
            self.courier.done.emit(self.work())
        except BaseException as exc:  # handed to the GUI thread, which shows or re-raises it
            self.courier.failed.emit(exc)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[Any], None]) -> None:
    """Start `work` in the shared thread pool; one of the callbacks runs on the GUI thread after."""
    courier = _Courier(on_done, on_failed)
    _LIVE.add(courier)
    QThreadPool.globalInstance().start(_Job(work, courier))


def run_busy(parent: QWidget | None, title: str, label: str, work: Callable[[], T]) -> T:
    """Run `work` off the GUI thread and wait for it with a progress dialog; the window keeps
    painting meanwhile. Returns its result, or raises its error here on the GUI thread."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)  # the work cannot be stopped halfway
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setValue(0)  # at its minimum, the dialog's own timer shows it after the duration
    progress.setMinimumDuration(400)  # quick work shows no dialog at all
    run_in_background(work, lambda value: finish("result", value), lambda exc: finish("error", exc))
    if not outcome:
        loop.exec()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


def _refused(parent: QWidget | None, title: str, exc: Exception) -> None:
    if not isinstance(exc, JournalError | OSError):
        show_unexpected_error(parent, exc)
        return
    QMessageBox.warning(parent, title, str(exc) if isinstance(exc, JournalError) else f"{exc.strerror or exc}")


# -- CSV -----------------------------------------------------------------------------------
def export_csv(parent: QWidget | None, journal: Journal) -> None:
    title = "Export as CSV"
    folder = QFileDialog.getExistingDirectory(parent, "Choose a folder for the CSV files", str(Path.home()))
    if not folder:
        return
    target = Path(folder)
    existing = [p.name for p in target.glob("*.csv") if p.stem in ("sites", "entries", "photos")]
    if existing and QMessageBox.question(
            parent, title, f"{target} already has {', '.join(sorted(existing))}. Replace the CSV files there?",
    ) != QMessageBox.StandardButton.Yes:
        return
    source = journal.folder

    def work() -> Any:
        with Journal.open(source) as own:
            return export_into(own, target, bom=True)  # the byte order mark lets Excel read UTF-8

    try:
        result = run_busy(parent, title, "Writing the CSV files…", work)
    except Exception as exc:
        _refused(parent, title, exc)
        return
    counts = ", ".join(f"{n} {kind}" for kind, n in result.rows.items() if n) or "no records yet"
    QMessageBox.information(parent, title, (
        f"Wrote {len(result.rows)} CSV files into {result.folder}: {counts}.\n\n"
        "The photos themselves are not in CSV files; use Back up to keep them."))


def import_csv(parent: QWidget | None, journal: Journal) -> bool:
    """Returns True when records were added (the window then refreshes)."""
    title = "Import CSV"
    names, _ = QFileDialog.getOpenFileNames(
        parent, "Choose CSV files to import (a whole exported folder: select all its files)", str(Path.home()),
        "CSV files (*.csv)")
    if not names:
        return False
    files, source = [Path(n) for n in names], journal.folder

    def check(dry_run: bool) -> Callable[[], ImportReport]:
        def work() -> ImportReport:
            with Journal.open(source) as own:
                return import_from(own, files, dry_run=dry_run)
        return work

    try:
        report = run_busy(parent, title, "Checking every row…", check(True))
        if not report.ok:
            _show_problems(parent, title, report)
            return False
        what = ", ".join(f"{n} {kind}" for kind, n in report.counts.items() if n)
        if not what:
            QMessageBox.information(parent, title, "These files hold nothing new to import.\n\n"
                                    + "\n".join(report.notes))
            return False
        question = f"Every row is fine. Import {what}?" + ("\n\n" + "\n".join(report.notes) if report.notes else "")
        if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
            return False
        report = run_busy(parent, title, "Importing…", check(False))
    except Exception as exc:
        _refused(parent, title, exc)
        return False
    if not report.written:
        _show_problems(parent, title, report)
        return False
    QMessageBox.information(parent, title, report.summary())
    return True


def _show_problems(parent: QWidget | None, title: str, report: ImportReport) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, report.summary(), QMessageBox.StandardButton.Ok, parent)
    shown = [str(p) for p in report.problems[:PROBLEMS_IN_MESSAGE]]
    more = len(report.problems) - len(shown)
    box.setInformativeText("\n".join(shown) + (f"\n… and {more} more (see Show Details)" if more > 0 else ""))
    box.setDetailedText("\n".join(str(p) for p in report.problems))
    box.exec()


# -- backups ---------------------------------------------------------------------------------
def backup_now(parent: QWidget | None, journal: Journal) -> None:
    title = "Back up the journal"
    suggested = Path.home() / f"skinjournal-backup-{dt.date.today().isoformat()}.zip"
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), "Skin Journal backup (*.zip)")
    if not name:
        return
    out = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")
    source = journal.folder
    try:
        result = run_busy(parent, title, "Copying the database and every photo…",
                          lambda: create_backup(source, out))
    except Exception as exc:
        _refused(parent, title, exc)
        return
    text = f"Saved the journal and {result.photos} photo(s) in {result.path} ({result.size / 2**20:.1f} MB)."
    if result.missing_photos:
        QMessageBox.warning(parent, title, text + "\n\nThese photo files were missing or altered and are not "
                            "in the backup:\n" + "\n".join(result.missing_photos))
    else:
        QMessageBox.information(parent, title, text)


def restore_backup(parent: QWidget | None, journal_folder: Path) -> bool:
    """Restore a backup into `journal_folder`. Call it with that journal closed (and its
    window lock released); True means the folder now holds the restored journal to open."""
    title = "Restore a backup"
    name, _ = QFileDialog.getOpenFileName(parent, "Choose a Skin Journal backup", str(Path.home()),
                                          "Skin Journal backup (*.zip)")
    if not name:
        return False
    zip_path, folder = Path(name), Path(journal_folder)
    try:
        info = run_busy(parent, title, "Checking every file of the backup…", lambda: inspect_backup(zip_path))
    except Exception as exc:
        _refused(parent, title, exc)
        return False
    made = info.created[:16].replace("T", " ") or "an unknown date"
    replace = holds_journal_data(folder)
    question = f"Restore the backup made on {made} ({info.photos} photos) into {folder}?"
    if replace:
        question += (f"\n\nThe journal there now is not deleted: it is kept as "
                     f"{folder.name}.before-restore-<date> beside it.")
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return False
    try:
        result = run_busy(parent, title, "Restoring…", lambda: restore_into(zip_path, folder, replace=True))
    except Exception as exc:
        _refused(parent, title, exc)
        return False
    kept = f"\nThe previous journal is kept in {result.kept_aside}." if result.kept_aside else ""
    QMessageBox.information(parent, title, f"Restored the journal with {result.photos} photo(s).{kept}")
    return True


def start_scheduled_backup(parent: QWidget | None, journal: Journal,
                           on_done: Callable[[Path | None], None] | None = None) -> bool:
    """At start: if the schedule says a backup is due, make it in the background (no dialog)
    and keep the newest N. Returns whether one was started; a failure is shown when it ends."""
    every_days, keep_last = backup_schedule(journal.store)
    if not backup_due(journal.store, every_days):
        return False
    source = journal.folder

    def work() -> Path | None:
        with Journal.open(source) as own:
            return auto_backup_if_due(own, every_days, keep_last)

    def failed(exc: object) -> None:
        QMessageBox.warning(parent, "Scheduled backup", f"The scheduled backup could not be made: {exc}")
        if on_done is not None:
            on_done(None)

    run_in_background(work, lambda path: on_done(path) if on_done is not None else None, failed)
    return True
