"""Settings: one JSON value per key (journal/core/preferences reads and checks them)."""

from __future__ import annotations

import json
from typing import Any

from journal.core.store.base import StoreBase


class Settings(StoreBase):
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)],
            )

    # A setting put back to its default (journal/core/preferences).
    def delete_setting(self, key: str) -> None:
        """Forget a stored setting, so `setting(key, default)` answers the default again."""
        with self.transaction():
            self.conn.execute("DELETE FROM settings WHERE key = ?", [key])
