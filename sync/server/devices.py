"""Device enrolment, token authentication, revocation and key escrow (DESIGN.md §5)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Actor, Role
from domain.ids import new_id
from sync.protocol import EnrolRequest, EnrolResponse, ErrorCode, Policy, UserInfo
from sync.server import audit
from sync.server.admin import UserRow, get_user, user_from_row
from sync.server.auth import throttle
from sync.server.auth.passwords import hash_password, verify_password
from sync.server.config import Settings
from sync.server.db import as_utc, transaction
from sync.server.errors import ServerError, not_found
from sync.server.tables import devices, recovery_keys, users

_DUMMY_HASH: dict[str, str] = {}


@dataclass(frozen=True)
class DeviceContext:
    """An authenticated device and its user."""

    device_id: str
    user: UserRow

    @property
    def actor(self) -> Actor:
        """The policy's view of this device's user."""
        return Actor(self.user.id, self.user.role, self.user.unit_id, self.user.active)

    def user_info(self) -> UserInfo:
        """Wire form of the user."""
        u = self.user
        return UserInfo(
            user_id=u.id,
            username=u.username,
            display_name=u.display_name,
            role=u.role.value,
            unit_id=u.unit_id,
        )


def token_hash(token: str) -> str:
    """Only this digest of a device token is stored."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def policy(settings: Settings) -> Policy:
    """The server policy for idle lock and time offline."""
    return Policy(
        idle_lock_minutes=settings.idle_lock_minutes, max_offline_hours=settings.max_offline_hours
    )


def _check_password(settings: Settings, stored: str | None, password: str) -> bool:
    if stored is None:  # same work for an unknown name, so timing tells nothing
        dummy = _DUMMY_HASH.setdefault("h", hash_password("dummy", settings.argon2))
        verify_password(password, dummy)
        return False
    return verify_password(password, stored)


def enrol(factory: sessionmaker[Session], settings: Settings, req: EnrolRequest) -> EnrolResponse:
    """Username + password → device id and token (throttled, audited)."""
    with transaction(factory) as session:
        throttle.check(session, settings, req.username)
        row = session.execute(select(users).where(users.c.username == req.username)).first()
        ok = _check_password(settings, row.password_hash if row else None, req.password)
        if not ok or row is None or not row.active:
            # The failure is committed even though the request fails.
            throttle.record_failure(session, settings, req.username)
            entry = audit.Entry(
                audit.Event.LOGIN_FAILED,
                user_id=row.id if row else None,
                detail={"username": req.username},
            )
            audit.append(session, [entry], settings.clock())
            failed = True
        else:
            failed = False
            response = _enrol_device(session, settings, str(row.id), req.device_name)
    if failed:
        raise ServerError(ErrorCode.INVALID_CREDENTIALS, 401, "wrong username or password")
    return response


def _enrol_device(session: Session, settings: Settings, user_id: str, name: str) -> EnrolResponse:
    throttle.record_success(session, get_user(session, user_id).username)
    token = secrets.token_urlsafe(32)
    device_id = new_id()
    now = settings.clock()
    session.execute(
        insert(devices).values(
            id=device_id,
            user_id=user_id,
            name=name,
            token_hash=token_hash(token),
            enrolled_at=now,
            last_seen_at=now,
        )
    )
    audit.append(
        session,
        [
            audit.Entry(audit.Event.LOGIN, user_id=user_id, device_id=device_id),
            audit.Entry(audit.Event.ENROL, user_id=user_id, device_id=device_id),
        ],
        now,
    )
    ctx = DeviceContext(device_id, get_user(session, user_id))
    return EnrolResponse(
        device_id=device_id,
        device_token=token,
        user=ctx.user_info(),
        recovery_public_key=active_recovery_key(session),
        policy=policy(settings),
    )


def active_recovery_key(session: Session) -> str | None:
    """The municipality's recovery public key (PEM), if one was made."""
    row = session.execute(
        select(recovery_keys.c.public_pem)
        .where(recovery_keys.c.active.is_(True))
        .order_by(recovery_keys.c.created_at.desc())
    ).first()
    return str(row.public_pem) if row else None


def authenticate(factory: sessionmaker[Session], settings: Settings, token: str) -> DeviceContext:
    """The device behind a bearer token; ``device_revoked`` (403) is audited."""
    with factory() as session:
        row = session.execute(
            select(
                devices.c.id.label("device_id"), devices.c.revoked_at, devices.c.last_seen_at, users
            )
            .join(users, users.c.id == devices.c.user_id)
            .where(devices.c.token_hash == token_hash(token))
        ).first()
    if row is None:
        raise ServerError(ErrorCode.UNAUTHENTICATED, 401, "unknown device token")
    now = settings.clock()
    if row.revoked_at is not None:
        with transaction(factory) as session:
            entry = audit.Entry(
                audit.Event.REVOKED_DEVICE_CONTACT, user_id=str(row.id), device_id=row.device_id
            )
            audit.append(session, [entry], now)
        raise ServerError(ErrorCode.DEVICE_REVOKED, 403, "device revoked; wipe the vault")
    if not row.active:
        raise ServerError(ErrorCode.UNAUTHENTICATED, 401, "user deactivated")
    if row.last_seen_at is None or now - as_utc(row.last_seen_at) > timedelta(minutes=1):
        with transaction(factory) as session:
            session.execute(
                update(devices).where(devices.c.id == row.device_id).values(last_seen_at=now)
            )
    return DeviceContext(str(row.device_id), user_from_row(row))


def revoke(session: Session, settings: Settings, device_id: str, by_user: str | None) -> None:
    """Revoke a device: its next contact answers ``device_revoked``."""
    row = session.execute(select(devices.c.user_id).where(devices.c.id == device_id)).first()
    if row is None:
        raise not_found("unknown device")
    now = settings.clock()
    session.execute(
        update(devices)
        .where(devices.c.id == device_id, devices.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    entry = audit.Entry(
        audit.Event.DEVICE_REVOKED,
        user_id=by_user,
        device_id=device_id,
        detail={"owner": str(row.user_id)},
    )
    audit.append(session, [entry], now)


def store_escrow(session: Session, settings: Settings, ctx: DeviceContext, sealed: str) -> None:
    """Keep the device's sealed data key for an audited recovery."""
    try:
        base64.b64decode(sealed, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ServerError(ErrorCode.VALIDATION, 422, "sealed_key is not base64") from exc
    session.execute(update(devices).where(devices.c.id == ctx.device_id).values(sealed_key=sealed))
    entry = audit.Entry(audit.Event.ESCROW_STORED, user_id=ctx.user.id, device_id=ctx.device_id)
    audit.append(session, [entry], settings.clock())


def is_admin(ctx: DeviceContext) -> bool:
    """Admins manage users and devices."""
    return ctx.user.role is Role.ADMIN
