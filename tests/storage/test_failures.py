"""Damaged files, full disk, read-only storage, a too-new vault: typed errors, never a raw
SQLite error, and nothing already saved is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from domain.errors import ErrorKind, FeltError
from storage.errors import DiskFull, ReadOnlyStorage, VaultCorrupt, VaultTooNew
from storage.vault import Vault
from tests.storage.conftest import PASSPHRASE, FakeClock, make_case, make_note


def _filled(vault: Vault, notes: int = 40) -> list[str]:
    case = make_case(vault)
    ids = []
    for i in range(notes):
        note = make_note(case, body=f"Notat {i} " + "tekst " * 200)
        vault.notes.save_draft(note)
        ids.append(note.id)
    return ids


def _use_everything(vault: Vault) -> None:
    """Touch every page: a damaged page only shows up when it is read."""
    for case in vault.cases.list(limit=1000):
        vault.notes.list_for_case(case.id)
    vault.search.search("tekst")
    problems = vault.check_integrity()  # "Sjekk hvelvet" reports damage rather than failing
    if problems:
        raise VaultCorrupt(detail=f"{len(problems)} problems")


@pytest.mark.parametrize("keep", [0.0, 0.1, 0.5, 0.9])
def test_truncated_vault_is_corrupt(
    vault: Vault, folder: Path, clock: FakeClock, keep: float
) -> None:
    _filled(vault)
    vault.close()
    db = folder / "vault.db"
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.truncate(int(size * keep))
    with pytest.raises(VaultCorrupt):
        again = Vault.open(folder, PASSPHRASE, clock=clock)
        _use_everything(again)


@pytest.mark.parametrize("where", [0.0, 0.3, 0.6, 0.95])
def test_tampered_page_is_corrupt(
    vault: Vault, folder: Path, clock: FakeClock, where: float
) -> None:
    _filled(vault)
    vault.close()
    db = folder / "vault.db"
    offset = int(db.stat().st_size * where) + 100
    with open(db, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x5A]))
    with pytest.raises(VaultCorrupt):
        again = Vault.open(folder, PASSPHRASE, clock=clock)
        _use_everything(again)


def test_missing_database_behind_key_file_is_corrupt(vault: Vault, folder: Path) -> None:
    vault.close()
    os.remove(folder / "vault.db")
    with pytest.raises(VaultCorrupt):
        Vault.open(folder, PASSPHRASE)


def test_disk_full_keeps_what_was_saved(vault: Vault, folder: Path, clock: FakeClock) -> None:
    """A real SQLITE_FULL (page limit): typed error, earlier notes kept, the vault reopens."""
    saved = _filled(vault, notes=5)
    case_id = vault.notes.get(saved[0]).case_id
    pages = vault._db.conn.execute("PRAGMA page_count").fetchone()[0]
    vault._db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    outbox_before = vault.outbox.count()
    big = make_note(vault.cases.get_file(case_id).case, body="stort " * 200_000)
    with pytest.raises(DiskFull) as info:
        vault.notes.save_draft(big)
    assert info.value.kind is ErrorKind.DISK_FULL
    assert vault.outbox.count() == outbox_before
    assert all(vault.notes.get(i) for i in saved)
    vault.close()
    again = Vault.open(folder, PASSPHRASE, clock=clock)
    assert [n.id for n in again.notes.list_for_case(case_id)] == saved
    assert again.check_integrity() == []
    again.notes.save_draft(big)  # without the limit it fits
    again.close()


def test_read_only_database_is_typed(vault: Vault) -> None:
    """SQLite's own read-only refusal (query_only: the same SQLITE_READONLY path as a
    read-only file) becomes ReadOnlyStorage, and nothing is half-written."""
    case = make_case(vault)
    vault._db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(ReadOnlyStorage):
        vault.notes.save_draft(make_note(case))
    vault._db.conn.execute("PRAGMA query_only = 0")
    assert vault.notes.list_for_case(case.id) == []


def test_vault_from_newer_app_is_refused(vault: Vault, folder: Path) -> None:
    vault._db.conn.execute("PRAGMA user_version = 999")
    vault.close()
    with pytest.raises(VaultTooNew):
        Vault.open(folder, PASSPHRASE)


def test_errors_are_felt_errors_with_kinds() -> None:
    for cls in (DiskFull, ReadOnlyStorage, VaultCorrupt, VaultTooNew):
        assert issubclass(cls, FeltError)
        assert isinstance(cls().kind, ErrorKind)


def test_database_without_key_file_is_corrupt_not_missing(vault: Vault, folder: Path) -> None:
    vault.close()
    os.remove(folder / "vault.key")
    assert not Vault.exists(folder)
    with pytest.raises(VaultCorrupt):
        Vault.open(folder, PASSPHRASE)
