"""Local settings kept inside the vault (never QSettings for anything about cases)."""

from __future__ import annotations

import json

from domain.ops import JSONValue
from storage.base import Repository


class SettingsRepository(Repository):
    """A small key → JSON store."""

    def get(self, key: str, default: JSONValue = None) -> JSONValue:
        """The stored value, or ``default``."""
        with self._ctx.db.read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: JSONValue) -> None:
        """Store a JSON value."""
        with self._ctx.db.tx() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (key, json.dumps(value, ensure_ascii=False)),
            )
