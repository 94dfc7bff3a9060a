"""Key escrow: the vault's data key sealed to the municipality's recovery key (DESIGN.md §3).

A forgotten passphrase must never lose unsynced notes, so at enrolment the device seals its
data key (DEK) to the municipality's recovery *public* key; the server's ``recover-key`` admin
action opens it with the private key. Pure ``cryptography``: the desktop's storage layer and
the server both import this module and nothing else of each other.

Format (a JSON object, stored in ``vault.key`` under ``"escrow"``)::

    {"scheme": "rsa-oaep-sha256", "version": 1,
     "key_sha256": "<hex SHA-256 of the public key's DER SubjectPublicKeyInfo>",
     "sealed": "<base64 of RSA-OAEP(MGF1-SHA256, SHA-256, no label) over the 32-byte DEK>"}

RSA-OAEP was chosen over an X25519 construction because a 32-byte DEK fits one OAEP block
(no extra KDF or AEAD to specify) and municipal HSMs and PKI tooling all support it.
The recovery key must be RSA with at least 3072 bits. ``key_sha256`` lets the server pick
the right private key after a key rotation.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SCHEME = "rsa-oaep-sha256"
VERSION = 1
MIN_RSA_BITS = 3072
DEK_BYTES = 32


class EscrowError(ValueError):
    """The recovery key or the escrow blob is unusable (wrong key, wrong format, tampered)."""


def _oaep() -> padding.OAEP:
    return padding.OAEP(
        mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
    )


def public_key_fingerprint(public_key: rsa.RSAPublicKey) -> str:
    """Hex SHA-256 of the DER SubjectPublicKeyInfo: names the recovery key in a blob."""
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def load_recovery_public_key(public_pem: bytes) -> rsa.RSAPublicKey:
    """Parse and check the municipality's recovery key (RSA, at least 3072 bits)."""
    try:
        key = serialization.load_pem_public_key(public_pem)
    except ValueError as exc:
        raise EscrowError("not a PEM public key") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise EscrowError("recovery key must be RSA")
    if key.key_size < MIN_RSA_BITS:
        raise EscrowError(f"recovery key must have at least {MIN_RSA_BITS} bits")
    return key


def seal_to_recovery_key(dek: bytes, public_pem: bytes) -> dict[str, Any]:
    """Seal ``dek`` so only the holder of the recovery private key can open it."""
    if len(dek) != DEK_BYTES:
        raise EscrowError("data key must be 32 bytes")
    key = load_recovery_public_key(public_pem)
    sealed = key.encrypt(dek, _oaep())
    return {
        "scheme": SCHEME,
        "version": VERSION,
        "key_sha256": public_key_fingerprint(key),
        "sealed": base64.b64encode(sealed).decode("ascii"),
    }


def open_escrow(blob: Mapping[str, Any], private_key_pem: bytes, password: bytes | None) -> bytes:
    """Recover the DEK from ``blob`` with the recovery private key (an audited admin action)."""
    if blob.get("scheme") != SCHEME or blob.get("version") != VERSION:
        raise EscrowError("unknown escrow scheme")
    try:
        key = serialization.load_pem_private_key(private_key_pem, password=password)
    except (ValueError, TypeError) as exc:
        raise EscrowError("cannot load the private key") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise EscrowError("recovery key must be RSA")
    if public_key_fingerprint(key.public_key()) != blob.get("key_sha256"):
        raise EscrowError("blob was sealed to another recovery key")
    try:
        dek = key.decrypt(base64.b64decode(str(blob["sealed"]), validate=True), _oaep())
    except (ValueError, KeyError) as exc:
        raise EscrowError("escrow blob does not open") from exc
    if len(dek) != DEK_BYTES:
        raise EscrowError("escrow blob holds no data key")
    return dek
