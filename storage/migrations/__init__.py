"""Numbered schema migrations keyed on ``PRAGMA user_version`` (STYLE.md rule 8).

Each migration is a module ``mNNN_name.py`` with ``STATEMENTS``, listed in
:data:`MIGRATIONS` and applied in one transaction together with the new ``user_version``,
so a crash mid-upgrade leaves the previous version intact. Never edit a released migration:
add the next number, and a stored fixture of the released version under ``tests/data/``.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Database
from storage.errors import VaultTooNew
from storage.migrations import m001_initial, m002_lookup_indexes, m003_sync


@dataclass(frozen=True)
class Migration:
    """One schema step."""

    version: int
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, m001_initial.STATEMENTS),
    Migration(2, m002_lookup_indexes.STATEMENTS),
    Migration(3, m003_sync.STATEMENTS),
)
LATEST = MIGRATIONS[-1].version


def schema_version(db: Database) -> int:
    """The vault's ``user_version`` (0 for an empty database)."""
    with db.read() as conn:
        row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database, *, target: int = LATEST) -> int:
    """Upgrade to ``target``; refuse a vault written by newer code. Returns the version."""
    current = schema_version(db)
    if current > LATEST:
        raise VaultTooNew(detail=f"schema {current}, this app knows up to {LATEST}")
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            with db.tx() as conn:
                for statement in migration.statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {migration.version}")
            current = migration.version
    return current
