"""``POST /v1/sync/push``: check, apply and sequence a batch of ops, one result per op.

The batch runs in one transaction that first locks the sequence counter row, so sequence
numbers are handed out in commit order and a pull never passes an op that commits later
with a lower number (DESIGN.md §5). Each op is checked completely before it writes
anything, so a rejected op leaves nothing behind.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import DBAPIError
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
from sync.server.tables import counters, entities, ops

SIGNABLE = frozenset({Entity.JOURNAL_NOTE, Entity.ADDENDUM})
RETRIES = 3
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
    """Apply a batch; the caller has checked its size. Retried whole on a lost race."""
    for attempt in range(RETRIES):
        try:
            return _push_once(factory, settings, ctx, req)
        except DBAPIError as exc:  # deadlock, or two retries of one op at once
            if attempt == RETRIES - 1 or not _retryable(exc):
                raise
    raise AssertionError("unreachable")


def _retryable(exc: DBAPIError) -> bool:
    name = type(exc.orig).__name__
    return name in {"DeadlockDetected", "SerializationFailure", "UniqueViolation"} or (
        "locked" in str(exc.orig)
    )


def _push_once(
    factory: sessionmaker[Session], settings: Settings, ctx: DeviceContext, req: PushRequest
) -> PushResponse:
    now = settings.clock()
    with transaction(factory) as session:
        if session.get_bind().dialect.name == "postgresql":
            key = int.from_bytes(hashlib.sha256(ctx.device_id.encode()).digest()[:8], "big", signed=True)
            session.execute(select(func.pg_advisory_xact_lock(key)))  # one push per device at a time
        run = _Run(session, ctx, now)
        run.load_seen([op.op_id for op in req.ops])
        results = [run.apply(op) for op in req.ops]
        # The counter is locked last and held to commit: seq order is commit order, and the
        # lock is held only for these few statements.
        base = lock_counter(session)
        results = run.finish(base, results)
        session.execute(update(counters).where(counters.c.name == "ops_seq").values(value=run.seq))
        audit.append(session, run.audit_entries(), now)
    return PushResponse(results=results, server_time=now)


class _Run:
    """One batch in one transaction."""

    def __init__(self, session: Session, ctx: DeviceContext, now: datetime) -> None:
        self.session, self.ctx, self.now, self.seq = session, ctx, now, 0  # seq: batch-relative
        self.written: Counter[str] = Counter()
        self.denied: Counter[str] = Counter()
        self.extra: list[audit.Entry] = []
        self.infos: dict[str, CaseInfo] = {}  # facts per case, valid until a join moves things
        self.seen: dict[str, tuple[int, str]] = {}  # op_id -> (seq, content hash)
        self.rows: list[dict[str, object]] = []  # ops rows, inserted at the end in one go

    def finish(self, base: int, results: list[PushResult]) -> list[PushResult]:
        """Turn batch-relative sequence numbers into global ones and write the ops."""
        mine = {row["op_id"] for row in self.rows}
        for row in self.rows:
            row["seq"] = base + int(str(row["seq"]))
        if self.rows:
            self.session.execute(insert(ops), self.rows)
            touched = sorted({str(row["entity_id"]) for row in self.rows})
            self.session.execute(
                update(entities)
                .where(entities.c.entity_id.in_(touched))
                .values(updated_seq=base + self.seq)
            )
        self.seq += base
        return [
            r.model_copy(update={"seq": base + (r.seq or 0)}) if r.op_id in mine else r
            for r in results
        ]

    def load_seen(self, op_ids: list[str]) -> None:
        """Which of the batch's ops the server already has (one query)."""
        for r in self.session.execute(
            select(ops.c.op_id, ops.c.seq, ops.c.content_hash).where(ops.c.op_id.in_(op_ids))
        ):
            self.seen[str(r.op_id)] = (int(r.seq), str(r.content_hash))

    def apply(self, op: WireOp) -> PushResult:
        """One op: duplicate, accepted or rejected."""
        digest = op.to_operation().content_hash()
        if op.op_id in self.seen:
            seq, stored = self.seen[op.op_id]
            if stored != digest:
                return _rejected(op, RejectReason.OP_ID_CONFLICT)
            return PushResult(
                op_id=op.op_id, status=OpStatus.DUPLICATE, seq=seq, content_hash=digest
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
            if entries:
                self.infos.clear()
            self.extra.extend(entries)
        return case_id, info.number

    def _writable_case(self, case_ref: str) -> CaseInfo:
        case_id = case_ops.resolve(self.session, case_ref)
        info = self._info(case_id) if case_id else None
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

    def _info(self, case_id: str) -> CaseInfo | None:
        if case_id not in self.infos:
            info = load_cases(self.session, [case_id], self.ctx.actor).get(case_id)
            if info is None:
                return None
            self.infos[case_id] = info
        return self.infos[case_id]

    def _checked_entity(self, op: WireOp, case_id: str) -> state.EntityRow | None:
        row = state.load(self.session, op.entity_id, lock=op.kind is not OpKind.CREATE)
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
        digest = op.to_operation().content_hash()
        self.seen[op.op_id] = (self.seq, digest)
        self.rows.append(
            dict(
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
                content_hash=digest,
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
