"""The pro-rata rule for counted visits in a foster home (A21, A22).

The rule, per placement, kind of visit and calendar year (the year of ``today``):

* The counted period runs from 1 January or the placement's start to 31 December or its
  recorded end; it spans ``months`` calendar months (a begun month counts).
* ``required`` = visits per year × months / 12, rounded half up: a full year owes all of
  them, a placement from October owes 1 of 4, one from mid-December none.
* The visits are spread evenly over whole months: the k-th is due on the last day of the
  period's ``ceil(k × months / required)``-th month (never after the period's end). At 4 a
  year that is 31 March, 30 June, 30 September and 31 December: one per quarter.
* ``expected_by_today`` counts the visits whose due day is before ``today``. Fewer visits
  than that is *behind*: the deadline is OVERDUE. The deadline's due date is the next
  visit's due day, or, once all are done, the last one's (met on the required-th visit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.deadlines.dates import days_in_month
from domain.deadlines.model import Progress
from domain.measures import Placement, VisitKind


@dataclass(frozen=True, slots=True)
class VisitSchedule:
    """Where one placement stands with one kind of visit this year."""

    starts_on: date
    due_on: date
    met_on: date | None
    progress: Progress


def required_visits(per_year: int, months: int) -> int:
    """Visits owed for ``months`` months of a year, pro rata, rounded half up."""
    return (2 * per_year * months + 12) // 24


def visit_due(start: date, end: date, months: int, required: int, k: int) -> date:
    """The last day for the k-th of ``required`` visits spread over the period's months."""
    month = start.month - 1 + -(-k * months // required)  # ceil without floats
    last = date(start.year, month, days_in_month(start.year, month))
    return min(last, end)


def visit_schedule(
    placement: Placement, kind: VisitKind, per_year: int, today: date
) -> VisitSchedule | None:
    """The visit count of ``kind`` for the year of ``today``; ``None`` when nothing is owed."""
    year = today.year
    start = max(date(year, 1, 1), placement.started_on)
    end = date(year, 12, 31)
    if placement.ended_on is not None:
        if placement.ended_on < today:
            return None  # an ended placement owes nothing more
        end = min(end, placement.ended_on)
    if start > today or start > end or per_year <= 0:
        return None
    months = end.month - start.month + 1
    required = required_visits(per_year, months)
    if required == 0:
        return None
    counted = [v for v in placement.visits if v.kind is kind and start <= v.visited_on <= end]
    visits = sorted(v.visited_on for v in counted)
    reports = sum(1 for v in counted if v.report_received_on is not None)
    due = [visit_due(start, end, months, required, k) for k in range(1, required + 1)]
    expected = sum(1 for day in due if day < today)
    progress = Progress(len(visits), expected, required, reports)
    if len(visits) >= required:
        return VisitSchedule(start, due[-1], visits[required - 1], progress)
    return VisitSchedule(start, due[len(visits)], None, progress)
