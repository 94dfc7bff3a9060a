"""The FTS5 index over notes (all sections and addenda), case numbers and names.

Kept in step with the notes in the same transaction as every save, so a search never finds
a note that is gone or misses one that was saved. The tokenizer keeps æ, ø and å distinct
(``remove_diacritics 0``): "bør" is not "bor". Addresses are never indexed (B6).
"""

from __future__ import annotations

import json

from domain.notes import JournalNote
from storage.base import decode_row
from storage.db import Connection


def case_terms(conn: Connection, case_id: str) -> tuple[str, str]:
    """The case number and the names of the case's persons, as indexed with each note."""
    row = conn.execute("SELECT number FROM cases WHERE id = ?", (case_id,)).fetchone()
    number = str(row[0]) if row else ""
    names = conn.execute(
        "SELECT given_name || ' ' || family_name FROM persons WHERE case_id = ? ORDER BY id",
        (case_id,),
    ).fetchall()
    return number, " ".join(str(n[0]) for n in names)


def addenda_text(conn: Connection, note_id: str) -> str:
    """The text of every addendum to a note, oldest first."""
    rows = conn.execute(
        "SELECT data FROM addenda WHERE note_id = ? ORDER BY created_at, id", (note_id,)
    ).fetchall()
    return "\n".join(str(json.loads(r[0])["text"]) for r in rows)


def index_note(conn: Connection, rid: int, note: JournalNote, *, new: bool = False) -> None:
    """(Re)write the index row of one note; ``new``: it has no row and no addenda yet."""
    number, names = case_terms(conn, note.case_id)
    text = (
        note.text()
        if new
        else "\n".join(t for t in (note.text(), addenda_text(conn, note.id)) if t)
    )
    if not new:
        conn.execute("DELETE FROM note_fts WHERE rowid = ?", (rid,))
    conn.execute(
        "INSERT INTO note_fts (rowid, text, case_number, names) VALUES (?, ?, ?, ?)",
        (rid, text, number, names),
    )


def unindex_note(conn: Connection, rid: int) -> None:
    """Drop a deleted draft from the index."""
    conn.execute("DELETE FROM note_fts WHERE rowid = ?", (rid,))


def reindex_case(conn: Connection, case_id: str) -> None:
    """Refresh number and names on every note of a case (after a rename or a new number)."""
    number, names = case_terms(conn, case_id)
    conn.execute(
        "UPDATE note_fts SET case_number = ?, names = ?"
        " WHERE rowid IN (SELECT rid FROM notes WHERE case_id = ?)",
        (number, names, case_id),
    )


def reindex_note(conn: Connection, note_id: str) -> None:
    """Rewrite one note's index row from what is stored (after an addendum)."""
    row = conn.execute("SELECT rid, data FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is not None:
        index_note(conn, int(row[0]), decode_row(JournalNote, row[1]))
