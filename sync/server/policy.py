"""Builds the access policy's facts from the database; :func:`domain.access.decide` decides."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from domain.access import Action, Actor, BreakGlassGrant, CaseFacts, Role, decide
from sync.server.db import as_utc
from sync.server.tables import assignments, break_glass, cases

INTAKE_STATUS = "mottak"


@dataclass(frozen=True)
class CaseInfo:
    """A case row with the facts the policy needs."""

    facts: CaseFacts
    number: str
    status: str
    strengt_fortrolig: bool


def load_cases(session: Session, case_ids: Collection[str], actor: Actor) -> dict[str, CaseInfo]:
    """Facts for ``case_ids`` (aliases excluded), with ``actor``'s break-glass grants."""
    if not case_ids:
        return {}
    ids = list(case_ids)
    rows = session.execute(
        select(cases).where(cases.c.id.in_(ids), cases.c.alias_of.is_(None))
    ).all()
    assigned: dict[str, set[str]] = {}
    for a in session.execute(
        select(assignments.c.case_id, assignments.c.user_id).where(assignments.c.case_id.in_(ids))
    ):
        assigned.setdefault(str(a.case_id), set()).add(str(a.user_id))
    grants: dict[str, list[BreakGlassGrant]] = {}
    if actor.role is Role.LEDER:
        for g in session.execute(
            select(break_glass).where(
                break_glass.c.case_id.in_(ids), break_glass.c.user_id == actor.user_id
            )
        ):
            grant = BreakGlassGrant(g.user_id, g.case_id, g.reason, as_utc(g.expires_at))
            grants.setdefault(str(g.case_id), []).append(grant)
    return {
        str(r.id): CaseInfo(
            facts=CaseFacts(
                case_id=str(r.id),
                unit_id=str(r.unit_id),
                assigned=frozenset(assigned.get(str(r.id), ())),
                registered_by=str(r.registered_by),
                in_intake=r.status == INTAKE_STATUS,
                break_glass=tuple(grants.get(str(r.id), ())),
            ),
            number=str(r.number),
            status=str(r.status),
            strengt_fortrolig=bool(r.strengt_fortrolig),
        )
        for r in rows
    }


def candidate_case_ids(session: Session, actor: Actor) -> list[str]:
    """A superset of the cases ``actor`` may see; :func:`visible_cases` narrows it."""
    if actor.role is Role.ADMIN:
        return []
    conds: list[ColumnElement[bool]] = [
        cases.c.id.in_(select(assignments.c.case_id).where(assignments.c.user_id == actor.user_id))
    ]
    if actor.role is Role.LEDER:
        conds.append(cases.c.unit_id == actor.unit_id)
        conds.append(
            cases.c.id.in_(select(break_glass.c.case_id).where(break_glass.c.user_id == actor.user_id))
        )
    if actor.role is Role.MOTTAK:
        conds.append((cases.c.unit_id == actor.unit_id) & (cases.c.status == INTAKE_STATUS))
        conds.append(cases.c.registered_by == actor.user_id)
    query = select(cases.c.id).where(cases.c.alias_of.is_(None), or_(*conds))
    return [str(r.id) for r in session.execute(query)]


def visible_cases(session: Session, actor: Actor, now: datetime) -> dict[str, CaseInfo]:
    """Every case ``actor`` may read now, as decided by the policy."""
    infos = load_cases(session, candidate_case_ids(session, actor), actor)
    return {
        cid: info
        for cid, info in infos.items()
        if decide(actor, Action.READ_CASE, info.facts, now).allowed
    }
