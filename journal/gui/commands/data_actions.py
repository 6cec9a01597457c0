"""The window's data actions: export CSV or FHIR, calendar reminders, import CSV, back up now, restore a backup, and the
scheduled backup at start.

Each asks with the platform's file dialog, then runs the slow part off the GUI thread
(`run_with_progress`) while a progress dialog keeps the window painting; the action goes on
in the callback when the work is done, and `on_finished` is told when it is over. The SQLite connection of
the window belongs to the GUI thread, so a worker opens its own connection to the same
folder (`Journal.open`); SQLite's WAL mode lets both read and write safely. Refusals come
back as the core's messages, shown as they are: nothing was written when they appear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journal.core.backup.create import (
    auto_backup_if_due,
    auto_backup_wanted,
    backup_due,
    backup_schedule,
    create_backup,
)
from journal.core.backup.restore import holds_journal_data, inspect_backup
from journal.core.csv.export import export_csv as export_into
from journal.core.csv.importer import ImportReport
from journal.core.fhir.bundle import write_fhir
from journal.core.folder.output import check_output_file
from journal.core.journal import Journal
from journal.core.language import Words
from journal.core.operations.data import import_files, restore
from journal.core.reminders.ics import write_reminders
from journal.core.store.sentences import BACKUPS_FOLDER
from journal.gui.background import error_sentence, run_in_background, run_with_progress, show_error
from journal.gui.plain_export import warn_if_plain_copy
from journal.gui.wording import size_words


class DataActionsWords(Words):
    "Export, import, reminders, backups and restore: questions, progress and results."


PROBLEMS_IN_MESSAGE = 12
Finished = (
    Callable[[bool], None] | None
)  # told once the action is over: True when it changed or made something


def _tell(on_finished: Finished, result: bool) -> None:
    if on_finished is not None:
        on_finished(result)


def _written(parent: QWidget | None, title: str, text: str, folder: Path, written: list[str]) -> None:
    """What an export wrote; from an encrypted journal, a warning naming the plain files too."""
    if not warn_if_plain_copy(parent, title, text, folder, written):
        QMessageBox.information(parent, title, text)


def _refused(parent: QWidget | None, title: str, on_finished: Finished) -> Callable[[BaseException], None]:
    """The error callback: the refusal in words (or an unexpected error), then the action is over."""

    def refused(exc: BaseException) -> None:
        show_error(parent, exc, title)
        _tell(on_finished, False)

    return refused


# -- CSV -----------------------------------------------------------------------------------
def export_csv(parent: QWidget | None, journal: Journal, on_finished: Finished = None) -> None:
    title = DataActionsWords.tr("Export as CSV")
    folder = QFileDialog.getExistingDirectory(
        parent, DataActionsWords.tr("Choose a folder for the CSV files"), str(Path.home())
    )
    if not folder:
        _tell(on_finished, False)
        return
    target = Path(folder)
    existing = [p.name for p in target.glob("*.csv") if p.stem in ("sites", "entries", "photos")]
    if (
        existing
        and QMessageBox.question(
            parent,
            title,
            DataActionsWords.tr("{folder} already has {files}. Replace the CSV files there?").format(
                folder=target, files=", ".join(sorted(existing))
            ),
        )
        != QMessageBox.StandardButton.Yes
    ):
        _tell(on_finished, False)
        return
    source = journal.folder

    def work() -> Any:
        with Journal.open(source) as own:
            return export_into(own, target, bom=True)  # the byte order mark lets Excel read UTF-8

    def written(result: Any) -> None:
        counts = ", ".join(f"{n} {kind}" for kind, n in result.rows.items() if n) or DataActionsWords.tr(
            "no records yet"
        )
        _written(
            parent,
            title,
            DataActionsWords.tr(
                "Wrote %n CSV files into {folder}: {counts}.\n\n"
                "The photos themselves are not in CSV files; use Back up to keep them.",
                "",
                len(result.rows),
            ).format(folder=result.folder, counts=counts),
            source,
            [DataActionsWords.tr("the CSV files in {folder}").format(folder=result.folder)],
        )
        _tell(on_finished, True)

    run_with_progress(
        parent,
        title,
        DataActionsWords.tr("Writing the CSV files…"),
        work,
        written,
        _refused(parent, title, on_finished),
    )


# -- FHIR and the calendar ---------------------------------------------------------------------
def export_fhir(parent: QWidget | None, journal: Journal, on_finished: Finished = None) -> None:
    """File > Export for a health record: one FHIR R4 bundle (JSON), written off the GUI thread."""
    title = DataActionsWords.tr("Export for a health record (FHIR)")
    suggested = Path.home() / f"skin-journal-fhir-{dt.date.today().isoformat()}.json"
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), DataActionsWords.tr("FHIR bundle (*.json)")
    )
    if not name:
        _tell(on_finished, False)
        return
    out = Path(name) if name.lower().endswith(".json") else Path(name + ".json")
    embed = (
        QMessageBox.question(
            parent,
            title,
            DataActionsWords.tr(
                "Put the photos themselves in the file too? It becomes much larger. "
                "Without them, the file lists each photo with its date and place on the skin."
            ),
        )
        == QMessageBox.StandardButton.Yes
    )
    source = journal.folder

    def work() -> Any:
        target = check_output_file(out, example="skin-journal-fhir.json")
        with Journal.open(source, readonly=True) as own:
            return write_fhir(own, target, photos="embed" if embed else "none")

    def written(export: Any) -> None:
        total = sum(export.counts.values())
        text = DataActionsWords.tr("Wrote {total} records to {file}: {counts}.").format(
            total=total, file=out, counts=export.describe_counts()
        )
        if export.not_coded:
            text += (
                "\n\n"
                + DataActionsWords.tr("Kept in words only, without a standard code:")
                + "\n"
                + "\n".join(f"\u2022 {line}" for line in export.not_coded)
            )
        if embed:
            what = DataActionsWords.tr("the FHIR bundle {file} with the pictures in it").format(file=out)
        else:
            what = DataActionsWords.tr("the FHIR bundle {file}").format(file=out)
        _written(parent, title, text, source, [what])
        _tell(on_finished, True)

    run_with_progress(
        parent,
        title,
        DataActionsWords.tr("Writing the FHIR bundle\u2026"),
        work,
        written,
        _refused(parent, title, on_finished),
    )


def save_reminders(parent: QWidget | None, journal: Journal, on_finished: Finished = None) -> None:
    """Reminders for the person's own calendar: an iCalendar file of repeating checks."""
    title = DataActionsWords.tr("Reminders for your calendar")
    suggested = Path.home() / "skin-journal-reminders.ics"
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), DataActionsWords.tr("Calendar file (*.ics)")
    )
    if not name:
        _tell(on_finished, False)
        return
    out = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
    source = journal.folder

    def work() -> Any:
        target = check_output_file(out, example="skin-journal-reminders.ics")
        with Journal.open(source, readonly=True) as own:
            return write_reminders(own, target)

    def written(items: Any) -> None:
        sites = len(items) - 1
        after = DataActionsWords.tr(
            "Open the file with your calendar to add them; save and open a newer one after changing a "
            "site's interval. The reminders carry your site names: a calendar that syncs shares them with "
            "its service."
        )
        if sites == 1:  # the English plural below would say "1 sites"
            saved = DataActionsWords.tr(
                "Saved {count} repeating reminders in {file}: the daily check and 1 site, each at its own interval."
            )
        else:
            saved = DataActionsWords.tr(
                "Saved {count} repeating reminders in {file}: the daily check and %n sites, each at its own "
                "interval.",
                "",
                sites,
            )
        _written(
            parent,
            title,
            saved.format(count=len(items), file=out) + "\n\n" + after,
            source,
            [DataActionsWords.tr("the reminders {file}").format(file=out)],
        )
        _tell(on_finished, True)

    run_with_progress(
        parent,
        title,
        DataActionsWords.tr("Writing the reminders\u2026"),
        work,
        written,
        _refused(parent, title, on_finished),
    )


