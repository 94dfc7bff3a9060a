"""Two offline intakes for the same child become one case (DESIGN.md §2).

When a person with the child's role and an identity number lands in case B while another case A
already holds that child, B is joined into A if both are intakes of the same unit (everyone
who sees one sees the other): B becomes an alias of A, B's entities and assignments move to A,
and every device that sees A gets A's full state again. Otherwise the pair is recorded as a
*pending* join for the leader to decide, and nothing moves (joining would open A to B's users).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from sync.server import audit
from sync.server.policy import INTAKE_STATUS
from sync.server.tables import (
    assignments,
    case_joins,
    cases,
    child_identities,
    device_cases,
    entities,
    field_history,
)

CHILD_ROLES = frozenset({"child", "barn"})
STRENGT = "strengt_fortrolig"


def identity_key(identity_number: str) -> str:
    """The child index stores a digest, never the number itself."""
    digits = "".join(ch for ch in identity_number if ch.isdigit())
    return hashlib.sha256(("felt-child:" + digits).encode("ascii")).hexdigest()


def after_person_write(
    session: Session, case_id: str, fields: dict[str, Any], now: datetime
) -> tuple[str, list[audit.Entry]]:
    """Mark protected addresses and join duplicate intakes; returns the case the person is in."""
    if fields.get("address_protection") == STRENGT:
        session.execute(update(cases).where(cases.c.id == case_id).values(strengt_fortrolig=True))
    number = fields.get("identity_number")
    if fields.get("role") not in CHILD_ROLES or not isinstance(number, str) or not number:
        return case_id, []
    key = identity_key(number)
    row = session.execute(
        select(child_identities.c.case_id).where(child_identities.c.identity_key == key)
    ).first()
    if row is None:
        session.execute(insert(child_identities).values(identity_key=key, case_id=case_id))
        return case_id, []
    first = _canonical(session, str(row.case_id))
    if first == case_id:
        return case_id, []
    return _join_or_propose(session, alias=case_id, target=first, now=now)


def _canonical(session: Session, case_id: str) -> str:
    row = session.execute(select(cases.c.alias_of).where(cases.c.id == case_id)).first()
    return str(row.alias_of) if row is not None and row.alias_of else case_id


def _join_or_propose(
    session: Session, alias: str, target: str, now: datetime
) -> tuple[str, list[audit.Entry]]:
    pair = session.execute(
        select(cases.c.id, cases.c.unit_id, cases.c.status).where(cases.c.id.in_([alias, target]))
    ).all()
    same_unit = len({r.unit_id for r in pair}) == 1
    both_intake = all(r.status == INTAKE_STATUS for r in pair)
    status = "joined" if same_unit and both_intake else "pending"
    existing = session.execute(
        select(case_joins.c.status).where(case_joins.c.alias_case_id == alias)
    ).first()
    if existing is None:
        session.execute(
            insert(case_joins).values(
                alias_case_id=alias, case_id=target, status=status, created_at=now
            )
        )
    if status == "pending":
        return alias, [audit.Entry(audit.Event.CASE_JOINED, case_id=target, detail={
            "alias": alias, "status": status})]
    _move(session, alias, target)
    detail = {"alias": alias, "target": target, "status": status}
    return target, [
        audit.Entry(audit.Event.CASE_JOINED, case_id=target, detail=detail),
        audit.Entry(audit.Event.CASE_JOINED, case_id=alias, detail=detail),
    ]


def _move(session: Session, alias: str, target: str) -> None:
    row = session.execute(select(cases.c.strengt_fortrolig).where(cases.c.id == alias)).one()
    values: dict[str, Any] = {"strengt_fortrolig": True} if row.strengt_fortrolig else {}
    if values:
        session.execute(update(cases).where(cases.c.id == target).values(**values))
    session.execute(update(cases).where(cases.c.id == alias).values(alias_of=target))
    session.execute(
        update(entities)
        .where(
            entities.c.case_id == alias,
            or_(entities.c.entity != "case", entities.c.entity_id != alias),
        )
        .values(case_id=target)
    )
    session.execute(update(field_history).where(field_history.c.case_id == alias).values(
        case_id=target))
    session.execute(
        update(child_identities).where(child_identities.c.case_id == alias).values(case_id=target)
    )
    have = {
        str(r.user_id)
        for r in session.execute(select(assignments.c.user_id).where(assignments.c.case_id == target))
    }
    for a in session.execute(select(assignments).where(assignments.c.case_id == alias)).all():
        if str(a.user_id) not in have:
            session.execute(
                insert(assignments).values(
                    case_id=target, user_id=a.user_id, assigned_at=a.assigned_at
                )
            )
    # Every device that saw the target gets its full state again (a fresh grant).
    session.execute(delete(device_cases).where(device_cases.c.case_id == target))
