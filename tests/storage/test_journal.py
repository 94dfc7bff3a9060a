"""Journal notes in the vault: drafts and the outbox, signing (B7, B11), addenda, B10."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from domain.errors import ErrorKind, ValidationError
from domain.notes import Addendum, Interpreter, NoteStatus
from domain.ops import Entity, OpKind
from storage.errors import NotFound
from storage.vault import Vault
from tests.storage.conftest import PASSPHRASE, FakeClock, make_case, make_note

AT = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _ops(vault: Vault, entity_id: str) -> list[tuple[OpKind, dict[str, object]]]:
    return [(o.kind, dict(o.fields)) for o in vault.outbox.pending() if o.entity_id == entity_id]


def test_autosave_replaces_the_pending_op(vault: Vault) -> None:
    case = make_case(vault)
    note = make_note(case, body="Første")
    for i in range(30):
        vault.notes.save_draft(note.edited(body=f"Utkast versjon {i}"))
    ops = _ops(vault, note.id)
    assert len(ops) == 1
    assert ops[0][0] is OpKind.CREATE and ops[0][1]["body"] == "Utkast versjon 29"
    assert vault.notes.get(note.id).body == "Utkast versjon 29"
    saves = [e for e in vault.access_log.for_case(case.id) if e.action == "note.save_draft"]
    assert len(saves) == 1  # typing is one edit in the access log


def test_autosave_after_delivery_is_an_update(vault: Vault) -> None:
    case = make_case(vault)
    note = make_note(case)
    vault.notes.save_draft(note)
    vault.outbox.mark_delivered(o.op_id for o in vault.outbox.pending())
    assert vault.outbox.count() == 0
    vault.notes.save_draft(note.edited(body="Endret"))
    vault.notes.save_draft(note.edited(body="Endret igjen"))
    [(kind, fields)] = _ops(vault, note.id)
    assert kind is OpKind.UPDATE and fields["body"] == "Endret igjen"


def test_op_carries_hlc_user_device_and_codec_fields(vault: Vault) -> None:
    case = make_case(vault)
    vault.notes.save_draft(make_note(case))
    ops = vault.outbox.pending()
    assert [o.entity for o in ops] == [Entity.CASE, Entity.PERSON, Entity.JOURNAL_NOTE]
    assert [o.hlc for o in ops] == sorted(o.hlc for o in ops)
    assert len({o.hlc for o in ops}) == 3
    assert {(o.user, o.device) for o in ops} == {("kari", vault.device_id)}
    assert ops[2].fields["occurred_at"] == "2026-03-02T10:00:00+00:00"


def test_hlc_persists_across_reopen(vault: Vault, folder: Path, clock: FakeClock) -> None:
    case = make_case(vault)
    last = vault.outbox.pending()[-1].hlc
    vault.close()
    clock.advance(-3600)  # the wall clock went backwards
    again = Vault.open(folder, PASSPHRASE, clock=clock)
    again.notes.save_draft(make_note(case))
    assert again.outbox.pending()[-1].hlc > last
    again.close()


def test_b11_signed_note_is_immutable(vault: Vault) -> None:
    """B11 (bvl. § 12-4): signed notes never change; corrections are addenda."""
    case = make_case(vault)
    note = make_note(case)
    vault.notes.save_draft(note)
    changes = vault.notes.sign(note.id, by="kari", at=AT)
    assert note.id in changes.notes
    signed = vault.notes.get(note.id)
    assert signed.status is NoteStatus.SIGNED and signed.signed_at == AT
    with pytest.raises(ValidationError) as info:
        vault.notes.save_draft(note.edited(body="Endret etter signering"))
    assert info.value.kind is ErrorKind.SIGNED_NOTE_IMMUTABLE
    with pytest.raises(ValidationError):
        vault.notes.sign(note.id, by="kari", at=AT)
    with pytest.raises(ValidationError):
        vault.notes.save_draft(signed)
    assert vault.notes.get(note.id).body == note.body
    sign_op = [o for o in vault.outbox.pending() if o.kind is OpKind.SIGN]
    assert len(sign_op) == 1 and sign_op[0].fields["status"] == "signert"


def test_b11_addendum_references_the_note(vault: Vault) -> None:
    case = make_case(vault)
    note = make_note(case)
    vault.notes.save_draft(note)
    vault.notes.sign(note.id, by="kari", at=AT)
    addendum = Addendum(
        case_id=case.id, note_id=note.id, text="Rettelse: mandag.", author="kari", created_at=AT
    )
    vault.notes.add_addendum(addendum)
    assert vault.notes.addenda_for(note.id) == [addendum]
    assert _ops(vault, addendum.id)[0][0] is OpKind.CREATE


def test_b10_b11_signed_note_never_deleted_even_by_sql(vault: Vault) -> None:
    """B10/B11: no delete of signed notes, meldinger or addenda; the schema refuses it too."""
    case = make_case(vault)
    note = make_note(case)
    vault.notes.save_draft(note)
    vault.notes.sign(note.id, by="kari", at=AT)
    with pytest.raises(ValidationError) as info:
        vault.notes.delete_draft(note.id)
    assert info.value.kind is ErrorKind.DELETE_FORBIDDEN
    conn = vault._db.conn
    for sql in ("DELETE FROM notes WHERE id = ?", "UPDATE notes SET data = '{}' WHERE id = ?"):
        with pytest.raises(Exception, match="B11"):
            conn.execute(sql, (note.id,))
    assert vault.notes.get(note.id).is_signed


def test_draft_delete_removes_note_and_sends_delete(vault: Vault) -> None:
    case = make_case(vault)
    note = make_note(case, body="Skal slettes xylofon")
    vault.notes.save_draft(note)
    vault.notes.delete_draft(note.id)
    assert vault.notes.list_for_case(case.id) == []
    assert [k for k, _ in _ops(vault, note.id)] == [OpKind.DELETE]
    assert vault.search.search("xylofon") == []


def test_b7_interpreter_under_18_refused_at_signing(vault: Vault) -> None:
    """B7 (tolkeloven § 4): nobody under 18, and never the child, may interpret."""
    case = make_case(vault)
    young = Interpreter(name="Ung tolk", birth_date=date(2012, 1, 1))
    note = make_note(case, interpreter=young)
    vault.notes.save_draft(note)
    outbox = vault.outbox.count()
    with pytest.raises(ValidationError) as info:
        vault.notes.sign(note.id, by="kari", at=AT)
    assert info.value.kind is ErrorKind.INTERPRETER_UNDER_18
    assert vault.notes.get(note.id).status is NoteStatus.DRAFT
    assert vault.outbox.count() == outbox  # nothing half-written
    child = make_note(case, interpreter=Interpreter(name="Barnet", person_id=case.child_id))
    vault.notes.save_draft(child)
    with pytest.raises(ValidationError) as info:
        vault.notes.sign(child.id, by="kari", at=AT)
    assert info.value.kind is ErrorKind.INTERPRETER_IS_CHILD


def test_notes_listed_in_time_order_and_unknown_refused(vault: Vault) -> None:
    case = make_case(vault)
    late = make_note(case, body="sen")
    early = make_note(case, body="tidlig").edited(occurred_at=datetime(2026, 1, 1, tzinfo=UTC))
    vault.notes.save_draft(late)
    vault.notes.save_draft(early)
    assert [n.body for n in vault.notes.list_for_case(case.id)] == ["tidlig", "sen"]
    with pytest.raises(ValidationError):  # a note never moves to another case
        vault.notes.save_draft(dataclasses.replace(late, case_id="nope"))
    with pytest.raises(NotFound):
        vault.notes.save_draft(dataclasses.replace(make_note(case), case_id="nope"))
    with pytest.raises(NotFound):
        vault.notes.get("nope")
