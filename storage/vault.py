"""The vault: ``vault.db`` (SQLCipher 4) and ``vault.key`` in one folder (DESIGN.md §3).

A plain, single-threaded object: the desktop's DB worker opens it and is the only thread
allowed to use it. ``close()`` drops the key; the object is unusable afterwards.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from domain.escrow import seal_to_recovery_key
from domain.ids import new_id
from storage.access_log import AccessLogRepository
from storage.cases import CaseRepository
from storage.conflicts import ConflictRepository
from storage.context import Context, load_hlc
from storage.db import Database, check_integrity
from storage.errors import VaultCorrupt, VaultExists, VaultMissing, WrongPassphrase
from storage.investigations import InvestigationRepository
from storage.keys import KdfParams, KeyFile, read_key_file, unwrap_dek, wrap_dek, write_json_atomic
from storage.measures import MeasureRepository
from storage.migrations import LATEST, migrate, schema_version
from storage.notes import NoteRepository
from storage.outbox import OutboxRepository
from storage.quarantine import QuarantineRepository
from storage.reports import ReportRepository
from storage.search import SearchRepository
from storage.settings import SettingsRepository
from storage.sync_state import SyncStateRepository
from storage.throttle import AttemptThrottle

__all__ = ["KdfParams", "Vault"]

DB_FILE = "vault.db"
KEY_FILE = "vault.key"
ATTEMPTS_FILE = "vault.attempts"
DEK_BYTES = 32

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The default clock (time is injected everywhere else)."""
    return datetime.now(UTC)


