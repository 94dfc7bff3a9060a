"""Nothing sensitive is ever written outside the vault, or unencrypted inside it (§3)."""

from __future__ import annotations

import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

from domain.notes import Addendum
from domain.reports import Channel, Report, ReporterIdentity, ReporterType
from storage.vault import Vault
from tests.storage.conftest import CHEAP, PASSPHRASE, FakeClock, make_case, make_note
from tests.storage.scan import marker_hits


def test_marker_never_found_in_vault_folder_or_temp_dir(folder: Path, clock: FakeClock) -> None:
    marker = f"Markørø{uuid.uuid4().hex}"
    vault = Vault.create(folder, PASSPHRASE, kdf=CHEAP, clock=clock)
    case = make_case(vault, given=marker, identity_number="14831551217", address=marker)
    vault.reports.add(
        Report(
            case_id=case.id,
            received_at=clock(),
            channel=Channel.PHONE,
            reporter_type=ReporterType.PRIVATE,
            content=marker,
            reporter=ReporterIdentity(marker),
        )
    )
    note = make_note(case, body=f"{marker} " * 50)
    for i in range(20):
        vault.notes.save_draft(note.edited(child_views=f"{marker} {i}"))
    vault.notes.sign(note.id, by="kari", at=datetime(2026, 3, 3, tzinfo=UTC))
    vault.notes.add_addendum(
        Addendum(case_id=case.id, note_id=note.id, text=marker, author="kari", created_at=clock())
    )
    assert vault.search.search(marker)  # the index holds it, encrypted
    # while open: WAL and shared-memory files exist too
    assert marker_hits(marker, [folder, Path(tempfile.gettempdir())]) == []
    vault.close()
    assert marker_hits(marker, [folder, Path(tempfile.gettempdir())]) == []
    again = Vault.open(folder, PASSPHRASE, clock=clock)
    assert again.notes.get(note.id).body.startswith(marker)
    again.close()
    assert marker_hits("14831551217", [folder]) == []


def test_scanner_finds_plaintext_when_there_is_some(tmp_path: Path) -> None:
    """Control: the same scan does find the marker in an unkeyed SQLite file."""
    from storage.db import Database

    marker = f"kontroll{uuid.uuid4().hex}"
    db = Database.open(tmp_path / "plain.db", None)
    with db.tx() as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (marker,))
    db.close()
    assert marker_hits(marker, [tmp_path]) == [tmp_path / "plain.db"]
