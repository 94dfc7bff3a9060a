"""The municipality's recovery key pair for escrowed vault keys (DESIGN.md §3).

The private half is written once, passphrase-protected, for safekeeping away from the
server; the server keeps only the public half and the devices' sealed keys.
"""

from __future__ import annotations

import base64
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from domain.ids import new_id
from sync.protocol import ErrorCode
from sync.protocol.escrow import open_sealed
from sync.server import audit
from sync.server.config import Settings
from sync.server.errors import ServerError, not_found
from sync.server.tables import devices, recovery_keys


def create_key(session: Session, settings: Settings, out: Path, passphrase: bytes) -> str:
    """Make the key pair, write the encrypted private half to ``out``; returns the public PEM."""
    if out.exists():
        raise ServerError(ErrorCode.VALIDATION, 409, "refusing to overwrite the key file")
    key = X25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(private_pem)
    out.chmod(0o600)
    session.execute(update(recovery_keys).values(active=False))
    session.execute(
        insert(recovery_keys).values(
            id=new_id(), public_pem=public_pem, active=True, created_at=settings.clock()
        )
    )
    return public_pem


def recover(
    session: Session, settings: Settings, device_id: str, key_file: Path, passphrase: bytes
) -> bytes:
    """Open one device's escrowed data key (audited)."""
    row = session.execute(
        select(devices.c.user_id, devices.c.sealed_key).where(devices.c.id == device_id)
    ).first()
    if row is None or row.sealed_key is None:
        raise not_found("no escrowed key for that device")
    key = serialization.load_pem_private_key(key_file.read_bytes(), password=passphrase)
    if not isinstance(key, X25519PrivateKey):
        raise ServerError(ErrorCode.VALIDATION, 422, "not a recovery key")
    data_key = open_sealed(key, base64.b64decode(row.sealed_key))
    entry = audit.Entry(
        audit.Event.KEY_RECOVERED, device_id=device_id, detail={"owner": str(row.user_id)}
    )
    audit.append(session, [entry], settings.clock())
    return data_key
