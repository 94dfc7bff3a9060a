"""The key file ``vault.key``: the data key wrapped under the passphrase (DESIGN.md §3).

The database is opened with a random 256-bit data key (DEK). The DEK is stored wrapped with
AES-256-GCM under a key derived from the passphrase by Argon2id, so a passphrase change only
rewraps 32 bytes and the KDF cost can be raised later (its parameters are stored). The GCM
associated data binds the format, the KDF parameters and the salt: editing them in the file
makes unwrapping fail instead of silently weakening the KDF.

``vault.attempts`` beside it holds only a failure count and a time (nothing sensitive); it
makes wrong guesses slower through the UI. The real protection against guessing is Argon2id.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from storage.errors import DiskFull, ReadOnlyStorage, VaultCorrupt

FORMAT_VERSION = 1
DEK_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: 64 MiB, 3 passes, 4 lanes by default (about 0.1 s on our laptops)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def cheap(cls) -> KdfParams:
        """Minimal cost, for tests and fixtures only."""
        return cls(memory_kib=64, iterations=1, lanes=1)


@dataclass(frozen=True)
class KeyFile:
    """Parsed contents of ``vault.key``."""

    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_dek: bytes
    escrow: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON document written to disk."""
        return {
            "format": FORMAT_VERSION,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_dek": _b64(self.wrapped_dek),
            "escrow": self.escrow,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        """Parse; anything malformed is a corrupt vault."""
        try:
            if data["format"] != FORMAT_VERSION or data["kdf"]["name"] != "argon2id":
                raise ValueError("unknown key file format")
            kdf = KdfParams(
                memory_kib=int(data["kdf"]["memory_kib"]),
                iterations=int(data["kdf"]["iterations"]),
                lanes=int(data["kdf"]["lanes"]),
            )
            return cls(
                kdf=kdf,
                salt=_unb64(data["salt"]),
                nonce=_unb64(data["nonce"]),
                wrapped_dek=_unb64(data["wrapped_dek"]),
                escrow=data.get("escrow"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultCorrupt(detail="key file malformed") from exc

    def associated_data(self) -> bytes:
        """What the GCM tag authenticates besides the DEK: format, KDF params and salt."""
        bound = {"format": FORMAT_VERSION, "kdf": asdict(self.kdf), "salt": _b64(self.salt)}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    return base64.b64decode(str(text), validate=True)


def derive_kek(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    """The key-encryption key from the passphrase (Argon2id)."""
    argon = Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    )
    return argon.derive(passphrase.encode("utf-8"))


def wrap_dek(dek: bytes, passphrase: str, kdf: KdfParams, escrow: dict[str, Any] | None) -> KeyFile:
    """A fresh salt and nonce, and the DEK sealed under the passphrase."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    shell = KeyFile(kdf=kdf, salt=salt, nonce=nonce, wrapped_dek=b"", escrow=escrow)
    kek = derive_kek(passphrase, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, dek, shell.associated_data())
    return KeyFile(kdf=kdf, salt=salt, nonce=nonce, wrapped_dek=wrapped, escrow=escrow)


def unwrap_dek(key_file: KeyFile, passphrase: str) -> bytes | None:
    """The DEK, or ``None`` when the passphrase (or the bound parameters) are wrong."""
    kek = derive_kek(passphrase, key_file.salt, key_file.kdf)
    try:
        dek = AESGCM(kek).decrypt(key_file.nonce, key_file.wrapped_dek, key_file.associated_data())
    except InvalidTag:
        return None
    if len(dek) != DEK_BYTES:
        raise VaultCorrupt(detail="wrapped key has the wrong length")
    return dek


def read_key_file(path: Path) -> KeyFile:
    """Load ``vault.key``; unreadable JSON is a corrupt vault."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise VaultCorrupt(detail="key file unreadable") from exc
    if not isinstance(data, dict):
        raise VaultCorrupt(detail="key file malformed")
    return KeyFile.from_json(data)


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write beside the target, fsync, rename, fsync the folder: never a half-written file."""
    tmp = path.with_name(path.name + ".new")
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error(exc) from exc


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error(exc: OSError) -> Exception:
    """Map an OS error while writing vault files to the storage error tree."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(detail="no space for the key file")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyStorage(detail="vault folder not writable")
    return exc
