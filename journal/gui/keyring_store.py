"""Remembering an encrypted journal's passphrase in the system keyring (opt-in).

Through the `keyring` package (the Secret Service on Linux, the Keychain on macOS, the Credential
Locker on Windows), which is optional: without it, or when no backend of it works, `remember`
raises `KeyringUnavailable` with a sentence to show and stores nothing. There is no fallback to a
file of our own (Vorta was rightly criticised for quietly storing secrets in plain text when no
keyring was there). The entry is named by the journal's folder, so two journals keep two entries.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from journal.core.language import Words


class KeyringStoreWords(Words):
    """Why the passphrase could not be kept in the system keyring."""


SERVICE = "Skin Journal"


class KeyringUnavailable(Exception):
    """No system keyring can store the passphrase; the message says why, for a person."""


def _keyring() -> Any:
    """The keyring module with a working backend, or KeyringUnavailable."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        raise KeyringUnavailable(
            KeyringStoreWords.tr(
                "No system keyring can be used: the optional package `keyring` is not installed. "
                "The passphrase was not stored anywhere; you will be asked for it next time."
            )
        ) from None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringUnavailable(
            KeyringStoreWords.tr(
                "No system keyring works on this computer (none is installed or running). "
                "The passphrase was not stored anywhere; you will be asked for it next time."
            )
        )
    return keyring


def _name(folder: Path) -> str:
    return os.path.realpath(folder)


def remember(folder: Path, passphrase: str) -> None:
    """Store the passphrase in the system keyring, or raise KeyringUnavailable (nothing stored)."""
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, _name(folder), passphrase)
    except Exception as exc:  # keyring's errors, and a backend's own (D-Bus, a locked keychain)
        raise KeyringUnavailable(
            KeyringStoreWords.tr(
                "The system keyring refused to store the passphrase ({reason}). "
                "It was not stored anywhere; you will be asked for it next time."
            ).format(reason=exc)
        ) from None


def recall(folder: Path) -> str | None:
    """The stored passphrase, or None (none stored, or no keyring to ask)."""
    try:
        keyring = _keyring()
        found = keyring.get_password(SERVICE, _name(folder))
    except Exception:  # no keyring, or it cannot be read now: the person types the passphrase
        return None
    return found if isinstance(found, str) else None


def forget(folder: Path) -> None:
    """Remove the stored passphrase, if any (decrypting, a new passphrase)."""
    try:
        keyring = _keyring()
        if keyring.get_password(SERVICE, _name(folder)) is not None:
            keyring.delete_password(SERVICE, _name(folder))
    except Exception:
        return
