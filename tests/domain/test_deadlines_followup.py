"""Deadlines of running measures: A11 tiltaksplan (BVL2021 § 8-1, BVL1992 § 4-5), A18 care
order carried out (§ 4-13; new § to confirm), A21/A22 foster-home visits (fosterhjemsforskriften,
to confirm), A23 protected address renewed (Folkeregister practice), A25 age limits (§ 1-2; § 1-3)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.casefile import CaseFile
from domain.cases import CaseStatus
from domain.deadlines import (
    Action,
    Deadline,
    DeadlineSettings,
    DeadlineStatus,
    Progress,
    ReminderLevel,
    compute_deadlines,
)
from domain.legal import LawVersion, LegalBasis
from domain.measures import (
    AddressProtectionDecision,
    CareOrder,
    MeasureKind,
    Placement,
    Visit,
    VisitKind,
)
from domain.people import AddressProtection
from tests.domain.test_deadlines_builders import CASE_ID, case_file, child, measure, only


def _rule(
    file: CaseFile, today: date, rule: str, settings: DeadlineSettings | None = None
) -> list[Deadline]:
    found = compute_deadlines(file, today, settings or DeadlineSettings())
    return [d for d in found if d.rule == rule]


def test_A11_warn_when_a_hjelpetiltak_has_no_plan() -> None:
    """A11, § 8-1 (§ 4-5): a plan must exist when the hjelpetiltak is decided."""
    file = case_file()
    file.measures.append(measure(date(2024, 3, 1)))
    plan = only(_rule(file, date(2024, 3, 5), "A11"), "A11", "plan")
    assert (plan.due_on, plan.status, plan.satisfied_by) == (
        date(2024, 3, 1),
        DeadlineStatus.OVERDUE,
        Action.MAKE_PLAN,
    )
    assert plan.reminders[0].level is ReminderLevel.WARNING
    assert plan.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 8-1")


def test_A11_plan_made_later_is_met_late_and_other_kinds_have_none() -> None:
    """A11, § 8-1 (§ 4-5): only hjelpetiltak; a plan made after the decision is late."""
    file = case_file()
    file.measures.append(measure(date(2024, 3, 1), plan=date(2024, 3, 4)))
    file.measures.append(measure(date(2024, 3, 1), MeasureKind.OMSORGSTILTAK, measure_id="m-2"))
    deadlines = _rule(file, date(2024, 3, 5), "A11")
    assert {d.subject_id for d in deadlines} == {"m-1"}
    assert only(deadlines, "A11", "plan").status is DeadlineStatus.MET_LATE


def test_A11_evaluation_each_quarter_from_plan_and_last_evaluation() -> None:
    """A11, § 8-1 (§ 4-5): evaluated every 3 months (guideline) from the plan or last evaluation."""
    tiltak = measure(date(2023, 11, 30), plan=date(2023, 11, 30))
    tiltak.evaluations = [date(2024, 3, 5), date(2024, 5, 31)]
    file = case_file()
    file.measures.append(tiltak)
    evaluations = sorted(
        (d for d in _rule(file, date(2024, 6, 3), "A11") if d.part != "plan"),
        key=lambda d: d.starts_on,
    )
    assert [(d.starts_on, d.due_on, d.status) for d in evaluations] == [
        (date(2023, 11, 30), date(2024, 2, 29), DeadlineStatus.MET_LATE),  # leap-year clamp
        (date(2024, 3, 5), date(2024, 6, 5), DeadlineStatus.MET_ON_TIME),
        (date(2024, 5, 31), date(2024, 8, 31), DeadlineStatus.UPCOMING),
    ]
    assert {d.satisfied_by for d in evaluations} == {Action.EVALUATE_PLAN}
    assert len({d.key for d in evaluations}) == 3


def test_A11_no_open_evaluation_once_the_measure_ended() -> None:
    """A11, § 8-1 (§ 4-5): an ended measure needs no further evaluation; settings move it."""
    tiltak = measure(date(2024, 1, 10), plan=date(2024, 1, 10))
    file = case_file()
    file.measures.append(tiltak)
    monthly = DeadlineSettings(a11_evaluation_months=1)
    assert only(
        _rule(file, date(2024, 1, 11), "A11", monthly), "A11", "evaluering:2024-01-10"
    ).due_on == date(2024, 2, 10)
    tiltak.ended_on = date(2024, 3, 1)
    assert [d.part for d in _rule(file, date(2024, 6, 1), "A11")] == ["plan"]


def test_A18_care_order_carried_out_within_six_weeks() -> None:
    """A18 (§ 4-13; new § to confirm): 6 weeks from nemnda's decision to "iverksatt"."""
    file = case_file()
    order = CareOrder(CASE_ID, date(2024, 3, 4), id="o-1")
    file.care_orders.append(order)
    a18 = only(_rule(file, date(2024, 3, 5), "A18"), "A18")
    assert (a18.due_on, a18.satisfied_by) == (date(2024, 4, 15), Action.CARRY_OUT_CARE_ORDER)
    assert a18.legal_basis == LegalBasis(LawVersion.BVL2021, "kap. 5")
    order.carried_out_on = date(2024, 4, 16)
    assert only(_rule(file, date(2024, 5, 1), "A18"), "A18").status is DeadlineStatus.MET_LATE
    old = case_file()
    old.care_orders.append(CareOrder(CASE_ID, date(2022, 3, 4)))
    settings = DeadlineSettings(a18_weeks=4)
    old_a18 = only(_rule(old, date(2022, 3, 5), "A18", settings), "A18")
    assert old_a18.legal_basis == LegalBasis(LawVersion.BVL1992, "§ 4-13")
    assert old_a18.due_on == date(2022, 4, 1)


