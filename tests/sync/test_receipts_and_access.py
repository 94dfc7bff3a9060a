"""Receipts, quarantine, unassignment, revocation of a device, and the faults one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.cases import CaseStatus
from domain.notes import NoteStatus
from domain.ops import Operation
from domain.syncstore import Receipt, ReceiptStatus
from storage.vault import Vault
from storage.wipe import wipe_vault
from sync.client.errors import SyncError, SyncErrorKind
from tests.sync.conftest import DeviceFactory
from tests.sync.faults import Fault, FaultTransport
from tests.sync.harness import (
    PASSPHRASE,
    ServerHandle,
    TickingClock,
    make_device,
    new_case,
    new_note,
    snapshot,
)


def test_op_leaves_outbox_only_on_matching_receipt(server: ServerHandle, device: DeviceFactory) -> None:
    server.user("kari")
    laptop = device("laptop")
    new_case(laptop.vault)
    ops = list(laptop.store.pending(10))
    bogus = [Receipt(op.op_id, ReceiptStatus.MISMATCH, reason="content_hash") for op in ops]
    outcome = laptop.store.record_receipts(ops, bogus)
    assert outcome.kept == len(ops) and laptop.vault.outbox.count() == len(ops)
    laptop.sync()
    assert laptop.vault.outbox.count() == 0
    receipts = laptop.vault._db.conn.execute("SELECT count(*) FROM receipts").fetchone()[0]
    assert receipts == len(ops)


def test_tampered_receipt_keeps_the_op(server: ServerHandle, device: DeviceFactory) -> None:
    from sync.client import convert
    from sync.protocol import OpStatus, PushResult

    server.user("kari")
    laptop = device("laptop")
    new_case(laptop.vault)
    op: Operation = laptop.store.pending(1)[0]
    wrong = PushResult(op_id=op.op_id, status=OpStatus.ACCEPTED, seq=1, content_hash="0" * 64)
    assert convert.receipts([op], [wrong])[0].status is ReceiptStatus.MISMATCH


def test_lost_answer_then_autosave_is_rebased_not_quarantined(
    server: ServerHandle, tmp_path: Path, clock: TickingClock
) -> None:
    server.user("kari")
    net = FaultTransport(lambda: server.transport, server.restart)
    laptop = make_device(tmp_path, "laptop", net, clock, username="kari")
    case = new_case(laptop.vault)
    laptop.sync()
    note = new_note(laptop.vault, case.id, "Første utkast.")
    net.arm(Fault.DROP_RESPONSE)  # the server stores the create; we never hear
    with pytest.raises(SyncError) as err:
        laptop.sync()
    assert err.value.kind is SyncErrorKind.OFFLINE
    laptop.vault.notes.save_draft(note.edited(body="Andre utkast."))  # replaces the create
    report = laptop.sync()
    assert report.rebased == 1 and report.quarantined == 0
    assert laptop.vault.outbox.count() == 0
    other = make_device(tmp_path, "kontor", server.transport, clock, username="kari")
    other.sync()
    assert other.vault.notes.get(note.id).body == "Andre utkast."
    for d in (laptop, other):
        d.close()


@pytest.mark.parametrize("fault", [f for f in Fault if f is not Fault.NONE])
def test_each_fault_alone_is_survived(
    fault: Fault, server: ServerHandle, tmp_path: Path, clock: TickingClock
) -> None:
    server.user("kari")
    net = FaultTransport(lambda: server.transport, server.restart)
    a = make_device(tmp_path, "a", net, clock, username="kari")
    b = make_device(tmp_path, "b", net, clock, username="kari")
    case = new_case(a.vault)
    for i in range(5):
        new_note(a.vault, case.id, f"Notat {i}")
    for phase in range(4):  # the fault hits push, pull, pull-page and finish in turn
        net.arm(*([Fault.NONE] * phase), fault)
        try:
            a.sync(batch_size=2, page_limit=2)
        except SyncError as exc:
            assert exc.transient
    net.clear()
    for d in (a, b, a, b):
        d.sync()
    assert snapshot(a.vault) == snapshot(b.vault)
    ids = server.op_ids()
    assert len(ids) == len(set(ids))
    for d in (a, b):
        d.close()


def test_unassigned_case_leaves_the_device_and_unsent_note_is_quarantined(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    laptop = device("laptop")
    kept, gone = new_case(laptop.vault), new_case(laptop.vault, given="Per")
    signed = new_note(laptop.vault, gone.id, "Signert notat.")
    laptop.vault.notes.sign(signed.id, by="kari", at=signed.occurred_at)
    laptop.sync()
    server.unassign(gone.id, "kari")
    unsent = new_note(laptop.vault, gone.id, "Skrevet etter at saken ble tatt fra meg.")
    report = laptop.sync()
    assert report.quarantined == 1 and report.revocations == 1
    assert [c.id for c in laptop.vault.cases.list()] == [kept.id]
    conn = laptop.vault._db.conn
    for table in ("notes", "persons", "entity_clock", "receipts"):
        left = conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?", (gone.id,))
        assert left.fetchone()[0] == 0, table
    assert laptop.vault.search.search("Signert") == []
    entries = laptop.store.quarantine.entries()
    assert [(e.op.entity_id, e.reason) for e in entries] == [(unsent.id, "access_denied")]
    assert "tatt fra meg" in laptop.store.quarantine.export().decode()
    assert laptop.vault.outbox.count() == 0
    # Re-assigned: the case comes back with its signed note, and the op can be sent again.
    server.assign(gone.id, "kari")
    laptop.store.quarantine.retry(entries[0].op.op_id)
    laptop.sync()
    notes = {n.id: n.status for n in laptop.vault.notes.list_for_case(gone.id)}
    assert notes == {signed.id: NoteStatus.SIGNED, unsent.id: NoteStatus.DRAFT}


def test_edit_of_a_note_signed_elsewhere_becomes_addendum_proposal(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a, b = device("a"), device("b")
    case = new_case(a.vault)
    note = new_note(a.vault, case.id, "Utkast.")
    a.sync()
    b.sync()
    a.vault.notes.sign(note.id, by="kari", at=note.occurred_at)
    a.sync()
    b.vault.notes.save_draft(b.vault.notes.get(note.id).edited(assessment="Ny vurdering."))
    report = b.sync()
    assert report.quarantined == 1
    entry = b.store.quarantine.entries()[0]
    assert entry.reason == "note_signed" and entry.proposal is not None
    assert "Ny vurdering." in entry.proposal
    assert b.vault.notes.get(note.id).status is NoteStatus.SIGNED
    b.store.quarantine.accept_proposal(entry.op.op_id, author="kari", at=note.occurred_at)
    b.sync()
    a.sync()
    assert [x.text for x in a.vault.notes.addenda_for(note.id)] == [entry.proposal]
    assert b.store.quarantine.count() == 0


def test_concurrent_draft_edits_keep_both_versions(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a, b = device("a"), device("b")
    case = new_case(a.vault)
    note = new_note(a.vault, case.id, "Felles start.")
    a.sync()
    b.sync()
    a.vault.notes.save_draft(a.vault.notes.get(note.id).edited(body="Versjon fra laptop."))
    b.vault.notes.save_draft(b.vault.notes.get(note.id).edited(body="Versjon fra kontoret."))
    a.sync()
    b.sync()
    a.sync()
    assert snapshot(a.vault) == snapshot(b.vault)
    conflicts = b.vault._db.conn.execute(
        "SELECT mine, theirs FROM draft_conflicts WHERE resolved_at IS NULL").fetchall()
    assert len(conflicts) == 1
    assert "kontoret" in conflicts[0][0] and "laptop" in conflicts[0][1]


def test_case_field_conflict_keeps_losing_value_flagged(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a, b = device("a"), device("b")
    case = new_case(a.vault)
    a.sync()
    b.sync()
    a.vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    b.vault.cases.update(case.id, status=CaseStatus.HENLAGT)  # later by HLC: wins
    a.sync()
    b.sync()
    a.sync()
    assert a.vault.cases.list()[0].status.value == b.vault.cases.list()[0].status.value == "henlagt"
    # Kept on both devices; flagged once, on b: its write, sequenced after a's, came unseen.
    # a cannot tell this from b replacing a value it had seen (tests/sync/test_review_flags.py).
    for d, source, flagged in ((a, "local", 0), (b, "remote", 1)):
        rows = d.vault._db.conn.execute(
            "SELECT field, value, source, flagged FROM case_history").fetchall()
        assert ("status", '"undersokelse"', source, flagged) in [tuple(r) for r in rows], d.name
    assert a.vault.conflicts.flagged() == [] and len(b.vault.conflicts.flagged()) == 1


def test_revoked_device_is_told_and_vault_can_be_wiped(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    laptop = device("laptop")
    new_case(laptop.vault)
    laptop.sync()
    assert laptop.enrolment is not None
    server.revoke(laptop.enrolment.credentials.device_id)
    with pytest.raises(SyncError) as err:
        laptop.sync()
    assert err.value.kind is SyncErrorKind.DEVICE_REVOKED and not err.value.transient
    folder = laptop.vault.folder
    laptop.vault.close()
    removed = wipe_vault(folder)
    assert "vault.key" in removed and "vault.db" in removed
    assert not Vault.exists(folder) and not (folder / "vault.db").exists()
    with pytest.raises(Exception):  # noqa: B017 - nothing left to open
        Vault.open(folder, PASSPHRASE)
