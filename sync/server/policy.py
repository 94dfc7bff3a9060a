"""Builds the access policy's facts from the database; :func:`domain.access.decide` decides."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, or_, select
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
    rows = session.execute(
        select(cases).where(cases.c.id.in_(list(case_ids)), cases.c.alias_of.is_(None))
    ).all()
    return _infos(session, rows, actor)


def _infos(session: Session, rows: Sequence[Row[Any]], actor: Actor) -> dict[str, CaseInfo]:
    """Case rows with their assignments and ``actor``'s break-glass grants."""
    ids = [str(r.id) for r in rows]
    if not ids:
        return {}
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


def _candidates(actor: Actor) -> ColumnElement[bool] | None:
    """Which case rows may be visible to ``actor`` (a superset; ``None``: none at all)."""
    if actor.role is Role.ADMIN:
        return None
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
    return cases.c.alias_of.is_(None) & or_(*conds)


def candidate_case_ids(session: Session, actor: Actor) -> list[str]:
    """A superset of the cases ``actor`` may see; :func:`visible_cases` narrows it."""
    where = _candidates(actor)
    if where is None:
        return []
    return [str(r.id) for r in session.execute(select(cases.c.id).where(where))]


def visible_cases(session: Session, actor: Actor, now: datetime) -> dict[str, CaseInfo]:
    """Every case ``actor`` may read now, as decided by the policy."""
    where = _candidates(actor)
    if where is None:
        return {}
    infos = _infos(session, session.execute(select(cases).where(where)).all(), actor)
    return {
        cid: info
        for cid, info in infos.items()
        if decide(actor, Action.READ_CASE, info.facts, now).allowed
    }
