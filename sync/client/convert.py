"""Wire models (``sync.protocol``) to the plain values the store applies (``domain.syncstore``).

The one place where the engine's view of a server answer is decided: a receipt counts as
delivered only when the server's content hash equals the hash of what we sent (§5).
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.ops import Operation
from domain.syncstore import (
    CaseSnapshot,
    EntitySnapshot,
    PullPage,
    Receipt,
    ReceiptStatus,
    RemoteOp,
)
from sync.protocol import CaseState, OpStatus, PulledOp, PullResponse, PushResult


def receipts(sent: Sequence[Operation], results: Sequence[PushResult]) -> list[Receipt]:
    """One receipt per op sent; an op the server did not answer for stays in the outbox."""
    by_id = {r.op_id: r for r in results}
    out = []
    for op in sent:
        result = by_id.get(op.op_id)
        if result is None:
            out.append(Receipt(op.op_id, ReceiptStatus.MISMATCH, reason="no_result"))
        else:
            out.append(_receipt(op, result))
    return out


def _receipt(op: Operation, result: PushResult) -> Receipt:
    if result.status is OpStatus.REJECTED:
        return Receipt(op.op_id, ReceiptStatus.REJECTED, reason=result.reason or "rejected")
    if result.content_hash != op.content_hash():
        return Receipt(op.op_id, ReceiptStatus.MISMATCH, reason="content_hash")
    return Receipt(
        op.op_id,
        ReceiptStatus.DELIVERED,
        seq=result.seq,
        case_id=result.case_id,
        case_number=result.case_number,
    )


def remote_op(pulled: PulledOp) -> RemoteOp:
    """A pulled op as a domain :class:`Operation` with its server sequence number."""
    op = Operation(
        op_id=pulled.op_id,
        case_id=pulled.case_id,
        entity=pulled.entity,
        entity_id=pulled.entity_id,
        kind=pulled.kind,
        fields=dict(pulled.fields),
        hlc=pulled.hlc,
        user=pulled.user,
        device=pulled.device,
    )
    return RemoteOp(op=op, seq=pulled.seq, redacted=pulled.redacted)


def case_snapshot(state: CaseState) -> CaseSnapshot:
    """A grant's case state."""
    return CaseSnapshot(
        case_id=state.case_id,
        number=state.number,
        unit_id=state.unit_id,
        status=state.status,
        assigned=tuple(state.assigned),
        aliases=tuple(state.aliases),
        strengt_fortrolig=state.strengt_fortrolig,
        entities=tuple(
            EntitySnapshot(
                entity=e.entity,
                entity_id=e.entity_id,
                fields=dict(e.fields),
                field_hlcs=dict(e.field_hlcs),
                signed=e.signed,
                deleted=e.deleted,
                redacted=e.redacted,
            )
            for e in state.entities
        ),
    )


def pull_page(response: PullResponse) -> PullPage:
    """A whole pull answer."""
    return PullPage(
        ops=tuple(remote_op(p) for p in response.ops),
        grants=tuple(case_snapshot(g) for g in response.grants),
        revocations=tuple(response.revocations),
        next_cursor=response.next_cursor,
        has_more=response.has_more,
        max_offline_hours=response.policy.max_offline_hours,
        server_time=response.server_time,
        idle_lock_minutes=response.policy.idle_lock_minutes,
    )