def _placement(started: date, *visits: tuple[VisitKind, date]) -> Placement:
    placement = Placement(CASE_ID, started, id="f-1")
    placement.visits = [Visit(kind, day) for kind, day in visits]
    return placement


def _visits(placement: Placement, today: date, rule: str = "A21") -> Deadline:
    file = case_file(CaseStatus.OMSORG)
    file.placements.append(placement)
    return only(_rule(file, today, rule), rule)


def test_A21_four_visits_a_year_spread_over_the_calendar_year() -> None:
    """A21 (fosterhjemsforskriften, to confirm): 4 a year; the k-th falls due at k/4 of the year."""
    placement = _placement(date(2020, 5, 1))
    first = _visits(placement, date(2024, 1, 2))
    assert (first.starts_on, first.due_on) == (
        date(2024, 1, 1),
        date(2024, 3, 31),
    )  # one per quarter
    assert first.progress == Progress(0, 0, 4, 0)
    assert (first.part, first.satisfied_by) == ("2024", Action.VISIT)
    behind = _visits(placement, date(2024, 4, 1))
    assert behind.status is DeadlineStatus.OVERDUE  # behind the pro-rata count
    assert behind.progress == Progress(0, 1, 4, 0)


def test_A21_visits_done_move_the_next_due_date_and_meet_the_year() -> None:
    """A21 (fosterhjemsforskriften): each visit moves the deadline to the next one due."""
    visits = [(VisitKind.OPPFOLGING, date(2024, m, 10)) for m in (2, 5, 8)]
    placement = _placement(date(2020, 5, 1), *visits)
    on_track = _visits(placement, date(2024, 9, 1))
    assert (on_track.due_on, on_track.status) == (date(2024, 12, 31), DeadlineStatus.UPCOMING)
    assert on_track.progress == Progress(3, 2, 4, 0)
    placement.visits.append(Visit(VisitKind.OPPFOLGING, date(2024, 11, 20)))
    done = _visits(placement, date(2024, 11, 21))
    assert (done.status, done.met_on) == (DeadlineStatus.MET_ON_TIME, date(2024, 11, 20))


def test_A21_placement_started_mid_year_counts_pro_rata() -> None:
    """A21 (fosterhjemsforskriften): a placement from 1 October owes 1 visit that year."""
    late_start = _visits(_placement(date(2023, 10, 1)), date(2023, 10, 2))
    assert late_start.progress is not None and late_start.progress.required == 1
    assert late_start.due_on == date(2023, 12, 31)
    assert not [
        d
        for d in compute_deadlines(
            _one_placement(_placement(date(2023, 12, 20))), date(2023, 12, 21)
        )
        if d.rule in ("A21", "A22")
    ]  # 12 days owe 0 visits


def _one_placement(placement: Placement) -> CaseFile:
    file = case_file(CaseStatus.OMSORG)
    file.placements.append(placement)
    return file


def test_A21_reduced_by_recorded_decision() -> None:
    """A21 (fosterhjemsforskriften): a recorded decision may reduce the follow-up visits."""
    placement = _placement(date(2020, 5, 1))
    placement.reduced_followup_per_year = 2
    reduced = _visits(placement, date(2024, 1, 2))
    assert reduced.progress is not None and reduced.progress.required == 2
    assert reduced.due_on == date(2024, 6, 30)
    assert _visits(placement, date(2024, 1, 2), "A22").progress == Progress(0, 0, 4, 0)


def test_A22_tilsyn_counted_apart_with_reports_received() -> None:
    """A22 (fosterhjemsforskriften): tilsyn visits and received reports counted per year."""
    placement = _placement(date(2020, 5, 1), (VisitKind.OPPFOLGING, date(2024, 2, 1)))
    placement.visits.append(Visit(VisitKind.TILSYN, date(2024, 3, 1), date(2024, 3, 8)))
    placement.visits.append(Visit(VisitKind.TILSYN, date(2023, 12, 1), date(2023, 12, 8)))
    a22 = _visits(placement, date(2024, 4, 2), "A22")
    assert a22.progress == Progress(1, 1, 4, 1)
    assert (a22.satisfied_by, a22.legal_basis.law) == (Action.TILSYN_VISIT, LawVersion.OTHER)
    assert a22.status is DeadlineStatus.UPCOMING
    settings = DeadlineSettings(a22_visits_per_year=2)
    file = _one_placement(placement)
    assert only(_rule(file, date(2024, 4, 2), "A22", settings), "A22").progress == Progress(
        1, 0, 2, 1
    )


