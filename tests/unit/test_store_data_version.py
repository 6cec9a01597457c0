"""The store's data_version: the number the window watches to see other programs' writes."""

from __future__ import annotations

import sqlite3


def test_data_version_moves_for_other_connections_commits_only(journal) -> None:
    before = journal.store.data_version()
    journal.store.set_setting("mine", "1")
    assert journal.store.data_version() == before
    other = sqlite3.connect(journal.folder / "journal.sqlite3")
    with other:
        other.execute("INSERT INTO settings (key, value) VALUES ('theirs', '1')")
    other.close()
    assert journal.store.data_version() != before
