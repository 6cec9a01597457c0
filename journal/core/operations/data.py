"""Whole-journal changes: importing CSV files and restoring a backup.

Both may touch any record, so they name every kind as changed (`Changes.everything()`), and
neither is a step to undo: an import is taken back by the backup made before it, a restore by
the journal it kept aside.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from journal.core.backup.restore import RestoreResult, restore_backup
from journal.core.csv.importer import ImportReport, import_csv
from journal.core.language import Words
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


class DataOperationWords(Words):
    "Undo steps of importing CSV files and restoring a backup."


def import_files(journal: Journal, sources: Sequence[Path], dry_run: bool = False) -> Outcome[ImportReport]:
    """Import CSV files (all or nothing: see csv.importer); a dry run changes nothing."""
    report = import_csv(journal, sources, dry_run=dry_run)
    changes = Changes() if dry_run else Changes.everything()
    return Outcome(
        report,
        changes,
        DataOperationWords.tr("checked CSV files")
        if dry_run
        else DataOperationWords.tr("imported CSV files"),
    )


def restore(
    backup: Path,
    folder: Path,
    replace: bool = False,
    passphrase: str | None = None,
    recovery: str | None = None,
) -> Outcome[RestoreResult]:
    """Restore a backup into `folder` (the journal there is kept aside with `replace`); a backup
    of an encrypted journal needs its `passphrase` or `recovery` code (restore.needs_passphrase).
    The journal must not be open in this process: the window closes it first and opens the result."""
    result = restore_backup(
        Path(backup), Path(folder), replace=replace, passphrase=passphrase, recovery=recovery
    )
    return Outcome(
        result,
        Changes.everything(),
        DataOperationWords.tr("restored the backup {name}").format(name=Path(backup).name),
    )
