"""Cases, meldinger, undersøkelser and measures in the vault, with the rules they enforce."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from domain.cases import CaseStatus
from domain.errors import ErrorKind, ValidationError
from domain.investigations import (
    ChildParticipation,
    Conclusion,
    ConclusionCode,
    Extension,
    Investigation,
    ParticipationCode,
    PlanEntry,
    PlanItem,
)
from domain.legal import LawVersion, LegalBasis
from domain.measures import (
    AddressProtectionDecision,
    CareOrder,
    EmergencyDecision,
    EmergencyKind,
    Measure,
    MeasureKind,
    Placement,
    Visit,
    VisitKind,
)
from domain.ops import Entity, OpKind
from domain.people import AddressProtection, Person, PersonRole
from domain.reports import (
    Channel,
    IntakeDecision,
    IntakeOutcome,
    LetterKind,
    Report,
    ReporterIdentity,
    ReporterLetter,
    ReporterType,
)
from storage.errors import NotFound
from storage.vault import Vault
from tests.storage.conftest import FakeClock, make_case, make_note

AT = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def _report(case_id: str, kind: ReporterType, who: ReporterIdentity | None) -> Report:
    return Report(
        case_id=case_id,
        received_at=AT,
        channel=Channel.PHONE,
        reporter_type=kind,
        content="Naboen hører roping om natten.",
        reporter=who,
    )


def test_case_list_pages_filters_and_masks(vault: Vault, clock: FakeClock) -> None:
    """B8: lists show the identity number masked; newest change first."""
    first = make_case(vault, given="Ola", family="Nordmann", identity_number="14831551217")
    clock.advance(60)
    second = make_case(vault, given="Kari", family="Ås")
    assert [s.id for s in vault.cases.list()] == [second.id, first.id]
    ola = vault.cases.list(text="nordm")[0]
    assert ola.child_identity_masked == "148315*****"
    assert "14831551217" not in repr(vault.cases.list())
    vault.cases.update(first.id, status=CaseStatus.UNDERSOKELSE, number="2026-0142")
    assert [s.id for s in vault.cases.list(status=CaseStatus.UNDERSOKELSE)] == [first.id]
    assert vault.cases.list(text="2026-0142")[0].number == "2026-0142"
    assert len(vault.cases.list(limit=1, offset=1)) == 1 and vault.cases.count() == 2
    update = [o for o in vault.outbox.pending() if o.kind is OpKind.UPDATE][-1]
    assert dict(update.fields) == {"status": "undersokelse", "number": "2026-0142"}
    assert vault.cases.find_by_identity_number("14831551217") == first.id
    assert vault.cases.find_by_identity_number("02813299952") is None


def test_b6_strengt_fortrolig_address_never_in_list_or_search(vault: Vault) -> None:
    """B6 (Folkeregister): a strengt fortrolig address is never shown in lists or snippets."""
    case = make_case(
        vault, address="Hemmeligveien 7", address_protection=AddressProtection.STRENGT_FORTROLIG
    )
    vault.notes.save_draft(make_note(case, body="Samtale med barnet om skolen."))
    [summary] = vault.cases.list()
    assert summary.address_protection is AddressProtection.STRENGT_FORTROLIG
    assert "Hemmeligveien" not in repr(summary)
    assert vault.search.search("Hemmeligveien") == []
    assert all("Hemmelig" not in h.snippet for h in vault.search.search("skolen"))


def test_person_rename_updates_list_and_search(vault: Vault) -> None:
    case = make_case(vault, given="Per")
    vault.notes.save_draft(make_note(case))
    child = vault.cases.get_file(case.id).child
    assert child is not None
    vault.cases.update_person(Person(**{**child.__dict__, "given_name": "Pål"}))
    assert vault.cases.list()[0].child_name == "Pål Bø"
    assert len(vault.search.search("Pål")) == 1 and vault.search.search("Per") == []
    mother = Person(case_id=case.id, role=PersonRole.PARENT, given_name="Mette", family_name="Bø")
    vault.cases.add_person(mother)
    assert len(vault.search.search("Mette")) == 1
    assert len(vault.cases.get_file(case.id).persons) == 2


def test_b4_reporter_identity_stored_apart(vault: Vault) -> None:
    """B4 (fvl. § 19): the melder's identity lives apart; anonymous reporters have none."""
    case = make_case(vault)
    named = _report(
        case.id, ReporterType.PUBLIC_BODY, ReporterIdentity("Lærer Lie", "Nordby skole")
    )
    anonymous = _report(case.id, ReporterType.ANONYMOUS, None)
    vault.reports.add(named)
    vault.reports.add(anonymous)
    conn = vault._db.conn
    for (data,) in conn.execute("SELECT data FROM reports"):
        assert "Lie" not in data and "reporter" not in json.loads(data)
    assert conn.execute("SELECT count(*) FROM reporters").fetchone()[0] == 1
    ops = {(o.entity, o.entity_id) for o in vault.outbox.pending()}
    assert (Entity.REPORTER, named.id) in ops and (Entity.REPORTER, anonymous.id) not in ops
    assert all(
        "Lie" not in json.dumps(dict(o.fields))
        for o in vault.outbox.pending()
        if o.entity is Entity.REPORT
    )
    file = vault.cases.get_file(case.id)
    assert all(r.reporter is None for r in file.reports)
    assert vault.reports.reporter_of(named.id) == named.reporter
    assert vault.reports.reporter_of(anonymous.id) is None
    reads = [e for e in vault.access_log.for_case(case.id) if e.action == "reporter.read"]
    assert [e.entity_id for e in reads] == [named.id, anonymous.id]


