"""``POST /v1/sync/push``: check, apply and sequence a batch of ops, one result per op.

The batch runs in one transaction. Its checks and merges come first, on state read for the
whole batch at once and written back in a few statements; only then is the sequence counter
row locked, the batch numbered and the transaction committed. The lock is held to commit, so
sequence numbers are handed out in commit order and a pull never passes an op that commits
later with a lower number (DESIGN.md §5). On PostgreSQL the counter, the ops, the entities'
``updated_seq`` and the audit rows are written by one statement, so both the counter and the
audit head are held for one round trip plus the commit. Each op is checked completely before
it writes anything, so a rejected op leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
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
from sync.server.db import execute_and_commit, is_postgresql, transaction
from sync.server.devices import DeviceContext
from sync.server.policy import CaseInfo, load_cases
from sync.server.replication import cases as case_ops
from sync.server.replication import joins, state
from sync.server.tables import cases, counters, entities, ops

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
        pg = is_postgresql(session)
        if pg:
            key = int.from_bytes(hashlib.sha256(ctx.device_id.encode()).digest()[:8], "big", signed=True)
            session.execute(select(func.pg_advisory_xact_lock(key)))  # one push per device at a time
        run = _Run(session, ctx, now)
        run.load_seen([op.op_id for op in req.ops])
        run.prefetch([op for op in req.ops if op.op_id not in run.seen])
        results = [run.apply(op) for op in req.ops]
        run.pending.flush(session, run.seq)
        # The counter is locked last and held to commit: seq order is commit order, and the
        # lock is held only for the statements below.
        if pg:
            base = run.sequence_pg()
        else:
            base = lock_counter(session)
            run.write_ops(base)
            session.execute(
                update(counters).where(counters.c.name == "ops_seq").values(value=base + run.seq)
            )
            audit.append(session, run.audit_entries(), now)
        results = run.numbered(base, results)
    return PushResponse(results=results, server_time=now)


_OPS_COLUMNS = [c.name for c in ops.columns if c.name != "seq"]
_SEQUENCE_PG = (
    "WITH c AS (UPDATE counters SET value = value + %(n)s WHERE name = 'ops_seq' "
    "RETURNING value - %(n)s AS base), "
    f"i AS (INSERT INTO ops (seq, {', '.join(_OPS_COLUMNS)}) "
    f"SELECT c.base + r.seq, {', '.join('r.' + c for c in _OPS_COLUMNS)} "
    "FROM c CROSS JOIN json_populate_recordset(NULL::ops, %(rows)s::json) AS r), "
    "e AS (UPDATE entities SET updated_seq = (SELECT base FROM c) + %(n)s "
    "WHERE (entity, entity_id) IN (SELECT * FROM unnest(%(kinds)s::text[], %(ids)s::text[]))) "
    "SELECT c.base, felt_audit_append(%(at)s, %(audit)s::json) FROM c"
)
"""Number the batch, write its ops, stamp the entities and chain the audit rows: one
statement, sent with the COMMIT (:func:`sync.server.db.execute_and_commit`)."""


class _Run:
    """One batch in one transaction."""

    def __init__(self, session: Session, ctx: DeviceContext, now: datetime) -> None:
        self.session, self.ctx, self.now, self.seq = session, ctx, now, 0  # seq: batch-relative
        self.written: Counter[str] = Counter()
        self.denied: Counter[str] = Counter()
        self.extra: list[audit.Entry] = []
        # Facts read for the whole batch, valid until a join moves things (then re-read).
        self.cases: dict[str, str | None] = {}  # case ref -> the case it means now
        self.infos: dict[str, CaseInfo | None] = {}
        self.pending = state.Pending(now)
        self.seen: dict[str, tuple[int, str]] = {}  # op_id -> (seq, content hash)
        self.rows: list[dict[str, object]] = []  # ops rows, inserted at the end in one go

    def prefetch(self, batch: list[WireOp]) -> None:
        """Read the cases and entities the batch names in a few queries instead of per op."""
        if not batch:
            return
        refs = sorted({op.case_id for op in batch})
        self.cases.update(dict.fromkeys(refs))
        for r in self.session.execute(
            select(cases.c.id, cases.c.alias_of).where(cases.c.id.in_(refs))
        ):
            self.cases[str(r.id)] = str(r.alias_of) if r.alias_of else str(r.id)
        wanted = sorted({c for c in self.cases.values() if c is not None})
        found = load_cases(self.session, wanted, self.ctx.actor)
        self.infos.update({c: found.get(c) for c in wanted})
        keys = {state.key_of(op) for op in batch}
        lock = any(op.kind is not OpKind.CREATE for op in batch)
        self.pending.rows.update(state.load_many(self.session, keys, lock=lock))

    def sequence_pg(self) -> int:
        """PostgreSQL: number and write the ops and the audit rows, and commit."""
        if not self.rows:  # nothing to number: no need for the counter
            audit.append_and_commit(self.session, self.audit_entries(), self.now)
            return 0
        at = self.now.isoformat()
        rows = [{**row, "received_at": at} for row in self.rows]
        touched = self._touched()
        params = {
            "n": self.seq,
            "rows": json.dumps(rows),
            "kinds": [k for k, _ in touched],
            "ids": [i for _, i in touched],
            "at": at,
            "audit": json.dumps(audit.pg_entries(self.audit_entries(), self.now)),
        }
        return int(execute_and_commit(self.session, _SEQUENCE_PG, params)[0])

    def write_ops(self, base: int) -> None:
        """Insert the ops with global numbers; every touched entity gets the batch's last."""
        if not self.rows:
            return
        self.session.execute(
            insert(ops), [{**row, "seq": base + int(str(row["seq"]))} for row in self.rows]
        )
        self.session.execute(
            update(entities)
            .where(state.keys_in(self._touched()))
            .values(updated_seq=base + self.seq)
        )

    def _touched(self) -> list[state.Key]:
        return sorted({(str(row["entity"]), str(row["entity_id"])) for row in self.rows})

    def numbered(self, base: int, results: list[PushResult]) -> list[PushResult]:
        """Turn batch-relative sequence numbers into global ones."""
        mine = {str(row["op_id"]) for row in self.rows}
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
            case_id, number = self._apply(op, digest)
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

    def _apply(self, op: WireOp, digest: str) -> tuple[str, str]:
        if op.entity is Entity.CASE and op.kind is OpKind.CREATE:
            info = case_ops.create_case(self.session, self.ctx, op, self.now)
            self.cases[op.case_id] = info.facts.case_id
            self.infos[info.facts.case_id] = info
            self._record(op, info.facts.case_id, digest)
            self.pending.create(op, info.facts.case_id)
            return info.facts.case_id, info.number
        info = self._writable_case(op.case_id)
        case_id = info.facts.case_id
        if op.entity is Entity.CASE and op.entity_id != op.case_id:
            raise Reject(RejectReason.INVALID_OP)
        row = self._checked_entity(op, case_id)
        self._record(op, case_id, digest)
        if row is None:
            self.pending.create(op, case_id)
            merged = dict(op.fields)
        else:
            flags = {"signed": True} if op.kind is OpKind.SIGN else {}
            if op.kind is OpKind.DELETE:
                flags = {"deleted": True}
            merged = self.pending.merge(row, op, **flags).fields
        if op.entity is Entity.CASE:
            case_ops.after_case_write(self.session, case_id, merged)
        if op.entity is Entity.PERSON:
            self.pending.flush(self.session, self.seq)  # joins read and move stored entities
            case_id, entries = joins.after_person_write(self.session, case_id, merged, self.now)
            if entries:
                self.cases.clear()
                self.infos.clear()
                self.pending.forget()
            self.extra.extend(entries)
        return case_id, info.number

    def _entity(self, op: WireOp) -> state.EntityRow | None:
        return self.pending.get(self.session, state.key_of(op), lock=op.kind is not OpKind.CREATE)

    def _writable_case(self, case_ref: str) -> CaseInfo:
        if case_ref not in self.cases:
            self.cases[case_ref] = case_ops.resolve(self.session, case_ref)
        case_id = self.cases[case_ref]
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
            self.infos[case_id] = load_cases(self.session, [case_id], self.ctx.actor).get(case_id)
        return self.infos[case_id]

    def _checked_entity(self, op: WireOp, case_id: str) -> state.EntityRow | None:
        row = self._entity(op)
        if row is not None and row.case_id not in (case_id, op.case_id):
            raise Reject(RejectReason.ACCESS_DENIED)
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

    def _record(self, op: WireOp, case_id: str, digest: str) -> None:
        self.seq += 1
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
