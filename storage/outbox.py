"""The transactional outbox: sync operations written with the change they describe (§5)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from domain.changes import Changes
from domain.ops import Entity, Operation, OpKind
from storage.base import Repository

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
