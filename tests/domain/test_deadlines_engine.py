"""The engine around the rules of DOMAIN.md §A: status semantics, settings, month arithmetic
("31 Jan + 1 month = 28/29 Feb"), reminders, the views' groupings and ``compute_all``."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from bench.deadlines import build_files
from domain.casefile import CaseFile
from domain.deadlines import (
    DEFAULTS,
    Action,
    Deadline,
    DeadlineSettings,
    DeadlineStatus,
    add_months,
    compute_all,
    compute_deadlines,
    next_deadline,
    summarize,
)
from domain.deadlines.catalogue import Context, build
from domain.deadlines.rules import REPORT_REVIEW
from domain.legal import LawVersion, LegalBasis
from domain.reports import ReporterType
from tests.domain.test_deadlines_builders import CASE_ID, case_file, report

BASIS = LegalBasis(LawVersion.BVL2021, "§ 2-1 (1)")


def _deadline(
    due: date,
    status: DeadlineStatus = DeadlineStatus.UPCOMING,
    rule: str = "A1",
    informational: bool = False,
    case_id: str = CASE_ID,
) -> Deadline:
    met = due if status in (DeadlineStatus.MET_ON_TIME, DeadlineStatus.MET_LATE) else None
    return Deadline(
        rule,
        case_id,
        f"s-{rule}-{due}",
        "Tittel",
        BASIS,
        due - timedelta(days=7),
        due,
        status,
        met,
        Action.DECIDE_INTAKE,
        informational,
    )


def _status(
    due: date, met: date | None, today: date, soon_days: int, lapses: bool = False
) -> DeadlineStatus:
    """The status ``build`` gives a deadline of a rule that lapses or not."""
    rule = dataclasses.replace(REPORT_REVIEW, lapses=lapses)
    ctx = Context(CASE_ID, today, DeadlineSettings(due_soon_days=soon_days))
    built = build(rule, ctx, "subject", due - timedelta(days=7), due, met)
    assert built is not None
    return built.status


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 12, 15), 3, date(2025, 3, 15)),
    ],
)
def test_month_arithmetic_clamps_to_the_end_of_the_month(
    start: date, months: int, expected: date
) -> None:
    """DOMAIN.md §A: 31 Jan + 1 month = 28/29 Feb, as dateutil's relativedelta."""
    assert add_months(start, months) == expected == start + relativedelta(months=months)


@pytest.mark.parametrize(
    ("met", "today", "status"),
    [
        (date(2024, 3, 11), date(2024, 4, 1), DeadlineStatus.MET_ON_TIME),
        (date(2024, 3, 12), date(2024, 4, 1), DeadlineStatus.MET_LATE),
        (None, date(2024, 3, 12), DeadlineStatus.OVERDUE),
        (None, date(2024, 3, 11), DeadlineStatus.DUE_SOON),
        (None, date(2024, 3, 4), DeadlineStatus.DUE_SOON),  # exactly the window away
        (None, date(2024, 3, 3), DeadlineStatus.UPCOMING),
    ],
)
def test_status_semantics_the_limit_is_the_last_day(
    met: date | None, today: date, status: DeadlineStatus
) -> None:
    """DOMAIN.md §A: "treat the limit as the last day"; due soon within the window (7 days)."""
    assert _status(date(2024, 3, 11), met, today, DEFAULTS.due_soon_days) is status


def test_lapsing_rules_say_lapsed_instead_of_overdue() -> None:
    """A14/A15 (§ 4-2, § 4-4): past the limit without begjæring the vedtak is bortfalt."""
    assert _status(date(2024, 3, 11), None, date(2024, 3, 12), 7, True) is DeadlineStatus.LAPSED


def test_due_soon_window_is_a_setting() -> None:
    """A1, § 2-1 (1): the due-soon window comes from the settings."""
    file = case_file()
    file.reports.append(report(date(2024, 3, 4)))
    narrow = DeadlineSettings(due_soon_days=2)
    statuses = {
        day: compute_deadlines(file, day, narrow)[0].status
        for day in (date(2024, 3, 8), date(2024, 3, 9))
    }
    assert statuses == {
        date(2024, 3, 8): DeadlineStatus.UPCOMING,
        date(2024, 3, 9): DeadlineStatus.DUE_SOON,
    }


