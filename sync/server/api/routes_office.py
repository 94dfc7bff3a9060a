"""Leader and admin endpoints: break-glass, statistics, assignments, joins, users, devices."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import select

from domain.access import Action, Role, decide
from sync.protocol import BreakGlassRequest, BreakGlassResponse, StatsResponse
from sync.protocol.admin import (
    AssignmentRequest,
    BreakGlassEntry,
    Created,
    CreateUserRequest,
    DeviceSummary,
    JoinEntry,
    UserSummary,
)
from sync.server import admin, audit, breakglass, stats
from sync.server.api.deps import AdminDep, LeaderDep, ServicesDep, require_protocol
from sync.server.api.routes_sync import ERRORS
from sync.server.db import as_utc, transaction
from sync.server.devices import revoke
from sync.server.errors import ServerError, forbidden
from sync.server.policy import load_cases
from sync.server.tables import case_joins, cases, devices

FIRST_YEAR, LAST_YEAR = 2000, 2100

router = APIRouter(prefix="/v1", dependencies=[Depends(require_protocol)], responses=ERRORS)


@router.post("/break-glass", response_model=BreakGlassResponse, tags=["leader"])
def open_break_glass(
    body: BreakGlassRequest, device: LeaderDep, services: ServicesDep
) -> BreakGlassResponse:
    """Time-limited access to another unit's case, with a written reason (B1)."""
    with transaction(services.factory) as session:
        result = breakglass.request(
            session, services.settings, device, body.case_number, body.reason
        )
    if isinstance(result, ServerError):
        raise result
    return result


@router.get("/break-glass", response_model=list[BreakGlassEntry], tags=["leader"])
def break_glass_report(device: LeaderDep, services: ServicesDep) -> list[BreakGlassEntry]:
    """Break-glass use on the leader's unit's cases."""
    with transaction(services.factory) as session:
        return [BreakGlassEntry.model_validate(r) for r in breakglass.report(session, device)]


@router.get("/stats", response_model=StatsResponse, tags=["leader"])
def unit_stats(
    device: LeaderDep,
    services: ServicesDep,
    year: Annotated[int | None, Query(ge=FIRST_YEAR, le=LAST_YEAR)] = None,
) -> StatsResponse:
    """SSB's figures for the leader's unit: the year (default: this one) and its quarters.

    Counted by the server from its own data with ``domain.statistics``; counts and ratios
    only. The read is audited without case ids (the answer names no case).
    """
    now = services.settings.clock()
    today = stats.oslo_today(now)
    unit_id = str(device.user.unit_id)
    with transaction(services.factory) as session:
        answer = stats.unit_stats(session, unit_id, year or today.year, today)
        entry = audit.Entry(
            audit.Event.READ,
            user_id=device.user.id,
            device_id=device.device_id,
            detail={"kind": "statistics", "unit_id": unit_id, "year": answer.year,
                    "cases": answer.cases},
        )
        audit.append(session, [entry], now)
    return answer


@router.post("/assignments", status_code=204, tags=["leader"])
def set_assignment(body: AssignmentRequest, device: LeaderDep, services: ServicesDep) -> Response:
    """Assign or unassign a caseworker on one of the unit's cases."""
    settings = services.settings
    with transaction(services.factory) as session:
        info = load_cases(session, [body.case_id], device.actor).get(body.case_id)
        if info is None or not decide(device.actor, Action.ASSIGN, info.facts, settings.clock()):
            raise forbidden("not your unit's case")
        user = admin.get_user(session, body.user_id)
        if user.unit_id != device.user.unit_id or user.role is Role.ADMIN:
            raise forbidden("user is not in your unit")
        if body.assigned:
            admin.assign(session, settings, body.case_id, user.id)
        else:
            admin.unassign(session, settings, body.case_id, user.id)
    return Response(status_code=204)


@router.get("/joins", response_model=list[JoinEntry], tags=["leader"])
def list_joins(device: LeaderDep, services: ServicesDep) -> list[JoinEntry]:
    """Intakes for the same child: joined, or pending the leader's decision."""
    alias = cases.alias(name="alias_case")
    with transaction(services.factory) as session:
        rows = session.execute(
            select(cases.c.number, alias.c.number.label("alias_number"), case_joins.c.status)
            .join(case_joins, case_joins.c.case_id == cases.c.id)
            .join(alias, alias.c.id == case_joins.c.alias_case_id)
            .where(cases.c.unit_id == device.user.unit_id)
            .order_by(case_joins.c.created_at)
        ).all()
    return [
        JoinEntry(case_number=r.number, alias_number=r.alias_number, status=r.status)
        for r in rows
    ]


@router.get("/admin/users", response_model=list[UserSummary], tags=["admin"])
def list_users(device: AdminDep, services: ServicesDep) -> list[UserSummary]:
    """All users (no case content)."""
    with transaction(services.factory) as session:
        return [
            UserSummary(
                user_id=u.id, username=u.username, role=u.role.value, unit_id=u.unit_id,
                active=u.active,
            )
            for u in admin.list_users(session)
        ]


@router.post("/admin/users", response_model=Created, status_code=201, tags=["admin"])
def create_user(body: CreateUserRequest, device: AdminDep, services: ServicesDep) -> Created:
    """A new user."""
    with transaction(services.factory) as session:
        if body.unit_id is not None:
            admin.unit_id_by_name(session, body.unit_id)
        user_id = admin.create_user(
            session,
            services.settings,
            username=body.username,
            password=body.password,
            role=Role(body.role),
            unit_id=body.unit_id,
            display_name=body.display_name,
        )
    return Created(id=user_id)


@router.get("/admin/devices", response_model=list[DeviceSummary], tags=["admin"])
def list_devices(device: AdminDep, services: ServicesDep) -> list[DeviceSummary]:
    """All enrolled devices."""
    with transaction(services.factory) as session:
        rows = session.execute(select(devices).order_by(devices.c.enrolled_at)).all()
    return [
        DeviceSummary(
            device_id=r.id,
            user_id=r.user_id,
            name=r.name,
            enrolled_at=as_utc(r.enrolled_at),
            revoked=r.revoked_at is not None,
            has_escrow=r.sealed_key is not None,
        )
        for r in rows
    ]


@router.post("/admin/devices/{device_id}/revoke", status_code=204, tags=["admin"])
def revoke_device(device_id: str, device: AdminDep, services: ServicesDep) -> Response:
    """Revoke a device; its next contact answers ``device_revoked``."""
    with transaction(services.factory) as session:
        revoke(session, services.settings, device_id, device.user.id)
    return Response(status_code=204)
