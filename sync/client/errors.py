"""The sync client's error tree: each error has a ``kind`` and says whether to retry.

Environment failures (offline, server down, certificate not trusted) are kept apart from
answers the server gave on purpose (revoked device, wrong password) and from bugs, which stay
ordinary exceptions (STYLE.md rule 5). Messages never hold personal data.
"""

from __future__ import annotations

from enum import StrEnum


class SyncErrorKind(StrEnum):
    """Stable codes the UI turns into Norwegian messages."""

    OFFLINE = "offline"  # no connection, timeout, cut response
    SERVER_UNAVAILABLE = "server_unavailable"  # 5xx
    BAD_RESPONSE = "bad_response"  # an answer we cannot read (cut body, wrong shape)
    TLS_UNTRUSTED = "tls_untrusted"  # the server is not who the pinned CA says
    DEVICE_REVOKED = "device_revoked"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_CREDENTIALS = "invalid_credentials"
    LOGIN_THROTTLED = "login_throttled"
    PROTOCOL_MISMATCH = "protocol_mismatch"
    BATCH_TOO_LARGE = "batch_too_large"
    NOT_ENROLLED = "not_enrolled"
    INSECURE_URL = "insecure_url"
    SERVER_REFUSED = "server_refused"  # any other 4xx


TRANSIENT = frozenset(
    {SyncErrorKind.OFFLINE, SyncErrorKind.SERVER_UNAVAILABLE, SyncErrorKind.BAD_RESPONSE}
)
"""Kinds worth retrying with backoff: the next attempt may well succeed."""


class SyncError(Exception):
    """A sync that could not complete; ``kind`` says why, ``retry_after`` when known."""

    def __init__(self, kind: SyncErrorKind, detail: str = "", *, retry_after: float = 0.0):
        self.kind = kind
        self.detail = detail
        self.retry_after = retry_after
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)

    @property
    def transient(self) -> bool:
        """True when trying again later may succeed."""
        return self.kind in TRANSIENT
