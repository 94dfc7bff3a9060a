"""Current entity state: per-field merge by HLC; losing values kept and flagged for review.

An entity is named by its :data:`Key` ``(entity, entity_id)``, as in the protocol: a melding
and its reporter share an id. A push keeps the state of the entities it touches in memory
(:class:`Pending`) and writes it in a few statements; :func:`load`, :func:`create` and
:func:`merge` work row by row.

A sign wins whole (B11): once a journal note or addendum is signed its fields are exactly
those of the sign op, whatever the clocks of edits that reached the server before it; the
draft values it replaces are kept in ``field_history``, flagged. A sign also undoes a draft
deletion: a signed note is part of the journal and never deleted (B10).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, bindparam, insert, select, text, tuple_, update
from sqlalchemy.orm import Session

from domain.ops import OpKind
from sync.protocol import WireOp
from sync.server.tables import entities, field_history

Key = tuple[str, str]
"""``(entity, entity_id)``: what the protocol names an entity by."""


def key_of(op: WireOp) -> Key:
    """The entity an op changes."""
    return op.entity.value, op.entity_id


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

    @property
    def key(self) -> Key:
        """``(entity, entity_id)``."""
        return self.entity, self.entity_id


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


def _is(key: Key) -> Any:
    return and_(entities.c.entity == key[0], entities.c.entity_id == key[1])


def keys_in(keys: Collection[Key]) -> Any:
    """``WHERE (entity, entity_id) IN keys``."""
    return tuple_(entities.c.entity, entities.c.entity_id).in_(sorted(keys))


def load(session: Session, key: Key, lock: bool = False) -> EntityRow | None:
    """The entity's state, or ``None``; ``lock`` holds its row until commit (merges)."""
    query = select(entities).where(_is(key))
    row = session.execute(query.with_for_update() if lock else query).first()
    return None if row is None else _from_row(row)


def load_many(
    session: Session, keys: Collection[Key], lock: bool = False
) -> dict[Key, EntityRow | None]:
    """:func:`load` for many entities in one query (locked in key order); ``None``: unknown."""
    found: dict[Key, EntityRow | None] = dict.fromkeys(keys)
    if not keys:
        return found
    query = (
        select(entities)
        .where(_keys_match(session, keys))
        .order_by(entities.c.entity_id, entities.c.entity)
    )
    for row in session.execute(query.with_for_update() if lock else query):
        found[(str(row.entity), str(row.entity_id))] = _from_row(row)
    return found


def _keys_match(session: Session, keys: Collection[Key]) -> Any:
    """``(entity, entity_id) IN keys``, planned as one index probe per key.

    PostgreSQL turns a row-value ``IN`` list into one bitmap scan per key, and cannot know
    ids are unique in a two-column key until the table has statistics: an ``unnest`` join
    keeps the plan a nested loop of key lookups either way.
    """
    if session.get_bind().dialect.name != "postgresql":
        return keys_in(keys)
    ordered = sorted(keys)
    return text(
        "(entities.entity_id, entities.entity) IN (SELECT * FROM"
        " unnest(CAST(:key_ids AS text[]), CAST(:key_kinds AS text[])))"
    ).bindparams(key_ids=[i for _, i in ordered], key_kinds=[k for k, _ in ordered])


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
    """Last writer (by HLC) wins per field: the new state and the late values that lost.

    A sign of an unsigned entity wins whole: its fields are the signed text, and every draft
    value it replaces is a loser (kept, flagged), whatever its clock. A sign un-deletes.
    """
    if op.kind is OpKind.SIGN and not row.signed and op.fields:
        text = dict(op.fields)
        replaced = [
            {"field": k, "value": v, "hlc": row.field_hlcs.get(k, op.hlc)}
            for k, v in row.fields.items()
            if k not in text or text[k] != v
        ]
        return EntityRow(
            row.entity_id, row.case_id, row.entity, text, dict.fromkeys(text, op.hlc),
            True, False,
        ), replaced
    fields, hlcs = dict(row.fields), dict(row.field_hlcs)
    losers = []
    for key, value in op.fields.items():
        current = hlcs.get(key)
        if current is None or op.hlc > current:
            fields[key], hlcs[key] = value, op.hlc
        elif op.hlc < current and fields.get(key) != value:
            losers.append({"field": key, "value": value})
    signed = flags.get("signed", row.signed)
    deleted = flags.get("deleted", row.deleted) and not signed
    return EntityRow(row.entity_id, row.case_id, row.entity, fields, hlcs, signed, deleted), losers


def _history(row: EntityRow, op: WireOp, losers: list[dict[str, Any]], now: datetime) -> list[
    dict[str, Any]
]:
    return [
        {
            "hlc": op.hlc,  # the late op's value, or a draft value a signature replaced
            **loser,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "case_id": row.case_id,
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
        .where(_is(row.key))
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
    .where(
        entities.c.entity == bindparam("b_entity"),
        entities.c.entity_id == bindparam("b_entity_id"),
    )
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
    rows: dict[Key, EntityRow | None] = field(default_factory=dict)
    created: dict[Key, EntityRow] = field(default_factory=dict)
    changed: dict[Key, EntityRow] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)

    def get(self, session: Session, key: Key, lock: bool) -> EntityRow | None:
        """The entity as the batch left it; read (and locked) on a miss."""
        if key not in self.rows:
            self.rows[key] = load(session, key, lock=lock)
        return self.rows[key]

    def create(self, op: WireOp, case_id: str) -> None:
        """A new entity, inserted at the next flush."""
        row = new_row(op, case_id)
        self.rows[row.key] = self.created[row.key] = row

    def merge(self, row: EntityRow, op: WireOp, **flags: bool) -> EntityRow:
        """:func:`merge`, written at the next flush."""
        new, losers = merged(row, op, **flags)
        self.history += _history(row, op, losers, self.now)
        self.rows[row.key] = new
        if row.key in self.created:
            self.created[row.key] = new
        else:
            self.changed[row.key] = new
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
                        "b_entity": r.entity,
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
