"""Deadlines (frister) of DOMAIN.md §A, computed from a case's events and an injected ``today``.

Pure: no Qt, database, network or clock. Deadlines are never stored; recompute them on unlock
and after every change (DESIGN.md §2, §4 Scheduler). The views and the scheduler of all cases
need only open deadlines: ``compute_all(..., include_met=False)``.

Rule by rule (each function's docstring cites its paragraphs, BVL2021 and BVL1992):

- A1 ``intake.report_review``: review of a melding.
- A4a, A4b, A4c ``intake.reporter_receipt``, ``reporter_investigation_notice``,
  ``reporter_outcome_notices``: letters owed to the reporter.
- A5 ``investigation.investigation_deadline`` (``unopened_investigation_deadline`` before the
  undersøkelse is registered); ``validate_extension``.
- A7, A8 ``investigation.plan_gates``, ``participation_gate``; ``conclusion_gates``.
- A10 ``investigation.closure_reassessment``: new look after henleggelse at the party's wish.
- A11 ``followup.measure_plan``, ``measure_evaluations``: tiltaksplan.
- A13 ``emergency.emergency_to_nemnda``; A14, A15 ``emergency.begjaering``; A16
  ``emergency.emergency_complaint``: akuttvedtak.
- A17 ``emergency.complaint_window``, ``complaint_deadline``: klagefrist.
- A18 ``followup.care_order``: omsorgsovertakelse carried out.
- A21, A22 ``followup.placement_visits`` (the pro-rata rule is in ``visits``).
- A23 ``followup.address_protection``: protected address renewed.
- A25 ``followup.age_limits``: 18 and 25 years.
- SSB's fristbrudd: ``fristbrudd.is_report_breach``, ``is_investigation_breach``.
"""

from __future__ import annotations

from domain.deadlines.compute import compute_all, compute_deadlines
from domain.deadlines.dates import add_months
from domain.deadlines.emergency import complaint_deadline
from domain.deadlines.fristbrudd import (
    investigation_breach_limit,
    is_investigation_breach,
    is_report_breach,
    report_breach_limit,
)
from domain.deadlines.investigation import (
    InvestigationLimits,
    conclusion_gates,
    investigation_limits,
    validate_extension,
)
from domain.deadlines.model import (
    Action,
    Deadline,
    DeadlineStatus,
    Progress,
    Reminder,
    ReminderLevel,
)
from domain.deadlines.settings import DEFAULTS, DeadlineSettings
from domain.deadlines.summary import DeadlineSummary, next_deadline, summarize

__all__ = [
    "DEFAULTS",
    "Action",
    "Deadline",
    "DeadlineSettings",
    "DeadlineStatus",
    "DeadlineSummary",
    "InvestigationLimits",
    "Progress",
    "Reminder",
    "ReminderLevel",
    "add_months",
    "complaint_deadline",
    "compute_all",
    "compute_deadlines",
    "conclusion_gates",
    "investigation_breach_limit",
    "investigation_limits",
    "is_investigation_breach",
    "is_report_breach",
    "next_deadline",
    "report_breach_limit",
    "summarize",
    "validate_extension",
]
