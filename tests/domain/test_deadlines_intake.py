"""Deadlines of a melding: A1 (review, BVL2021 § 2-1 (1), BVL1992 § 4-2) and the reporter
letters A4a–A4c (BVL1992 § 6-7 a; the BVL2021 paragraph is to confirm), plus SSB's A1 check."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest

from domain.deadlines import (
    Action,
    Deadline,
    DeadlineSettings,
    DeadlineStatus,
    ReminderLevel,
    compute_deadlines,
    is_report_breach,
)
from domain.deadlines.intake import review_due
from domain.investigations import Conclusion, ConclusionCode, Investigation
from domain.legal import LawVersion, LegalBasis
from domain.reports import IntakeOutcome, LetterKind, Report, ReporterLetter, ReporterType
from tests.domain.test_deadlines_builders import (
    case_file,
    investigation,
    of_rule,
    only,
    report,
)

RECEIVED = date(2024, 3, 4)


def _deadlines(
    *reports_: Report, investigations: Sequence[Investigation] = (), today: date = RECEIVED
) -> list[Deadline]:
    file = case_file()
    file.reports.extend(reports_)
    file.investigations.extend(investigations)
    return compute_deadlines(file, today)


def test_A1_review_due_seven_days_after_receipt() -> None:
    """A1, § 2-1 (1) (§ 4-2): the 7th day after receipt is the last day of the review."""
    a1 = only(_deadlines(report(RECEIVED)), "A1")
    assert (a1.starts_on, a1.due_on) == (RECEIVED, date(2024, 3, 11))
    assert a1.satisfied_by is Action.DECIDE_INTAKE
    assert a1.title == "Gjennomgang av melding"
    assert a1.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 2-1 (1)")
    assert review_due(report(RECEIVED)) == date(2024, 3, 11)


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (RECEIVED, DeadlineStatus.DUE_SOON),  # 7 days left: within the due-soon window
        (date(2024, 3, 11), DeadlineStatus.DUE_SOON),  # the last day is not yet a breach
        (date(2024, 3, 12), DeadlineStatus.OVERDUE),  # fristbrudd from the day after day 7
    ],
)
def test_A1_fristbrudd_only_after_day_seven(today: date, status: DeadlineStatus) -> None:
    """A1, § 2-1 (1) (§ 4-2): "after day 7" means overdue from received + 8 days."""
    assert only(_deadlines(report(RECEIVED), today=today), "A1").status is status


def test_A1_met_on_time_and_late() -> None:
    """A1, § 2-1 (1) (§ 4-2): the intake decision meets the deadline; after day 7 it is late."""
    on_time = report(RECEIVED, decided=date(2024, 3, 11))
    late = report(RECEIVED, decided=date(2024, 3, 12), report_id="r-2")
    found = _deadlines(on_time, late, today=date(2024, 4, 1))
    statuses = {d.subject_id: (d.status, d.met_on) for d in found if d.rule == "A1"}
    assert statuses["r-1"] == (DeadlineStatus.MET_ON_TIME, date(2024, 3, 11))
    assert statuses["r-2"] == (DeadlineStatus.MET_LATE, date(2024, 3, 12))


def test_A1_reminder_ladder_day3_leader_day6_fristbrudd() -> None:
    """A1, § 2-1 (1) (§ 4-2): remind on day 3, alert the leader on day 6, fristbrudd after 7."""
    a1 = only(_deadlines(report(RECEIVED)), "A1")
    ladder = [(r.on, r.level) for r in a1.reminders]
    assert ladder == [
        (date(2024, 3, 7), ReminderLevel.INFO),
        (date(2024, 3, 10), ReminderLevel.ALERT_LEADER),
        (date(2024, 3, 12), ReminderLevel.ALERT_LEADER),
    ]
    assert len({r.key for r in a1.reminders}) == 3
    assert all(r.key.startswith("A1:r-1:") for r in a1.reminders)


def test_A1_met_deadline_has_no_reminders() -> None:
    """A1, § 2-1 (1) (§ 4-2): once the melding is decided nothing more is reminded."""
    a1 = only(_deadlines(report(RECEIVED, decided=RECEIVED)), "A1")
    assert a1.reminders == ()


def test_A1_law_version_follows_the_date_of_receipt() -> None:
    """A1 cites § 4-2 of BVL1992 up to 31.12.2022 and § 2-1 (1) of BVL2021 from 1.1.2023."""
    old = only(_deadlines(report(date(2022, 12, 31))), "A1")
    new = only(_deadlines(report(date(2023, 1, 1))), "A1")
    assert old.legal_basis == LegalBasis(LawVersion.BVL1992, "§ 4-2")
    assert new.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 2-1 (1)")
    old.legal_basis.check_date(old.starts_on)
    new.legal_basis.check_date(new.starts_on)


def test_A1_month_end_and_year_end_are_plain_calendar_days() -> None:
    """A1, § 2-1 (1) (§ 4-2): 7 calendar days, across month and year ends, weekends unmoved."""
    assert only(_deadlines(report(date(2023, 12, 28))), "A1").due_on == date(2024, 1, 4)
    assert only(_deadlines(report(date(2024, 2, 26))), "A1").due_on == date(2024, 3, 4)
    saturday = only(_deadlines(report(date(2024, 3, 2))), "A1").due_on
    assert saturday == date(2024, 3, 9) and saturday.weekday() == 5


def test_A4a_receipt_for_named_reporters_none_for_anonymous() -> None:
    """A4a (§ 6-7 a): a receipt to every reporter whose identity is known; none if anonymous."""
    for kind in (
        ReporterType.PRIVATE,
        ReporterType.PUBLIC_BODY,
        ReporterType.CHILD,
        ReporterType.PARENTS,
    ):
        a4a = only(_deadlines(report(RECEIVED, kind)), "A4a")
        assert (a4a.due_on, a4a.satisfied_by) == (date(2024, 3, 25), Action.SEND_RECEIPT_LETTER)
    assert not [
        d for d in _deadlines(report(RECEIVED, ReporterType.ANONYMOUS)) if d.rule.startswith("A4")
    ]


def test_A4a_met_by_a_receipt_letter_only() -> None:
    """A4a (§ 6-7 a): met by a recorded letter of kind RECEIPT; other letters do not count."""
    melding = report(RECEIVED)
    melding.letters.append(ReporterLetter(LetterKind.OUTCOME, date(2024, 3, 6)))
    assert only(_deadlines(melding), "A4a").status is DeadlineStatus.UPCOMING
    melding.letters.append(ReporterLetter(LetterKind.RECEIPT, date(2024, 3, 26)))
    a4a = only(_deadlines(melding, today=date(2024, 4, 1)), "A4a")
    assert (a4a.status, a4a.met_on) == (DeadlineStatus.MET_LATE, date(2024, 3, 26))


def test_A4b_only_for_meldeplikt_reporters() -> None:
    """A4b (§ 6-7 a): a public body is told whether an undersøkelse opened; others are not."""
    public = _deadlines(report(RECEIVED, ReporterType.PUBLIC_BODY))
    assert only(public, "A4b").satisfied_by is Action.SEND_INVESTIGATION_LETTER
    assert only(public, "A4b").due_on == date(2024, 3, 25)
    for kind in (
        ReporterType.PRIVATE,
        ReporterType.PARENTS,
        ReporterType.CHILD,
        ReporterType.ANONYMOUS,
    ):
        assert not [d for d in _deadlines(report(RECEIVED, kind)) if d.rule == "A4b"]


def test_A4b_met_by_the_investigation_letter() -> None:
    """A4b (§ 6-7 a): met by a letter of kind INVESTIGATION_OPENED."""
    melding = report(RECEIVED, ReporterType.PUBLIC_BODY)
    melding.letters.append(ReporterLetter(LetterKind.INVESTIGATION_OPENED, date(2024, 3, 20)))
    assert only(_deadlines(melding), "A4b").status is DeadlineStatus.MET_ON_TIME


def test_A4c_after_the_conclusion_for_meldeplikt_reporters_only() -> None:
    """A4c (§ 6-7 a): 21 days from the conclusion, only to a meldeplikt reporter."""
    public = report(RECEIVED, ReporterType.PUBLIC_BODY, decided=RECEIVED)
    private = report(RECEIVED, ReporterType.PRIVATE, decided=RECEIVED, report_id="r-2")
    invs = [investigation(public, settled=True), investigation(private, settled=True, inv_id="u-2")]
    for inv in invs:
        inv.conclude(Conclusion(ConclusionCode.HJELPETILTAK, date(2024, 5, 20)))
    found = _deadlines(public, private, investigations=invs, today=date(2024, 5, 21))
    a4c = only(found, "A4c")
    assert (a4c.subject_id, a4c.part) == ("r-1", "u-1")
    assert (a4c.starts_on, a4c.due_on) == (date(2024, 5, 20), date(2024, 6, 10))
    assert a4c.satisfied_by is Action.SEND_OUTCOME_LETTER


def test_A4c_not_before_the_conclusion_and_met_by_an_outcome_letter() -> None:
    """A4c (§ 6-7 a): no task while the undersøkelse runs; an outcome letter meets it."""
    melding = report(RECEIVED, ReporterType.PUBLIC_BODY, decided=RECEIVED)
    inv = investigation(melding, settled=True)
    assert not [d for d in _deadlines(melding, investigations=[inv]) if d.rule == "A4c"]
    inv.conclude(Conclusion(ConclusionCode.HENLAGT_VILKAR_IKKE_OPPFYLT, date(2024, 5, 20), "x"))
    melding.letters.append(ReporterLetter(LetterKind.OUTCOME, date(2024, 5, 1)))  # too early
    assert only(_deadlines(melding, investigations=[inv]), "A4c").met_on is None
    melding.letters.append(ReporterLetter(LetterKind.OUTCOME, date(2024, 5, 24)))
    met = only(_deadlines(melding, investigations=[inv]), "A4c")
    assert (met.status, met.met_on) == (DeadlineStatus.MET_ON_TIME, date(2024, 5, 24))


def test_A4_days_and_paragraph_are_settings() -> None:
    """A4a (§ 6-7 a; new § to confirm): the 21 days and the BVL2021 paragraph are settings."""
    file = case_file()
    file.reports.append(report(RECEIVED))
    settings = DeadlineSettings(a4_days=14, a4_paragraph_bvl2021="§ 13-9")
    a4a = only(compute_deadlines(file, RECEIVED, settings), "A4a")
    assert a4a.due_on == RECEIVED + timedelta(days=14)
    assert a4a.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 13-9")
    old = case_file()
    old.reports.append(report(date(2022, 6, 1)))
    assert only(compute_deadlines(old, RECEIVED, settings), "A4a").legal_basis == LegalBasis(
        LawVersion.BVL1992, "§ 6-7 a"
    )


def test_A5_runs_for_a_melding_decided_for_undersokelse_before_it_is_registered() -> None:
    """A5, § 2-2 (§ 4-3, § 6-9): the clock runs from received + 7 days even before the
    undersøkelse record exists; a henlagt melding has none."""
    waiting = report(date(2024, 1, 24), decided=date(2024, 1, 26))
    a5 = only(_deadlines(waiting), "A5")
    assert (a5.subject_id, a5.starts_on, a5.due_on) == ("r-1", date(2024, 1, 31), date(2024, 4, 30))
    closed = report(date(2024, 1, 24), decided=date(2024, 1, 26), outcome=IntakeOutcome.HENLAGT)
    assert not [d for d in _deadlines(closed) if d.rule == "A5"]
    file = case_file()
    file.reports.append(waiting)
    file.investigations.append(investigation(waiting, opened=date(2024, 1, 26)))
    assert only(of_rule(file, RECEIVED, "A5"), "A5").subject_id == "u-1"


@pytest.mark.parametrize(
    ("decided", "today", "breach"),
    [
        (None, date(2024, 3, 11), False),  # open, last day
        (None, date(2024, 3, 12), True),  # open, the day after the limit
        (date(2024, 3, 11), date(2024, 6, 1), False),
        (date(2024, 3, 12), date(2024, 6, 1), True),
    ],
)
def test_A1_ssb_report_breach(decided: date | None, today: date, breach: bool) -> None:
    """SSB's check for A1, § 2-1 (§ 4-2): a melding reviewed after more than 7 days."""
    assert is_report_breach(report(RECEIVED, decided=decided), today) is breach
