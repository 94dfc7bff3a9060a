"""Delivered ops leave the outbox once the device has pulled past them (``outbox.prune_seen``).

The vault stops growing with every delivered version of every note, a deleted draft's text
does not linger, and the per-field merge still judges our values by their HLCs (folded into
``entity_clock`` before the rows go). Real devices against the real server, one clock.
"""

from __future__ import annotations

from typing import Any

from domain.cases import CaseStatus
from domain.ops import Entity
from storage.inbound import local_clock
from tests.sync.conftest import DeviceFactory
from tests.sync.harness import AppDevice, ServerHandle, new_case, new_note


def _outbox(d: AppDevice) -> tuple[int, int]:
    """(delivered rows kept, undelivered rows)."""
    row = d.vault._db.conn.execute(
        "SELECT count(*) FILTER (WHERE delivered_at IS NOT NULL),"
        " count(*) FILTER (WHERE delivered_at IS NULL) FROM outbox"
    ).fetchone()
    return int(row[0]), int(row[1])


def _status(d: AppDevice, case_id: str) -> str:
    return d.vault.cases.get_file(case_id).case.status.value


def _flagged(d: AppDevice) -> list[tuple[str, Any, str]]:
    return [(v.field, v.value, v.source) for v in d.vault.conflicts.flagged()]


def test_a_sync_leaves_no_delivered_op_and_keeps_every_clock(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a = device("a")
    case = new_case(a.vault)
    note = new_note(a.vault, case.id, "Første versjon.")
    a.vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    conn = a.vault._db.conn
    before = (
        local_clock(conn, Entity.CASE, case.id),
        local_clock(conn, Entity.JOURNAL_NOTE, note.id),
    )
    waiting = _outbox(a)[1]
    assert waiting >= 3  # the case (and its child), the note, the status
    a.sync()
    assert _outbox(a) == (0, 0)  # delivered, pulled past, gone
    after = local_clock(conn, Entity.CASE, case.id), local_clock(conn, Entity.JOURNAL_NOTE, note.id)
    assert after == before  # the merge sees the same per-field HLCs as before
    text = conn.execute("SELECT count(*) FROM outbox WHERE fields LIKE '%Første versjon%'")
    assert text.fetchone()[0] == 0

    a.vault.notes.save_draft(a.vault.notes.get(note.id).edited(body="Andre versjon."))
    assert _outbox(a) == (0, 1)  # a new change waits as before


def test_a_pruned_value_still_beats_an_older_concurrent_edit(
    server: ServerHandle, device: DeviceFactory
) -> None:
    """LWW after pruning: ``a``'s later value must win on both devices, and ``b``, whose
    older write the server sequenced last, is the one that flags the conflict."""
    server.user("kari")
    a, b = device("a"), device("b")
    case = new_case(a.vault)
    a.sync()
    b.sync()
    b.vault.cases.update(case.id, status=CaseStatus.HENLAGT)  # offline, earlier clock
    a.vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)  # later clock
    a.sync()
    assert _outbox(a) == (0, 0)  # a's op is already pruned when b's older one arrives
    b.sync()
    a.sync()

    assert _status(a, case.id) == _status(b, case.id) == "undersokelse"
    assert _flagged(b) == [("status", "henlagt", "local")]
    assert _flagged(a) == []
