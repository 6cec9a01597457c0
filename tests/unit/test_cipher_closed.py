"""A closed encrypted connection refuses like a closed sqlite3 one: with sqlite3's own error class,
so the callers that catch sqlite3.ProgrammingError (the window's alerts feed after the journal was
closed for a lock, a restore or an encrypt) catch it too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from journal.core.crypt import convert, header, keys
from journal.core.journal import Journal


def test_a_closed_encrypted_connection_raises_sqlite3_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(header.KDF_PARAMS, "memory_kib", 8192)
    monkeypatch.setitem(header.KDF_PARAMS, "time_cost", 1)
    folder = tmp_path / "j"
    convert.create(folder, "correct horse battery")
    journal = Journal.open(folder)
    journal.close()
    try:
        with pytest.raises(sqlite3.ProgrammingError):
            _ = journal.conn.in_transaction
        with pytest.raises(sqlite3.ProgrammingError):
            journal.conn.execute("SELECT 1")
    finally:
        keys.forget(folder)
