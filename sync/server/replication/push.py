"""``POST /v1/sync/push``: check, apply and sequence a batch of ops, one result per op.

The batch runs in one transaction that first locks the sequence counter row, so sequence
numbers are handed out in commit order and a pull never passes an op that commits later
with a lower number (DESIGN.md §5). Each op is checked completely before it writes
anything, so a rejected op leaves nothing behind.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Action, decide
from domain.ops import Entity, OpKind
from sync.protocol import OpStatus, PushRequest, PushResponse, PushResult, RejectReason, WireOp
from sync.server import audit
from sync.server.config import Settings
from sync.server.db import transaction
from sync.server.devices import DeviceContext
from sync.server.policy import CaseInfo, load_cases
from sync.server.replication import cases as case_ops
from sync.server.replication import joins, state
from sync.server.tables import counters, ops

SIGNABLE = frozenset({Entity.JOURNAL_NOTE, Entity.ADDENDUM})
NEVER_DELETED = frozenset({Entity.CASE, Entity.REPORT, Entity.REPORTER})  # B10


class Reject(Exception):
    """An op refused with a reason code."""

    def __init__(self, reason: RejectReason) -> None:
        self.reason = reason
        super().__init__(reason.value)


def lock_counter(session: Session) -> int:
    """Lock the sequence counter row for the rest of the transaction; its current value."""
    row = session.execute(
        select(counters.c.value).where(counters.c.name == "ops_seq").with_for_update()
    ).one()
    return int(row.value)


def push(
    factory: sessionmaker[Session], settings: Settings, ctx: DeviceContext, req: PushRequest
) -> PushResponse:
    """Apply a batch; the caller has checked its size."""
    now = settings.clock()
    with transaction(factory) as session:
        run = _Run(session, ctx, now, lock_counter(session))
        results = [run.apply(op) for op in req.ops]
        session.execute(update(counters).where(counters.c.name == "ops_seq").values(value=run.seq))
        audit.append(session, run.audit_entries(), now)
    return PushResponse(results=results, server_time=now)


class _Run:
    """One batch in one transaction."""

    def __init__(self, session: Session, ctx: DeviceContext, now: datetime, seq: int) -> None:
        self.session, self.ctx, self.now, self.seq = session, ctx, now, seq
        self.written: Counter[str] = Counter()
        self.denied: Counter[str] = Counter()
        self.extra: list[audit.Entry] = []

    def apply(self, op: WireOp) -> PushResult:
        """One op: duplicate, accepted or rejected."""
        digest = op.to_operation().content_hash()
        seen = self.session.execute(
            select(ops.c.seq, ops.c.content_hash).where(ops.c.op_id == op.op_id)
        ).first()
        if seen is not None:
            if seen.content_hash != digest:
                return _rejected(op, RejectReason.OP_ID_CONFLICT)
            return PushResult(
                op_id=op.op_id, status=OpStatus.DUPLICATE, seq=seen.seq, content_hash=digest
            )
        try:
            case_id, number = self._apply(op)
        except Reject as exc:
            if exc.reason in (RejectReason.ACCESS_DENIED, RejectReason.BREAK_GLASS_EXPIRED):
                self.denied[op.case_id] += 1
            return _rejected(op, exc.reason)
        self.written[case_id] += 1
        return PushResult(
            op_id=op.op_id,
            status=OpStatus.ACCEPTED,
            seq=self.seq,
            content_hash=digest,
            case_id=case_id,
            case_number=number,
        )

    def _apply(self, op: WireOp) -> tuple[str, str]:
        if op.entity is Entity.CASE and op.kind is OpKind.CREATE:
            info = case_ops.create_case(self.session, self.ctx, op, self.now)
            self._record(op, info.facts.case_id)
            state.create(self.session, op, info.facts.case_id, self.seq, self.now)
            return info.facts.case_id, info.number
        info = self._writable_case(op.case_id)
        case_id = info.facts.case_id
        if op.entity is Entity.CASE and op.entity_id != op.case_id:
            raise Reject(RejectReason.INVALID_OP)
        row = self._checked_entity(op, case_id)
        self._record(op, case_id)
        if row is None:
            state.create(self.session, op, case_id, self.seq, self.now)
            merged = dict(op.fields)
        else:
            flags = {"signed": True} if op.kind is OpKind.SIGN else {}
            if op.kind is OpKind.DELETE:
                flags = {"deleted": True}
            merged = state.merge(self.session, row, op, self.seq, self.now, **flags).fields
        if op.entity is Entity.CASE:
            case_ops.after_case_write(self.session, case_id, merged)
        if op.entity is Entity.PERSON:
            case_id, entries = joins.after_person_write(self.session, case_id, merged, self.now)
            self.extra.extend(entries)
        return case_id, info.number

    def _writable_case(self, case_ref: str) -> CaseInfo:
        case_id = case_ops.resolve(self.session, case_ref)
        info = load_cases(self.session, [case_id], self.ctx.actor).get(case_id) if case_id else None
        if info is None:
            raise Reject(RejectReason.ACCESS_DENIED)  # unknown and unseen look the same (B1)
        decision = decide(self.ctx.actor, Action.WRITE_CASE, info.facts, self.now)
        if decision.reason == "admin_no_case_content":
            raise Reject(RejectReason.ADMIN_NO_CASE_CONTENT)
        if decision.reason == "break_glass_expired":
            raise Reject(RejectReason.BREAK_GLASS_EXPIRED)
        if not decision.allowed:
            raise Reject(RejectReason.ACCESS_DENIED)
        return info

    def _checked_entity(self, op: WireOp, case_id: str) -> state.EntityRow | None:
        row = state.load(self.session, op.entity_id)
        if row is not None and row.case_id not in (case_id, op.case_id):
            raise Reject(RejectReason.ACCESS_DENIED)
        if row is not None and row.entity != op.entity.value:
            raise Reject(RejectReason.INVALID_OP)
        if op.kind is OpKind.CREATE:
            if row is not None:
                raise Reject(RejectReason.ENTITY_EXISTS)
            return None
        if row is None:
            raise Reject(RejectReason.UNKNOWN_ENTITY)
        if op.kind is OpKind.SIGN and op.entity not in SIGNABLE:
            raise Reject(RejectReason.INVALID_OP)
        if op.kind is OpKind.DELETE and op.entity in NEVER_DELETED:
            raise Reject(RejectReason.DELETE_FORBIDDEN)
        if row.signed and not (op.kind is OpKind.SIGN and not op.fields):
            raise Reject(RejectReason.NOTE_SIGNED)  # B11: a signed note never changes
        return row

    def _record(self, op: WireOp, case_id: str) -> None:
        self.seq += 1
        self.session.execute(
            insert(ops).values(
                seq=self.seq,
                op_id=op.op_id,
                case_id=op.case_id,
                home_case=case_id,
                entity=op.entity.value,
                entity_id=op.entity_id,
                kind=op.kind.value,
                fields=dict(op.fields),
                hlc=op.hlc,
                op_user=op.user,
                op_device=op.device,
                author_user_id=self.ctx.user.id,
                author_device_id=self.ctx.device_id,
                content_hash=op.to_operation().content_hash(),
                received_at=self.now,
            )
        )

    def audit_entries(self) -> list[audit.Entry]:
        """One entry per case written or refused, plus joins."""
        who = {"user_id": self.ctx.user.id, "device_id": self.ctx.device_id}
        entries = [
            audit.Entry(audit.Event.WRITE, case_id=c, detail={"ops": n}, **who)
            for c, n in sorted(self.written.items())
        ]
        entries += [
            audit.Entry(audit.Event.WRITE_DENIED, case_id=c, detail={"ops": n}, **who)
            for c, n in sorted(self.denied.items())
        ]
        return entries + self.extra


def _rejected(op: WireOp, reason: RejectReason) -> PushResult:
    return PushResult(op_id=op.op_id, status=OpStatus.REJECTED, reason=reason.value)
