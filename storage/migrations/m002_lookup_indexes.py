"""Schema 2: indexes for finding a known child by identity number (joining two intakes of
the same child) and for listing a case's notes in date order without a sort step."""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    """CREATE INDEX persons_identity_number ON persons (identity_number)
        WHERE identity_number IS NOT NULL""",
    """CREATE INDEX notes_case_occurred ON notes (case_id, occurred_at)""",
)
