"""Journal notes: drafts autosaved into the vault, signing (B7, B11), addenda, deletion of
drafts only (B10, B11).

``save_draft`` is called about once a second while the caseworker types, so it does one
upsert, one index row, and *replaces* the draft's pending outbox op instead of adding one
(typing must not flood the outbox or the server). Consecutive autosaves of one draft are one
access-log entry.
"""

from __future__ import annotations

from datetime import datetime

from domain.changes import Changes
from domain.codec import to_fields
from domain.errors import ErrorKind, ValidationError
from domain.notes import Addendum, JournalNote, NoteStatus
from domain.ops import Entity, OpKind
from storage import fts
from storage.base import Repository, decode_row, load, require_case
from storage.context import dumps
from storage.db import Connection
from storage.errors import NotFound


def _note_changes(note: JournalNote | Addendum, *, case_list: bool = False) -> Changes:
    note_id = note.note_id if isinstance(note, Addendum) else note.id
    return Changes(
        cases=frozenset({note.case_id}),
        notes=frozenset({note_id}),
        case_list=case_list,
        outbox=True,
        access_log=True,
    )


def _existing(conn: Connection, note_id: str) -> tuple[int, str, str] | None:
    """(rid, status, case_id) of a stored note."""
    row = conn.execute("SELECT rid, status, case_id FROM notes WHERE id = ?", (note_id,)).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]))


