"""Cases made by devices: server case numbers, intake queue, status, aliases."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from domain.access import Action, Role, decide
from domain.ids import format_case_number
from sync.protocol import RejectReason, WireOp
from sync.server.devices import DeviceContext
from sync.server.policy import INTAKE_STATUS, CaseInfo, load_cases
from sync.server.tables import assignments, case_counters, cases

MAX_STATUS = 32


def resolve(session: Session, case_ref: str) -> str | None:
    """The case an op's ``case_id`` means now (aliases point at the joined case)."""
    row = session.execute(select(cases.c.alias_of).where(cases.c.id == case_ref)).first()
    if row is None:
        return None
    return str(row.alias_of) if row.alias_of else case_ref


def next_number(session: Session, year: int) -> str:
    """The next human case number of ``year`` (``2026-0142``)."""
    row = session.execute(
        select(case_counters.c.last_serial).where(case_counters.c.year == year).with_for_update()
    ).first()
    serial = (int(row.last_serial) if row else 0) + 1
    if row is None:
        session.execute(insert(case_counters).values(year=year, last_serial=serial))
    else:
        session.execute(
            update(case_counters).where(case_counters.c.year == year).values(last_serial=serial)
        )
    return format_case_number(year, serial)


def create_case(session: Session, ctx: DeviceContext, op: WireOp, now: datetime) -> CaseInfo:
    """A device's new case: numbered, in the user's unit, assigned to its saksbehandler."""
    from sync.server.replication.push import Reject  # one error type for the whole push

    actor = ctx.actor
    if op.entity_id != op.case_id:
        raise Reject(RejectReason.INVALID_OP)
    decision = decide(actor, Action.CREATE_CASE, None, now)
    if not decision.allowed:
        if decision.reason == "admin_no_case_content":
            raise Reject(RejectReason.ADMIN_NO_CASE_CONTENT)
        raise Reject(RejectReason.ACCESS_DENIED)
    if session.execute(select(cases.c.id).where(cases.c.id == op.case_id)).first():
        raise Reject(RejectReason.ACCESS_DENIED)  # existence is not revealed (B1)
    status = _status(op.fields) if actor.role is not Role.MOTTAK else INTAKE_STATUS
    session.execute(
        insert(cases).values(
            id=op.case_id,
            number=next_number(session, now.year),
            unit_id=actor.unit_id,
            status=status,
            registered_by=actor.user_id,
            alias_of=None,
            strengt_fortrolig=False,
            created_at=now,
        )
    )
    if actor.role is Role.SAKSBEHANDLER:
        session.execute(
            insert(assignments).values(case_id=op.case_id, user_id=actor.user_id, assigned_at=now)
        )
    return load_cases(session, [op.case_id], actor)[op.case_id]


def _status(fields: dict[str, Any]) -> str:
    value = fields.get("status")
    return value if isinstance(value, str) and 0 < len(value) <= MAX_STATUS else INTAKE_STATUS


def after_case_write(session: Session, case_id: str, merged: dict[str, Any]) -> None:
    """Keep the case row's status (drives the intake queue) in step with the case entity."""
    if "status" in merged:
        session.execute(
            update(cases).where(cases.c.id == case_id).values(status=_status(merged))
        )
