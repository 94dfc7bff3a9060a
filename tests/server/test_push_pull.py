"""Push and pull (DESIGN.md §5) on SQLite and PostgreSQL."""

from __future__ import annotations

from domain.access import Role
from domain.hlc import Timestamp
from domain.ops import Entity, OpKind
from tests.server.conftest import Server


def _hlc(ms: int, device: str) -> str:
    return Timestamp(1_800_000_000_000 + ms, 0, device).encode()


def test_create_case_gets_number_and_is_assigned(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, result = server.new_case(saks, status="undersokelse")
    assert result["case_number"] == "2026-0001"
    assert result["seq"] == 1
    assert result["content_hash"]
    _, second = server.new_case(saks)
    assert second["case_number"] == "2026-0002"
    page = server.pull(saks)
    assert [g["case_id"] for g in page["grants"]] == sorted([case_id, second["case_id"]])
    assert page["grants"][0]["assigned"] == [saks.user_id]


def test_push_is_idempotent_and_detects_op_id_conflict(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, op = saks.maker.new_case()
    first = server.push(saks, [op])[0]
    again = server.push(saks, [op])[0]
    assert again["status"] == "duplicate"
    assert (again["seq"], again["content_hash"]) == (first["seq"], first["content_hash"])
    forged = op.model_copy(update={"fields": {"status": "henlagt"}})
    assert server.push(saks, [forged])[0] == {
        "op_id": op.op_id, "status": "rejected", "seq": None, "content_hash": None,
        "reason": "op_id_conflict", "case_id": None, "case_number": None,
    }


def test_content_hash_is_the_domain_receipt(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    _, op = saks.maker.new_case()
    assert server.push(saks, [op])[0]["content_hash"] == op.to_operation().content_hash()


def test_update_merges_per_field_by_hlc_and_flags_the_loser(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    m = saks.maker
    create = m.op(case_id, Entity.MEASURE, OpKind.CREATE, {"kind": "MST", "note": "a"},
                  hlc=_hlc(1, "d1"))
    newer = m.op(case_id, Entity.MEASURE, OpKind.UPDATE, {"note": "new"}, create.entity_id,
                 hlc=_hlc(10, "d2"))
    late_old = m.op(case_id, Entity.MEASURE, OpKind.UPDATE, {"note": "old", "kind": "FFT"},
                    create.entity_id, hlc=_hlc(5, "d1"))
    results = server.push(saks, [create, newer, late_old])
    assert [r["status"] for r in results] == ["accepted"] * 3
    grant = server.pull(saks)["grants"][0]
    measure = next(e for e in grant["entities"] if e["entity_id"] == create.entity_id)
    assert measure["fields"] == {"kind": "FFT", "note": "new"}
    from sqlalchemy import select

    from sync.server.tables import field_history

    with server.factory() as s:
        rows = s.execute(select(field_history)).all()
    assert [(r.field, r.value, r.flagged) for r in rows] == [("note", "old", True)]


def test_signed_note_rejects_changes_b11(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    m = saks.maker
    note = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.CREATE, {"text": "utkast"})
    sign = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.SIGN, {"signed_by": saks.user_id},
                note.entity_id)
    edit = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.UPDATE, {"text": "endret"}, note.entity_id)
    delete = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.DELETE, {}, note.entity_id)
    results = server.push(saks, [note, sign, edit, delete])
    assert [r["status"] for r in results] == ["accepted", "accepted", "rejected", "rejected"]
    assert results[2]["reason"] == results[3]["reason"] == "note_signed"


def test_entities_are_named_by_kind_and_id(server: Server) -> None:
    """A melding and its reporter share an id: two entities, as the protocol names them."""
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    m = saks.maker
    report = m.op(case_id, Entity.REPORT, OpKind.CREATE, {"content": "x"})
    reporter = m.op(case_id, Entity.REPORTER, OpKind.CREATE, {"name": "Nabo"}, report.entity_id)
    edit = m.op(case_id, Entity.REPORTER, OpKind.UPDATE, {"phone": "1"}, report.entity_id)
    results = server.push(saks, [report, reporter, edit])
    assert [r["status"] for r in results] == ["accepted"] * 3
    grant = server.pull(saks)["grants"][0]
    shared = {e["entity"]: e["fields"] for e in grant["entities"]
              if e["entity_id"] == report.entity_id}
    assert shared == {"report": {"content": "x"}, "reporter": {"name": "Nabo", "phone": "1"}}


def test_a_signature_wins_whole_over_an_earlier_edit_with_a_later_clock_b11(
    server: Server,
) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    m = saks.maker
    note = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.CREATE,
                {"text": "utkast", "status": "utkast", "extra": 1}, hlc=_hlc(1, "d1"))
    edit = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.UPDATE, {"text": "endret"},
                note.entity_id, hlc=_hlc(20, "d2"))
    sign = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.SIGN, {"text": "signert", "status": "signert"},
                note.entity_id, hlc=_hlc(10, "d1"))
    assert [r["status"] for r in server.push(saks, [note, edit, sign])] == ["accepted"] * 3
    later = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.UPDATE, {"text": "x"}, note.entity_id,
                 hlc=_hlc(30, "d2"))
    assert server.push(saks, [later])[0]["reason"] == "note_signed"
    grant = server.pull(server.enrol("saks"))["grants"][0]  # a fresh device of the user
    entity = next(e for e in grant["entities"] if e["entity_id"] == note.entity_id)
    assert entity["fields"] == {"text": "signert", "status": "signert"}
    assert entity["field_hlcs"] == {"text": _hlc(10, "d1"), "status": _hlc(10, "d1")}
    assert entity["signed"] and not entity["deleted"]
    from sqlalchemy import select

    from sync.server.tables import field_history

    with server.factory() as s:
        rows = s.execute(select(field_history)).all()
    assert sorted((r.entity, r.field, r.value, r.hlc, r.flagged) for r in rows) == [
        ("journal_note", "extra", 1, _hlc(1, "d1"), True),
        ("journal_note", "status", "utkast", _hlc(1, "d1"), True),
        ("journal_note", "text", "endret", _hlc(20, "d2"), True),
    ]


