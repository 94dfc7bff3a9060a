"""What sync kept for review: two versions of a draft, and values that lost a merge (§5).

The author merges two draft versions side by side; saving the merge is an ordinary draft
save (a new op that wins everywhere), after which the conflict is closed here. Losing field
values stay in ``case_history`` for good; review only clears their flag.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from domain.changes import Changes
from domain.ops import JSONValue
from storage.base import Repository


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
    source: str
    recorded_at: str


class ConflictRepository(Repository):
    """Open draft conflicts and flagged case history."""

    def open_drafts(self, note_id: str | None = None) -> list[DraftConflict]:
        """Unmerged draft conflicts (of one note, or all), oldest first."""
        sql = ("SELECT id, note_id, case_id, mine, theirs, created_at FROM draft_conflicts"
               " WHERE resolved_at IS NULL")
        params: tuple[str, ...] = ()
        if note_id is not None:
            sql, params = sql + " AND note_id = ?", (note_id,)
        with self._db.read() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [DraftConflict(int(r[0]), str(r[1]), str(r[2]), json.loads(r[3]),
                              json.loads(r[4]), str(r[5])) for r in rows]

    def resolve_draft(self, note_id: str) -> Changes:
        """The author merged the versions (and saved the draft): close its conflicts."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            conn.execute("UPDATE draft_conflicts SET resolved_at = ? WHERE note_id = ?"
                         " AND resolved_at IS NULL", (ctx.now_iso() + " merged", note_id))
        return Changes(notes=frozenset({note_id}))

    def flagged(self, case_id: str | None = None) -> list[LostValue]:
        """Losing values not yet reviewed."""
        sql = ("SELECT id, case_id, entity, entity_id, field, value, source, recorded_at"
               " FROM case_history WHERE flagged = 1")
        params: tuple[str, ...] = ()
        if case_id is not None:
            sql, params = sql + " AND case_id = ?", (case_id,)
        with self._db.read() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [LostValue(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                          json.loads(r[5]), str(r[6]), str(r[7])) for r in rows]

    def mark_reviewed(self, ids: list[int]) -> Changes:
        """Clear the review flag; the value stays in the history."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            conn.executemany("UPDATE case_history SET flagged = 0, reviewed_at = ? WHERE id = ?",
                             [(ctx.now_iso(), i) for i in ids])
        return Changes()
