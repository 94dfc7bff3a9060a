"""Units, users and case assignments: the admin side, used by the CLI and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, insert, select
from sqlalchemy.orm import Session

from domain.access import Role
from domain.ids import new_id
from sync.protocol import ErrorCode
from sync.server import audit
from sync.server.auth.passwords import hash_password
from sync.server.config import Settings
from sync.server.db import as_utc
from sync.server.errors import ServerError, not_found
from sync.server.tables import assignments, cases, devices, units, users


@dataclass(frozen=True)
class UserRow:
    """A user as the services see it."""

    id: str
    username: str
    display_name: str
    role: Role
    unit_id: str | None
    active: bool


def create_unit(session: Session, settings: Settings, name: str) -> str:
    """A new unit (enhet); returns its id."""
    if session.execute(select(units.c.id).where(units.c.name == name)).first():
        raise ServerError(ErrorCode.VALIDATION, 409, "unit exists")
    unit_id = new_id()
    now = settings.clock()
    session.execute(insert(units).values(id=unit_id, name=name, created_at=now))
    audit.append(session, [audit.Entry(audit.Event.UNIT_CREATED, detail={"unit": unit_id})], now)
    return unit_id


def unit_id_by_name(session: Session, name_or_id: str) -> str:
    """Resolve a unit given by name or id."""
    row = session.execute(
        select(units.c.id).where((units.c.name == name_or_id) | (units.c.id == name_or_id))
    ).first()
    if row is None:
        raise not_found("unknown unit")
    return str(row.id)


def create_user(
    session: Session,
    settings: Settings,
    *,
    username: str,
    password: str,
    role: Role,
    unit_id: str | None,
    display_name: str = "",
) -> str:
    """A new user; every role but admin belongs to a unit."""
    if role is not Role.ADMIN and unit_id is None:
        raise ServerError(ErrorCode.VALIDATION, 422, "role needs a unit")
    if session.execute(select(users.c.id).where(users.c.username == username)).first():
        raise ServerError(ErrorCode.VALIDATION, 409, "username taken")
    user_id = new_id()
    now = settings.clock()
    session.execute(
        insert(users).values(
            id=user_id,
            username=username,
            display_name=display_name or username,
            role=role.value,
            unit_id=unit_id,
            password_hash=hash_password(password, settings.argon2),
            active=True,
            created_at=now,
        )
    )
    entry = audit.Entry(audit.Event.USER_CREATED, user_id=user_id, detail={"role": role.value})
    audit.append(session, [entry], now)
    return user_id


def user_from_row(r: Row[Any]) -> UserRow:
    """A user from a row with the ``users`` columns."""
    return UserRow(
        id=str(r.id),
        username=str(r.username),
        display_name=str(r.display_name),
        role=Role(r.role),
        unit_id=r.unit_id,
        active=bool(r.active),
    )


def get_user(session: Session, user_id_or_name: str) -> UserRow:
    """A user by id or username."""
    row = session.execute(
        select(users).where((users.c.id == user_id_or_name) | (users.c.username == user_id_or_name))
    ).first()
    if row is None:
        raise not_found("unknown user")
    return user_from_row(row)


def list_users(session: Session) -> list[UserRow]:
    """All users, by username."""
    return [user_from_row(r) for r in session.execute(select(users).order_by(users.c.username))]


@dataclass(frozen=True)
class DeviceRow:
    """An enrolled device as the admin sees it: who, when, whether revoked; no case content."""

    device_id: str
    username: str
    name: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        """For ``list-devices --json``."""
        return {
            "device_id": self.device_id,
            "user": self.username,
            "name": self.name,
            "enrolled_at": self.enrolled_at.isoformat(),
            "last_contact": self.last_seen_at.isoformat() if self.last_seen_at else None,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
        }

    def as_row(self) -> tuple[str, str, str, str, str, str]:
        """For ``list-devices``: minutes in UTC, ``-`` for never."""

        def shown(at: datetime | None) -> str:
            return at.strftime("%Y-%m-%d %H:%M UTC") if at else "-"

        revoked = shown(self.revoked_at) if self.revoked_at else "no"
        return (self.device_id, self.username, self.name, shown(self.enrolled_at),
                shown(self.last_seen_at), revoked)


def list_devices(session: Session, user_id: str | None = None) -> list[DeviceRow]:
    """Every device (or one user's), oldest enrolment first."""
    query = (
        select(devices.c.id, devices.c.name, devices.c.enrolled_at, devices.c.last_seen_at,
               devices.c.revoked_at, users.c.username)
        .join(users, users.c.id == devices.c.user_id)
        .order_by(devices.c.enrolled_at, devices.c.id)
    )
    if user_id is not None:
        query = query.where(devices.c.user_id == user_id)
    return [
        DeviceRow(
            device_id=str(r.id),
            username=str(r.username),
            name=str(r.name),
            enrolled_at=as_utc(r.enrolled_at),
            last_seen_at=as_utc(r.last_seen_at) if r.last_seen_at else None,
            revoked_at=as_utc(r.revoked_at) if r.revoked_at else None,
        )
        for r in session.execute(query)
    ]


def resolve_case(session: Session, case_ref: str) -> str:
    """A case id from its id or human number; aliases resolve to the joined case."""
    row = session.execute(
        select(cases.c.id, cases.c.alias_of).where(
            (cases.c.id == case_ref) | (cases.c.number == case_ref)
        )
    ).first()
    if row is None:
        raise not_found("unknown case")
    return str(row.alias_of or row.id)


def assign(session: Session, settings: Settings, case_ref: str, user_ref: str) -> None:
    """Assign a caseworker to a case (idempotent); the case's devices get a grant."""
    case_id = resolve_case(session, case_ref)
    user = get_user(session, user_ref)
    exists = session.execute(
        select(assignments.c.case_id).where(
            (assignments.c.case_id == case_id) & (assignments.c.user_id == user.id)
        )
    ).first()
    now = settings.clock()
    if exists is None:
        session.execute(
            insert(assignments).values(case_id=case_id, user_id=user.id, assigned_at=now)
        )
    entry = audit.Entry(audit.Event.ASSIGN, user_id=user.id, case_id=case_id)
    audit.append(session, [entry], now)


def unassign(session: Session, settings: Settings, case_ref: str, user_ref: str) -> None:
    """Remove an assignment; the user's devices get a revocation on their next pull."""
    case_id = resolve_case(session, case_ref)
    user = get_user(session, user_ref)
    session.execute(
        delete(assignments).where(
            (assignments.c.case_id == case_id) & (assignments.c.user_id == user.id)
        )
    )
    entry = audit.Entry(audit.Event.UNASSIGN, user_id=user.id, case_id=case_id)
    audit.append(session, [entry], settings.clock())
