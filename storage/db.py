"""The one SQLCipher connection: keying, pragmas, transactions, thread ownership, errors.

SQLCipher connections are not shareable, so the connection remembers the thread that opened
it and refuses every other (a programming error, not a user error). Every statement runs
inside :meth:`Database.tx` or :meth:`Database.read`, which turn SQLite's error codes into the
storage error tree: a full disk, a read-only file and a damaged page each get their own
``kind``, and a failed write leaves nothing half-done (the transaction is rolled back).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from storage.errors import DiskFull, ReadOnlyStorage, VaultCorrupt, VaultLocked, WrongThread


class Connection(Protocol):
    """The part of a ``sqlcipher3`` connection we use (the package ships no type hints)."""

    @property
    def in_transaction(self) -> bool: ...
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Any, /) -> Any: ...
    def close(self) -> None: ...


_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 3, 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26

PAGE_SIZE = 4096

# (pragma, value set, value read back). temp_store=MEMORY matters most: a file temp store
# would hold plaintext outside the encrypted database.
_PRAGMAS: tuple[tuple[str, str, str], ...] = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", "2"),
    ("temp_store", "MEMORY", "2"),
    ("foreign_keys", "ON", "1"),
    ("secure_delete", "ON", "1"),
)


def translate(exc: BaseException) -> BaseException:
    """The storage error for an SQLite failure; other errors (bugs) are returned unchanged."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL:
        return DiskFull(detail="database or disk is full")
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return ReadOnlyStorage(detail=f"sqlite code {code}")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB, _SQLITE_IOERR):
        return VaultCorrupt(detail=f"sqlite code {code}")
    if isinstance(exc, sqlcipher3.DatabaseError) and "malformed" in str(exc):
        return VaultCorrupt(detail="malformed")
    return exc


class Database:
    """An open, keyed connection owned by the thread that opened it."""

    def __init__(self, conn: Connection, path: Path) -> None:
        self._conn: Connection | None = conn
        self.path = path
        self._owner = threading.get_ident()
        self._depth = 0

    @classmethod
    def open(cls, path: Path, key: bytes | None) -> Database:
        """Open ``path`` keyed with the raw ``key`` (``None``: plain SQLite, benchmarks only)."""
        try:
            conn = sqlcipher3.connect(str(path), isolation_level=None)
        except sqlcipher3.Error as exc:
            raise translate(exc) from exc
        try:
            if key is not None:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
            else:
                conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            # SQLCipher only notices a wrong key or a damaged first page on the first read.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _apply_pragmas(conn)
        except sqlcipher3.Error as exc:
            conn.close()
            raise translate(exc) from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    @property
    def conn(self) -> Connection:
        """The connection, for the owner thread of an open vault only."""
        if threading.get_ident() != self._owner:
            raise WrongThread("the vault belongs to the thread that opened it (its DB worker)")
        if self._conn is None:
            raise VaultLocked(detail="vault is closed")
        return self._conn

    @property
    def in_transaction(self) -> bool:
        """True inside :meth:`tx` (used to batch many changes in one commit)."""
        return self._depth > 0

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One atomic change; nested calls become savepoints of the outer transaction."""
        conn = self.conn
        depth = self._depth
        try:
            conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
        except sqlcipher3.Error as exc:
            raise translate(exc) from exc
        self._depth += 1
        try:
            yield conn
            if depth == 0:
                conn.execute("COMMIT")
            else:
                conn.execute(f"RELEASE sp{depth}")
        except BaseException as exc:
            _rollback(conn, depth)
            if isinstance(exc, sqlcipher3.Error):
                raise translate(exc) from exc
            raise
        finally:
            self._depth = depth

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """Reads, with SQLite errors translated (a damaged page shows up on first read)."""
        conn = self.conn
        try:
            yield conn
        except sqlcipher3.Error as exc:
            raise translate(exc) from exc

    def close(self) -> None:
        """Close the connection (checkpoints the WAL); the object is unusable afterwards."""
        if self._conn is None:
            return
        conn = self.conn
        self._conn = None
        try:
            conn.close()
        except sqlcipher3.Error as exc:
            raise translate(exc) from exc


def _rollback(conn: Connection, depth: int) -> None:
    """Undo the failed change; SQLite may already have rolled back (e.g. after SQLITE_FULL)."""
    if not conn.in_transaction:
        return
    try:
        if depth == 0:
            conn.execute("ROLLBACK")
        else:
            conn.execute(f"ROLLBACK TO sp{depth}")
            conn.execute(f"RELEASE sp{depth}")
    except sqlcipher3.Error:
        pass  # the original error is the one worth raising


def _apply_pragmas(conn: Connection) -> None:
    """Set and read back every pragma the security model depends on (DESIGN.md §3)."""
    for name, value, expected in _PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}")
        row = conn.execute(f"PRAGMA {name}").fetchone()
        if row is None or str(row[0]).lower() != expected:
            raise RuntimeError(f"PRAGMA {name} did not take effect")
    row = conn.execute("PRAGMA page_size").fetchone()
    if row is None or int(row[0]) != PAGE_SIZE:
        raise RuntimeError("page size is not 4096")


def check_integrity(conn: Connection, *, encrypted: bool = True) -> list[str]:
    """Problems reported by SQLCipher's HMAC check and SQLite's integrity check; [] when clean."""
    problems: list[str] = []
    if encrypted:
        problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        # A page whose HMAC fails cannot be read at all, so SQLite's own check stops there;
        # that is a finding of the check, not a failure of it.
        return [*problems, f"integrity_check stopped: {type(exc).__name__}"]
    problems += [r for r in rows if r != "ok"]
    return problems
