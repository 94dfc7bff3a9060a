"""Wire models shared by the app's sync engine and the municipal server (DESIGN.md §5).

Every request carries the protocol version in the ``X-Felt-Protocol`` header; a server that
does not speak that version answers the error code ``protocol_version``.
"""

from sync.protocol.errors import ErrorCode, RejectReason
from sync.protocol.models import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    BreakGlassRequest,
    BreakGlassResponse,
    CaseState,
    EnrolRequest,
    EnrolResponse,
    EntityState,
    ErrorBody,
    ErrorDetail,
    EscrowRequest,
    OpStatus,
    Policy,
    PulledOp,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    SessionInfo,
    UserInfo,
    WireOp,
)
from sync.protocol.stats import StatsPeriod, StatsResponse

__all__ = [
    "PROTOCOL_HEADER",
    "PROTOCOL_VERSION",
    "BreakGlassRequest",
    "BreakGlassResponse",
    "CaseState",
    "EnrolRequest",
    "EnrolResponse",
    "EntityState",
    "ErrorBody",
    "ErrorCode",
    "ErrorDetail",
    "EscrowRequest",
    "OpStatus",
    "Policy",
    "PullResponse",
    "PulledOp",
    "PushRequest",
    "PushResponse",
    "PushResult",
    "RejectReason",
    "SessionInfo",
    "StatsPeriod",
    "StatsResponse",
    "UserInfo",
    "WireOp",
]