class Vault:
    """An unlocked vault and its repositories."""

    def __init__(self, folder: Path, db: Database, dek: bytes, key_file: KeyFile, clock: Clock):
        self.folder = folder
        self._db = db
        self._dek = dek
        self._key_file = key_file
        meta = _read_meta(db)
        self.user: str = meta["user"]
        self.device_id: str = meta["device_id"]
        with db.read() as conn:
            hlc = load_hlc(conn, self.device_id, lambda: int(clock().timestamp() * 1000))
        # The device's hybrid logical clock; sync calls ``observe`` on it for pulled ops.
        self.hlc = hlc
        ctx = Context(db=db, user=self.user, device=self.device_id, clock=clock, hlc=hlc)
        self.cases = CaseRepository(ctx)
        self.reports = ReportRepository(ctx)
        self.investigations = InvestigationRepository(ctx)
        self.measures = MeasureRepository(ctx)
        self.notes = NoteRepository(ctx)
        self.search = SearchRepository(ctx)
        self.access_log = AccessLogRepository(ctx)
        self.outbox = OutboxRepository(ctx)
        self.settings = SettingsRepository(ctx)
        # What sync keeps for the device and its user: cursor, enrolment and server policy;
        # the "Ikke levert" list; two versions of a draft to merge.
        self.sync_state = SyncStateRepository(ctx)
        self.quarantine = QuarantineRepository(ctx)
        self.conflicts = ConflictRepository(ctx)
        self._ctx = ctx

    @property
    def context(self) -> Context:
        """The repositories' shared context, for storage's own collaborators (the sync store
        writes receipts and pulled pages in the vault's transactions); the app uses the
        repositories."""
        return self._ctx

    @staticmethod
    def exists(folder: Path) -> bool:
        """True when the folder holds a vault (its key file)."""
        return (folder / KEY_FILE).is_file()

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        user: str = "lokal",
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
        schema_version: int = LATEST,
    ) -> Vault:
        """A new vault with a fresh random data key. ``schema_version``: fixture scripts only."""
        if cls.exists(folder):
            raise VaultExists(detail="a vault is already in this folder")
        folder.mkdir(parents=True, exist_ok=True)
        # A database without its key file can never be opened again: start clean.
        _remove_db_files(folder)
        dek = os.urandom(DEK_BYTES)
        key_file = wrap_dek(dek, passphrase, kdf or KdfParams(), escrow=None)
        db = Database.open(folder / DB_FILE, dek)
        try:
            migrate(db, target=schema_version)
            _write_meta(db, user=user, device_id=new_id(), created_at=(clock or utc_now)())
            write_json_atomic(folder / KEY_FILE, key_file.to_json())
        except BaseException:
            db.close()
            _remove_db_files(folder)
            raise
        return cls(folder, db, dek, key_file, clock or utc_now)

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: str,
        *,
        clock: Clock | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Vault:
        """Unlock; a wrong passphrase costs a growing delay before the next try."""
        clock = clock or utc_now
        key_file = _read_existing_key_file(folder)
        throttle = AttemptThrottle(folder / ATTEMPTS_FILE, clock, sleep)
        throttle.wait_turn()
        dek = unwrap_dek(key_file, passphrase)
        if dek is None:
            attempts, delay = throttle.record_failure()
            raise WrongPassphrase(delay_s=delay, attempts=attempts)
        throttle.reset()
        return cls.open_with_key(folder, dek, key_file=key_file, clock=clock)

    @classmethod
    def open_with_key(
        cls,
        folder: Path,
        dek: bytes,
        *,
        key_file: KeyFile | None = None,
        clock: Clock | None = None,
    ) -> Vault:
        """Open with the data key itself (after escrow recovery); migrates to the latest schema."""
        key_file = key_file or _read_existing_key_file(folder)
        db = Database.open(folder / DB_FILE, dek)
        try:
            if schema_version(db) == 0:
                # An empty database behind a key file is a lost or truncated vault, never new.
                raise VaultCorrupt(detail="vault database is empty")
            migrate(db)
            return cls(folder, db, dek, key_file, clock or utc_now)
        except BaseException:
            db.close()
            raise

    @classmethod
    def recover(
        cls, folder: Path, dek: bytes, new_passphrase: str, *, clock: Clock | None = None
    ) -> Vault:
        """Set a new passphrase with the data key an admin recovered from escrow."""
        old = _read_existing_key_file(folder)
        vault = cls.open_with_key(folder, dek, key_file=old, clock=clock)
        vault._rewrap(new_passphrase, old.kdf)
        return vault

    def close(self) -> None:
        """Lock: close the database and drop the key."""
        self._dek = b""
        self._db.close()

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Rewrap the data key under ``new`` (the database is untouched); ``kdf`` may raise the cost."""
        self._db.conn  # noqa: B018  (owner thread and open vault only)
        current = read_key_file(self.folder / KEY_FILE)
        if unwrap_dek(current, old) != self._dek:
            raise WrongPassphrase(delay_s=0.0, attempts=1)
        self._rewrap(new, kdf or current.kdf)

    def _rewrap(self, passphrase: str, kdf: KdfParams) -> None:
        key_file = wrap_dek(self._dek, passphrase, kdf, escrow=self._key_file.escrow)
        write_json_atomic(self.folder / KEY_FILE, key_file.to_json())
        self._key_file = key_file

    def set_escrow_public_key(self, pem: bytes) -> None:
        """Seal the data key to the municipality's recovery key (see ``domain.escrow``)."""
        self._db.conn  # noqa: B018
        blob = seal_to_recovery_key(self._dek, pem)
        key_file = dataclasses.replace(self._key_file, escrow=blob)
        write_json_atomic(self.folder / KEY_FILE, key_file.to_json())
        self._key_file = key_file

    @property
    def escrow_blob(self) -> dict[str, object] | None:
        """The sealed data key, to hand to the server at enrolment."""
        return self._key_file.escrow

    def check_integrity(self) -> list[str]:
        """ "Sjekk hvelvet": SQLCipher's page HMACs and SQLite's integrity check; [] when clean."""
        with self._db.read() as conn:
            return check_integrity(conn)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many mutations in one commit (sync apply, bulk import); each stays atomic itself."""
        with self._db.tx():
            yield


def _read_existing_key_file(folder: Path) -> KeyFile:
    key_path, db_path = folder / KEY_FILE, folder / DB_FILE
    if not key_path.is_file():
        if db_path.exists():
            raise VaultCorrupt(detail="key file missing")
        raise VaultMissing(detail="no vault in folder")
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise VaultCorrupt(detail="vault database missing or empty")
    return read_key_file(key_path)


def _remove_db_files(folder: Path) -> None:
    for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", DB_FILE + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()


def _write_meta(db: Database, *, user: str, device_id: str, created_at: datetime) -> None:
    with db.tx() as conn:
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("user", user), ("device_id", device_id), ("created_at", created_at.isoformat())],
        )


def _read_meta(db: Database) -> dict[str, str]:
    with db.read() as conn:
        rows = conn.execute("SELECT key, value FROM meta").fetchall()
    meta = {str(k): str(v) for k, v in rows}
    if "user" not in meta or "device_id" not in meta:
        raise VaultCorrupt(detail="vault metadata missing")
    return meta
