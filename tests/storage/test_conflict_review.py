"""Flagged case history (DESIGN.md §5): what review sees, and what keeping or restoring does."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from domain.cases import CaseStatus
from domain.errors import ErrorKind, ValidationError
from domain.hlc import Timestamp
from domain.legal import LawVersion, LegalBasis
from domain.measures import Measure, MeasureKind, Placement
from domain.ops import Entity, OpKind
from domain.reports import Channel, Report, ReporterIdentity, ReporterType
from storage.vault import Vault
from tests.storage.conftest import make_case, make_note
from tests.storage.remote_ops import OTHER_DEVICE, apply_remote, remote_op


def _measure(vault: Vault, case_id: str) -> Measure:
    measure = Measure(
        case_id=case_id,
        kind=MeasureKind.HJELPETILTAK,
        description="Støttekontakt",
        legal_basis=LegalBasis(LawVersion.BVL2021, "§ 3-1"),
        decided_on=date(2026, 3, 1),
    )
    vault.measures.add(measure)
    return measure


def _data(vault: Vault, table: str, entity_id: str) -> dict[str, object]:
    row = vault._db.conn.execute(f"SELECT data FROM {table} WHERE id = ?", (entity_id,))
    return dict(json.loads(row.fetchone()[0]))


def test_local_value_that_lost_is_flagged_with_both_values_and_its_author(vault: Vault) -> None:
    case = make_case(vault)
    vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    mine = vault.outbox.pending()[-1].hlc
    apply_remote(
        vault, remote_op(vault, Entity.CASE, case.id, case.id, {"status": "henlagt"}, newer=True)
    )

    [lost] = vault.conflicts.flagged(case.id)
    assert (lost.entity, lost.field, lost.source) == ("case", "status", "local")
    assert lost.value == "undersokelse" and lost.current == "henlagt" and lost.held
    assert lost.hlc == mine and lost.author == "kari"
    assert Timestamp.decode(lost.winner_hlc).device == OTHER_DEVICE
    assert vault.conflicts.flagged_counts() == {case.id: 1}


def test_remote_value_that_lost_is_flagged_and_not_applied(vault: Vault) -> None:
    case = make_case(vault)
    vault.cases.update(case.id, caseworker="kari")
    apply_remote(
        vault, remote_op(vault, Entity.CASE, case.id, case.id, {"caseworker": "ola"}, newer=False)
    )

    [lost] = vault.conflicts.flagged()
    assert (lost.field, lost.value, lost.current, lost.source) == (
        "caseworker",
        "ola",
        "kari",
        "remote",
    )
    assert lost.author == ""  # written elsewhere: the device is in its HLC, the user is not kept
    assert Timestamp.decode(lost.hlc).device == OTHER_DEVICE


def test_mark_reviewed_clears_the_flag_keeps_the_history_and_changes_nothing_else(
    vault: Vault,
) -> None:
    case = make_case(vault)
    vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    apply_remote(
        vault, remote_op(vault, Entity.CASE, case.id, case.id, {"status": "henlagt"}, newer=True)
    )
    [lost] = vault.conflicts.flagged()
    pending = vault.outbox.count()

    changes = vault.conflicts.mark_reviewed([lost.id])

    assert changes.cases == {case.id} and changes.case_list and not changes.outbox
    assert vault.conflicts.flagged() == [] and vault.conflicts.flagged_counts() == {}
    assert vault.outbox.count() == pending
    assert vault.cases.get_file(case.id).case.status is CaseStatus.HENLAGT
    kept = vault._db.conn.execute("SELECT value, flagged FROM case_history").fetchall()
    assert [tuple(r) for r in kept] == [('"undersokelse"', 0)]


def test_restore_writes_a_measure_field_back_as_one_new_update_op(vault: Vault) -> None:
    case = make_case(vault)
    measure = _measure(vault, case.id)
    vault.measures.record_plan(measure.id, date(2026, 3, 2))
    apply_remote(
        vault,
        remote_op(
            vault, Entity.MEASURE, measure.id, case.id, {"plan_made_on": "2026-03-09"}, newer=True
        ),
    )
    [lost] = vault.conflicts.flagged()
    assert (lost.value, lost.current) == ("2026-03-02", "2026-03-09")
    before = vault.outbox.count()

    changes = vault.conflicts.restore(lost.id)

    assert vault.access_log.for_case(case.id)[-1].action == "measure.update"
    assert changes.outbox and changes.cases == {case.id}
    assert vault.cases.get_file(case.id).measures[0].plan_made_on == date(2026, 3, 2)
    assert vault.outbox.count() == before + 1
    op = vault.outbox.pending()[-1]
    assert (op.entity, op.entity_id, op.kind) == (Entity.MEASURE, measure.id, OpKind.UPDATE)
    assert op.fields == {"plan_made_on": "2026-03-02"}
    assert op.hlc > lost.winner_hlc  # a new edit: it wins everywhere once synced
    assert vault.conflicts.flagged() == []
    assert not vault.conflicts.restore(lost.id)  # answered: a second click writes nothing
    assert vault.outbox.count() == before + 1


def test_restore_of_a_melding_decision_keeps_the_reporter_apart(vault: Vault) -> None:
    case = make_case(vault)
    report = Report(
        case_id=case.id,
        received_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
        channel=Channel.PHONE,
        reporter_type=ReporterType.PRIVATE,
        content="Bekymring.",
        reporter=ReporterIdentity(name="Nabo Naboesen"),
    )
    vault.reports.add(report)
    apply_remote(
        vault,
        remote_op(vault, Entity.REPORT, report.id, case.id, {"acute": True}, newer=False),
    )
    [lost] = vault.conflicts.flagged()

    vault.conflicts.restore(lost.id)

    assert vault.reports.get(report.id).acute is True
    assert "reporter" not in _data(vault, "reports", report.id)  # B4
    assert vault.outbox.pending()[-1].fields == {"acute": True}


def test_restore_refuses_signed_notes_the_reporter_item_lists_and_other_repositories(
    vault: Vault,
) -> None:
    case = make_case(vault)
    note = make_note(case)
    vault.notes.save_draft(note)
    vault.notes.sign(note.id, by="kari", at=datetime(2026, 3, 2, 11, 0, tzinfo=UTC))
    placement = Placement(case_id=case.id, started_on=date(2026, 4, 2))
    vault.measures.add_placement(placement)
    vault.cases.update(case.id, caseworker="kari")
    apply_remote(
        vault,
        remote_op(vault, Entity.JOURNAL_NOTE, note.id, case.id, {"body": "Endret."}, newer=True),
        remote_op(vault, Entity.PLACEMENT, placement.id, case.id, {"visits": []}, newer=False),
        remote_op(vault, Entity.CASE, case.id, case.id, {"caseworker": "ola"}, newer=False),
    )
    by_entity = {v.entity: v for v in vault.conflicts.flagged()}
    assert by_entity.keys() == {"journal_note", "case"}  # an empty visit list equals ours
    pending = vault.outbox.count()

    with pytest.raises(ValidationError) as refused:
        vault.conflicts.restore(by_entity["journal_note"].id)
    assert refused.value.kind is ErrorKind.SIGNED_NOTE_IMMUTABLE
    with pytest.raises(ValueError):  # the case has its own edit: cases.update
        vault.conflicts.restore(by_entity["case"].id)

    assert vault.outbox.count() == pending
    assert vault.notes.get(note.id).body == note.body  # B11
    assert len(vault.conflicts.flagged()) == 2
