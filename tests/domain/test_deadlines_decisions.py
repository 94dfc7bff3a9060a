"""Deadlines of decisions: akuttvedtak A13 (BVL2021 ch. 4, BVL1992 § 7-22), begjæring A14
(§ 4-2; § 4-6) and A15 (§ 4-4; § 4-25), nemnda's complaint decision A16 (ch. 14; § 7-23)
and the complaint window A17 (forvaltningsloven § 29)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from domain.casefile import CaseFile
from domain.deadlines import (
    Action,
    Deadline,
    DeadlineSettings,
    DeadlineStatus,
    ReminderLevel,
    compute_deadlines,
    summarize,
)
from domain.deadlines import complaint_deadline as complaint_deadline_of
from domain.legal import LawVersion, LegalBasis
from domain.measures import EmergencyDecision, EmergencyKind, MeasureKind
from tests.domain.test_deadlines_builders import case_file, emergency, measure, only

DECIDED = datetime(2024, 3, 4, 15, 30)


def _file(*decisions: EmergencyDecision) -> CaseFile:
    file = case_file()
    file.emergency_decisions.extend(decisions)
    return file


def _one(decision: EmergencyDecision, rule: str, today: date = date(2024, 3, 4)) -> Deadline:
    return only(compute_deadlines(_file(decision), today), rule)


def test_A13_send_to_nemnda_at_once_with_a_48_hour_clock() -> None:
    """A13, ch. 4 (§ 7-22): due the day of the akuttvedtak; the 48-hour clock is shown."""
    a13 = _one(emergency(DECIDED), "A13")
    assert (a13.starts_on, a13.due_on) == (date(2024, 3, 4), date(2024, 3, 4))
    assert a13.clock_ends_at == datetime(2024, 3, 6, 15, 30)
    assert a13.satisfied_by is Action.SEND_TO_NEMNDA
    assert a13.status is DeadlineStatus.DUE_SOON
    rungs = {r.key.rsplit(":", 1)[1]: (r.on, r.level) for r in a13.reminders}
    assert rungs["now"] == (date(2024, 3, 4), ReminderLevel.WARNING)
    assert rungs["late"] == (date(2024, 3, 5), ReminderLevel.ALERT_LEADER)
    assert rungs["48h"][0] == date(2024, 3, 6)


def test_A13_met_when_sent_and_overdue_the_next_day() -> None:
    """A13, ch. 4 (§ 7-22): sending it the same day meets it; not sent by tomorrow is late."""
    decision = emergency(DECIDED)
    assert _one(decision, "A13", date(2024, 3, 5)).status is DeadlineStatus.OVERDUE
    decision.sent_to_nemnda_at = DECIDED + timedelta(hours=2)
    assert _one(decision, "A13", date(2024, 3, 5)).status is DeadlineStatus.MET_ON_TIME
    hours = DeadlineSettings(a13_clock_hours=24)
    a13 = only(compute_deadlines(_file(decision), date(2024, 3, 5), hours), "A13")
    assert a13.clock_ends_at == datetime(2024, 3, 5, 15, 30)


def test_A13_law_version_across_2023() -> None:
    """A13 cites BVL1992 § 7-22 in 2022 and BVL2021 ch. 4 from 2023."""
    old = _one(emergency(datetime(2022, 12, 31, 23, 0)), "A13")
    new = _one(emergency(datetime(2023, 1, 1, 0, 30)), "A13")
    assert old.legal_basis == LegalBasis(LawVersion.BVL1992, "§ 7-22")
    assert new.legal_basis == LegalBasis(LawVersion.BVL2021, "kap. 4")


def test_A14_begjaering_within_six_weeks() -> None:
    """A14, § 4-2 (§ 4-6): begjæring within 6 weeks of an akuttvedtak om omsorgsovertakelse."""
    a14 = _one(emergency(DECIDED), "A14")
    assert (a14.starts_on, a14.due_on) == (date(2024, 3, 4), date(2024, 4, 15))
    assert a14.satisfied_by is Action.SEND_BEGJAERING
    assert a14.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 4-2")


def test_A14_lapsed_after_six_weeks_without_begjaering() -> None:
    """A14, § 4-2 (§ 4-6): status bortfalt (LAPSED) the day after the limit without begjæring."""
    decision = emergency(DECIDED)
    assert _one(decision, "A14", date(2024, 4, 15)).status is DeadlineStatus.DUE_SOON
    lapsed = _one(decision, "A14", date(2024, 4, 16))
    assert lapsed.status is DeadlineStatus.LAPSED
    assert lapsed in summarize([lapsed], date(2024, 4, 16)).overdue
    decision.begjaering_sent_on = date(2024, 4, 10)
    assert _one(decision, "A14", date(2024, 4, 16)).status is DeadlineStatus.MET_ON_TIME


def test_A14_ladder_warn_at_four_weeks_banner_at_five() -> None:
    """A14, § 4-2 (§ 4-6): warn at 4 weeks, blocking banner at 5, bortfalt after 6."""
    a14 = _one(emergency(DECIDED), "A14")
    ladder = [(r.on, r.level) for r in a14.reminders]
    assert ladder == [
        (date(2024, 4, 1), ReminderLevel.WARNING),
        (date(2024, 4, 8), ReminderLevel.BLOCKING),
        (date(2024, 4, 16), ReminderLevel.BLOCKING),
    ]


def test_A14_six_months_when_the_child_lives_abroad() -> None:
    """A14, § 4-2 (§ 4-6): 6 months if the child lives abroad (to confirm: a setting)."""
    decision = emergency(datetime(2023, 8, 31, 12, 0))
    decision.child_abroad = True
    assert _one(decision, "A14").due_on == date(2024, 2, 29)
    three = DeadlineSettings(a14_abroad_months=3)
    assert only(compute_deadlines(_file(decision), date(2023, 9, 1), three), "A14").due_on == date(
        2023, 11, 30
    )


def test_A15_begjaering_within_two_weeks_as_A14() -> None:
    """A15, § 4-4 (§ 4-25): 2 weeks after an akuttvedtak for institution placement."""
    decision = emergency(DECIDED, EmergencyKind.INSTITUSJON_ATFERD)
    a15 = _one(decision, "A15")
    assert a15.due_on == date(2024, 3, 18)
    assert a15.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 4-4")
    assert _one(decision, "A15", date(2024, 3, 19)).status is DeadlineStatus.LAPSED
    old = _one(emergency(datetime(2022, 5, 2, 9), EmergencyKind.INSTITUSJON_ATFERD), "A15")
    assert old.legal_basis == LegalBasis(LawVersion.BVL1992, "§ 4-25")
    assert [r.level for r in a15.reminders][-1] is ReminderLevel.BLOCKING


def test_A14_A15_not_for_an_emergency_hjelpetiltak() -> None:
    """A14/A15: an akutt hjelpetiltak (§ 4-1) has no begjæring limit; A13 still applies."""
    found = compute_deadlines(_file(emergency(DECIDED, EmergencyKind.HJELPETILTAK)), DECIDED.date())
    assert {d.rule for d in found} == {"A13"}


def test_A16_nemnda_decides_a_complaint_within_a_week_informational() -> None:
    """A16, ch. 14 (§ 7-23): one week from the complaint's receipt by nemnda; informational."""
    decision = emergency(DECIDED)
    decision.complaint_received_on = date(2024, 3, 8)
    a16 = _one(decision, "A16", date(2024, 3, 8))
    assert (a16.due_on, a16.informational) == (date(2024, 3, 15), True)
    assert all(r.informational for r in a16.reminders)
    assert a16.satisfied_by is Action.AWAIT_NEMNDA
    late = _one(decision, "A16", date(2024, 3, 20))
    assert summarize([late], date(2024, 3, 20)).overdue == ()
    decision.complaint_decided_on = date(2024, 3, 14)  # type: ignore[attr-defined]  # pending field
    assert _one(decision, "A16", date(2024, 3, 20)).status is DeadlineStatus.MET_ON_TIME


