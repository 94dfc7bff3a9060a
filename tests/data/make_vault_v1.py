"""Make the stored schema-1 vault fixture ``tests/data/vault_v1/`` (STYLE.md rule 8).

Run once, when schema 1 was the released version, and commit its output; never regenerate
it with later code (that would test nothing). ``tests/storage/test_migrations.py`` copies
it to a temporary folder, opens it with today's code (which migrates it to the latest
schema) and checks every record below.

    .venv/bin/python -m tests.data.make_vault_v1

Passphrase ``fixture-v1``; cheap KDF parameters; fixed ids so the test can find things.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from domain.cases import Case
from domain.notes import Addendum, JournalNote, NoteType
from domain.people import Person, PersonRole
from domain.reports import Channel, Report, ReporterIdentity, ReporterType
from storage.keys import KdfParams
from storage.vault import Vault

FOLDER = Path(__file__).parent / "vault_v1"
PASSPHRASE = "fixture-v1"
CASE_ID = "01900000-0000-7000-8000-000000000001"
CHILD_ID = "01900000-0000-7000-8000-000000000002"
REPORT_ID = "01900000-0000-7000-8000-000000000003"
SIGNED_NOTE_ID = "01900000-0000-7000-8000-000000000004"
DRAFT_NOTE_ID = "01900000-0000-7000-8000-000000000005"
ADDENDUM_ID = "01900000-0000-7000-8000-000000000006"
AT = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def main() -> None:
    """Write the fixture (replacing an earlier one)."""
    shutil.rmtree(FOLDER, ignore_errors=True)
    vault = Vault.create(
        FOLDER,
        PASSPHRASE,
        user="fixture",
        kdf=KdfParams.cheap(),
        clock=lambda: AT,
        schema_version=1,
    )
    case = Case(created_at=AT, caseworker="fixture", id=CASE_ID, number="2026-0001")
    child = Person(
        case_id=CASE_ID,
        role=PersonRole.CHILD,
        given_name="Øyvind",
        family_name="Ås",
        birth_date=date(2014, 2, 3),
        identity_number="14831551217",
        id=CHILD_ID,
    )
    vault.cases.create(case, child)
    vault.reports.add(
        Report(
            case_id=CASE_ID,
            received_at=AT,
            channel=Channel.LETTER,
            reporter_type=ReporterType.PUBLIC_BODY,
            content="Skolen er bekymret.",
            reporter=ReporterIdentity(name="Rektor", organisation="Nordby skole"),
            id=REPORT_ID,
        )
    )
    note = JournalNote(
        case_id=CASE_ID,
        note_type=NoteType.SAMTALE_BARN,
        occurred_at=AT,
        author="fixture",
        child_views="Barnet sier det går bra på skolen.",
        id=SIGNED_NOTE_ID,
    )
    vault.notes.save_draft(note)
    vault.notes.sign(SIGNED_NOTE_ID, by="fixture", at=AT)
    vault.notes.add_addendum(
        Addendum(
            case_id=CASE_ID,
            note_id=SIGNED_NOTE_ID,
            text="Rettelse: gjelder også fritiden.",
            author="fixture",
            created_at=AT,
            id=ADDENDUM_ID,
        )
    )
    vault.notes.save_draft(
        JournalNote(
            case_id=CASE_ID,
            note_type=NoteType.ANNET,
            occurred_at=AT,
            author="fixture",
            body="Utkast om hjemmebesøk.",
            id=DRAFT_NOTE_ID,
        )
    )
    vault.close()


if __name__ == "__main__":
    main()
