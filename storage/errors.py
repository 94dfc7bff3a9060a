"""The storage error tree: environment failures of the vault, each with a stable ``kind``.

These are expected errors (wrong passphrase, full disk, damaged file) that the UI turns into
Norwegian messages; bugs stay ordinary exceptions. Domain ``ValidationError``s pass through
the storage layer unchanged. No message ever holds personal data (DOMAIN.md B8).
"""

from __future__ import annotations

from domain.errors import ErrorKind, FeltError


class StorageError(FeltError):
    """Base of every vault error."""

    kind = ErrorKind.VAULT_CORRUPT


class WrongPassphrase(StorageError):
    """The passphrase does not open the data key; ``delay_s`` is the wait before the next try."""

    kind = ErrorKind.WRONG_PASSPHRASE

    def __init__(self, delay_s: float, attempts: int) -> None:
        self.delay_s = delay_s
        self.attempts = attempts
        super().__init__(detail=f"attempt {attempts}, next try in {delay_s:.1f} s")


class VaultTooNew(StorageError):
    """The vault was written by a newer version of the app (schema unknown to this code)."""

    kind = ErrorKind.VAULT_TOO_NEW


class VaultCorrupt(StorageError):
    """The vault or its key file is truncated, tampered with or otherwise unreadable."""

    kind = ErrorKind.VAULT_CORRUPT


class VaultMissing(StorageError):
    """No vault in the folder."""

    kind = ErrorKind.VAULT_MISSING


class VaultExists(StorageError):
    """A vault is already in the folder; creating one would destroy it."""

    kind = ErrorKind.VAULT_EXISTS


class VaultLocked(StorageError):
    """The vault was closed (locked); open it again to continue."""

    kind = ErrorKind.VAULT_LOCKED


class DiskFull(StorageError):
    """The disk (or the database's page limit) is full; nothing of the failed change was kept."""

    kind = ErrorKind.DISK_FULL


class ReadOnlyStorage(StorageError):
    """The vault's files cannot be written."""

    kind = ErrorKind.READ_ONLY


class WrongThread(RuntimeError):
    """A programming error: the vault was used from a thread other than its owner."""


class NotFound(StorageError):
    """No record with that id in the vault (or it was removed by a revocation)."""

    kind = ErrorKind.NOT_FOUND
