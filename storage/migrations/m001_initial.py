"""Schema 1: typed tables with indexed columns for what lists filter and sort on, the full
domain value in a JSON ``data`` column (written by ``domain.codec``), the outbox, the
hash-chained access log and the FTS5 index. Released: the stored fixture
``tests/data/vault_v1`` is of this version.
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE cases (
        id TEXT PRIMARY KEY, number TEXT NOT NULL, status TEXT NOT NULL,
        unit_id TEXT NOT NULL, caseworker TEXT NOT NULL, child_id TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL)""",
    """CREATE INDEX cases_updated ON cases (updated_at DESC)""",
    """CREATE INDEX cases_status_updated ON cases (status, updated_at DESC)""",
    """CREATE INDEX cases_number ON cases (number)""",
    """CREATE TABLE persons (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases (id),
        role TEXT NOT NULL, given_name TEXT NOT NULL, family_name TEXT NOT NULL,
        birth_date TEXT, identity_number TEXT, address_protection TEXT NOT NULL,
        data TEXT NOT NULL)""",
    """CREATE INDEX persons_case ON persons (case_id)""",
    """CREATE TABLE reports (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases (id),
        received_at TEXT NOT NULL, reporter_type TEXT NOT NULL, data TEXT NOT NULL)""",
    """CREATE INDEX reports_case ON reports (case_id, received_at)""",
    # B4: the reporter's identity lives apart from the melding; anonymous reporters have none.
    """CREATE TABLE reporters (
        report_id TEXT PRIMARY KEY REFERENCES reports (id),
        case_id TEXT NOT NULL REFERENCES cases (id), data TEXT NOT NULL)""",
    """CREATE TABLE investigations (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases (id),
        report_id TEXT NOT NULL, opened_on TEXT NOT NULL, data TEXT NOT NULL)""",
    """CREATE INDEX investigations_case ON investigations (case_id)""",
    """CREATE TABLE records (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases (id), data TEXT NOT NULL)""",
    """CREATE INDEX records_case ON records (case_id, kind)""",
    """CREATE TABLE notes (
        rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL REFERENCES cases (id), status TEXT NOT NULL,
        occurred_at TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL)""",
    """CREATE TABLE addenda (
        id TEXT PRIMARY KEY, note_id TEXT NOT NULL REFERENCES notes (id),
        case_id TEXT NOT NULL REFERENCES cases (id), created_at TEXT NOT NULL,
        data TEXT NOT NULL)""",
    """CREATE INDEX addenda_note ON addenda (note_id, created_at)""",
    # B10/B11 again inside the database, in case a code path forgets: meldinger, signed
    # notes and addenda are never deleted, signed notes never change.
    """CREATE TRIGGER reports_no_delete BEFORE DELETE ON reports
        BEGIN SELECT RAISE(ABORT, 'B10: meldinger are never deleted'); END""",
    """CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes WHEN old.status = 'signert'
        BEGIN SELECT RAISE(ABORT, 'B11: signed notes are never deleted'); END""",
    """CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes WHEN old.status = 'signert'
        BEGIN SELECT RAISE(ABORT, 'B11: signed notes never change'); END""",
    """CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
        BEGIN SELECT RAISE(ABORT, 'B11: addenda are never deleted'); END""",
    """CREATE VIRTUAL TABLE note_fts USING fts5 (
        text, case_number, names, tokenize = 'unicode61 remove_diacritics 0')""",
    """CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, case_id TEXT NOT NULL,
        entity TEXT NOT NULL, entity_id TEXT NOT NULL, kind TEXT NOT NULL,
        fields TEXT NOT NULL, hlc TEXT NOT NULL, user TEXT NOT NULL, device TEXT NOT NULL,
        delivered_at TEXT)""",
    """CREATE INDEX outbox_pending_entity ON outbox (entity, entity_id)
        WHERE delivered_at IS NULL""",
    """CREATE TABLE access_log (
        seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, device TEXT NOT NULL,
        action TEXT NOT NULL, case_id TEXT NOT NULL, entity_id TEXT NOT NULL,
        detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""",
    """CREATE INDEX access_log_case ON access_log (case_id, seq)""",
    """CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'B2: the access log is append-only'); END""",
    """CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        BEGIN SELECT RAISE(ABORT, 'B2: the access log is append-only'); END""",
)
