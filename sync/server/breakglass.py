"""Break-glass: a leader's time-limited, reasoned, logged access to another unit's case (B1)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from domain.access import Action, Role, decide
from domain.ids import new_id
from sync.protocol import BreakGlassResponse, ErrorCode
from sync.server import audit
from sync.server.admin import resolve_case
from sync.server.config import Settings
from sync.server.db import as_utc
from sync.server.devices import DeviceContext
from sync.server.errors import ServerError, forbidden
from sync.server.policy import load_cases
from sync.server.tables import break_glass, cases, users


def request(
    session: Session, settings: Settings, ctx: DeviceContext, case_number: str, reason: str
) -> BreakGlassResponse | ServerError:
    """Open a grant, or the error to answer (returned, so the denial's audit row commits)."""
    now = settings.clock()
    who: dict[str, Any] = {"user_id": ctx.user.id, "device_id": ctx.device_id}
    try:
        case_id = resolve_case(session, case_number)
    except ServerError as exc:
        audit.append(session, [audit.Entry(audit.Event.BREAK_GLASS_DENIED, **who)], now)
        return exc
    info = load_cases(session, [case_id], ctx.actor)[case_id]
    decision = decide(ctx.actor, Action.BREAK_GLASS, info.facts, now, reason=reason)
    if not decision.allowed:
        entry = audit.Entry(
            audit.Event.BREAK_GLASS_DENIED, case_id=case_id, detail={"why": decision.reason}, **who
        )
        audit.append(session, [entry], now)
        if decision.reason == "reason_required":
            return ServerError(ErrorCode.REASON_REQUIRED, 422, "a written reason is required")
        return forbidden(decision.reason)
    grant_id = new_id()
    expires = now + timedelta(minutes=settings.break_glass_minutes)
    session.execute(
        insert(break_glass).values(
            id=grant_id,
            user_id=ctx.user.id,
            case_id=case_id,
            reason=reason.strip(),
            created_at=now,
            expires_at=expires,
        )
    )
    entry = audit.Entry(
        audit.Event.BREAK_GLASS,
        case_id=case_id,
        detail={"grant": grant_id, "expires_at": expires.isoformat(), "reason": reason.strip()},
        **who,
    )
    audit.append(session, [entry], now)
    return BreakGlassResponse(grant_id=grant_id, case_id=case_id, expires_at=expires)


def report(session: Session, ctx: DeviceContext) -> list[dict[str, Any]]:
    """Break-glass grants on the leader's unit's cases and the leader's own (B1: reported).

    Each row names who used it (``username``), so the leader's list reads without a lookup.
    """
    if ctx.user.role is not Role.LEDER:
        raise forbidden("leaders only")
    rows = session.execute(
        select(break_glass, cases.c.number, users.c.username)
        .join(cases, cases.c.id == break_glass.c.case_id)
        .join(users, users.c.id == break_glass.c.user_id)
        .where(or_(cases.c.unit_id == ctx.user.unit_id, break_glass.c.user_id == ctx.user.id))
        .order_by(break_glass.c.created_at)
    ).all()
    return [
        {
            "grant_id": r.id,
            "case_number": r.number,
            "user_id": r.user_id,
            "username": r.username,
            "reason": r.reason,
            "created_at": as_utc(r.created_at).isoformat(),
            "expires_at": as_utc(r.expires_at).isoformat(),
        }
        for r in rows
    ]
