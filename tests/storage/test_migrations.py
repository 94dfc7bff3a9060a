"""Upgrading stored vaults of every released schema (STYLE.md rule 8).

``tests/data/vault_v1`` was made by ``tests/data/make_vault_v1.py`` with schema 1; today's
code opens a copy, migrates it in one transaction per step, and every record is still there.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from domain.notes import NoteStatus
from storage.db import Database
from storage.errors import VaultTooNew
from storage.migrations import LATEST, MIGRATIONS, migrate, schema_version
from storage.vault import Vault
from tests.data import make_vault_v1 as v1

FIXTURES = Path(__file__).parents[1] / "data"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "vault_v1"
    shutil.copytree(FIXTURES / "vault_v1", target)
    return target


def test_migrations_are_numbered_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1))
    assert LATEST >= 2


def test_stored_v1_vault_upgrades_with_all_records(v1_copy: Path) -> None:
    vault = Vault.open(v1_copy, v1.PASSPHRASE)
    assert schema_version(vault._db) == LATEST
    indexes = {
        r[0] for r in vault._db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"persons_identity_number", "notes_case_occurred"} <= indexes
    assert vault.user == "fixture"
    assert vault.cases.find_by_identity_number("14831551217") == v1.CASE_ID
    [summary] = vault.cases.list()
    assert (summary.number, summary.child_name) == ("2026-0001", "Øyvind Ås")
    case_file = vault.cases.get_file(v1.CASE_ID)
    assert [r.id for r in case_file.reports] == [v1.REPORT_ID]
    assert vault.reports.reporter_of(v1.REPORT_ID).organisation == "Nordby skole"  # type: ignore[union-attr]
    signed = vault.notes.get(v1.SIGNED_NOTE_ID)
    assert signed.status is NoteStatus.SIGNED and "skolen" in signed.child_views
    assert [a.id for a in vault.notes.addenda_for(v1.SIGNED_NOTE_ID)] == [v1.ADDENDUM_ID]
    assert vault.notes.get(v1.DRAFT_NOTE_ID).status is NoteStatus.DRAFT
    assert {h.note_id for h in vault.search.search("fritiden")} == {v1.SIGNED_NOTE_ID}
    assert vault.access_log.verify() is None
    assert vault.outbox.count() >= 6
    assert vault.check_integrity() == []
    vault.close()


def test_v1_vault_with_this_code_newer_than_it_knows(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old app (knowing only schema 1) refuses the upgraded vault instead of damaging it."""
    Vault.open(v1_copy, v1.PASSPHRASE).close()
    import storage.migrations as migrations

    monkeypatch.setattr(migrations, "LATEST", 1)
    with pytest.raises(VaultTooNew):
        Vault.open(v1_copy, v1.PASSPHRASE)


def test_failed_migration_leaves_previous_version(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each migration is one transaction: a failing step keeps the vault at the old version."""
    import storage.migrations as migrations

    broken = migrations.Migration(2, ("CREATE INDEX x ON persons (id)", "SELECT * FROM nowhere"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (MIGRATIONS[0], broken))
    with pytest.raises(Exception, match="nowhere"):
        Vault.open(v1_copy, v1.PASSPHRASE)
    monkeypatch.undo()
    vault = Vault.open(v1_copy, v1.PASSPHRASE)  # the real migration still applies cleanly
    assert schema_version(vault._db) == LATEST
    vault.close()


def test_migrate_is_idempotent(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "x.db", b"k" * 32)
    assert migrate(db) == LATEST
    assert migrate(db) == LATEST
    db.close()
