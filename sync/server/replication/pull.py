"""``GET /v1/sync/pull``: ops after the cursor the device may see, grants and revocations.

The device's visible-case set is kept server-side (``device_cases``). A grant or revocation
is marked with the cursor it was answered with and sent again until the device pulls with a
cursor at or past that mark, so a lost response never loses a grant. When nothing new was
sequenced, the counter is bumped to give the mark a value of its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from sync.protocol import PulledOp, PullResponse
from sync.server import audit
from sync.server.config import Settings
from sync.server.db import transaction
from sync.server.devices import DeviceContext, policy
from sync.server.policy import visible_cases
from sync.server.replication.grants import case_states
from sync.server.replication.outbound import CaseView, case_view, filter_fields
from sync.server.replication.push import lock_counter
from sync.server.tables import counters, device_cases, entities, ops


@dataclass
class _Marks:
    granted: dict[str, int] = field(default_factory=dict)
    revoked: dict[str, int] = field(default_factory=dict)


def pull(
    factory: sessionmaker[Session],
    settings: Settings,
    ctx: DeviceContext,
    cursor: int,
    limit: int,
) -> PullResponse:
    """One page for one device."""
    now = settings.clock()
    with transaction(factory) as session:
        high = _high_water(session)
        visible = visible_cases(session, ctx.actor, now)
        marks = _load_marks(session, ctx.device_id)
        grant_ids = [
            c for c in sorted(visible) if c not in marks.granted or marks.granted[c] > cursor
        ][: settings.max_grants_per_pull]
        revoke_ids = sorted(
            {c for c in marks.granted if c not in visible}
            | {c for c, mark in marks.revoked.items() if mark > cursor}
        )
        views = {cid: case_view(ctx.actor, info, now) for cid, info in visible.items()}
        page = _ops_page(session, views, cursor, high, limit)
        more_grants = len(grant_ids) < sum(
            1 for c in visible if c not in marks.granted or marks.granted[c] > cursor
        )
        has_more = page.full or more_grants
        next_cursor = page.last_seq if page.full else high
        if (grant_ids or revoke_ids) and next_cursor <= cursor:
            next_cursor = _bump(session)
        _save_marks(session, ctx.device_id, marks, grant_ids, revoke_ids, cursor, next_cursor)
        grants = case_states(session, {c: visible[c] for c in grant_ids}, views)
        audit.append_and_commit(session, _read_entries(ctx, page.per_case, grant_ids), now)
    return PullResponse(
        ops=page.ops,
        next_cursor=next_cursor,
        has_more=has_more,
        grants=grants,
        revocations=revoke_ids,
        policy=policy(settings),
        server_time=now,
    )


def _high_water(session: Session) -> int:
    row = session.execute(select(counters.c.value).where(counters.c.name == "ops_seq")).one()
    return int(row.value)


def _bump(session: Session) -> int:
    value = lock_counter(session) + 1
    session.execute(update(counters).where(counters.c.name == "ops_seq").values(value=value))
    return value


def _load_marks(session: Session, device_id: str) -> _Marks:
    marks = _Marks()
    for r in session.execute(select(device_cases).where(device_cases.c.device_id == device_id)):
        target = marks.granted if r.state == "granted" else marks.revoked
        target[str(r.case_id)] = int(r.mark_seq)
    return marks


def _save_marks(
    session: Session,
    device_id: str,
    marks: _Marks,
    grant_ids: list[str],
    revoke_ids: list[str],
    cursor: int,
    mark: int,
) -> None:
    acked = [c for c, m in marks.revoked.items() if m <= cursor and c not in grant_ids]
    changed = set(grant_ids) | set(revoke_ids) | set(acked)
    if not changed:
        return
    session.execute(
        delete(device_cases).where(
            device_cases.c.device_id == device_id, device_cases.c.case_id.in_(sorted(changed))
        )
    )
    rows = [{"case_id": c, "state": "granted"} for c in grant_ids]
    rows += [{"case_id": c, "state": "revoked"} for c in revoke_ids if c not in grant_ids]
    if rows:
        session.execute(
            insert(device_cases), [{**r, "device_id": device_id, "mark_seq": mark} for r in rows]
        )


@dataclass
class _Page:
    ops: list[PulledOp]
    full: bool
    last_seq: int
    per_case: Counter[str]


def _ops_page(
    session: Session, views: dict[str, CaseView], cursor: int, high: int, limit: int
) -> _Page:
    if not views:
        return _Page([], False, cursor, Counter())
    rows = session.execute(
        select(ops)
        .where(ops.c.seq > cursor, ops.c.seq <= high, ops.c.home_case.in_(sorted(views)))
        .order_by(ops.c.seq)
        .limit(limit)
    ).all()
    levels = _person_levels(session, {str(r.entity_id) for r in rows if r.entity == "person"})
    out: list[PulledOp] = []
    per_case: Counter[str] = Counter()
    for r in rows:
        fields, redacted = filter_fields(
            views[str(r.home_case)], str(r.entity), dict(r.fields), levels.get(str(r.entity_id))
        )
        if fields is None:
            continue
        per_case[str(r.home_case)] += 1
        out.append(
            PulledOp(
                op_id=r.op_id,
                case_id=r.case_id,
                entity=r.entity,
                entity_id=r.entity_id,
                kind=r.kind,
                fields=fields,
                hlc=r.hlc,
                user=r.op_user,
                device=r.op_device,
                seq=r.seq,
                content_hash=r.content_hash,
                redacted=redacted,
            )
        )
    last = int(rows[-1].seq) if rows else cursor
    return _Page(out, len(rows) == limit, last, per_case)


def _person_levels(session: Session, entity_ids: set[str]) -> dict[str, str | None]:
    """Current protection level of persons: an old op is filtered by today's level (B6)."""
    if not entity_ids:
        return {}
    rows = session.execute(
        select(entities.c.entity_id, entities.c.fields).where(
            entities.c.entity == "person", entities.c.entity_id.in_(sorted(entity_ids))
        )
    )
    return {str(r.entity_id): dict(r.fields).get("address_protection") for r in rows}


def _read_entries(
    ctx: DeviceContext, per_case: Counter[str], grant_ids: list[str]
) -> list[audit.Entry]:
    cases = sorted(set(per_case) | set(grant_ids))
    return [
        audit.Entry(
            audit.Event.READ,
            user_id=ctx.user.id,
            device_id=ctx.device_id,
            case_id=c,
            detail={"ops": per_case.get(c, 0), "grant": c in grant_ids},
        )
        for c in cases
    ]


