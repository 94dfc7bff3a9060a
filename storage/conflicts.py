"""What sync kept for review: two versions of a draft, and values that lost a merge (§5).

The author merges two draft versions side by side; saving the merge is an ordinary draft
save (a new op that wins everywhere), after which the conflict is closed here. Losing field
values stay in ``case_history`` for good; review only clears their flag, and "use this
value" writes the lost value again as a new edit (a new op with a new HLC, so it syncs and
wins everywhere), never by rewriting the history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from domain.changes import Changes
from domain.codec import from_fields
from domain.errors import ErrorKind, ValidationError
from domain.investigations import Investigation
from domain.ops import PARENT_FIELD, Entity, JSONValue, OpKind
from domain.reports import Report
from storage import inbound_rows
from storage.base import Repository
from storage.casefiles import RECORD_KINDS
from storage.db import Connection
from storage.errors import NotFound

RESTORED_HERE: dict[Entity, type[Any]] = {
    Entity.REPORT: Report,
    Entity.INVESTIGATION: Investigation,
    **{entity: RECORD_KINDS[kind][0] for entity, kind in inbound_rows.RECORD_KINDS.items()},
}
"""Entities whose fields the app edits only through specific actions (decide, conclude, record
a plan …), so a lost value of any field is written back here. Cases, persons and drafts have
field edits of their own (``cases.update``, ``cases.update_person``, ``notes.save_draft``);
signed notes and addenda never change (B11) and the reporter's identity is not edited (B4)."""

ITEM_LISTS = frozenset(f"{entity.value}s" for entity in PARENT_FIELD)
"""A placement's ``visits`` and a melding's ``letters`` are entities of their own (appended
once, ``PARENT_FIELD``): a lost list of them is never written back over items added since."""

_SELECT = (
    "SELECT id, case_id, entity, entity_id, field, value, source, recorded_at, hlc,"
    " winner_hlc FROM case_history"
)


@dataclass(frozen=True)
class DraftConflict:
    """Two versions of one draft: this device's and the one that arrived."""

    id: int
    note_id: str
    case_id: str
    mine: dict[str, JSONValue]
    theirs: dict[str, JSONValue]
    created_at: str


@dataclass(frozen=True)
class LostValue:
    """A field value that lost a per-field merge, flagged until someone has looked."""

    id: int
    case_id: str
    entity: str
    entity_id: str
    field: str
    value: JSONValue
    source: str  # "local": this vault's value lost; "remote": the arriving one did
    recorded_at: str
    hlc: str = ""  # when and on which device the losing value was written
    winner_hlc: str = ""  # the same for the value kept ("signed": a signed note, B11)
    author: str = ""  # who wrote the losing value, when this device wrote it (else unknown)
    current: JSONValue = None  # the field's value now (``None`` for a reporter's, B4)
    held: bool = False  # the record is still in the vault


