"""Entities named by ``(entity, entity_id)``, signatures that win whole, signs that beat deletes.

- A placement's visits, a melding's letters and its named reporter reach the other devices
  (the reporter only those allowed, B4) and nothing lands in quarantine.
- A signed note is the signed text on every device and in every grant, even when an edit
  with a later clock reached the server before the signature (B11).
- A draft deleted on one device and signed on another comes back signed everywhere (B10).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from domain.access import Role
from domain.measures import Placement, Visit, VisitKind
from domain.notes import NoteStatus
from domain.reports import (
    Channel,
    LetterKind,
    Report,
    ReporterIdentity,
    ReporterLetter,
    ReporterType,
)
from tests.sync.conftest import DeviceFactory
from tests.sync.harness import AppDevice, ServerHandle, new_case, new_note, snapshot


def _rows(d: AppDevice, sql: str) -> dict[str, Any]:
    return {str(r[0]): json.loads(r[1]) for r in d.vault._db.conn.execute(sql)}


def _records(d: AppDevice) -> dict[str, Any]:
    return _rows(d, "SELECT id, data FROM records ORDER BY id")


def _reports(d: AppDevice) -> dict[str, Any]:
    return _rows(d, "SELECT id, data FROM reports ORDER BY id")


def _reporters(d: AppDevice) -> dict[str, Any]:
    return _rows(d, "SELECT report_id, data FROM reporters ORDER BY report_id")


def _quarantine(d: AppDevice) -> list[tuple[str, str]]:
    return [(e.op.entity.value, e.reason) for e in d.store.quarantine.entries()]


def test_visits_letters_and_reporter_reach_the_devices_allowed(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    server.user("mia", Role.MOTTAK)
    laptop, desktop, intake = device("laptop"), device("desktop"), device("mottak", "mia")
    case = new_case(laptop.vault)
    placement = Placement(case_id=case.id, started_on=date(2026, 1, 5))
    laptop.vault.measures.add_placement(placement)
    laptop.vault.measures.add_visit(placement.id, Visit(VisitKind.TILSYN, date(2026, 2, 1)))
    laptop.vault.measures.add_visit(placement.id, Visit(VisitKind.OPPFOLGING, date(2026, 2, 9)))
    report = Report(case_id=case.id, received_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
                    channel=Channel.PHONE, reporter_type=ReporterType.PRIVATE,
                    content="Naboen hører roping om natten.",
                    reporter=ReporterIdentity("Nabo Nilsen", phone="99 99 99 99"))
    laptop.vault.reports.add(report)
    laptop.vault.reports.record_letter(report.id, ReporterLetter(LetterKind.RECEIPT,
                                                                 date(2026, 3, 2)))
    laptop.sync()
    for d in (desktop, intake):
        d.sync()
    assert _quarantine(laptop) == [] and laptop.vault.outbox.count() == 0

    assert _records(desktop) == _records(laptop)
    assert len(_records(desktop)[placement.id]["visits"]) == 2
    assert _reports(desktop) == _reports(laptop)
    assert _reports(desktop)[report.id]["letters"] == [
        {"kind": "mottaksbekreftelse", "sent_on": "2026-03-02"}]
    assert _reporters(desktop) == _reporters(laptop) != {}
    assert desktop.vault.reports.reporter_of(report.id) == report.reporter
    assert snapshot(desktop.vault) == snapshot(laptop.vault)
    # Mottak sees the intake with its visits and letters, never who reported (B4).
    assert _reports(intake) == _reports(laptop) and _records(intake) == _records(laptop)
    assert _reporters(intake) == {}

    # A device enrolled later gets the same through its grant.
    late = device("late")
    late.sync()
    assert _records(late) == _records(laptop) and _reports(late) == _reports(laptop)
    assert _reporters(late) == _reporters(laptop)
    # And a visit added on the second device reaches the first as an op.
    desktop.vault.measures.add_visit(placement.id, Visit(VisitKind.TILSYN, date(2026, 4, 1)))
    desktop.sync()
    laptop.sync()
    assert len(_records(laptop)[placement.id]["visits"]) == 3
    assert _records(laptop) == _records(desktop)
    for d in (laptop, desktop, intake, late):
        assert _quarantine(d) == [], d.name


def test_signature_wins_over_an_edit_with_a_later_clock(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    laptop, desktop = device("laptop"), device("desktop")
    case = new_case(laptop.vault)
    note = new_note(laptop.vault, case.id, "Utkast.")
    laptop.sync()
    desktop.sync()
    # The laptop signs first (earlier clock); the desktop edits afterwards (later clock) and
    # reaches the server first, before it has seen the signature.
    laptop.vault.notes.sign(note.id, by="kari", at=note.occurred_at)
    desktop.vault.notes.save_draft(desktop.vault.notes.get(note.id).edited(
        observations="Endret etter signering."))
    desktop.sync()
    laptop.sync()
    desktop.sync()
    signed = laptop.vault.notes.get(note.id)
    assert signed.status is NoteStatus.SIGNED
    assert desktop.vault.notes.get(note.id) == signed
    fresh = device("fresh")
    fresh.sync()
    assert fresh.vault.notes.get(note.id) == signed
    assert snapshot(fresh.vault) == snapshot(laptop.vault) == snapshot(desktop.vault)
    # The edit that lost is kept on the server, flagged for review (never silently lost).
    from sqlalchemy import select

    from sync.server.tables import field_history

    with server.factory() as s:
        lost = s.execute(select(field_history).where(field_history.c.entity_id == note.id)).all()
    assert any(r.field == "observations" and r.value == "Endret etter signering." for r in lost)


def test_a_draft_deleted_on_one_device_and_signed_on_another_is_kept_signed(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    laptop, desktop = device("laptop"), device("desktop")
    case = new_case(laptop.vault)
    first, second = (new_note(laptop.vault, case.id, f"Utkast {n}.") for n in (1, 2))
    laptop.sync()
    desktop.sync()
    # first: the delete reaches the server before the sign; second: the sign comes first.
    desktop.vault.notes.delete_draft(first.id)
    laptop.vault.notes.sign(second.id, by="kari", at=second.occurred_at)
    laptop.sync()
    desktop.vault.notes.delete_draft(second.id)
    laptop.vault.notes.sign(first.id, by="kari", at=first.occurred_at)
    desktop.sync()
    laptop.sync()
    desktop.sync()
    fresh = device("fresh")
    fresh.sync()
    for d in (laptop, desktop, fresh):
        notes = {n.id: n.status for n in d.vault.notes.list_for_case(case.id)}
        assert notes == {first.id: NoteStatus.SIGNED, second.id: NoteStatus.SIGNED}, d.name
    assert snapshot(fresh.vault) == snapshot(laptop.vault) == snapshot(desktop.vault)
    # Only the delete of the note already signed on the server was refused, visibly.
    assert [(e.op.entity_id, e.reason) for e in desktop.store.quarantine.entries()] == [
        (second.id, "note_signed")]
