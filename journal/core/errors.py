"""Errors the core raises with a message meant for the person using the app."""


class JournalError(Exception):
    """Any refusal the user should read; the message is complete on its own."""


class ValidationError(JournalError):
    """A value was refused; `field` names the field so a form can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class NotFound(JournalError):
    pass


class PhotoRejected(JournalError):
    """A file could not be accepted as a photo; nothing was stored."""


class JournalTooNew(JournalError):
    """The database was written by a newer Skin Journal than this one."""


class JournalDamaged(JournalError):
    """The database file is not a usable Skin Journal database."""


class JournalLocked(JournalError):
    """Another Skin Journal process has this journal open."""


class SaveFailed(JournalError):
    """The disk refused a write (full, read-only, failing); nothing was added to the journal."""


class JournalBusy(JournalError):
    """Another program held the journal's write lock for longer than we wait; nothing was saved."""


class JournalReadOnly(JournalError):
    """The journal's file or folder cannot be written (permissions, a read-only disk)."""


class DiskFull(SaveFailed):
    """The disk holding the journal is full; nothing was saved."""
