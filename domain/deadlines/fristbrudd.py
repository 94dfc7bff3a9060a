"""SSB's fristbrudd checks (DOMAIN.md "Statistics"), shared with the statistics engine.

SSB counts in days: a melding reviewed after more than 7 days, an undersøkelse lasting more
than 7 + 90 days without an approved extension, or more than 7 + 180 days with one. The
deadline list uses calendar months (A5: 3 and 6 months, clamped), so the two can differ by
a day or two around month ends; SSB's figures follow SSB's rule.
"""

from __future__ import annotations

from datetime import date, timedelta

from domain.deadlines.intake import review_due
from domain.deadlines.investigation import extension_error, investigation_start
from domain.investigations import Investigation
from domain.reports import Report

SSB_INVESTIGATION_DAYS = 90
"""SSB: an undersøkelse is over its limit after 7 + 90 days."""
SSB_EXTENDED_DAYS = 180
"""SSB: with an approved extension, after 7 + 180 days."""


def report_breach_limit(report: Report) -> date:
    """A1 (§ 2-1; § 4-2): the last day a melding may be reviewed (received + 7 days)."""
    return review_due(report)


def is_report_breach(report: Report, today: date) -> bool:
    """A1 fristbrudd: the melding was (or still is not) reviewed more than 7 days after receipt."""
    decision = report.decision
    reviewed = decision.decided_on if decision is not None else today
    return reviewed > report_breach_limit(report)


def investigation_breach_limit(investigation: Investigation, report: Report | None) -> date:
    """A5 (§ 2-2; § 4-3) by SSB's count: start + 90 days, or + 180 with an approved extension."""
    start = investigation_start(investigation, report)
    extension = investigation.extension
    approved = extension is not None and not extension_error(investigation, report, extension)
    return start + timedelta(days=SSB_EXTENDED_DAYS if approved else SSB_INVESTIGATION_DAYS)


def is_investigation_breach(
    investigation: Investigation, report: Report | None, today: date
) -> bool:
    """A5 fristbrudd by SSB's check: concluded (or still open) after 7 + 90 / 7 + 180 days."""
    conclusion = investigation.conclusion
    ended = conclusion.concluded_on if conclusion is not None else today
    return ended > investigation_breach_limit(investigation, report)
