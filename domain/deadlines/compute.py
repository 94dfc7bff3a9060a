"""``compute_deadlines``: every rule of DOMAIN.md §A over one case file, for a given ``today``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from operator import itemgetter

from domain.casefile import CaseFile
from domain.deadlines.catalogue import Context
from domain.deadlines.emergency import emergency_deadlines
from domain.deadlines.followup import followup_deadlines
from domain.deadlines.intake import report_deadlines
from domain.deadlines.investigation import (
    investigation_deadlines,
    unopened_investigation_deadline,
)
from domain.deadlines.model import Deadline
from domain.deadlines.settings import DEFAULTS, DeadlineSettings
from domain.investigations import Investigation

_BY_DUE = itemgetter(Deadline._fields.index("due_on"))
_NONE: list[Investigation] = []
"""No undersøkelse for a melding (shared and never mutated)."""


def compute_deadlines(
    case_file: CaseFile,
    today: date,
    settings: DeadlineSettings = DEFAULTS,
    *,
    include_met: bool = True,
) -> list[Deadline]:
    """Every deadline of one case on ``today``, ordered by due date.

    Met deadlines (the case's history) are included unless ``include_met`` is False; what is
    open and its reminders are the same either way.
    """
    ctx = Context(case_file.case.id, today, settings, include_met)
    return _case_deadlines(case_file, ctx)


def compute_all(
    files: Iterable[CaseFile],
    today: date,
    settings: DeadlineSettings = DEFAULTS,
    *,
    include_met: bool = True,
) -> list[Deadline]:
    """The deadlines of many cases, case by case (each case's own ordered by due date).

    The scheduler, the overview and "Mine saker" need only what is open: pass
    ``include_met=False`` there; it skips building the history (about 5 in 6 deadlines).
    """
    ctx = Context("", today, settings, include_met)
    found: list[Deadline] = []
    for case_file in files:
        ctx.case_id = case_file.case.id
        found.extend(_case_deadlines(case_file, ctx))
    return found


def _case_deadlines(case_file: CaseFile, ctx: Context) -> list[Deadline]:
    """All rules over one case, sorted by due date."""
    found: list[Deadline] = []
    _reports_and_investigations(case_file, ctx, found)
    for decision in case_file.emergency_decisions:
        emergency_deadlines(decision, ctx, found)
    followup_deadlines(case_file, ctx, found)
    found.sort(key=_BY_DUE)
    return found


def _reports_and_investigations(case_file: CaseFile, ctx: Context, out: list[Deadline]) -> None:
    """A1, A4a–A4c per melding; A5, A7, A8, A10 per undersøkelse (or per melding awaiting one)."""
    investigations = case_file.investigations
    by_report: dict[str, list[Investigation]] = {}
    for investigation in investigations:
        by_report.setdefault(investigation.report_id, []).append(investigation)
    for report in case_file.reports:
        own = by_report.get(report.id, _NONE) if by_report else _NONE
        report_deadlines(report, own, ctx, out)
        if not own:
            waiting = unopened_investigation_deadline(report, ctx)
            if waiting is not None:
                out.append(waiting)
    if investigations:
        reports = {report.id: report for report in case_file.reports}
        for investigation in investigations:
            source = reports.get(investigation.report_id)
            investigation_deadlines(investigation, source, investigations, ctx, out)
