"""Key escrow: a vault's data key sealed to the municipality's recovery public key.

X25519 + HKDF-SHA256 + AES-256-GCM: the device seals, only the holder of the recovery
private key (kept away from the server) opens. Blob: version byte, ephemeral public key (32),
nonce (12), ciphertext.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_VERSION = b"\x01"
_INFO = b"feltjournal escrow v1"


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_INFO)
    return hkdf.derive(shared)


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_public_key(pem: str) -> X25519PublicKey:
    """Parse the recovery public key as the server hands it out."""
    key = serialization.load_pem_public_key(pem.encode("ascii"))
    if not isinstance(key, X25519PublicKey):
        raise ValueError("recovery key is not X25519")
    return key


def seal(public_pem: str, data_key: bytes) -> bytes:
    """Seal ``data_key`` so only the recovery private key opens it."""
    recipient = load_public_key(public_pem)
    ephemeral = X25519PrivateKey.generate()
    eph_raw = _raw(ephemeral.public_key())
    key = _derive(ephemeral.exchange(recipient), eph_raw, _raw(recipient))
    nonce = os.urandom(12)
    return _VERSION + eph_raw + nonce + AESGCM(key).encrypt(nonce, data_key, _VERSION)


def open_sealed(private_key: X25519PrivateKey, blob: bytes) -> bytes:
    """Inverse of :func:`seal`; raises ``InvalidTag`` or ``ValueError`` on a wrong key/blob."""
    if len(blob) < 1 + 32 + 12 + 16 or blob[:1] != _VERSION:
        raise ValueError("not an escrow blob")
    eph_raw, nonce, ciphertext = blob[1:33], blob[33:45], blob[45:]
    ephemeral = X25519PublicKey.from_public_bytes(eph_raw)
    key = _derive(private_key.exchange(ephemeral), eph_raw, _raw(private_key.public_key()))
    return AESGCM(key).decrypt(nonce, ciphertext, _VERSION)