def import_csv(parent: QWidget | None, journal: Journal, on_finished: Finished = None) -> None:
    """Check every row, ask, import; `on_finished(True)` when records were added (the window
    then refreshes)."""
    title = DataActionsWords.tr("Import CSV")
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        DataActionsWords.tr("Choose CSV files to import (a whole exported folder: select all its files)"),
        str(Path.home()),
        DataActionsWords.tr("CSV files (*.csv)"),
    )
    if not names:
        _tell(on_finished, False)
        return
    files, source = [Path(n) for n in names], journal.folder
    refused = _refused(parent, title, on_finished)

    def check(dry_run: bool) -> Callable[[], ImportReport]:
        def work() -> ImportReport:
            with Journal.open(source) as own:
                return import_files(own, files, dry_run=dry_run).value

        return work

    def checked(report: ImportReport) -> None:
        if not report.ok:
            _show_problems(parent, title, report)
            _tell(on_finished, False)
            return
        what = ", ".join(f"{n} {kind}" for kind, n in report.counts.items() if n)
        if not what:
            QMessageBox.information(
                parent,
                title,
                DataActionsWords.tr("These files hold nothing new to import.")
                + "\n\n"
                + "\n".join(report.notes),
            )
            _tell(on_finished, False)
            return
        question = DataActionsWords.tr("Every row is fine. Import {what}?").format(what=what) + (
            "\n\n" + "\n".join(report.notes) if report.notes else ""
        )
        if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
            _tell(on_finished, False)
            return
        run_with_progress(parent, title, DataActionsWords.tr("Importing…"), check(False), imported, refused)

    def imported(report: ImportReport) -> None:
        if not report.written:
            _show_problems(parent, title, report)
            _tell(on_finished, False)
            return
        QMessageBox.information(parent, title, report.summary())
        _tell(on_finished, True)

    run_with_progress(
        parent, title, DataActionsWords.tr("Checking every row…"), check(True), checked, refused
    )