def test_A21_ended_placement_owes_nothing() -> None:
    """A21/A22 (fosterhjemsforskriften): no visits are owed once the placement has ended."""
    placement = _placement(date(2020, 5, 1))
    placement.ended_on = date(2024, 2, 1)
    assert not [
        d
        for d in compute_deadlines(_one_placement(placement), date(2024, 3, 1))
        if d.rule in ("A21", "A22")
    ]


def test_A23_protection_renewed_within_a_year_reminded_at_ten_and_eleven_months() -> None:
    """A23 (Folkeregister practice): 1 year from the decision or last renewal; remind 10–11 m."""
    file = case_file()
    decision = AddressProtectionDecision(
        CASE_ID, "p-1", AddressProtection.STRENGT_FORTROLIG, date(2023, 2, 28), id="s-1"
    )
    file.address_protections.append(decision)
    a23 = only(_rule(file, date(2023, 3, 1), "A23"), "A23")
    assert (a23.due_on, a23.satisfied_by) == (date(2024, 2, 28), Action.RENEW_PROTECTION)
    assert [(r.on, r.level) for r in a23.reminders] == [
        (date(2023, 12, 28), ReminderLevel.INFO),
        (date(2024, 1, 28), ReminderLevel.WARNING),
        (date(2024, 2, 28), ReminderLevel.ALERT_LEADER),
    ]
    decision.renewed_on = date(2024, 2, 29)
    assert only(_rule(file, date(2024, 3, 1), "A23"), "A23").due_on == date(2025, 2, 28)
    decision.level = AddressProtection.NONE
    assert _rule(file, date(2024, 3, 1), "A23") == []


def test_A23_lifted_protection_is_not_renewed() -> None:
    """A23 (Folkeregister practice): once the protection is lifted nothing is owed."""
    file = case_file()
    decision = AddressProtectionDecision(
        CASE_ID, "p-1", AddressProtection.FORTROLIG, date(2023, 2, 28), id="s-2"
    )
    file.address_protections.append(decision)
    assert _rule(file, date(2023, 3, 1), "A23")
    decision.ended_on = date(2023, 6, 1)
    assert _rule(file, date(2023, 7, 1), "A23") == []


@pytest.mark.parametrize(
    ("born", "eighteen", "twenty_five"),
    [
        (date(2006, 6, 1), date(2024, 6, 1), date(2031, 6, 1)),
        (date(2008, 2, 29), date(2026, 2, 28), date(2033, 2, 28)),  # born on a leap day
    ],
)
def test_A25_warnings_at_18_and_closure_task_at_25(
    born: date, eighteen: date, twenty_five: date
) -> None:
    """A25, § 1-2 (§ 1-3): warnings at the 18th birthday; closure task at the 25th."""
    file = case_file(CaseStatus.TILTAK)
    file.persons.append(child(born))
    before = _rule(file, date(2024, 1, 2), "A25")
    assert [(d.part, d.due_on, d.satisfied_by) for d in before][:1] == [
        ("18", eighteen, Action.ASSESS_ETTERVERN)
    ]
    after = _rule(file, eighteen, "A25")
    assert {(d.part, d.due_on) for d in after} == {("18", eighteen), ("25", twenty_five)}
    assert only(after, "A25", "25").satisfied_by is Action.CLOSE_ETTERVERN
    assert child(born).age_on(eighteen) == 18


def test_A25_ettervern_meets_the_18_deadline_and_closed_cases_have_none() -> None:
    """A25, § 1-2 (§ 1-3): an ettervern measure meets the 18-year task; closed cases have none."""
    file = case_file(CaseStatus.ETTERVERN)
    file.persons.append(child(date(2006, 3, 1)))
    file.measures.append(measure(date(2024, 2, 1), MeasureKind.ETTERVERN))
    eighteen = only(_rule(file, date(2024, 6, 1), "A25"), "A25", "18")
    assert (eighteen.status, eighteen.met_on) == (DeadlineStatus.MET_ON_TIME, date(2024, 2, 1))
    assert eighteen.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 1-2")
    file.case.status = CaseStatus.AVSLUTTET
    assert _rule(file, date(2024, 6, 1), "A25") == []


def test_A25_warning_ladder_and_law_version_of_the_birthday() -> None:
    """A25, § 1-2 (§ 1-3): first warning 6 months before (a setting); a birthday in 2022 cites
    BVL1992 § 1-3."""
    file = case_file(CaseStatus.TILTAK)
    file.persons.append(child(date(2004, 8, 31)))
    eighteen = only(_rule(file, date(2022, 1, 3), "A25"), "A25", "18")
    assert eighteen.legal_basis == LegalBasis(LawVersion.BVL1992, "§ 1-3")
    assert [(r.on, r.level) for r in eighteen.reminders] == [
        (date(2022, 2, 28), ReminderLevel.INFO),
        (date(2022, 8, 31), ReminderLevel.WARNING),
    ]
    two = DeadlineSettings(a25_warn_months=2)
    early = only(_rule(file, date(2022, 1, 3), "A25", two), "A25", "18")
    assert early.reminders[0].on == date(2022, 6, 30)
