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

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from domain.ops import canonical_json
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


def append(session: Session, entries: Sequence[Entry], now: datetime) -> None:
    """Chain and insert ``entries``; call last in a transaction to hold the lock briefly."""
    if not entries:
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
            "detail": json.dumps(entry.detail, sort_keys=True, ensure_ascii=False),
        }
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(prev, row)
        rows.append(row)
    session.execute(insert(audit_log), rows)
    session.execute(update(audit_head).where(audit_head.c.id == 1).values(seq=seq, hash=prev))


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