def test_deadline_is_immutable_hashable_and_copied_by_replace() -> None:
    """A ``Deadline`` is shared by views and the scheduler, so it must not change under them."""
    deadline = _deadline(date(2024, 3, 11))
    with pytest.raises(AttributeError):
        deadline.due_on = date(2024, 3, 12)  # type: ignore[misc]
    assert deadline == _deadline(date(2024, 3, 11))
    assert hash(deadline) == hash(_deadline(date(2024, 3, 11)))
    moved = deadline._replace(part="x")
    assert (moved.part, deadline.part) == ("x", "")
    assert deadline.key == "A1:s-A1-2024-03-11:"
    assert (deadline.informational, deadline.clock_ends_at, deadline.ladder) == (False, None, ())


@given(
    due=st.dates(date(2019, 1, 1), date(2030, 12, 31)),
    offset=st.integers(-60, 60),
    met_offset=st.none() | st.integers(-30, 30),
    soon=st.integers(0, 14),
    lapses=st.booleans(),
)
def test_status_is_decided_by_met_day_today_and_the_window(
    due: date, offset: int, met_offset: int | None, soon: int, lapses: bool
) -> None:
    """DOMAIN.md §A status semantics for any dates: a met deadline's status never depends on
    ``today``; an open one is overdue (or lapsed) exactly after its last day."""
    today = due + timedelta(days=offset)
    met = None if met_offset is None else due + timedelta(days=met_offset)
    status = _status(due, met, today, soon, lapses)
    if met is not None:
        expected = DeadlineStatus.MET_ON_TIME if met <= due else DeadlineStatus.MET_LATE
    elif today > due:
        expected = DeadlineStatus.LAPSED if lapses else DeadlineStatus.OVERDUE
    elif (due - today).days <= soon:
        expected = DeadlineStatus.DUE_SOON
    else:
        expected = DeadlineStatus.UPCOMING
    assert status is expected


def test_build_fills_every_field_by_name() -> None:
    """``build`` makes the tuple in field order without ``Deadline.__new__``; a reordered or
    added field must not shift the values into the wrong names."""
    ctx = Context(CASE_ID, date(2024, 4, 1), DEFAULTS)
    due = date(2024, 3, 11)
    built = build(REPORT_REVIEW, ctx, "s", due - timedelta(days=7), due, None, part="p")
    expected = Deadline(
        rule="A1",
        case_id=CASE_ID,
        subject_id="s",
        title=REPORT_REVIEW.title,
        legal_basis=REPORT_REVIEW.basis_2021,
        starts_on=due - timedelta(days=7),
        due_on=due,
        status=DeadlineStatus.OVERDUE,
        met_on=None,
        satisfied_by=REPORT_REVIEW.action,
        informational=False,
        part="p",
        clock_ends_at=None,
        progress=None,
        ladder=REPORT_REVIEW.ladder,
    )
    assert built is not None
    assert built._asdict() == expected._asdict()


def test_met_deadlines_are_left_out_when_only_open_ones_are_asked_for() -> None:
    """``include_met=False`` (the scheduler's and views' path) builds nothing for history."""
    ctx = Context(CASE_ID, date(2024, 4, 1), DEFAULTS, include_met=False)
    due = date(2024, 3, 11)
    assert build(REPORT_REVIEW, ctx, "s", due, due, date(2024, 3, 10)) is None
    assert build(REPORT_REVIEW, ctx, "s", due, due, None) is not None


def test_compute_deadlines_orders_by_due_date_and_includes_met_ones() -> None:
    """A1 and A4a (§ 2-1 (1), § 6-7 a): a case's deadlines in due order, history included."""
    file = case_file()
    file.reports.append(
        report(date(2024, 3, 4), ReporterType.PUBLIC_BODY, decided=date(2024, 3, 5))
    )
    found = compute_deadlines(file, date(2024, 3, 6))
    assert [d.due_on for d in found] == sorted(d.due_on for d in found)
    assert {d.rule for d in found} == {"A1", "A4a", "A4b", "A5"}
    assert found[0].status is DeadlineStatus.MET_ON_TIME
    assert {d.case_id for d in found} == {CASE_ID}


def test_compute_all_is_compute_deadlines_case_by_case() -> None:
    """``compute_all`` concatenates each case's deadlines and never reads the clock."""
    files: list[CaseFile] = []
    for n in range(3):
        file = case_file()
        file.case.id = f"case-{n}"
        file.reports.append(report(date(2024, 3, 1 + n), report_id=f"r-{n}"))
        files.append(file)
    today = date(2030, 1, 1)
    everything = compute_all(files, today)
    assert everything == [d for f in files for d in compute_deadlines(f, today)]
    assert [d.case_id for d in everything if d.rule == "A1"] == ["case-0", "case-1", "case-2"]


