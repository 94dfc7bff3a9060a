"""Deadlines (frister) of DOMAIN.md §A, computed from a case's events and an injected ``today``.

Pure: no Qt, database, network or clock. Deadlines are never stored; recompute them on unlock
and after every change (DESIGN.md §2, §4 Scheduler). Rule by rule:

==========  ========================================  ==========================
id          function (module)                         guards
==========  ========================================  ==========================
A1          ``report_review`` (intake)                review of a melding
A4a–A4c     ``reporter_receipt`` … (intake)           letters to the reporter
A5          ``investigation_deadline`` (investigation) undersøkelse concluded
A7, A8      ``conclusion_gates`` (investigation)      plan and medvirkning
A10         ``closure_reassessment`` (investigation)  new look after henleggelse
A11         ``measure_plan``, ``measure_evaluations``  tiltaksplan
A13–A16     ``emergency`` module                      akuttvedtak
A17         ``complaint_window``, ``complaint_deadline`` klagefrist
A18         ``care_order`` (followup)                 omsorgsovertakelse iverksatt
A21, A22    ``placement_visits`` (followup, visits)   foster-home visits
A23         ``address_protection`` (followup)         protected address renewed
A25         ``age_limits`` (followup)                 18 and 25 years
==========  ========================================  ==========================
"""

from __future__ import annotations

from domain.deadlines.compute import compute_all, compute_deadlines
from domain.deadlines.dates import add_months
from domain.deadlines.emergency import complaint_deadline
from domain.deadlines.fristbrudd import is_investigation_breach, is_report_breach
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
    "investigation_limits",
    "is_investigation_breach",
    "is_report_breach",
    "next_deadline",
    "summarize",
    "validate_extension",
]
