"""The local access log (B2): who opened, changed, exported or printed what, and when.

Append-only (triggers refuse UPDATE and DELETE) and hash-chained: each row stores
sha256(previous hash + canonical JSON of the row), so editing the file's rows, or removing
one, breaks the chain at that row. :meth:`verify` finds the first broken row.
"""

from __future__ import annotations

from domain.changes import Changes
from storage.base import Repository
from storage.context import GENESIS_HASH, chain_hash
from storage.rows import AccessLogEntry

_COLUMNS = "seq, at, user, device, action, case_id, entity_id, detail"


class AccessLogRepository(Repository):
    """Record and read the access log."""

    def record(
        self, action: str, *, case_id: str = "", entity_id: str = "", detail: str = ""
    ) -> Changes:
        """Log an action the storage layer cannot see itself (export, print, break-glass).

        ``detail`` must not hold names, note text or identity numbers (B8).
        """
        ctx = self._ctx
        with ctx.db.tx() as conn:
            ctx.log(conn, action, case_id=case_id, entity_id=entity_id, detail=detail)
        return Changes(access_log=True)

    def for_case(self, case_id: str) -> list[AccessLogEntry]:
        """Every entry about one case, oldest first (the extract a parent may ask for)."""
        with self._ctx.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM access_log WHERE case_id = ? ORDER BY seq", (case_id,)
            ).fetchall()
        return [AccessLogEntry(*r) for r in rows]

    def after(self, seq: int, limit: int = 500) -> list[AccessLogEntry]:
        """Entries after ``seq`` (for syncing the log to the server)."""
        with self._ctx.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM access_log WHERE seq > ? ORDER BY seq LIMIT ?",
                (seq, limit),
            ).fetchall()
        return [AccessLogEntry(*r) for r in rows]

    def verify(self) -> int | None:
        """``None`` when the chain is intact, else the ``seq`` of the first bad row."""
        prev = GENESIS_HASH
        expected_seq = 1
        with self._ctx.db.read() as conn:
            for row in conn.execute(
                f"SELECT {_COLUMNS}, prev_hash, hash FROM access_log ORDER BY seq"
            ):
                entry = dict(zip(_COLUMNS.split(", "), row[:8], strict=True))
                seq = int(row[0])
                if seq != expected_seq or row[8] != prev or row[9] != chain_hash(prev, entry):
                    return seq
                prev, expected_seq = str(row[9]), seq + 1
        return None