def test_summarize_groups_overdue_this_week_and_later() -> None:
    """The views' groups: overdue (and bortfalt), due by Sunday of this week, later."""
    wednesday = date(2024, 3, 6)
    overdue = _deadline(date(2024, 3, 5), DeadlineStatus.OVERDUE)
    lapsed = _deadline(date(2024, 3, 1), DeadlineStatus.LAPSED, rule="A14")
    today_due = _deadline(wednesday, DeadlineStatus.DUE_SOON)
    sunday = _deadline(date(2024, 3, 10), DeadlineStatus.DUE_SOON, rule="A4a")
    monday = _deadline(date(2024, 3, 11), DeadlineStatus.DUE_SOON)
    met = _deadline(date(2024, 3, 7), DeadlineStatus.MET_ON_TIME)
    info_past = _deadline(date(2024, 3, 1), DeadlineStatus.OVERDUE, "A16", informational=True)
    groups = summarize([monday, met, sunday, overdue, info_past, today_due, lapsed], wednesday)
    assert groups.overdue == (lapsed, overdue)
    assert groups.this_week == (today_due, sunday)
    assert groups.later == (monday,)


def test_next_deadline_is_the_earliest_open_actionable_one() -> None:
    """A case's next deadline skips met, bortfalt and informational ones."""
    overdue = _deadline(date(2024, 3, 5), DeadlineStatus.OVERDUE)
    upcoming = _deadline(date(2024, 4, 1))
    candidates = [
        upcoming,
        _deadline(date(2024, 3, 1), DeadlineStatus.MET_ON_TIME),
        _deadline(date(2024, 3, 2), DeadlineStatus.LAPSED, rule="A14"),
        _deadline(date(2024, 3, 3), DeadlineStatus.UPCOMING, "A17", informational=True),
        overdue,
    ]
    assert next_deadline(candidates) is overdue
    assert next_deadline([upcoming]) is upcoming
    assert next_deadline([]) is None


def test_reminder_keys_are_stable_and_move_with_the_due_date() -> None:
    """A1 (§ 2-1 (1)): same facts, same keys; a different due date gives new keys."""
    file = case_file()
    file.reports.append(report(date(2024, 3, 4)))
    first = [r.key for r in compute_deadlines(file, date(2024, 3, 5))[0].reminders]
    again = [r.key for r in compute_deadlines(file, date(2024, 3, 9))[0].reminders]
    assert first == again
    file.reports[0] = report(date(2024, 3, 5))
    moved = [r.key for r in compute_deadlines(file, date(2024, 3, 5))[0].reminders]
    assert not set(first) & set(moved)


def test_defaults_are_the_values_domain_md_gives() -> None:
    """DOMAIN.md §A *(to confirm)* values: A4 21 days, A10 6 months, A11 3 months, A14 abroad
    6 months, A18 6 weeks, A21/A22 4 a year, A23 1 year with reminders at 10–11 months."""
    assert (DEFAULTS.a4_days, DEFAULTS.a10_months, DEFAULTS.a11_evaluation_months) == (21, 6, 3)
    assert (DEFAULTS.a14_abroad_months, DEFAULTS.a18_weeks) == (6, 6)
    assert (DEFAULTS.a21_visits_per_year, DEFAULTS.a22_visits_per_year) == (4, 4)
    assert (DEFAULTS.a23_months, DEFAULTS.a23_remind_months) == (12, (10, 11))
    assert DEFAULTS.a13_clock_hours == 48


def test_include_met_false_keeps_exactly_the_open_deadlines() -> None:
    """Leaving the history out (the scheduler's and overview's path) changes nothing open."""
    files = build_files(300, seed=7)
    today = date(2025, 6, 16)
    everything = compute_all(files, today)
    open_only = compute_all(files, today, include_met=False)
    assert open_only == [d for d in everything if d.is_open]
    assert [d.reminders for d in open_only] == [d.reminders for d in everything if d.is_open]
    one = files[0]
    assert compute_deadlines(one, today, include_met=False) == [
        d for d in compute_deadlines(one, today) if d.is_open
    ]


def test_benchmark_mix_covers_every_rule_and_status() -> None:
    """The benchmark's seeded case files exercise every rule of §A and every status."""
    files = build_files(2000)
    found = compute_all(files, date(2025, 6, 16))
    rules = {d.rule for d in found}
    assert rules >= {
        "A1",
        "A4a",
        "A4b",
        "A4c",
        "A5",
        "A7",
        "A8",
        "A10",
        "A11",
        "A13",
        "A14",
        "A15",
        "A16",
        "A18",
        "A21",
        "A22",
        "A23",
        "A25",
    }
    assert {d.status for d in found} == set(DeadlineStatus)
    assert build_files(50) == build_files(50)  # deterministic
