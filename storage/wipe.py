"""Wiping a vault when the server revokes the device (DESIGN.md §5).

Each file of the vault folder (database, WAL, shared memory, key file, attempt counter) is
overwritten with random bytes, flushed to disk, then deleted. On SSDs and copy-on-write file
systems an overwrite is not a guarantee; what makes the data unreadable is that the key
file (the wrapped data key) is gone: without it the SQLCipher pages are noise.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

VAULT_FILES = (
    "vault.key", "vault.db", "vault.db-wal", "vault.db-shm", "vault.db-journal", "vault.attempts",
)
_CHUNK = 1 << 20


def overwrite_and_delete(path: Path) -> bool:
    """Overwrite ``path`` with random bytes, fsync, delete; False when it did not exist."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with path.open("r+b") as handle:
        left = size
        while left > 0:
            n = min(left, _CHUNK)
            handle.write(os.urandom(n))
            left -= n
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    return True


def wipe_vault(folder: Path) -> list[str]:
    """Securely remove every vault file in ``folder`` (the vault must be closed first).

    The key file goes first: once it is gone nothing else can be decrypted, even if the
    process dies half-way. Returns the names removed.
    """
    removed = [name for name in VAULT_FILES if overwrite_and_delete(folder / name)]
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when nothing else lives there
    return removed
