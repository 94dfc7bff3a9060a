"""What every repository shares: the connection, who and where we are, time, and the two
rows every mutation writes in its own transaction: the sync operation (outbox) and the
access-log entry (B2).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from domain.hlc import HybridLogicalClock, Timestamp
from domain.ids import new_id
from domain.ops import Entity, JSONValue, Operation, OpKind, canonical_json
from storage.db import Connection, Database

GENESIS_HASH = "0" * 64
HLC_KEY = "hlc_last"


def dumps(data: Mapping[str, JSONValue] | list[JSONValue]) -> str:
    """Compact JSON for the ``data`` and ``fields`` columns."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass
class Context:
    """The open vault as the repositories see it."""

    db: Database
    user: str
    device: str
    clock: Callable[[], datetime]
    hlc: HybridLogicalClock

    def now_iso(self) -> str:
        """The injected clock's time as ISO 8601 with its offset."""
        return self.clock().isoformat()

    def write_op(
        self,
        conn: Connection,
        case_id: str,
        entity: Entity,
        entity_id: str,
        kind: OpKind,
        fields: Mapping[str, JSONValue],
    ) -> Operation:
        """Append one sync operation to the outbox, stamped by the persisted HLC."""
        stamp = self.hlc.tick()
        op = Operation(
            op_id=new_id(),
            case_id=case_id,
            entity=entity,
            entity_id=entity_id,
            kind=kind,
            fields=dict(fields),
            hlc=stamp.encode(),
            user=self.user,
            device=self.device,
        )
        conn.execute(
            "INSERT INTO outbox (op_id, case_id, entity, entity_id, kind, fields, hlc, user,"
            " device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                op.op_id,
                case_id,
                entity.value,
                entity_id,
                kind.value,
                dumps(op.fields),
                op.hlc,
                op.user,
                op.device,
            ),
        )
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (HLC_KEY, op.hlc))
        return op

    def drop_pending(self, conn: Connection, entity: Entity, entity_id: str) -> str | None:
        """Remove the undelivered ops of one entity; returns the kind of the first one."""
        rows = conn.execute(
            "DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND delivered_at IS NULL"
            " RETURNING seq, kind",
            (entity.value, entity_id),
        ).fetchall()
        return str(min(rows)[1]) if rows else None

    def log(
        self,
        conn: Connection,
        action: str,
        *,
        case_id: str = "",
        entity_id: str = "",
        detail: str = "",
        coalesce: bool = False,
    ) -> bool:
        """Append a hash-chained access-log row (B2). Returns False when coalesced away.

        ``coalesce`` skips the row when the last one is the same action by the same user on
        the same entity: autosaving a draft every second is one edit, not thousands.
        """
        last = conn.execute(
            "SELECT seq, hash, user, action, entity_id FROM access_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if coalesce and last is not None and tuple(last[2:]) == (self.user, action, entity_id):
            return False
        seq = int(last[0]) + 1 if last else 1
        prev = str(last[1]) if last else GENESIS_HASH
        row = {
            "seq": seq,
            "at": self.now_iso(),
            "user": self.user,
            "device": self.device,
            "action": action,
            "case_id": case_id,
            "entity_id": entity_id,
            "detail": detail,
        }
        conn.execute(
            "INSERT INTO access_log (seq, at, user, device, action, case_id, entity_id, detail,"
            " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*row.values(), prev, chain_hash(prev, row)),
        )
        return True

    def touch_case(self, conn: Connection, case_id: str) -> None:
        """Move a case to the top of the "recently changed" list."""
        conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (self.now_iso(), case_id))


def chain_hash(prev_hash: str, row: Mapping[str, JSONValue]) -> str:
    """sha256(previous hash + canonical JSON of the row): the tamper-evident chain (B2)."""
    return hashlib.sha256((prev_hash + canonical_json(row)).encode("utf-8")).hexdigest()


def load_hlc(conn: Connection, device: str, now_ms: Callable[[], int]) -> HybridLogicalClock:
    """The device's clock, resumed from the last timestamp it issued."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (HLC_KEY,)).fetchone()
    last = Timestamp.decode(str(row[0])) if row else None
    return HybridLogicalClock(device, now_ms, last)
