"""Groupings the views need: overdue / this week / later, and a case's next deadline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from domain.deadlines.model import Deadline, DeadlineStatus

_PAST = (DeadlineStatus.OVERDUE, DeadlineStatus.LAPSED)


@dataclass(frozen=True, slots=True)
class DeadlineSummary:
    """Open deadlines in three groups, each ordered by due date then rule.

    ``overdue``: OVERDUE or LAPSED (bortfalt) and not informational. ``this_week``: due from
    ``today`` to the Sunday of today's (Norwegian, Monday-first) week. ``later``: after that.
    Met deadlines and informational ones already past are left out: nobody can act on them.
    """

    overdue: tuple[Deadline, ...]
    this_week: tuple[Deadline, ...]
    later: tuple[Deadline, ...]


def _order(deadline: Deadline) -> tuple[date, str, str]:
    return (deadline.due_on, deadline.rule, deadline.case_id)


def summarize(deadlines: Iterable[Deadline], today: date) -> DeadlineSummary:
    """Group open deadlines for the overview (see ``DeadlineSummary``)."""
    sunday = today + timedelta(days=6 - today.weekday())
    overdue: list[Deadline] = []
    this_week: list[Deadline] = []
    later: list[Deadline] = []
    for deadline in deadlines:
        if not deadline.status.is_open:
            continue
        if deadline.due_on < today:
            if not deadline.informational and deadline.status in _PAST:
                overdue.append(deadline)
        elif deadline.due_on <= sunday:
            this_week.append(deadline)
        else:
            later.append(deadline)
    return DeadlineSummary(
        tuple(sorted(overdue, key=_order)),
        tuple(sorted(this_week, key=_order)),
        tuple(sorted(later, key=_order)),
    )


def next_deadline(deadlines_of_case: Iterable[Deadline]) -> Deadline | None:
    """The most urgent thing to do in a case: the earliest open, actionable deadline.

    LAPSED ones are left out (nothing can meet them any more; ``summarize`` shows them), as
    are informational ones.
    """
    candidates = [
        d
        for d in deadlines_of_case
        if d.status.is_open and d.status is not DeadlineStatus.LAPSED and not d.informational
    ]
    return min(candidates, key=_order, default=None)
