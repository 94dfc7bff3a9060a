"""Login throttling in the database, so it holds across API processes.

After ``throttle_after`` failures for one username, each further failure locks the name for a
doubling time (30 s, 60 s, … up to 15 min). A success clears the count.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from sync.protocol import ErrorCode
from sync.server.config import Settings
from sync.server.db import as_utc
from sync.server.errors import ServerError
from sync.server.tables import login_throttle


def check(session: Session, settings: Settings, username: str) -> None:
    """Raise ``login_throttled`` (429) while the username is locked."""
    row = session.execute(
        select(login_throttle.c.locked_until).where(login_throttle.c.username == username)
    ).first()
    now = settings.clock()
    if row is not None and row.locked_until is not None and as_utc(row.locked_until) > now:
        wait = int((as_utc(row.locked_until) - now).total_seconds()) + 1
        raise ServerError(
            ErrorCode.LOGIN_THROTTLED, 429, "too many failed logins", {"Retry-After": str(wait)}
        )


def lock_duration(settings: Settings, failures: int) -> timedelta | None:
    """How long a name stays locked after ``failures`` consecutive failures."""
    over = failures - settings.throttle_after
    if over < 0:
        return None
    seconds = min(settings.throttle_base_seconds * 2**over, settings.throttle_max_seconds)
    return timedelta(seconds=seconds)


def record_failure(session: Session, settings: Settings, username: str) -> datetime | None:
    """Count one failure; returns the lock's end when the name is now locked."""
    now = settings.clock()
    row = session.execute(
        select(login_throttle.c.failures)
        .where(login_throttle.c.username == username)
        .with_for_update()
    ).first()
    failures = (int(row.failures) if row else 0) + 1
    duration = lock_duration(settings, failures)
    until = now + duration if duration else None
    values = {"failures": failures, "locked_until": until, "updated_at": now}
    if row is None:
        session.execute(insert(login_throttle).values(username=username, **values))
    else:
        session.execute(
            update(login_throttle).where(login_throttle.c.username == username).values(**values)
        )
    return until


def record_success(session: Session, username: str) -> None:
    """A good password clears the count."""
    session.execute(delete(login_throttle).where(login_throttle.c.username == username))
