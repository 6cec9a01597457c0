"""The warning after an export from an encrypted journal: what was written is plain text, and
where, so the choice to keep a readable copy is made knowingly (the journal itself stays
encrypted). One sentence for the command line and the window alike."""

from __future__ import annotations

from pathlib import Path

from journal.core.crypt.header import is_encrypted
from journal.core.language import Words


class PlainCopyWords(Words):
    """The warning that an export from an encrypted journal is plain text."""


def plain_copy_warning(folder: Path, written: list[str]) -> str | None:
    """The warning naming each thing written (`written`: "the chart /x/y.png", a file name ...),
    or None when the journal in `folder` is not encrypted."""
    if not written or not is_encrypted(folder):
        return None
    if len(written) == 1:
        warning = PlainCopyWords.tr(
            "The journal is encrypted, but this export is not: {written} can be read by anyone who can "
            "open it. Delete the export when you no longer need it."
        )
    else:
        warning = PlainCopyWords.tr(
            "The journal is encrypted, but this export is not: {written} can be read by anyone who can "
            "open them. Delete the export when you no longer need it."
        )
    return warning.format(written="; ".join(written))