class NoteRepository(Repository):
    """The journal of each case."""

    def save_draft(self, note: JournalNote) -> Changes:
        """Insert or replace a draft (autosave); a signed note is refused (B11)."""
        if note.is_signed:
            raise ValidationError(ErrorKind.SIGNED_NOTE_IMMUTABLE)
        ctx = self._ctx
        fields = to_fields(note)
        with ctx.db.tx() as conn:
            found = _existing(conn, note.id)
            if found is None:
                require_case(conn, note.case_id)
                rid = self._insert(conn, note, fields)
            else:
                rid, status, case_id = found
                if status == NoteStatus.SIGNED.value:
                    raise ValidationError(ErrorKind.SIGNED_NOTE_IMMUTABLE)
                if case_id != note.case_id:
                    raise ValidationError(
                        ErrorKind.MISSING_FIELD, "note moved case", field="case_id"
                    )
                conn.execute(
                    "UPDATE notes SET occurred_at = ?, updated_at = ?, data = ? WHERE rid = ?",
                    (note.occurred_at.isoformat(), ctx.now_iso(), dumps(fields), rid),
                )
            fts.index_note(conn, rid, note, new=found is None)
            kind = OpKind.CREATE
            if found is not None:  # an autosave: replace the draft's pending op
                previous = ctx.drop_pending(conn, Entity.JOURNAL_NOTE, note.id)
                kind = OpKind.CREATE if previous == OpKind.CREATE.value else OpKind.UPDATE
            ctx.write_op(conn, note.case_id, Entity.JOURNAL_NOTE, note.id, kind, fields)
            ctx.log(conn, "note.save_draft", case_id=note.case_id, entity_id=note.id, coalesce=True)
            ctx.touch_case(conn, note.case_id)
        return _note_changes(note)

    def _insert(self, conn: Connection, note: JournalNote, fields: dict[str, object]) -> int:
        cursor = conn.execute(
            "INSERT INTO notes (id, case_id, status, occurred_at, updated_at, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                note.id,
                note.case_id,
                note.status.value,
                note.occurred_at.isoformat(),
                self._ctx.now_iso(),
                dumps(fields),
            ),
        )
        return int(cursor.lastrowid or 0)

    def sign(self, note_id: str, *, by: str, at: datetime) -> Changes:
        """Sign a draft: checks content and the interpreter (B7); refused if signed (B11)."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            note = load(conn, JournalNote, "notes", note_id)
            row = conn.execute(
                "SELECT child_id FROM cases WHERE id = ?", (note.case_id,)
            ).fetchone()
            signed = note.signed(by, at, child_id=None if row is None else row[0])
            fields = to_fields(signed)
            conn.execute(
                "UPDATE notes SET status = ?, updated_at = ?, data = ? WHERE id = ?",
                (signed.status.value, ctx.now_iso(), dumps(fields), note_id),
            )
            # The sign op carries the whole note: it is the final, authoritative content.
            ctx.write_op(conn, note.case_id, Entity.JOURNAL_NOTE, note_id, OpKind.SIGN, fields)
            ctx.log(conn, "note.sign", case_id=note.case_id, entity_id=note_id)
            ctx.touch_case(conn, note.case_id)
        return _note_changes(signed, case_list=True)

    def add_addendum(self, addendum: Addendum) -> Changes:
        """A correction or addition referencing a note (B11); indexed with the note."""
        ctx = self._ctx
        fields = to_fields(addendum)
        with ctx.db.tx() as conn:
            found = _existing(conn, addendum.note_id)
            if found is None:
                raise NotFound(detail="note not found")
            if found[2] != addendum.case_id:
                raise ValidationError(ErrorKind.MISSING_FIELD, "wrong case", field="case_id")
            conn.execute(
                "INSERT INTO addenda (id, note_id, case_id, created_at, data) VALUES (?, ?, ?, ?, ?)",
                (
                    addendum.id,
                    addendum.note_id,
                    addendum.case_id,
                    addendum.created_at.isoformat(),
                    dumps(fields),
                ),
            )
            fts.reindex_note(conn, addendum.note_id)
            ctx.write_op(
                conn, addendum.case_id, Entity.ADDENDUM, addendum.id, OpKind.CREATE, fields
            )
            ctx.log(conn, "addendum.create", case_id=addendum.case_id, entity_id=addendum.id)
            ctx.touch_case(conn, addendum.case_id)
        return _note_changes(addendum)

    def get(self, note_id: str) -> JournalNote:
        """One note (a logged read, B2)."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            note = load(conn, JournalNote, "notes", note_id)
            ctx.log(conn, "note.read", case_id=note.case_id, entity_id=note_id)
        return note

    def list_for_case(self, case_id: str) -> list[JournalNote]:
        """The journal of a case in time order (one logged read, B2)."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            rows = conn.execute(
                "SELECT data FROM notes WHERE case_id = ? ORDER BY occurred_at, rid", (case_id,)
            ).fetchall()
            ctx.log(conn, "note.list", case_id=case_id, entity_id=case_id)
        return [decode_row(JournalNote, r[0]) for r in rows]

    def addenda_for(self, note_id: str) -> list[Addendum]:
        """The addenda of a note, oldest first (part of reading the note)."""
        with self._ctx.db.read() as conn:
            rows = conn.execute(
                "SELECT data FROM addenda WHERE note_id = ? ORDER BY created_at, id", (note_id,)
            ).fetchall()
        return [decode_row(Addendum, r[0]) for r in rows]

    def delete_draft(self, note_id: str) -> Changes:
        """Discard a draft; signed notes are never deleted (B10, B11)."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            found = _existing(conn, note_id)
            if found is None:
                raise NotFound(detail="note not found")
            rid, status, case_id = found
            if status == NoteStatus.SIGNED.value:
                raise ValidationError(ErrorKind.DELETE_FORBIDDEN)
            fts.unindex_note(conn, rid)
            conn.execute("DELETE FROM notes WHERE rid = ?", (rid,))
            ctx.drop_pending(conn, Entity.JOURNAL_NOTE, note_id)
            # Sent even if the create never left: it may be in flight, and delete is idempotent.
            ctx.write_op(conn, case_id, Entity.JOURNAL_NOTE, note_id, OpKind.DELETE, {})
            ctx.log(conn, "note.delete_draft", case_id=case_id, entity_id=note_id)
            ctx.touch_case(conn, case_id)
        return Changes(
            cases=frozenset({case_id}), notes=frozenset({note_id}), outbox=True, access_log=True
        )
