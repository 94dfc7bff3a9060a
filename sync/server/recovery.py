"""The municipality's recovery key pair for escrowed vault keys (DESIGN.md §3).

The private half is written once, passphrase-protected, for safekeeping away from the
server; the server keeps only the public half and the devices' sealed keys. The sealing
scheme is :mod:`domain.escrow` (RSA-OAEP), the one the app's vault uses: devices upload the
base64 of the escrow blob's JSON.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from domain.escrow import MIN_RSA_BITS, EscrowError, open_escrow
from domain.ids import new_id
from sync.protocol import ErrorCode
from sync.server import audit
from sync.server.config import Settings
from sync.server.errors import ServerError, not_found
from sync.server.tables import devices, recovery_keys


def create_key(session: Session, settings: Settings, out: Path, passphrase: bytes) -> str:
    """Make the key pair, write the encrypted private half to ``out``; returns the public PEM."""
    if out.exists():
        raise ServerError(ErrorCode.VALIDATION, 409, "refusing to overwrite the key file")
    key = rsa.generate_private_key(public_exponent=65537, key_size=MIN_RSA_BITS)
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
    try:
        blob = json.loads(base64.b64decode(row.sealed_key, validate=True))
        data_key = open_escrow(blob, key_file.read_bytes(), passphrase)
    except (EscrowError, binascii.Error, ValueError) as exc:
        raise ServerError(ErrorCode.VALIDATION, 422, "the key file does not open it") from exc
    entry = audit.Entry(
        audit.Event.KEY_RECOVERED, device_id=device_id, detail={"owner": str(row.user_id)}
    )
    audit.append(session, [entry], settings.clock())
    return data_key
