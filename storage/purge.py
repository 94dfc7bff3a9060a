"""Removing a revoked case and everything under it from the vault (DESIGN.md §5).

When the server withdraws a case (unassigned, moved to another unit), the device must no
longer hold it: every row of the case goes, including delivered outbox rows (they hold
content) and its index entries, with ``secure_delete`` on so freed pages are zeroed. The
one thing kept is this device's *unsent* work on the case: it moves to quarantine
("Ikke levert", reason ``access_revoked``) so nothing the caseworker wrote is lost.
Meldinger, signed notes and addenda may be deleted only while the case is listed in
``case_purge`` (schema 3's triggers); B10/B11 hold for every other code path.
"""

from __future__ import annotations

import json

from domain.ops import Entity, Operation, OpKind
from storage import quarantine
from storage.context import Context
from storage.db import Connection

_CASE_TABLES = (
    "addenda", "notes", "reporters", "reports", "investigations", "records", "persons",
    "case_history", "draft_conflicts", "entity_clock", "receipts",
)


def revoke_case(conn: Connection, ctx: Context, case_id: str) -> bool:
    """Delete one case (inside the caller's transaction); True when it was in the vault."""
    held = conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None
    aliases = [str(r[0]) for r in conn.execute(
        "SELECT alias_id FROM case_aliases WHERE case_id = ?", (case_id,))]
    for op in _unsent(conn, [case_id, *aliases]):
        quarantine.put(conn, ctx, op, quarantine.ACCESS_REVOKED)
    if not held:
        return False
    conn.execute("INSERT OR IGNORE INTO case_purge (case_id) VALUES (?)", (case_id,))
    conn.execute(
        "DELETE FROM note_fts WHERE rowid IN (SELECT rid FROM notes WHERE case_id = ?)",
        (case_id,),
    )
    for table in _CASE_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    ids = [case_id, *aliases]
    marks = ",".join("?" * len(ids))
    conn.execute(f"DELETE FROM outbox WHERE delivered_at IS NOT NULL AND case_id IN ({marks})",
                 ids)
    conn.execute("DELETE FROM case_aliases WHERE case_id = ? OR alias_id = ?",
                 (case_id, case_id))
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    conn.execute("DELETE FROM case_purge WHERE case_id = ?", (case_id,))
    ctx.log(conn, "case.revoked", case_id=case_id, entity_id=case_id)
    return True


def _unsent(conn: Connection, case_ids: list[str]) -> list[Operation]:
    marks = ",".join("?" * len(case_ids))
    rows = conn.execute(
        "SELECT op_id, case_id, entity, entity_id, kind, fields, hlc, user, device FROM outbox"
        f" WHERE delivered_at IS NULL AND case_id IN ({marks}) ORDER BY seq",
        case_ids,
    ).fetchall()
    return [
        Operation(op_id=r[0], case_id=r[1], entity=Entity(r[2]), entity_id=r[3],
                  kind=OpKind(r[4]), fields=json.loads(r[5]), hlc=r[6], user=r[7], device=r[8])
        for r in rows
    ]
