"""Hash-chained audit log (DOMAIN.md B2): every delivery, write, login and admin action.

Each row's hash covers the previous row's hash and the row's own content, so altering,
removing or reordering any row breaks the chain from that row on. Appends lock the chain
head, which serialises them in commit order on PostgreSQL as on SQLite.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Connection, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from domain.ops import canonical_json
from sync.server.db import execute_and_commit, is_postgresql
from sync.server.migrate import GENESIS_HASH
from sync.server.tables import audit_head, audit_log


class Event(StrEnum):
    """What happened."""

    READ = "read"  # content delivered to a device
    WRITE = "write"
    WRITE_DENIED = "write_denied"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    ENROL = "enrol"
    DEVICE_REVOKED = "device_revoked"
    REVOKED_DEVICE_CONTACT = "revoked_device_contact"
    BREAK_GLASS = "break_glass"
    BREAK_GLASS_DENIED = "break_glass_denied"
    EXPORT = "export"
    ESCROW_STORED = "escrow_stored"
    KEY_RECOVERED = "key_recovered"
    ASSIGN = "assign"
    UNASSIGN = "unassign"
    USER_CREATED = "user_created"
    UNIT_CREATED = "unit_created"
    CASE_JOINED = "case_joined"


@dataclass(frozen=True)
class Entry:
    """One audit row before it is chained."""

    event: Event
    user_id: str | None = None
    device_id: str | None = None
    case_id: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and the canonical JSON of the row's content."""
    content = {k: row[k] for k in ("seq", "at", "event", "user_id", "device_id", "case_id")}
    content["detail"] = row["detail"]
    return hashlib.sha256((prev_hash + canonical_json(content)).encode("utf-8")).hexdigest()


def hash_parts(row: dict[str, Any]) -> tuple[str, str]:
    """The row's canonical JSON without its sequence number: ``pre + str(seq) + post``.

    The keys sort as at, case_id, detail, device_id, event, seq, user_id, so ``seq`` splits
    the object in two; PostgreSQL's ``felt_audit_append`` puts the number in between and
    hashes the same bytes as :func:`row_hash`.
    """
    head = {k: row[k] for k in ("at", "case_id", "detail", "device_id", "event")}
    pre = canonical_json(head)[:-1] + ',"seq":'
    post = "," + canonical_json({"user_id": row["user_id"]})[1:]
    return pre, post


def _detail(entry: Entry) -> str:
    return json.dumps(entry.detail, sort_keys=True, ensure_ascii=False)


def pg_entries(entries: Sequence[Entry], now: datetime) -> list[dict[str, Any]]:
    """``entries`` as ``felt_audit_append`` takes them (columns plus the hash parts)."""
    at = now.isoformat()
    out = []
    for entry in entries:
        row: dict[str, Any] = {
            "at": at,
            "event": entry.event.value,
            "user_id": entry.user_id,
            "device_id": entry.device_id,
            "case_id": entry.case_id,
            "detail": _detail(entry),
        }
        row["pre"], row["post"] = hash_parts(row)
        out.append(row)
    return out


def append(session: Session, entries: Sequence[Entry], now: datetime) -> None:
    """Chain and insert ``entries``; call last in a transaction to hold the lock briefly.

    On PostgreSQL one statement locks the chain head, chains and inserts the rows
    (``felt_audit_append``), so the lock is held for that statement and the commit only.
    """
    if not entries:
        return
    if is_postgresql(session):
        session.execute(
            select(func.felt_audit_append(now.isoformat(), type_coerce(pg_entries(entries, now), JSON)))
        )
        return
    head = session.execute(select(audit_head).where(audit_head.c.id == 1).with_for_update()).one()
    seq, prev = int(head.seq), str(head.hash)
    rows = []
    for entry in entries:
        seq += 1
        row: dict[str, Any] = {
            "seq": seq,
            "at": now.isoformat(),
            "event": entry.event.value,
            "user_id": entry.user_id,
            "device_id": entry.device_id,
            "case_id": entry.case_id,
            "detail": _detail(entry),
        }
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(prev, row)
        rows.append(row)
    session.execute(insert(audit_log), rows)
    session.execute(update(audit_head).where(audit_head.c.id == 1).values(seq=seq, hash=prev))


APPEND_SQL = "SELECT felt_audit_append(%(at)s, %(entries)s::json)"


def append_and_commit(session: Session, entries: Sequence[Entry], now: datetime) -> None:
    """:func:`append` as the transaction's last statement: on PostgreSQL the COMMIT goes in
    the same round trip, so the chain head is free again as soon as the commit is durable.
    Elsewhere the caller's transaction commits as usual."""
    if entries and is_postgresql(session):
        params = {"at": now.isoformat(), "entries": json.dumps(pg_entries(entries, now))}
        execute_and_commit(session, APPEND_SQL, params)
    else:
        append(session, entries, now)


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of :func:`verify`: ``bad_seq`` is the first row that does not hold."""

    ok: bool
    rows: int
    bad_seq: int | None = None
    problem: str = ""


def _rows(conn: Connection, batch: int = 5000) -> Iterator[Any]:
    last = 0
    while True:
        chunk = conn.execute(
            select(audit_log).where(audit_log.c.seq > last).order_by(audit_log.c.seq).limit(batch)
        ).all()
        if not chunk:
            return
        yield from chunk
        last = int(chunk[-1].seq)


def verify(conn: Connection) -> VerifyResult:
    """Walk the whole chain; report the first broken row."""
    prev, expected, count = GENESIS_HASH, 1, 0
    for row in _rows(conn):
        data = row._asdict()
        if int(row.seq) != expected:
            return VerifyResult(False, count, expected, "missing row")
        if row.prev_hash != prev:
            return VerifyResult(False, count, int(row.seq), "previous hash does not match")
        if row_hash(prev, data) != row.hash:
            return VerifyResult(False, count, int(row.seq), "row content altered")
        prev, expected, count = row.hash, expected + 1, count + 1
    head = conn.execute(select(audit_head).where(audit_head.c.id == 1)).first()
    if head is not None and (int(head.seq) != count or head.hash != prev):
        return VerifyResult(False, count, count + 1, "rows removed at the end")
    return VerifyResult(True, count)


def extract_case(conn: Connection, case_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The access log of one child's case (B2): every row naming the case or its aliases."""
    rows = conn.execute(
        select(audit_log).where(audit_log.c.case_id.in_(case_ids)).order_by(audit_log.c.seq)
    ).all()
    return [
        {
            "seq": r.seq,
            "at": r.at,
            "event": r.event,
            "user_id": r.user_id,
            "device_id": r.device_id,
            "case_id": r.case_id,
            "detail": json.loads(r.detail),
        }
        for r in rows
    ]