def test_b10_meldinger_never_deleted(vault: Vault) -> None:
    """B10 (bvl. § 12-4): even a closed melding stays; the schema refuses DELETE."""
    case = make_case(vault)
    report = _report(case.id, ReporterType.PRIVATE, ReporterIdentity("Nabo"))
    vault.reports.add(report)
    vault.reports.decide(
        report.id,
        IntakeDecision(
            IntakeOutcome.HENLAGT, date(2026, 3, 3), "kari", reason="Ingen grunn til bekymring."
        ),
    )
    with pytest.raises(Exception, match="B10"):
        vault._db.conn.execute("DELETE FROM reports WHERE id = ?", (report.id,))
    stored = vault.cases.get_file(case.id).reports[0]
    assert stored.decision is not None and stored.decision.outcome is IntakeOutcome.HENLAGT
    vault.reports.record_letter(report.id, ReporterLetter(LetterKind.RECEIPT, date(2026, 3, 4)))
    assert vault.cases.get_file(case.id).reports[0].letters[0].kind is LetterKind.RECEIPT
    with pytest.raises(NotFound):
        vault.reports.decide("nope", stored.decision)


def test_a7_a8_conclusion_gate_leaves_nothing_half_written(vault: Vault) -> None:
    """A7/A8 (bvl. §§ 2-2 (3), 1-4): no conclusion before the plan and participation."""
    case = make_case(vault)
    report = _report(case.id, ReporterType.ANONYMOUS, None)
    vault.reports.add(report)
    inv = Investigation(case_id=case.id, report_id=report.id, opened_on=date(2026, 3, 5))
    vault.investigations.open(inv)
    before = (vault.outbox.count(), len(vault.access_log.for_case(case.id)))
    conclusion = Conclusion(ConclusionCode.HJELPETILTAK, date(2026, 5, 1))
    with pytest.raises(ValidationError) as info:
        vault.investigations.conclude(inv.id, conclusion)
    assert info.value.kind is ErrorKind.CONCLUSION_BLOCKED
    assert (vault.outbox.count(), len(vault.access_log.for_case(case.id))) == before
    for item in PlanItem:
        vault.investigations.update_plan(inv.id, PlanEntry(item, done=True))
    vault.investigations.add_participation(
        inv.id, ChildParticipation(ParticipationCode.SAMTALE, date(2026, 3, 20))
    )
    vault.investigations.extend(inv.id, Extension(date(2026, 5, 1), "Venter på BUP."))
    vault.investigations.conclude(inv.id, conclusion)
    stored = vault.cases.get_file(case.id).investigations[0]
    assert stored.conclusion == conclusion and all(e.done for e in stored.plan)
    assert [e.item for e in stored.plan] == list(PlanItem)


def test_measures_and_decisions_round_trip(vault: Vault) -> None:
    case = make_case(vault)
    bvl = LegalBasis(LawVersion.BVL2021, "§ 3-1")
    measure = Measure(
        case_id=case.id,
        kind=MeasureKind.HJELPETILTAK,
        description="Støttekontakt",
        legal_basis=bvl,
        decided_on=date(2026, 3, 1),
    )
    vault.measures.add(measure)
    vault.measures.record_plan(measure.id, date(2026, 3, 2))
    vault.measures.record_evaluation(measure.id, date(2026, 6, 2))
    emergency = EmergencyDecision(
        case_id=case.id,
        kind=EmergencyKind.OMSORG,
        decided_at=AT,
        legal_basis=LegalBasis(LawVersion.BVL2021, "§ 4-2"),
    )
    vault.measures.add_emergency(emergency)
    vault.measures.update_emergency(emergency.id, approved_on=date(2026, 3, 3))
    vault.measures.add_care_order(CareOrder(case_id=case.id, decided_on=date(2026, 4, 1)))
    placement = Placement(case_id=case.id, started_on=date(2026, 4, 2))
    vault.measures.add_placement(placement)
    vault.measures.add_visit(placement.id, Visit(VisitKind.TILSYN, date(2026, 5, 1)))
    child_id = case.child_id or ""
    vault.measures.add_address_protection(
        AddressProtectionDecision(
            case_id=case.id,
            person_id=child_id,
            level=AddressProtection.FORTROLIG,
            decided_on=date(2026, 1, 1),
        )
    )
    file = vault.cases.get_file(case.id)
    assert file.measures[0].plan_made_on == date(2026, 3, 2)
    assert file.measures[0].evaluations == [date(2026, 6, 2)]
    assert file.emergency_decisions[0].approved_on == date(2026, 3, 3)
    assert len(file.care_orders) == 1 and len(file.address_protections) == 1
    assert file.placements[0].visits == [Visit(VisitKind.TILSYN, date(2026, 5, 1))]
    visit_ops = [o for o in vault.outbox.pending() if o.entity is Entity.VISIT]
    # A visit is an entity of its own that names its placement (DESIGN.md §5).
    assert visit_ops[0].entity_id != placement.id and visit_ops[0].fields["kind"] == "tilsyn"
    assert visit_ops[0].fields["placement_id"] == placement.id
    with pytest.raises(ValueError):
        vault.measures.update_emergency(emergency.id, case_id="x")
    assert [f.case.id for f in vault.cases.all_files()] == [case.id]


def test_settings_and_outbox_delivery(vault: Vault) -> None:
    vault.settings.set("sync.cursor", {"seq": 42})
    assert vault.settings.get("sync.cursor") == {"seq": 42}
    assert vault.settings.get("missing", "standard") == "standard"
    make_case(vault)
    pending = vault.outbox.pending(limit=1)
    assert len(pending) == 1 and vault.outbox.count() == 2
    assert vault.outbox.mark_delivered([pending[0].op_id]).outbox
    assert vault.outbox.count() == 1
