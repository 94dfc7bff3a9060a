"""The transactional outbox: sync operations written with the change they describe (§5)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from domain.changes import Changes
from domain.ops import Entity, Operation, OpKind
from storage.base import Repository
from storage.context import dumps
from storage.db import Connection

_COLUMNS = "op_id, case_id, entity, entity_id, kind, fields, hlc, user, device"


class OutboxRepository(Repository):
    """Operations waiting for the server."""

    def pending(self, limit: int | None = None) -> list[Operation]:
        """Undelivered operations, oldest first."""
        sql = f"SELECT {_COLUMNS} FROM outbox WHERE delivered_at IS NULL ORDER BY seq"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        with self._ctx.db.read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            Operation(
                op_id=r[0],
                case_id=r[1],
                entity=Entity(r[2]),
                entity_id=r[3],
                kind=OpKind(r[4]),
                fields=json.loads(r[5]),
                hlc=r[6],
                user=r[7],
                device=r[8],
            )
            for r in rows
        ]

    def count(self) -> int:
        """Number of undelivered operations ("Ikke levert" badge)."""
        with self._ctx.db.read() as conn:
            row = conn.execute("SELECT count(*) FROM outbox WHERE delivered_at IS NULL")
            return int(row.fetchone()[0])

    def mark_delivered(self, op_ids: Iterable[str]) -> Changes:
        """The server accepted these operations (or already had them)."""
        ids = list(op_ids)
        ctx = self._ctx
        with ctx.db.tx() as conn:
            conn.executemany(
                "UPDATE outbox SET delivered_at = ? WHERE op_id = ? AND delivered_at IS NULL",
                [(ctx.now_iso(), op_id) for op_id in ids],
            )
        return Changes(outbox=True) if ids else Changes()


def prune_seen(conn: Connection, cursor: int) -> int:
    """Delete delivered ops the device has pulled past; returns how many went.

    Why: a delivered op is the server's now, yet its row kept the whole record (a note's full
    text) in the vault for good: the vault only grew, and a deleted draft's text stayed in
    it. An op may go once the server sequenced it at or below ``cursor`` (the device has
    pulled everything up to there): every op still to come sorts after it, so nothing can
    arrive that its writer had not seen (``storage.inbound`` flags only ops sequenced after
    the incoming one), and the server will not send it back. Its per-field HLCs are folded
    into ``entity_clock`` first, so the per-field merge keeps judging our values by them.
    """
    rows = conn.execute(
        "SELECT o.op_id, o.case_id, o.entity, o.entity_id, o.fields, o.hlc FROM outbox o"
        " JOIN receipts r ON r.op_id = o.op_id"
        " WHERE o.delivered_at IS NOT NULL AND r.seq <= ? ORDER BY o.seq",
        (cursor,),
    ).fetchall()
    clocks: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for _op_id, case_id, entity, entity_id, fields, hlc in rows:
        key = (str(entity), str(entity_id))
        if key not in clocks:
            clocks[key] = (str(case_id), _stored(conn, *key))
        stored = clocks[key][1]
        for name in json.loads(fields):
            if stored.get(name, "") < hlc:
                stored[name] = str(hlc)
    for (entity, entity_id), (case_id, stored) in clocks.items():
        conn.execute(
            "INSERT INTO entity_clock (entity, entity_id, case_id, hlcs) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (entity, entity_id) DO UPDATE SET hlcs = excluded.hlcs",
            (entity, entity_id, case_id, dumps(stored)),
        )
    conn.executemany("DELETE FROM outbox WHERE op_id = ?", [(r[0],) for r in rows])
    return len(rows)


def _stored(conn: Connection, entity: str, entity_id: str) -> dict[str, str]:
    row = conn.execute(
        "SELECT hlcs FROM entity_clock WHERE entity = ? AND entity_id = ?", (entity, entity_id)
    ).fetchone()
    return dict(json.loads(row[0])) if row else {}
