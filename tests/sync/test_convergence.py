"""Two app vaults and the server: offline work on both converges after sync."""

from __future__ import annotations

from tests.sync.conftest import DeviceFactory
from tests.sync.harness import ServerHandle, new_case, new_note, snapshot


def test_notes_written_offline_on_two_devices_converge(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    laptop, desktop = device("laptop"), device("desktop")
    case = new_case(laptop.vault)
    laptop.sync()
    desktop.sync()
    assert desktop.vault.cases.count() == 1
    number = desktop.vault.cases.list()[0].number
    assert number.startswith("2026-")
    assert laptop.vault.cases.list()[0].number == number

    # Offline on both: each writes notes in the same case.
    a = new_note(laptop.vault, case.id, "Samtale på skolen.")
    b = new_note(desktop.vault, case.id, "Hjemmebesøk, rolig stemning.")
    laptop.vault.notes.sign(a.id, by="kari", at=a.occurred_at)
    for d in (laptop, desktop, laptop):
        d.sync()
    assert snapshot(laptop.vault) == snapshot(desktop.vault)
    assert {n.id for n in desktop.vault.notes.list_for_case(case.id)} == {a.id, b.id}
    assert laptop.vault.outbox.count() == desktop.vault.outbox.count() == 0
    hits = desktop.vault.search.search("stemning")
    assert [h.note_id for h in hits] == [b.id]
    hits = laptop.vault.search.search("skolen")
    assert [h.note_id for h in hits] == [a.id]
    # Applying remote changes wrote no outbox ops.
    assert laptop.vault.outbox.count() == 0


def test_noop_sync_changes_nothing(server: ServerHandle, device: DeviceFactory) -> None:
    server.user("kari")
    laptop = device("laptop")
    new_case(laptop.vault)
    laptop.sync()
    report = laptop.sync()
    assert (report.pushed, report.pulled_ops, report.grants) == (0, 0, 0)
