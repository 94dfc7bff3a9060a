"""Which values that lose a per-field merge are flagged for review (DESIGN.md §5, "Conflicts").

Real devices against the real server, one clock shared by all (HLCs follow the order of the
writes). Only a concurrent edit is a conflict: one whose writer cannot have seen the value it
overwrote. It is flagged once, on the device whose write the server sequenced later (the one
device that can tell from the server sequence; the opposite order, where that device's value
won, is ``test_case_field_conflict_keeps_losing_value_flagged`` in test_receipts_and_access.py).
Every replaced value is still kept in ``case_history``, unflagged when nobody need look at it.
"""

from __future__ import annotations

from typing import Any

from domain.cases import CaseStatus
from domain.notes import NoteStatus
from tests.sync.conftest import DeviceFactory
from tests.sync.harness import AppDevice, ServerHandle, new_case, new_note


def _flagged(d: AppDevice) -> list[tuple[str, Any, str]]:
    return [(v.field, v.value, v.source) for v in d.vault.conflicts.flagged()]


def _history(d: AppDevice, field: str) -> list[tuple[str, str, int]]:
    rows = d.vault._db.conn.execute(
        "SELECT value, source, flagged FROM case_history WHERE field = ? ORDER BY id", (field,)
    )
    return [tuple(r) for r in rows]


def _status(d: AppDevice, case_id: str) -> str:
    return d.vault.cases.get_file(case_id).case.status.value


def test_a_value_replaced_after_it_was_seen_is_kept_unflagged(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a, b = device("a"), device("b")
    case = new_case(a.vault)
    a.vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    a.sync()
    b.sync()  # b sees "undersokelse" …
    b.vault.cases.update(case.id, status=CaseStatus.HENLAGT)  # … and deliberately replaces it
    b.sync()
    a.sync()

    assert _status(a, case.id) == _status(b, case.id) == "henlagt"
    assert _flagged(a) == [] and _flagged(b) == []
    assert _history(a, "status") == [('"undersokelse"', "local", 0)]  # never silently lost


def test_a_concurrent_edit_is_flagged_on_the_device_whose_value_lost(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a, b = device("a"), device("b")
    case = new_case(a.vault)
    a.sync()
    b.sync()
    a.vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)  # offline, earlier clock
    b.vault.cases.update(case.id, status=CaseStatus.HENLAGT)  # offline, later clock: wins
    b.sync()
    a.sync()  # a's edit reaches the server after b's, which was written without it
    b.sync()

    assert _status(a, case.id) == _status(b, case.id) == "henlagt"
    assert _flagged(a) == [("status", "undersokelse", "local")]
    assert _flagged(b) == []  # once, not on both devices
    assert _history(b, "status") == [('"undersokelse"', "remote", 0)]


def test_a_bystander_flags_nothing_it_pulls(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a, b, c, d = device("a"), device("b"), device("c"), device("d")
    case = new_case(a.vault)
    for x in (a, b, c, d):
        x.sync()
    # Sequential: c's status, then b's after seeing it.
    c.vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    c.sync()
    b.sync()
    b.vault.cases.update(case.id, status=CaseStatus.HENLAGT)
    b.sync()
    # Concurrent: a writes later but b's earlier value reaches the server after a's.
    b.vault.cases.update(case.id, caseworker="b-verdi")
    a.vault.cases.update(case.id, caseworker="a-verdi")
    a.sync()
    b.sync()
    d.sync()  # offline all along: everything arrives in one go

    assert _status(d, case.id) == "henlagt"
    assert d.vault.cases.get_file(case.id).case.caseworker == "a-verdi"
    assert _flagged(d) == []
    assert _history(d, "status") == [('"mottak"', "local", 0), ('"undersokelse"', "local", 0)]
    assert _history(d, "caseworker") == [('"kari"', "local", 0), ('"b-verdi"', "remote", 0)]
    assert _flagged(b) == [("caseworker", "b-verdi", "local")]  # the writer that lost


def test_a_value_still_in_the_outbox_beaten_by_a_newer_remote_edit_is_flagged(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a, b = device("a"), device("b")
    case = new_case(a.vault)
    a.sync()
    b.sync()
    a.vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)  # not sent yet
    b.vault.cases.update(case.id, status=CaseStatus.HENLAGT)
    b.sync()
    a.store.apply_page(a.engine().pull_since(a.store.cursor()))  # a pull before any push

    assert a.vault.outbox.count() == 1
    assert _flagged(a) == [("status", "undersokelse", "local")]


def test_a_signature_flags_only_a_draft_edit_the_signer_never_saw(
    server: ServerHandle, device: DeviceFactory
) -> None:
    server.user("kari")
    a, b = device("a"), device("b")
    case = new_case(a.vault)
    seen = new_note(a.vault, case.id, "Sett av begge.")
    unseen = new_note(a.vault, case.id, "Utkast.")
    a.sync()
    b.sync()
    # b edits and signs one draft it has seen; a edits the other, b signs it without that edit.
    b.vault.notes.save_draft(b.vault.notes.get(seen.id).edited(body="Rettet på kontoret."))
    b.vault.notes.sign(seen.id, by="kari", at=seen.occurred_at)
    a.vault.notes.save_draft(a.vault.notes.get(unseen.id).edited(body="Ikke sendt ennå."))
    b.vault.notes.sign(unseen.id, by="kari", at=unseen.occurred_at)
    b.sync()
    a.store.apply_page(a.engine().pull_since(a.store.cursor()))

    assert a.vault.notes.get(seen.id).status is NoteStatus.SIGNED
    assert a.vault.notes.get(unseen.id).status is NoteStatus.SIGNED
    flagged = a.vault.conflicts.flagged()
    assert {v.entity_id for v in flagged} == {unseen.id}
    assert [v.value for v in flagged if v.field == "body"] == ["Ikke sendt ennå."]
    assert ('"Sett av begge."', "local", 0) in _history(a, "body")
    # Signing's own fields (status, signed_at, signed_by) are no one's lost value.
    assert sorted(v.field for v in flagged) == ["body"]