def _show_problems(parent: QWidget | None, title: str, report: ImportReport) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, report.summary(), QMessageBox.StandardButton.Ok, parent
    )
    shown = [str(p) for p in report.problems[:PROBLEMS_IN_MESSAGE]]
    more = len(report.problems) - len(shown)
    more_words = (
        "\n" + DataActionsWords.tr("… and {count} more (see Show Details)").format(count=more)
        if more > 0
        else ""
    )
    box.setInformativeText("\n".join(shown) + more_words)
    box.setDetailedText("\n".join(str(p) for p in report.problems))
    box.exec()


# -- backups ---------------------------------------------------------------------------------
def backup_now(parent: QWidget | None, journal: Journal, on_finished: Finished = None) -> None:
    title = DataActionsWords.tr("Back up the journal")
    suggested = Path.home() / f"skinjournal-backup-{dt.date.today().isoformat()}.zip"
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), DataActionsWords.tr("Skin Journal backup (*.zip)")
    )
    if not name:
        _tell(on_finished, False)
        return
    out = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")
    source = journal.folder

    def saved(result: Any) -> None:
        text = DataActionsWords.tr(
            "Saved the journal and %n photo(s) in {file} ({size}).", "", result.photos
        ).format(file=result.path, size=size_words(result.size))
        if result.missing_photos:
            QMessageBox.warning(
                parent,
                title,
                text
                + "\n\n"
                + DataActionsWords.tr("These photo files were missing or altered and are not in the backup:")
                + "\n"
                + "\n".join(result.missing_photos),
            )
        else:
            QMessageBox.information(parent, title, text)
        _tell(on_finished, True)

    run_with_progress(
        parent,
        title,
        DataActionsWords.tr("Copying the database and every photo…"),
        lambda: create_backup(source, out),
        saved,
        _refused(parent, title, on_finished),
    )


