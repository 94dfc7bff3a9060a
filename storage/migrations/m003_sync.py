"""Schema 3: what sync keeps inside the vault (DESIGN.md §5).

- ``sync_state``: cursor, device token, server address, CA pin, last successful sync.
- ``receipts``: the server sequence of every op it accepted from this device.
- ``quarantine``: ops the server rejected, with the reason; never deleted ("Ikke levert").
- ``entity_clock``: per-field HLCs of what arrived from the server, for the per-field merge.
- ``case_history``: the losing value of every merge, flagged for review.
- ``draft_conflicts``: two versions of the same draft, for the author to merge.
- ``case_aliases``: a case joined into another on the server answers to the other's id.
- ``case_purge``: while a revoked case is being deleted its id is listed here, and only
  then may meldinger, signed notes and addenda of that case be deleted (B10/B11 still hold
  for everything else: the server keeps the record, the device merely loses access).
FTS5 gets ``secure-delete`` so a purged note leaves no tokens behind in the index.
"""

from __future__ import annotations

_NOT_PURGING = "old.case_id NOT IN (SELECT case_id FROM case_purge)"

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE receipts (
        op_id TEXT PRIMARY KEY, seq INTEGER, case_id TEXT NOT NULL, received_at TEXT NOT NULL)""",
    """CREATE TABLE quarantine (
        op_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, entity TEXT NOT NULL,
        entity_id TEXT NOT NULL, kind TEXT NOT NULL, fields TEXT NOT NULL, hlc TEXT NOT NULL,
        user TEXT NOT NULL, device TEXT NOT NULL, reason TEXT NOT NULL,
        quarantined_at TEXT NOT NULL, proposal TEXT, resolved_at TEXT, resolution TEXT)""",
    """CREATE INDEX quarantine_open ON quarantine (quarantined_at) WHERE resolved_at IS NULL""",
    """CREATE TABLE entity_clock (
        entity TEXT NOT NULL, entity_id TEXT NOT NULL, case_id TEXT NOT NULL,
        hlcs TEXT NOT NULL, PRIMARY KEY (entity, entity_id))""",
    """CREATE INDEX entity_clock_case ON entity_clock (case_id)""",
    """CREATE TABLE case_history (
        id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, entity TEXT NOT NULL,
        entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL,
        winner_hlc TEXT NOT NULL, source TEXT NOT NULL, recorded_at TEXT NOT NULL,
        flagged INTEGER NOT NULL, reviewed_at TEXT)""",
    """CREATE INDEX case_history_case ON case_history (case_id, id)""",
    """CREATE INDEX case_history_flagged ON case_history (flagged) WHERE flagged = 1""",
    """CREATE TABLE draft_conflicts (
        id INTEGER PRIMARY KEY, note_id TEXT NOT NULL, case_id TEXT NOT NULL,
        mine TEXT NOT NULL, theirs TEXT NOT NULL, theirs_hlc TEXT NOT NULL,
        theirs_device TEXT NOT NULL, created_at TEXT NOT NULL, resolved_at TEXT)""",
    """CREATE INDEX draft_conflicts_open ON draft_conflicts (note_id) WHERE resolved_at IS NULL""",
    """CREATE TABLE case_aliases (alias_id TEXT PRIMARY KEY, case_id TEXT NOT NULL)""",
    """CREATE TABLE case_purge (case_id TEXT PRIMARY KEY)""",
    """CREATE INDEX outbox_entity ON outbox (entity_id)""",
    """DROP TRIGGER reports_no_delete""",
    f"""CREATE TRIGGER reports_no_delete BEFORE DELETE ON reports WHEN {_NOT_PURGING}
        BEGIN SELECT RAISE(ABORT, 'B10: meldinger are never deleted'); END""",
    """DROP TRIGGER notes_signed_no_delete""",
    f"""CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes
        WHEN old.status = 'signert' AND {_NOT_PURGING}
        BEGIN SELECT RAISE(ABORT, 'B11: signed notes are never deleted'); END""",
    """DROP TRIGGER addenda_no_delete""",
    f"""CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda WHEN {_NOT_PURGING}
        BEGIN SELECT RAISE(ABORT, 'B11: addenda are never deleted'); END""",
    """INSERT INTO note_fts (note_fts, rank) VALUES ('secure-delete', 1)""",
)
