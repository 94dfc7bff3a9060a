"""Current entity state: per-field merge by HLC; losing values kept and flagged for review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from sync.protocol import WireOp
from sync.server.tables import entities, field_history


@dataclass(frozen=True)
class EntityRow:
    """An entity's stored state."""

    entity_id: str
    case_id: str
    entity: str
    fields: dict[str, Any]
    field_hlcs: dict[str, str]
    signed: bool
    deleted: bool


def load(session: Session, entity_id: str, lock: bool = False) -> EntityRow | None:
    """The entity's state, or ``None``; ``lock`` holds its row until commit (merges)."""
    query = select(entities).where(entities.c.entity_id == entity_id)
    row = session.execute(query.with_for_update() if lock else query).first()
    if row is None:
        return None
    return EntityRow(
        entity_id=str(row.entity_id),
        case_id=str(row.case_id),
        entity=str(row.entity),
        fields=dict(row.fields),
        field_hlcs=dict(row.field_hlcs),
        signed=bool(row.signed),
        deleted=bool(row.deleted),
    )


def create(session: Session, op: WireOp, case_id: str, seq: int, now: datetime) -> None:
    """A new entity with every field stamped with the op's HLC."""
    session.execute(
        insert(entities).values(
            entity_id=op.entity_id,
            case_id=case_id,
            entity=op.entity.value,
            fields=dict(op.fields),
            field_hlcs={k: op.hlc for k in op.fields},
            signed=False,
            deleted=False,
            created_at=now,
            updated_seq=seq,
        )
    )


def merge(
    session: Session, row: EntityRow, op: WireOp, seq: int, now: datetime, **flags: bool
) -> EntityRow:
    """Last writer (by HLC) wins per field; an older value arriving late is kept, flagged."""
    fields, hlcs = dict(row.fields), dict(row.field_hlcs)
    losers = []
    for key, value in op.fields.items():
        current = hlcs.get(key)
        if current is None or op.hlc > current:
            fields[key], hlcs[key] = value, op.hlc
        elif op.hlc < current and fields.get(key) != value:
            losers.append({"field": key, "value": value})
    if losers:
        session.execute(
            insert(field_history),
            [
                {
                    **loser,
                    "entity_id": row.entity_id,
                    "case_id": row.case_id,
                    "hlc": op.hlc,
                    "op_id": op.op_id,
                    "flagged": True,
                    "recorded_at": now,
                }
                for loser in losers
            ],
        )
    signed = flags.get("signed", row.signed)
    deleted = flags.get("deleted", row.deleted)
    session.execute(
        update(entities)
        .where(entities.c.entity_id == row.entity_id)
        .values(fields=fields, field_hlcs=hlcs, signed=signed, deleted=deleted, updated_seq=seq)
    )
    return EntityRow(row.entity_id, row.case_id, row.entity, fields, hlcs, signed, deleted)