def restore_start_folder(journal_folder: Path) -> Path:
    """Where "Restore" starts looking: the journal's own backups folder (its automatic backups
    are kept there), or the home folder while it has none."""
    backups = Path(journal_folder) / BACKUPS_FOLDER
    return backups if backups.is_dir() else Path.home()


def restore_backup(parent: QWidget | None, journal_folder: Path, on_finished: Finished = None) -> None:
    """Restore a backup into `journal_folder`. Call it with that journal closed (and its
    window lock released); `on_finished(True)` means the folder now holds the restored
    journal to open, False that it holds what it held before."""
    title = DataActionsWords.tr("Restore a backup")
    name, _ = QFileDialog.getOpenFileName(
        parent,
        DataActionsWords.tr("Choose a Skin Journal backup"),
        str(restore_start_folder(journal_folder)),
        DataActionsWords.tr("Skin Journal backup (*.zip)"),
    )
    if not name:
        _tell(on_finished, False)
        return
    zip_path, folder = Path(name), Path(journal_folder)
    refused = _refused(parent, title, on_finished)

    def inspected(info: Any) -> None:
        made = info.created[:16].replace("T", " ") or DataActionsWords.tr("an unknown date")
        try:
            replace = holds_journal_data(folder)
        except OSError as exc:  # the caller waits for on_finished to open the journal again
            refused(exc)
            return
        question = DataActionsWords.tr(
            "Restore the backup made on {date} (%n photos) into {folder}?", "", info.photos
        ).format(date=made, folder=folder)
        if replace:
            question += "\n\n" + DataActionsWords.tr(
                "The journal there now is not deleted: it is kept as {name}.before-restore-<date> beside it."
            ).format(name=folder.name)
        if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
            _tell(on_finished, False)
            return
        run_with_progress(
            parent,
            title,
            DataActionsWords.tr("Restoring…"),
            lambda: restore(zip_path, folder, replace=True).value,
            restored,
            refused,
        )

    def restored(result: Any) -> None:
        said = DataActionsWords.tr("Restored the journal with %n photo(s).", "", result.photos)
        if result.kept_aside:
            said += "\n" + DataActionsWords.tr("The previous journal is kept in {folder}.").format(
                folder=result.kept_aside
            )
        QMessageBox.information(parent, title, said)
        _tell(on_finished, True)

    run_with_progress(
        parent,
        title,
        DataActionsWords.tr("Checking every file of the backup…"),
        lambda: inspect_backup(zip_path),
        inspected,
        refused,
    )


def start_scheduled_backup(
    parent: QWidget | None, journal: Journal, on_done: Callable[[Path | None], None] | None = None
) -> bool:
    """At start: if the schedule says a backup is due, make it in the background (no dialog)
    and keep the newest N. Returns whether one was started; a failure is shown when it ends."""
    every_days, keep_last = backup_schedule(journal.store)
    if not backup_due(journal.store, every_days) or not auto_backup_wanted(journal):
        return False
    source = journal.folder

    def work() -> Path | None:
        with Journal.open(source) as own:
            return auto_backup_if_due(own, every_days, keep_last)

    def failed(exc: BaseException) -> None:
        sentence = error_sentence(exc)
        if sentence is None:
            show_error(parent, exc)
        else:
            QMessageBox.warning(
                parent,
                DataActionsWords.tr("Scheduled backup"),
                DataActionsWords.tr("The scheduled backup could not be made: {reason}").format(
                    reason=sentence
                ),
            )
        if on_done is not None:
            on_done(None)

    run_in_background(parent, work, lambda path: on_done(path) if on_done is not None else None, failed)
    return True
