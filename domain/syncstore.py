"""What the sync engine needs from the local store, as plain values (DESIGN.md §5).

``sync/`` may not import ``storage/`` and ``storage/`` may not import ``sync/`` (STYLE.md
rule 1), so the two meet here: the engine turns wire models into these values and the vault
applies them (``storage.sync_store.VaultSyncStore`` satisfies :class:`SyncStore`
structurally). Nothing here reads a clock, a file or the network.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from domain.changes import Changes
from domain.ops import Entity, JSONValue, Operation


@dataclass(frozen=True)
class RemoteOp:
    """An op another device (or this one, earlier) wrote, as the server sequenced it."""

    op: Operation
    seq: int
    redacted: bool = False


@dataclass(frozen=True)
class EntitySnapshot:
    """The server's current, per-field merged state of one entity (part of a grant)."""

    entity: Entity
    entity_id: str
    fields: Mapping[str, JSONValue]
    field_hlcs: Mapping[str, str]
    signed: bool = False
    deleted: bool = False
    redacted: bool = False


@dataclass(frozen=True)
class CaseSnapshot:
    """The full state of a case that became visible to this device (a grant)."""

    case_id: str
    number: str
    unit_id: str
    status: str
    assigned: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    strengt_fortrolig: bool = False
    entities: tuple[EntitySnapshot, ...] = ()


@dataclass(frozen=True)
class PullPage:
    """One answer to a pull: revocations, grants and ops, then where to continue."""

    ops: tuple[RemoteOp, ...]
    grants: tuple[CaseSnapshot, ...]
    revocations: tuple[str, ...]
    next_cursor: int
    has_more: bool
    max_offline_hours: int
    server_time: datetime
    idle_lock_minutes: int | None = None


@dataclass(frozen=True)
class ServerPolicy:
    """What the server tells each device to enforce on its own (§4, §5), as last heard.

    ``None`` for a value the device never heard (never enrolled, or enrolled before the
    server sent it): the app's own default applies.
    """

    idle_lock_minutes: int | None = None
    max_offline_hours: int | None = None


class ReceiptStatus(StrEnum):
    """What became of one pushed op, as the engine judged the server's answer."""

    DELIVERED = "delivered"  # accepted or duplicate, and the content hash matches
    REJECTED = "rejected"  # refused with a reason: goes to quarantine, never dropped
    MISMATCH = "mismatch"  # a receipt whose hash is not ours: the op stays in the outbox


@dataclass(frozen=True)
class Receipt:
    """The server's answer for one op, checked against our own content hash."""

    op_id: str
    status: ReceiptStatus
    reason: str = ""
    seq: int | None = None
    case_id: str | None = None
    case_number: str | None = None


@dataclass(frozen=True)
class ReceiptOutcome:
    """What recording a batch of receipts did to the vault."""

    delivered: int = 0
    quarantined: int = 0
    rebased: int = 0
    kept: int = 0
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class Credentials:
    """Who this device is to its server; kept inside the vault, never in QSettings."""

    server_url: str
    device_id: str
    device_token: str
    user_id: str
    username: str
    ca_pem: str | None = None  # the municipality's CA pinned at enrolment


class SyncStore(Protocol):
    """The local store as the sync engine sees it; every method is one vault transaction."""

    def credentials(self) -> Credentials | None:
        """The enrolment, or ``None`` for a vault that never met a server."""
        ...

    def save_enrolment(
        self, credentials: Credentials, max_offline_hours: int, idle_lock_minutes: int | None = None
    ) -> None:
        """Store the device token, server address, CA pin and policy (inside the vault)."""
        ...

    def seal_data_key(self, recovery_public_pem: str) -> str | None:
        """Seal the vault's data key to the recovery key; the blob for the server, or None."""
        ...

    def pending(self, limit: int) -> Sequence[Operation]:
        """Undelivered ops, oldest first."""
        ...

    def pending_count(self) -> int:
        """How many ops are not yet delivered."""
        ...

    def record_receipts(
        self, ops: Sequence[Operation], receipts: Sequence[Receipt]
    ) -> ReceiptOutcome:
        """Delivered ops leave the outbox; rejected ones go to quarantine (one transaction)."""
        ...

    def cursor(self) -> int:
        """The server sequence number this device has applied up to."""
        ...

    def apply_page(self, page: PullPage) -> Changes:
        """Apply revocations, grants and ops, and advance the cursor, in one transaction."""
        ...

    def finish(
        self, server_time: datetime, max_offline_hours: int, idle_lock_minutes: int | None = None
    ) -> None:
        """Remember a successful sync and the policy it brought (offline limit, idle lock)."""
        ...


def offline_too_long(
    last_success: datetime | None, max_offline_hours: int | None, now: datetime
) -> bool:
    """True when an enrolled device must reach its server before it may unlock (§5).

    ``None`` for either value means the device was never enrolled or never synced since the
    limit was introduced: nothing to enforce. A clock set back (``now`` before the last sync)
    counts as within the limit, since the server will check again on the next contact.
    """
    if last_success is None or max_offline_hours is None or max_offline_hours <= 0:
        return False
    return now - last_success > timedelta(hours=max_offline_hours)
