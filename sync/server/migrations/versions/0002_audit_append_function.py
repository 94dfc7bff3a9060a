"""audit append function (PostgreSQL)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

``felt_audit_append(at, entries)`` chains and inserts audit rows in one statement, so the
audit head is locked for one round trip plus the commit instead of three. Python
canonicalises every row (``sync.server.audit.hash_parts``): the function only concatenates
the previous hash, the part before the row's sequence number, the number and the part after,
and hashes that, exactly as :func:`sync.server.audit.row_hash` does. SQLite keeps the chaining
in Python (``BEGIN IMMEDIATE`` already serialises its writers).
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

AUDIT_APPEND = """
CREATE OR REPLACE FUNCTION felt_audit_append(p_at text, p_entries json) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    v_seq bigint;
    v_hash text;
    v_next text;
    v_entry json;
BEGIN
    IF p_entries IS NULL OR json_array_length(p_entries) = 0 THEN
        RETURN NULL;
    END IF;
    SELECT seq, hash INTO STRICT v_seq, v_hash FROM audit_head WHERE id = 1 FOR UPDATE;
    FOR v_entry IN SELECT value FROM json_array_elements(p_entries) LOOP
        v_seq := v_seq + 1;
        v_next := encode(sha256(convert_to(
            v_hash || (v_entry->>'pre') || v_seq::text || (v_entry->>'post'), 'UTF8')), 'hex');
        INSERT INTO audit_log (seq, at, event, user_id, device_id, case_id, detail, prev_hash, hash)
        VALUES (v_seq, p_at, v_entry->>'event', v_entry->>'user_id', v_entry->>'device_id',
                v_entry->>'case_id', v_entry->>'detail', v_hash, v_next);
        v_hash := v_next;
    END LOOP;
    UPDATE audit_head SET seq = v_seq, hash = v_hash WHERE id = 1;
    RETURN v_seq;
END
$fn$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(AUDIT_APPEND)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS felt_audit_append(text, json)")