class ConflictRepository(Repository):
    """Open draft conflicts and flagged case history."""

    def open_drafts(self, note_id: str | None = None) -> list[DraftConflict]:
        """Unmerged draft conflicts (of one note, or all), oldest first."""
        sql = (
            "SELECT id, note_id, case_id, mine, theirs, created_at FROM draft_conflicts"
            " WHERE resolved_at IS NULL"
        )
        params: tuple[str, ...] = ()
        if note_id is not None:
            sql, params = sql + " AND note_id = ?", (note_id,)
        with self._db.read() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [
            DraftConflict(
                int(r[0]), str(r[1]), str(r[2]), json.loads(r[3]), json.loads(r[4]), str(r[5])
            )
            for r in rows
        ]

    def resolve_draft(self, note_id: str) -> Changes:
        """The author merged the versions (and saved the draft): close its conflicts."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            conn.execute(
                "UPDATE draft_conflicts SET resolved_at = ? WHERE note_id = ?"
                " AND resolved_at IS NULL",
                (ctx.now_iso() + " merged", note_id),
            )
        return Changes(notes=frozenset({note_id}))

    def flagged(self, case_id: str | None = None) -> list[LostValue]:
        """Losing values not yet reviewed, each with the field's value now."""
        sql = _SELECT + " WHERE flagged = 1"
        params: tuple[str, ...] = ()
        if case_id is not None:
            sql, params = sql + " AND case_id = ?", (case_id,)
        with self._db.read() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
            return [_lost_value(conn, r) for r in rows]

    def flagged_counts(self) -> dict[str, int]:
        """How many losing values wait for review, per case (cases with none are absent)."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT case_id, count(*) FROM case_history WHERE flagged = 1 GROUP BY case_id"
            ).fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    def mark_reviewed(self, ids: list[int]) -> Changes:
        """Clear the review flag; the value stays in the history."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            cases = _cases_of(conn, ids)
            conn.executemany(
                "UPDATE case_history SET flagged = 0, reviewed_at = ? WHERE id = ?",
                [(ctx.now_iso(), i) for i in ids],
            )
        return Changes(cases=frozenset(cases), case_list=True) if cases else Changes()

    def restore(self, lost_id: int) -> Changes:
        """Write a lost value of a melding, undersøkelse or record back as a new edit.

        The record gets the value, the outbox an ordinary update op of that one field, and
        the access log an entry, in one transaction; the flag is cleared with it. Only for
        :data:`RESTORED_HERE` (the others have edits of their own, or never change). An entry
        already answered (a second click) is left alone.
        """
        ctx = self._ctx
        with ctx.db.tx() as conn:
            row = conn.execute(_SELECT + " WHERE id = ? AND flagged = 1", (lost_id,)).fetchone()
            if row is None:
                return Changes()
            lost = _lost_value(conn, row)
            entity = _restorable(lost)
            found = inbound_rows.load(conn, entity, lost.entity_id)
            if found is None:
                raise NotFound(detail="record not found")
            data, case_id = found
            data[lost.field] = lost.value
            from_fields(RESTORED_HERE[entity], data, validate=False)  # still a valid record
            inbound_rows.write(conn, entity, lost.entity_id, case_id, data, ctx.now_iso())
            fields = {lost.field: lost.value}
            ctx.write_op(conn, case_id, entity, lost.entity_id, OpKind.UPDATE, fields)
            ctx.log(conn, f"{entity.value}.update", case_id=case_id, entity_id=lost.entity_id)
            ctx.touch_case(conn, case_id)
            conn.execute(
                "UPDATE case_history SET flagged = 0, reviewed_at = ? WHERE id = ?",
                (ctx.now_iso(), lost_id),
            )
        return Changes.for_case(case_id, case_list=True, deadlines=True) | Changes(access_log=True)


def _restorable(lost: LostValue) -> Entity:
    """The entity of a value :meth:`ConflictRepository.restore` may write back, or why not."""
    entity = Entity(lost.entity)
    if entity in (Entity.JOURNAL_NOTE, Entity.ADDENDUM):
        raise ValidationError(ErrorKind.SIGNED_NOTE_IMMUTABLE, "notes are edited as drafts")
    if entity is Entity.REPORTER:
        raise ValidationError(ErrorKind.ACCESS_DENIED, "the reporter is not edited (B4)")
    if entity not in RESTORED_HERE or lost.field in ITEM_LISTS:
        raise ValueError(f"{entity.value}.{lost.field}: restore through its repository")
    return entity


def _entity(value: str) -> Entity | None:
    try:
        return Entity(value)
    except ValueError:  # written by a newer version
        return None


def _lost_value(conn: Connection, r: Any) -> LostValue:
    """A history row with its author (when this device wrote it) and the field's value now."""
    entity, entity_id, field, hlc = str(r[2]), str(r[3]), str(r[4]), str(r[8])
    author = conn.execute(
        "SELECT user FROM outbox WHERE hlc = ? AND entity = ? AND entity_id = ? LIMIT 1",
        (hlc, entity, entity_id),
    ).fetchone()
    current: JSONValue = None
    held = False
    kind = _entity(entity)
    if kind is Entity.REPORTER:  # B4: whether held, yes; the identity is not read here
        held = (
            conn.execute("SELECT 1 FROM reporters WHERE report_id = ?", (entity_id,)).fetchone()
            is not None
        )
    elif kind is not None:
        found = inbound_rows.load(conn, kind, entity_id)
        held = found is not None
        current = found[0].get(field) if found else None
    return LostValue(
        int(r[0]),
        str(r[1]),
        entity,
        entity_id,
        field,
        json.loads(r[5]),
        str(r[6]),
        str(r[7]),
        hlc,
        str(r[9]),
        str(author[0]) if author else "",
        current,
        held,
    )


def _cases_of(conn: Connection, ids: list[int]) -> set[str]:
    found: set[str] = set()
    for i in ids:
        row = conn.execute("SELECT case_id FROM case_history WHERE id = ?", (i,)).fetchone()
        if row is not None:
            found.add(str(row[0]))
    return found