def test_a_signature_undoes_a_draft_deletion_b10(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    m = saks.maker
    note = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.CREATE, {"text": "utkast"})
    delete = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.DELETE, {}, note.entity_id)
    sign = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.SIGN, {"text": "signert"}, note.entity_id)
    again = m.op(case_id, Entity.JOURNAL_NOTE, OpKind.DELETE, {}, note.entity_id)
    results = server.push(saks, [note, delete, sign, again])
    assert [r["status"] for r in results] == ["accepted"] * 3 + ["rejected"]
    assert results[3]["reason"] == "note_signed"
    entity = next(e for e in server.pull(saks)["grants"][0]["entities"]
                  if e["entity_id"] == note.entity_id)
    assert (entity["fields"], entity["signed"], entity["deleted"]) == (
        {"text": "signert"}, True, False)


def test_meldinger_are_never_deleted_b10(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    report = saks.maker.op(case_id, Entity.REPORT, OpKind.CREATE, {"content": "x"})
    gone = saks.maker.op(case_id, Entity.REPORT, OpKind.DELETE, {}, report.entity_id)
    results = server.push(saks, [report, gone])
    assert results[1]["reason"] == "delete_forbidden"


def test_unknown_entity_and_existing_entity(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    m = saks.maker
    upd = m.op(case_id, Entity.VISIT, OpKind.UPDATE, {"x": 1})
    visit = m.op(case_id, Entity.VISIT, OpKind.CREATE, {"x": 1})
    again = m.op(case_id, Entity.VISIT, OpKind.CREATE, {"x": 2}, visit.entity_id)
    reasons = [r["reason"] for r in server.push(saks, [upd, visit, again])]
    assert reasons == ["unknown_entity", None, "entity_exists"]


def test_pull_pages_by_cursor_without_gaps_or_repeats(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    ops = [saks.maker.op(case_id, Entity.VISIT, OpKind.CREATE, {"n": i}) for i in range(25)]
    server.push(saks, ops)
    seen: list[int] = []
    for page in iter(lambda: server.pull(saks, limit=7), None):
        seen += [op["seq"] for op in page["ops"]]
        if not page["has_more"]:
            break
    assert seen == list(range(1, 27))
    assert server.pull(saks)["ops"] == []


def test_assignment_grants_full_state_and_unassign_revokes(server: Server) -> None:
    a = server.person("a", Role.SAKSBEHANDLER)
    b = server.person("b", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(a)
    server.push(a, [a.maker.op(case_id, Entity.VISIT, OpKind.CREATE, {"n": 1})])
    server.pull_all(b)
    from sync.server import admin
    from sync.server.db import transaction

    with transaction(server.factory) as s:
        admin.assign(s, server.settings, case_id, "b")
    page = server.pull(b)
    assert [g["case_id"] for g in page["grants"]] == [case_id]
    assert {e["entity"] for e in page["grants"][0]["entities"]} == {"case", "visit"}
    assert server.pull(b)["grants"] == []
    with transaction(server.factory) as s:
        admin.unassign(s, server.settings, case_id, "b")
    assert server.pull(b)["revocations"] == [case_id]
    assert server.pull(b)["revocations"] == []


def test_lost_pull_response_resends_grants(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    lost = server.pull(saks, advance=False)
    assert [g["case_id"] for g in lost["grants"]] == [case_id]
    again = server.pull(saks)
    assert [g["case_id"] for g in again["grants"]] == [case_id]
    assert server.pull(saks)["grants"] == []


def test_mottak_intake_queue_then_decided(server: Server) -> None:
    mottak = server.person("mottak", Role.MOTTAK)
    other_mottak = server.person("mottak2", Role.MOTTAK)
    leder = server.person("leder", Role.LEDER)
    case_id, result = server.new_case(mottak, status="undersokelse")
    assert result["case_number"]
    for dev in (mottak, other_mottak, leder):
        assert [g["case_id"] for g in server.pull(dev)["grants"]] == [case_id]
    decide = leder.maker.op(case_id, Entity.CASE, OpKind.UPDATE, {"status": "undersokelse"},
                            case_id)
    assert server.push(leder, [decide])[0]["status"] == "accepted"
    assert server.pull(mottak)["revocations"] == [case_id]
    assert server.pull(other_mottak)["revocations"] == [case_id]
    assert server.pull(leder)["revocations"] == []


def _child(device, case_id: str, number: str):  # type: ignore[no-untyped-def]
    return device.maker.op(case_id, Entity.PERSON, OpKind.CREATE, {
        "role": "barn", "given_name": "Test", "family_name": "Barn", "identity_number": number})


def test_two_intakes_for_the_same_child_are_joined(server: Server) -> None:
    m1 = server.person("m1", Role.MOTTAK)
    m2 = server.person("m2", Role.MOTTAK)
    leder = server.person("leder", Role.LEDER)
    first, _ = server.new_case(m1)
    second, _ = server.new_case(m2)
    server.push(m1, [_child(m1, first, "14831551217")])
    server.pull_all(leder)
    result = server.push(m2, [_child(m2, second, "14831551217")])[0]
    assert result["case_id"] == first
    page = server.pull(leder)
    assert second in page["revocations"]
    grant = next(g for g in page["grants"] if g["case_id"] == first)
    assert grant["aliases"] == [second]
    assert sum(e["entity"] == "person" for e in grant["entities"]) == 2
    later = m2.maker.op(second, Entity.VISIT, OpKind.CREATE, {"n": 1})
    assert server.push(m2, [later])[0]["case_id"] == first
    joins = server.get("/v1/joins", leder).json()
    assert [j["status"] for j in joins] == ["joined"]


def test_same_child_in_a_case_the_user_cannot_see_is_only_proposed(server: Server) -> None:
    a = server.person("a", Role.SAKSBEHANDLER)
    b = server.person("b", Role.SAKSBEHANDLER)
    leder = server.person("leder", Role.LEDER)
    first, _ = server.new_case(a, status="undersokelse")
    second, _ = server.new_case(b, status="undersokelse")
    server.push(a, [_child(a, first, "14831551217")])
    result = server.push(b, [_child(b, second, "14831551217")])[0]
    assert result["case_id"] == second
    grants = server.pull(b)["grants"]
    assert [g["case_id"] for g in grants] == [second]
    assert [j["status"] for j in server.get("/v1/joins", leder).json()] == ["pending"]
