"""The error tree's root: every error a user can cause carries a stable ``kind``.

The UI turns a ``kind`` into a Norwegian message in one place (``ui/messages.py``), so
lower layers never format user-facing text and never put personal data in a message.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    """Stable error codes shared by every layer (and the UI's message table)."""

    WRONG_PASSPHRASE = "wrong_passphrase"
    WEAK_PASSPHRASE = "weak_passphrase"
    VAULT_TOO_NEW = "vault_too_new"
    VAULT_CORRUPT = "vault_corrupt"
    VAULT_LOCKED = "vault_locked"
    VAULT_EXISTS = "vault_exists"
    VAULT_MISSING = "vault_missing"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    INVALID_IDENTITY_NUMBER = "invalid_identity_number"
    INTERPRETER_UNDER_18 = "interpreter_under_18"
    INTERPRETER_IS_CHILD = "interpreter_is_child"
    SIGNED_NOTE_IMMUTABLE = "signed_note_immutable"
    MISSING_FIELD = "missing_field"
    INVALID_LEGAL_BASIS = "invalid_legal_basis"
    ANONYMOUS_WITH_IDENTITY = "anonymous_with_identity"
    MELDEPLIKT_NOT_ANONYMOUS = "meldeplikt_not_anonymous"
    CLOSURE_NEEDS_REASON = "closure_needs_reason"
    CONCLUSION_BLOCKED = "conclusion_blocked"
    EXTENSION_INVALID = "extension_invalid"
    NOT_FOUND = "not_found"
    ACCESS_DENIED = "access_denied"
    DELETE_FORBIDDEN = "delete_forbidden"


class FeltError(Exception):
    """Base of every expected (user- or environment-caused) error; bugs are other exceptions.

    ``detail`` is for developers and logs: it must never hold names, note text or
    identity numbers (DOMAIN.md B8).
    """

    kind: ErrorKind = ErrorKind.NOT_FOUND

    def __init__(self, kind: ErrorKind | None = None, detail: str = "", *, field: str = "") -> None:
        if kind is not None:
            self.kind = kind
        self.detail = detail
        self.field = field
        super().__init__(f"{self.kind.value}: {detail}" if detail else self.kind.value)


class ValidationError(FeltError):
    """A domain rule refused the input (the user can correct it)."""

    kind = ErrorKind.MISSING_FIELD
