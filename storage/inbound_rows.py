"""Where each sync entity lives in the vault, for applying what the server sends.

The repositories write a record and its op together; inbound changes must write the record
*without* an op (they are not local changes), so this module knows each table's columns.
Every record keeps its whole domain value in ``data`` (``domain.codec`` fields), as the
repositories write it; the indexed columns are derived from it here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from domain.notes import JournalNote
from domain.ops import PARENT_FIELD, Entity, JSONValue
from storage import fts
from storage.base import decode_row
from storage.context import dumps
from storage.db import Connection

Data = dict[str, JSONValue]

RECORD_KINDS = {
    Entity.MEASURE: "measure",
    Entity.EMERGENCY_DECISION: "emergency_decision",
    Entity.CARE_ORDER: "care_order",
    Entity.PLACEMENT: "placement",
    Entity.ADDRESS_PROTECTION: "address_protection",
}

_TABLE = {
    Entity.CASE: "cases",
    Entity.PERSON: "persons",
    Entity.REPORT: "reports",
    Entity.INVESTIGATION: "investigations",
    Entity.JOURNAL_NOTE: "notes",
    Entity.ADDENDUM: "addenda",
    **dict.fromkeys(RECORD_KINDS, "records"),
}

APPLY_ORDER = (
    Entity.CASE, Entity.PERSON, Entity.REPORT, Entity.REPORTER, Entity.INVESTIGATION,
    *RECORD_KINDS, Entity.JOURNAL_NOTE, Entity.ADDENDUM, Entity.VISIT, Entity.LETTER,
)
"""Parents before children, so foreign keys hold while a grant is applied."""


def load(conn: Connection, entity: Entity, entity_id: str) -> tuple[Data, str] | None:
    """The stored ``data`` and case id of one record, or ``None``."""
    if entity is Entity.REPORTER:
        sql = "SELECT data, case_id FROM reporters WHERE report_id = ?"
    elif entity is Entity.CASE:
        sql = "SELECT data, id FROM cases WHERE id = ?"
    elif entity in _TABLE:
        sql = f"SELECT data, case_id FROM {_TABLE[entity]} WHERE id = ?"
    else:
        return None
    row = conn.execute(sql, (entity_id,)).fetchone()
    if row is None:
        return None
    data: Data = json.loads(row[0])
    return data, str(row[1])


def note_status(conn: Connection, note_id: str) -> str | None:
    """``utkast`` or ``signert`` for a stored note, ``None`` when absent."""
    row = conn.execute("SELECT status FROM notes WHERE id = ?", (note_id,)).fetchone()
    return None if row is None else str(row[0])


def write(
    conn: Connection, entity: Entity, entity_id: str, case_id: str, data: Data, now: str
) -> None:
    """Insert or replace one record from its ``data``; keeps the FTS index in step."""
    data = dict(data)
    if entity is not Entity.CASE:
        data["case_id"] = case_id
    if entity is not Entity.REPORTER:
        data["id"] = entity_id
    _WRITERS[entity](conn, entity_id, case_id, data, now)


def _case(conn: Connection, entity_id: str, case_id: str, d: Data, now: str) -> None:
    conn.execute(
        "INSERT INTO cases (id, number, status, unit_id, caseworker, child_id, created_at,"
        " updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " number = excluded.number, status = excluded.status, unit_id = excluded.unit_id,"
        " caseworker = excluded.caseworker, child_id = excluded.child_id,"
        " updated_at = excluded.updated_at, data = excluded.data",
        (entity_id, str(d.get("number") or ""), str(d.get("status") or "mottak"),
         str(d.get("unit_id") or ""), str(d.get("caseworker") or ""), d.get("child_id"),
         str(d.get("created_at") or now), now, dumps(d)),
    )
    _TERMS.pop(entity_id, None)
    fts.reindex_case(conn, entity_id)


def _person(conn: Connection, entity_id: str, case_id: str, d: Data, now: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO persons (id, case_id, role, given_name, family_name, birth_date,"
        " identity_number, address_protection, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entity_id, case_id, str(d.get("role") or "annen"), str(d.get("given_name") or ""),
         str(d.get("family_name") or ""), d.get("birth_date"), d.get("identity_number"),
         str(d.get("address_protection") or "ingen"), dumps(d)),
    )
    _TERMS.pop(case_id, None)
    fts.reindex_case(conn, case_id)


def _report(conn: Connection, entity_id: str, case_id: str, d: Data, now: str) -> None:
    d.pop("reporter", None)  # B4: the identity lives in ``reporters`` only
    conn.execute(
        "INSERT INTO reports (id, case_id, received_at, reporter_type, data)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET case_id = excluded.case_id,"
        " received_at = excluded.received_at, reporter_type = excluded.reporter_type,"
        " data = excluded.data",
        (entity_id, case_id, str(d.get("received_at") or now),
         str(d.get("reporter_type") or ""), dumps(d)),
    )


def _reporter(conn: Connection, entity_id: str, case_id: str, d: Data, now: str) -> None:
    d.pop("case_id", None)
    conn.execute(
        "INSERT OR REPLACE INTO reporters (report_id, case_id, data) VALUES (?, ?, ?)",
        (entity_id, case_id, dumps(d)),
    )


def _investigation(conn: Connection, entity_id: str, case_id: str, d: Data, now: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO investigations (id, case_id, report_id, opened_on, data)"
        " VALUES (?, ?, ?, ?, ?)",
        (entity_id, case_id, str(d.get("report_id") or ""), str(d.get("opened_on") or now[:10]),
         dumps(d)),
    )


def _record(kind: str) -> Callable[[Connection, str, str, Data, str], None]:
    def writer(conn: Connection, entity_id: str, case_id: str, d: Data, now: str) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO records (id, kind, case_id, data) VALUES (?, ?, ?, ?)",
            (entity_id, kind, case_id, dumps(d)),
        )

    return writer


_TERMS: dict[str, tuple[str, str]] = {}
"""Case number and names per case while one page is applied (``reset_terms`` between)."""


def reset_terms() -> None:
    """Forget cached index terms (start of every page: another thread may have renamed)."""
    _TERMS.clear()


def _terms(conn: Connection, case_id: str) -> tuple[str, str]:
    if case_id not in _TERMS:
        _TERMS[case_id] = fts.case_terms(conn, case_id)
    return _TERMS[case_id]


def _note(conn: Connection, entity_id: str, case_id: str, d: Data, now: str) -> None:
    row = conn.execute("SELECT rid FROM notes WHERE id = ?", (entity_id,)).fetchone()
    values = (case_id, str(d.get("status") or "utkast"), str(d.get("occurred_at") or now), now,
              dumps(d))
    if row is None:
        cursor = conn.execute(
            "INSERT INTO notes (case_id, status, occurred_at, updated_at, data, id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (*values, entity_id),
        )
        rid, new = int(cursor.lastrowid or 0), True
    else:
        rid, new = int(row[0]), False
        conn.execute(
            "UPDATE notes SET case_id = ?, status = ?, occurred_at = ?, updated_at = ?,"
            " data = ? WHERE rid = ?",
            (*values, rid),
        )
    try:
        note = decode_row(JournalNote, dumps(d))
    except (KeyError, TypeError, ValueError):
        # Fields from a newer or foreign writer that do not make a note: stored, not indexed.
        if not new:
            fts.unindex_note(conn, rid)
        return
    if not new:
        fts.index_note(conn, rid, note)
        return
    number, names = _terms(conn, case_id)  # a new note has no addenda yet: its text only
    conn.execute("INSERT INTO note_fts (rowid, text, case_number, names) VALUES (?, ?, ?, ?)",
                 (rid, note.text(), number, names))


def _addendum(conn: Connection, entity_id: str, case_id: str, d: Data, now: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO addenda (id, note_id, case_id, created_at, data)"
        " VALUES (?, ?, ?, ?, ?)",
        (entity_id, str(d.get("note_id") or ""), case_id, str(d.get("created_at") or now),
         dumps(d)),
    )
    fts.reindex_note(conn, str(d.get("note_id") or ""))


_WRITERS: dict[Entity, Callable[[Connection, str, str, Data, str], None]] = {
    Entity.CASE: _case,
    Entity.PERSON: _person,
    Entity.REPORT: _report,
    Entity.REPORTER: _reporter,
    Entity.INVESTIGATION: _investigation,
    Entity.JOURNAL_NOTE: _note,
    Entity.ADDENDUM: _addendum,
    **{e: _record(k) for e, k in RECORD_KINDS.items()},
}


def append_item(
    conn: Connection, entity: Entity, entity_id: str, fields: Data
) -> tuple[str, bool] | None:
    """A visit (on its placement) or a letter (on its melding): appended once.

    The item names its parent in :data:`domain.ops.PARENT_FIELD`; an op written before
    items had ids of their own carries the parent's id as its entity id instead.
    Returns (case id, appended?) or ``None`` when the parent is not in the vault.
    """
    item = dict(fields)
    parent_id = str(item.pop(PARENT_FIELD[entity], None) or entity_id)
    parent, attr = (Entity.PLACEMENT, "visits") if entity is Entity.VISIT else (
        Entity.REPORT, "letters")
    found = load(conn, parent, parent_id)
    if found is None:
        return None
    data, case_id = found
    items: list[Any] = list(data.get(attr) or [])
    if item in items:
        return case_id, False
    data[attr] = [*items, item]
    write(conn, parent, parent_id, case_id, data, "")
    return case_id, True


def delete_draft(conn: Connection, note_id: str) -> bool:
    """Remove a draft the author deleted elsewhere; signed notes are never deleted (B11)."""
    row = conn.execute("SELECT rid, status FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None or str(row[1]) == "signert":
        return False
    fts.unindex_note(conn, int(row[0]))
    conn.execute("DELETE FROM notes WHERE rid = ?", (int(row[0]),))
    return True
