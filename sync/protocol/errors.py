"""Stable error and rejection codes of the sync protocol (the app maps them to messages)."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """``error.code`` of a failed request."""

    PROTOCOL_VERSION = "protocol_version"
    MALFORMED_JSON = "malformed_json"
    VALIDATION = "validation_error"
    BATCH_TOO_LARGE = "batch_too_large"
    UNAUTHENTICATED = "unauthenticated"
    DEVICE_REVOKED = "device_revoked"
    INVALID_CREDENTIALS = "invalid_credentials"
    LOGIN_THROTTLED = "login_throttled"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    REASON_REQUIRED = "reason_required"
    BREAK_GLASS_EXPIRED = "break_glass_expired"
    NO_RECOVERY_KEY = "no_recovery_key"
    INTERNAL = "internal_error"


class RejectReason(StrEnum):
    """Why one pushed op was rejected; the op goes to the device's quarantine."""

    ACCESS_DENIED = "access_denied"  # also for cases that do not exist (B1)
    BREAK_GLASS_EXPIRED = "break_glass_expired"
    ADMIN_NO_CASE_CONTENT = "admin_no_case_content"
    NOTE_SIGNED = "note_signed"  # the client turns the text into an addendum proposal
    DELETE_FORBIDDEN = "delete_forbidden"  # B10
    UNKNOWN_ENTITY = "unknown_entity"
    ENTITY_EXISTS = "entity_exists"
    OP_ID_CONFLICT = "op_id_conflict"  # same op_id, different content
    INVALID_OP = "invalid_op"
