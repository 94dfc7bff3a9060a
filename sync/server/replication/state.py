"""Current entity state: per-field merge by HLC; losing values kept and flagged for review.

A push keeps the state of the entities it touches in memory (:class:`Pending`) and writes it
in a few statements; :func:`load`, :func:`create` and :func:`merge` work row by row.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, insert, select, update
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


def _from_row(row: Row[Any]) -> EntityRow:
    return EntityRow(
        entity_id=str(row.entity_id),
        case_id=str(row.case_id),
        entity=str(row.entity),
        fields=dict(row.fields),
        field_hlcs=dict(row.field_hlcs),
        signed=bool(row.signed),
        deleted=bool(row.deleted),
    )


def load(session: Session, entity_id: str, lock: bool = False) -> EntityRow | None:
    """The entity's state, or ``None``; ``lock`` holds its row until commit (merges)."""
    query = select(entities).where(entities.c.entity_id == entity_id)
    row = session.execute(query.with_for_update() if lock else query).first()
    return None if row is None else _from_row(row)


def load_many(
    session: Session, entity_ids: Collection[str], lock: bool = False
) -> dict[str, EntityRow | None]:
    """:func:`load` for many entities in one query (locked in id order); ``None``: unknown."""
    found: dict[str, EntityRow | None] = dict.fromkeys(entity_ids)
    if not entity_ids:
        return found
    query = (
        select(entities)
        .where(entities.c.entity_id.in_(sorted(entity_ids)))
        .order_by(entities.c.entity_id)
    )
    for row in session.execute(query.with_for_update() if lock else query):
        found[str(row.entity_id)] = _from_row(row)
    return found


def new_row(op: WireOp, case_id: str) -> EntityRow:
    """The state a ``create`` gives an entity: every field stamped with the op's HLC."""
    return EntityRow(
        entity_id=op.entity_id,
        case_id=case_id,
        entity=op.entity.value,
        fields=dict(op.fields),
        field_hlcs={k: op.hlc for k in op.fields},
        signed=False,
        deleted=False,
    )


def merged(row: EntityRow, op: WireOp, **flags: bool) -> tuple[EntityRow, list[dict[str, Any]]]:
    """Last writer (by HLC) wins per field: the new state and the late values that lost."""
    fields, hlcs = dict(row.fields), dict(row.field_hlcs)
    losers = []
    for key, value in op.fields.items():
        current = hlcs.get(key)
        if current is None or op.hlc > current:
            fields[key], hlcs[key] = value, op.hlc
        elif op.hlc < current and fields.get(key) != value:
            losers.append({"field": key, "value": value})
    signed = flags.get("signed", row.signed)
    deleted = flags.get("deleted", row.deleted)
    return EntityRow(row.entity_id, row.case_id, row.entity, fields, hlcs, signed, deleted), losers


def _history(row: EntityRow, op: WireOp, losers: list[dict[str, Any]], now: datetime) -> list[
    dict[str, Any]
]:
    return [
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
    ]


def create(session: Session, op: WireOp, case_id: str, seq: int, now: datetime) -> None:
    """A new entity with every field stamped with the op's HLC."""
    row = new_row(op, case_id)
    session.execute(insert(entities).values(_insert_values(row, now, seq)))


def merge(
    session: Session, row: EntityRow, op: WireOp, seq: int, now: datetime, **flags: bool
) -> EntityRow:
    """Last writer (by HLC) wins per field; an older value arriving late is kept, flagged."""
    new, losers = merged(row, op, **flags)
    if losers:
        session.execute(insert(field_history), _history(row, op, losers, now))
    session.execute(
        update(entities)
        .where(entities.c.entity_id == row.entity_id)
        .values(
            fields=new.fields,
            field_hlcs=new.field_hlcs,
            signed=new.signed,
            deleted=new.deleted,
            updated_seq=seq,
        )
    )
    return new


def _insert_values(row: EntityRow, now: datetime, seq: int) -> dict[str, Any]:
    return {
        "entity_id": row.entity_id,
        "case_id": row.case_id,
        "entity": row.entity,
        "fields": row.fields,
        "field_hlcs": row.field_hlcs,
        "signed": row.signed,
        "deleted": row.deleted,
        "created_at": now,
        "updated_seq": seq,
    }


_UPDATE = (
    update(entities)
    .where(entities.c.entity_id == bindparam("b_entity_id"))
    .values(
        fields=bindparam("b_fields"),
        field_hlcs=bindparam("b_field_hlcs"),
        signed=bindparam("b_signed"),
        deleted=bindparam("b_deleted"),
        updated_seq=bindparam("b_updated_seq"),
    )
)


@dataclass
class Pending:
    """Entity state a push has read or written, and the writes not yet sent.

    ``rows`` caches what the database holds as the batch left it (``None``: no such entity);
    :meth:`flush` writes new rows, changed rows and late values in one statement each.
    """

    now: datetime
    rows: dict[str, EntityRow | None] = field(default_factory=dict)
    created: dict[str, EntityRow] = field(default_factory=dict)
    changed: dict[str, EntityRow] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)

    def get(self, session: Session, entity_id: str, lock: bool) -> EntityRow | None:
        """The entity as the batch left it; read (and locked) on a miss."""
        if entity_id not in self.rows:
            self.rows[entity_id] = load(session, entity_id, lock=lock)
        return self.rows[entity_id]

    def create(self, op: WireOp, case_id: str) -> None:
        """A new entity, inserted at the next flush."""
        row = new_row(op, case_id)
        self.rows[row.entity_id] = self.created[row.entity_id] = row

    def merge(self, row: EntityRow, op: WireOp, **flags: bool) -> EntityRow:
        """:func:`merge`, written at the next flush."""
        new, losers = merged(row, op, **flags)
        self.history += _history(row, op, losers, self.now)
        self.rows[row.entity_id] = new
        if row.entity_id in self.created:
            self.created[row.entity_id] = new
        else:
            self.changed[row.entity_id] = new
        return new

    def flush(self, session: Session, seq: int) -> None:
        """Write what is pending (``seq``: the batch-relative ``updated_seq``)."""
        if self.history:
            session.execute(insert(field_history), self.history)
        if self.created:
            session.execute(
                insert(entities),
                [_insert_values(r, self.now, seq) for r in self.created.values()],
            )
        if self.changed:
            session.execute(
                _UPDATE,
                [
                    {
                        "b_entity_id": r.entity_id,
                        "b_fields": r.fields,
                        "b_field_hlcs": r.field_hlcs,
                        "b_signed": r.signed,
                        "b_deleted": r.deleted,
                        "b_updated_seq": seq,
                    }
                    for r in self.changed.values()
                ],
            )
        self.history, self.created, self.changed = [], {}, {}

    def forget(self) -> None:
        """Drop the cache (after a join moved entities behind its back); flush first."""
        self.rows.clear()
