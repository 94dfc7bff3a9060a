"""Engine and sessions. SQLite gets WAL and ``BEGIN IMMEDIATE`` so writers never deadlock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from sync.server.config import Settings


def make_engine(settings: Settings) -> Engine:
    """An engine for the configured database."""
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            settings.database_url,
            connect_args={"check_same_thread": False, "timeout": 30},
        )
        _sqlite_pragmas(engine)
        return engine
    return create_engine(settings.database_url, pool_size=20, max_overflow=30, pool_pre_ping=True)


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def is_postgresql(session: Session) -> bool:
    """True when ``session`` talks to PostgreSQL."""
    return session.get_bind().dialect.name == "postgresql"


def execute_and_commit(session: Session, sql: str, params: dict[str, Any]) -> Any:
    """PostgreSQL: run ``sql`` and COMMIT in one round trip; the statement's first row.

    The two are sent together in psycopg's pipeline mode, so the row locks the statement
    takes (sequence counter, audit head) are released by the server as soon as the commit
    is durable, instead of after this thread has got the GIL back to send the COMMIT. The
    session's own commit then finds no transaction open and does nothing. Errors come back
    as SQLAlchemy's ``DBAPIError`` like any other statement's.
    """
    import psycopg

    raw = session.connection().connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    try:
        with raw.pipeline():
            cur = raw.cursor()
            cur.execute(sql, params)
            raw.commit()
        return cur.fetchone()
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, params, exc, psycopg.Error) from exc


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session


def as_utc(value: datetime) -> datetime:
    """Datetimes come back naive from SQLite; they are always stored in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
