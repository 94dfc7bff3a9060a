"""Pydantic models of protocol version 1; they mirror :class:`domain.ops.Operation`."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from domain.ops import Entity, Operation, OpKind

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Felt-Protocol"

_ID = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
_HLC = Field(min_length=22, max_length=128, pattern=r"^\d{16}-[0-9a-f]{4,}-[A-Za-z0-9_.:-]+$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WireOp(_Model):
    """One operation on the wire (DESIGN.md §5)."""

    op_id: str = _ID
    case_id: str = _ID
    entity: Entity
    entity_id: str = _ID
    kind: OpKind
    fields: dict[str, Any]
    hlc: str = _HLC
    user: str = Field(min_length=1, max_length=64)
    device: str = Field(min_length=1, max_length=64)

    def to_operation(self) -> Operation:
        """The domain operation (its ``content_hash`` is the receipt)."""
        return Operation.from_json(self.model_dump(mode="json"))

    @classmethod
    def from_operation(cls, op: Operation) -> WireOp:
        """Wire form of a domain operation."""
        return cls.model_validate(op.to_json())


class PushRequest(_Model):
    """``POST /v1/sync/push``: a batch of ops in outbox order."""

    ops: list[WireOp]


class OpStatus(StrEnum):
    """The server's answer for one op."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class PushResult(_Model):
    """Per-op receipt: accepted (seq + content hash), duplicate, or rejected (reason)."""

    op_id: str
    status: OpStatus
    seq: int | None = None
    content_hash: str | None = None
    reason: str | None = None
    case_id: str | None = None  # the case the op landed in (differs after a join)
    case_number: str | None = None


class PushResponse(_Model):
    """Answer to a push, one result per op in request order."""

    results: list[PushResult]
    server_time: datetime


class PulledOp(WireOp):
    """An op delivered to a device; ``redacted`` when fields were withheld (B4, B6)."""

    seq: int
    content_hash: str
    redacted: bool = False


class EntityState(_Model):
    """Current state of one entity, merged per field by HLC."""

    entity: Entity
    entity_id: str
    fields: dict[str, Any]
    field_hlcs: dict[str, str]
    signed: bool = False
    deleted: bool = False
    redacted: bool = False


class CaseState(_Model):
    """Full current state of a case newly visible to a device (a grant)."""

    case_id: str
    number: str
    unit_id: str
    status: str
    assigned: list[str]
    aliases: list[str] = Field(default_factory=list)
    strengt_fortrolig: bool = False
    entities: list[EntityState]


class Policy(_Model):
    """Server policy the app enforces locally."""

    idle_lock_minutes: int
    max_offline_hours: int


class PullResponse(_Model):
    """``GET /v1/sync/pull``: ops after the cursor, grants and revocations."""

    ops: list[PulledOp]
    next_cursor: int
    has_more: bool
    grants: list[CaseState]
    revocations: list[str]
    policy: Policy
    server_time: datetime


class EnrolRequest(_Model):
    """Username and password once, to enrol a device."""

    username: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(default="", max_length=128)


class UserInfo(_Model):
    """Who the device belongs to."""

    user_id: str
    username: str
    display_name: str
    role: str
    unit_id: str | None


class EnrolResponse(_Model):
    """The device's credentials (keep the token in the vault) and the escrow key."""

    device_id: str
    device_token: str
    user: UserInfo
    recovery_public_key: str | None
    policy: Policy


class SessionInfo(_Model):
    """``GET /v1/session``: the device is alive; who it is and the policy."""

    device_id: str
    user: UserInfo
    policy: Policy
    server_time: datetime


class EscrowRequest(_Model):
    """The device's data key sealed to the recovery public key (base64)."""

    sealed_key: str = Field(min_length=16, max_length=4096)


class BreakGlassRequest(_Model):
    """A leader asks for access to a case outside their unit, with a written reason (B1)."""

    case_number: str = Field(min_length=1, max_length=32)
    reason: str = Field(min_length=1, max_length=2000)


class BreakGlassResponse(_Model):
    """The time-limited grant."""

    grant_id: str
    case_id: str
    expires_at: datetime


class ErrorDetail(_Model):
    """A typed error code and a developer message (no personal data)."""

    code: str
    message: str


class ErrorBody(_Model):
    """Body of every error response."""

    error: ErrorDetail
