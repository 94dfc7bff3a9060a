"""``compute_deadlines``: every rule of DOMAIN.md §A over one case file, for a given ``today``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from operator import attrgetter

from domain.casefile import CaseFile
from domain.deadlines.catalogue import Context
from domain.deadlines.emergency import complaint_window, emergency_deadlines
from domain.deadlines.followup import followup_deadlines
from domain.deadlines.intake import report_deadlines
from domain.deadlines.investigation import (
    investigation_deadlines,
    unopened_investigation_deadline,
)
from domain.deadlines.model import Deadline
from domain.deadlines.settings import DEFAULTS, DeadlineSettings
from domain.investigations import Investigation

_BY_DUE = attrgetter("due_on")


def compute_deadlines(
    case_file: CaseFile, today: date, settings: DeadlineSettings = DEFAULTS
) -> list[Deadline]:
    """Every deadline of one case on ``today``, ordered by due date (met ones included)."""
    ctx = Context(case_file.case.id, today, settings)
    found = _report_and_investigation_deadlines(case_file, ctx)
    for decision in case_file.emergency_decisions:
        found.extend(emergency_deadlines(decision, ctx))
    for measure in case_file.measures:
        window = complaint_window(measure, ctx)
        if window is not None:
            found.append(window)
    found.extend(followup_deadlines(case_file, ctx))
    found.sort(key=_BY_DUE)
    return found


def _report_and_investigation_deadlines(case_file: CaseFile, ctx: Context) -> list[Deadline]:
    """A1, A4a–A4c per melding; A5, A7, A8, A10 per undersøkelse (or per melding awaiting one)."""
    investigations = case_file.investigations
    by_report: dict[str, list[Investigation]] = {}
    for investigation in investigations:
        by_report.setdefault(investigation.report_id, []).append(investigation)
    reports = {report.id: report for report in case_file.reports}
    found: list[Deadline] = []
    for report in case_file.reports:
        own = by_report.get(report.id, [])
        found.extend(report_deadlines(report, own, ctx))
        if not own:
            waiting = unopened_investigation_deadline(report, ctx)
            if waiting is not None:
                found.append(waiting)
    for investigation in investigations:
        source = reports.get(investigation.report_id)
        found.extend(investigation_deadlines(investigation, source, investigations, ctx))
    return found


def compute_all(
    files: Iterable[CaseFile], today: date, settings: DeadlineSettings = DEFAULTS
) -> list[Deadline]:
    """The deadlines of many cases, case by case (each case's own ordered by due date)."""
    found: list[Deadline] = []
    for case_file in files:
        found.extend(compute_deadlines(case_file, today, settings))
    return found