def test_A17_complaint_deadline_three_weeks_from_notification() -> None:
    """A17, forvaltningsloven § 29: 3 weeks from the party's notification, for the letter."""
    assert complaint_deadline_of(date(2024, 3, 4)) == date(2024, 3, 25)
    assert complaint_deadline_of(date(2024, 2, 8)) == date(2024, 2, 29)


def test_A17_informational_deadline_when_the_notification_is_recorded() -> None:
    """A17, fvl. § 29: shown for the service's own enkeltvedtak once notified_on is recorded."""
    file = case_file()
    tiltak = measure(date(2024, 3, 1), plan=date(2024, 3, 1))
    file.measures.append(tiltak)
    assert not [d for d in compute_deadlines(file, date(2024, 3, 5)) if d.rule == "A17"]
    tiltak.notified_on = date(2024, 3, 4)  # type: ignore[attr-defined]  # pending model field
    a17 = only(compute_deadlines(file, date(2024, 3, 5)), "A17")
    assert (a17.due_on, a17.informational) == (date(2024, 3, 25), True)
    assert a17.legal_basis == LegalBasis(LawVersion.FVL, "§ 29")
    care = measure(date(2024, 3, 1), MeasureKind.OMSORGSTILTAK, measure_id="m-2")
    care.notified_on = date(2024, 3, 4)  # type: ignore[attr-defined]
    file.measures = [care]
    assert not [d for d in compute_deadlines(file, date(2024, 3, 5)) if d.rule == "A17"]


@pytest.mark.parametrize("rule", ["A13", "A14"])
def test_A13_A14_reminder_keys_are_stable_across_recomputations(rule: str) -> None:
    """A13/A14: the same facts give the same reminder keys (the scheduler dedupes by them)."""
    decision = emergency(DECIDED)
    first = [r.key for r in _one(decision, rule, date(2024, 3, 4)).reminders]
    again = [r.key for r in _one(decision, rule, date(2024, 3, 20)).reminders]
    assert first == again and len(set(first)) == len(first)
