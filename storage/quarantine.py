"""Quarantine: ops the server rejected, kept with the reason and shown as "Ikke levert" (§5).

Nothing here is ever deleted: an op leaves the open list only when the user or the leader
acts (sent again, turned into an addendum, exported and closed), and even then the row stays
with its resolution. A rejection on a signed note (``note_signed``) keeps the note's text
as an addendum proposal, so what the caseworker wrote is one click from the journal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from domain.changes import Changes
from domain.notes import SECTIONS, Addendum
from domain.ops import Entity, JSONValue, Operation, OpKind
from storage.base import Repository
from storage.context import Context, dumps
from storage.db import Connection
from storage.errors import NotFound
from storage.notes import NoteRepository

NOTE_SIGNED = "note_signed"
ACCESS_REVOKED = "access_revoked"  # local: the case was withdrawn before the op left

_COLUMNS = (
    "op_id, case_id, entity, entity_id, kind, fields, hlc, user, device, reason,"
    " quarantined_at, proposal, resolved_at, resolution"
)


@dataclass(frozen=True)
class QuarantinedOp:
    """One op that did not reach the server (what the "Ikke levert" list shows)."""

    op: Operation
    reason: str
    quarantined_at: str
    proposal: str | None = None
    resolved_at: str | None = None
    resolution: str | None = None


def proposal_text(op: Operation) -> str | None:
    """The text of a rejected change to a signed note, offered as an addendum (B11)."""
    if op.entity is not Entity.JOURNAL_NOTE:
        return None
    parts = [str(op.fields.get(name) or "") for name in SECTIONS]
    text = "\n".join(p for p in parts if p.strip())
    return text or None


def put(conn: Connection, ctx: Context, op: Operation, reason: str) -> None:
    """Move one op into quarantine (inside the caller's transaction); idempotent by op id."""
    proposal = proposal_text(op) if reason == NOTE_SIGNED else None
    conn.execute(
        f"INSERT OR IGNORE INTO quarantine ({_COLUMNS}) VALUES"
        " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
        (
            op.op_id, op.case_id, op.entity.value, op.entity_id, op.kind.value,
            dumps(op.fields), op.hlc, op.user, op.device, reason, ctx.now_iso(), proposal,
        ),
    )
    conn.execute("DELETE FROM outbox WHERE op_id = ? AND delivered_at IS NULL", (op.op_id,))


def _row(r: tuple[JSONValue, ...]) -> QuarantinedOp:
    op = Operation(
        op_id=str(r[0]), case_id=str(r[1]), entity=Entity(r[2]), entity_id=str(r[3]),
        kind=OpKind(r[4]), fields=json.loads(str(r[5])), hlc=str(r[6]), user=str(r[7]),
        device=str(r[8]),
    )
    return QuarantinedOp(
        op=op, reason=str(r[9]), quarantined_at=str(r[10]),
        proposal=None if r[11] is None else str(r[11]),
        resolved_at=None if r[12] is None else str(r[12]),
        resolution=None if r[13] is None else str(r[13]),
    )


class QuarantineRepository(Repository):
    """The "Ikke levert" list."""

    def entries(self, *, include_resolved: bool = False) -> list[QuarantinedOp]:
        """Rejected ops, oldest first; open ones only unless ``include_resolved``."""
        where = "" if include_resolved else " WHERE resolved_at IS NULL"
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM quarantine{where} ORDER BY quarantined_at, op_id"
            ).fetchall()
        return [_row(tuple(r)) for r in rows]

    def count(self) -> int:
        """Open entries (the badge next to "Ikke levert")."""
        with self._db.read() as conn:
            row = conn.execute("SELECT count(*) FROM quarantine WHERE resolved_at IS NULL")
            return int(row.fetchone()[0])

    def retry(self, op_id: str) -> Changes:
        """Send the op again as it was (same op id: the server never stored a rejected op)."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            entry = self._open_entry(conn, op_id)
            op = entry.op
            conn.execute(
                "INSERT OR IGNORE INTO outbox (op_id, case_id, entity, entity_id, kind, fields,"
                " hlc, user, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (op.op_id, op.case_id, op.entity.value, op.entity_id, op.kind.value,
                 dumps(op.fields), op.hlc, op.user, op.device),
            )
            self._resolve(conn, op_id, "retried")
            ctx.log(conn, "quarantine.retry", case_id=op.case_id, entity_id=op.entity_id)
        return Changes(outbox=True, access_log=True)

    def accept_proposal(self, op_id: str, *, author: str, at: datetime) -> Changes:
        """Turn a rejected change to a signed note into an addendum to that note (B11)."""
        with self._db.read() as conn:
            entry = self._open_entry(conn, op_id)
        if entry.proposal is None:
            raise NotFound(detail="no addendum proposal for this entry")
        addendum = Addendum(
            case_id=entry.op.case_id, note_id=entry.op.entity_id, text=entry.proposal,
            author=author, created_at=at,
        )
        with self._db.tx() as conn:
            changes = NoteRepository(self._ctx).add_addendum(addendum)
            self._resolve(conn, op_id, "addendum")
        return changes

    def resolve(self, op_id: str, resolution: str) -> Changes:
        """Close an entry (e.g. ``exported`` after the leader got it); the row stays."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            entry = self._open_entry(conn, op_id)
            self._resolve(conn, op_id, resolution)
            ctx.log(conn, "quarantine.resolve", case_id=entry.op.case_id,
                    entity_id=entry.op.entity_id, detail=resolution)
        return Changes(outbox=True, access_log=True)

    def export(self, op_ids: list[str] | None = None) -> bytes:
        """JSON of open entries for the leader (the caller logs the export, B2)."""
        entries = [e for e in self.entries() if op_ids is None or e.op.op_id in op_ids]
        data = [
            {"op": e.op.to_json(), "reason": e.reason, "quarantined_at": e.quarantined_at,
             "proposal": e.proposal}
            for e in entries
        ]
        return json.dumps({"ikke_levert": data}, ensure_ascii=False, indent=2).encode("utf-8")

    def _open_entry(self, conn: Connection, op_id: str) -> QuarantinedOp:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM quarantine WHERE op_id = ? AND resolved_at IS NULL",
            (op_id,),
        ).fetchone()
        if row is None:
            raise NotFound(detail="no open quarantine entry")
        return _row(tuple(row))

    def _resolve(self, conn: Connection, op_id: str, resolution: str) -> None:
        conn.execute(
            "UPDATE quarantine SET resolved_at = ?, resolution = ? WHERE op_id = ?",
            (self._ctx.now_iso(), resolution, op_id),
        )
