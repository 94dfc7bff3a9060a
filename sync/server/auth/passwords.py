"""Argon2id password hashes in PHC form (parameters and salt stored with the hash)."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from sync.server.config import Argon2Params


def hash_password(password: str, params: Argon2Params) -> str:
    """``$argon2id$v=19$m=…,t=…,p=…$salt$hash``."""
    kdf = Argon2id(
        salt=os.urandom(16),
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive_phc_encoded(password.encode("utf-8"))


def verify_password(password: str, encoded: str) -> bool:
    """True when ``password`` matches the stored hash."""
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
    except (InvalidKey, ValueError):
        return False
    return True
