"""Sync state kept inside the vault: cursor, credentials, CA pin, last successful sync (§5).

The device token is a secret, so it lives in the encrypted database and nowhere else (never
QSettings, never a log). The cursor is written in the same transaction as the page it
follows, so a crash never leaves the vault claiming ops it did not apply.
"""

from __future__ import annotations

import json
from datetime import datetime

from domain.ops import JSONValue
from domain.syncstore import Credentials, ServerPolicy
from storage.base import Repository
from storage.db import Connection

CURSOR = "cursor"
CREDENTIALS = "credentials"
LAST_SUCCESS = "last_success"
MAX_OFFLINE_HOURS = "max_offline_hours"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
ENROLLED_AT = "enrolled_at"


def read(conn: Connection, key: str, default: JSONValue = None) -> JSONValue:
    """One value of ``sync_state`` (inside the caller's transaction)."""
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def write(conn: Connection, key: str, value: JSONValue) -> None:
    """Set one value of ``sync_state`` (inside the caller's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
        (key, json.dumps(value, ensure_ascii=False)),
    )


class SyncStateRepository(Repository):
    """Where this device stands with its server."""

    def credentials(self) -> Credentials | None:
        """The enrolment, or ``None`` for a vault that never met a server."""
        with self._db.read() as conn:
            data = read(conn, CREDENTIALS)
        if not isinstance(data, dict):
            return None
        return Credentials(
            server_url=str(data["server_url"]),
            device_id=str(data["device_id"]),
            device_token=str(data["device_token"]),
            user_id=str(data["user_id"]),
            username=str(data["username"]),
            ca_pem=data.get("ca_pem"),
        )

    def save_enrolment(
        self, credentials: Credentials, max_offline_hours: int, idle_lock_minutes: int | None = None
    ) -> None:
        """Store the enrolment; it counts as the first contact with the server."""
        now = self._ctx.now_iso()
        data = {
            "server_url": credentials.server_url,
            "device_id": credentials.device_id,
            "device_token": credentials.device_token,
            "user_id": credentials.user_id,
            "username": credentials.username,
            "ca_pem": credentials.ca_pem,
        }
        with self._db.tx() as conn:
            write(conn, CREDENTIALS, data)
            write(conn, ENROLLED_AT, now)
            write(conn, LAST_SUCCESS, now)
            _write_policy(conn, max_offline_hours, idle_lock_minutes)
            write(conn, CURSOR, 0)
            self._ctx.log(conn, "device.enrol")

    def cursor(self) -> int:
        """The server sequence this device has applied up to."""
        with self._db.read() as conn:
            return int(read(conn, CURSOR, 0))

    def finish(
        self, server_time: datetime, max_offline_hours: int, idle_lock_minutes: int | None = None
    ) -> None:
        """A sync went all the way through: remember when (device clock) and the policy."""
        with self._db.tx() as conn:
            write(conn, LAST_SUCCESS, self._ctx.now_iso())
            write(conn, "server_time", server_time.isoformat())
            _write_policy(conn, max_offline_hours, idle_lock_minutes)

    def last_success(self) -> datetime | None:
        """When the device last completed a sync (or enrolled)."""
        with self._db.read() as conn:
            value = read(conn, LAST_SUCCESS)
        return datetime.fromisoformat(value) if isinstance(value, str) else None

    def max_offline_hours(self) -> int | None:
        """The server's limit on time offline, as last heard."""
        with self._db.read() as conn:
            value = read(conn, MAX_OFFLINE_HOURS)
        return int(value) if isinstance(value, int) else None

    def policy(self) -> ServerPolicy:
        """The server's policy as last heard: it applies from the next unlock, before any sync."""
        with self._db.read() as conn:
            idle, offline = read(conn, IDLE_LOCK_MINUTES), read(conn, MAX_OFFLINE_HOURS)
        return ServerPolicy(
            idle_lock_minutes=idle if isinstance(idle, int) else None,
            max_offline_hours=offline if isinstance(offline, int) else None,
        )


def _write_policy(conn: Connection, max_offline_hours: int, idle_lock_minutes: int | None) -> None:
    """Both limits; an idle limit the server did not state keeps the one heard before."""
    write(conn, MAX_OFFLINE_HOURS, max_offline_hours)
    if idle_lock_minutes is not None:
        write(conn, IDLE_LOCK_MINUTES, idle_lock_minutes)
