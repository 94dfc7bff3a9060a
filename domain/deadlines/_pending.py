"""Facts the deadline rules need that the domain model does not record yet.

Each accessor reads an optional attribute the lead is asked to add to the model (see the
closing report). Until it exists the accessor answers ``None`` and the rule stays open; once
it exists nothing here needs to change, and the accessor can be replaced by plain access.
"""

from __future__ import annotations

from datetime import date

from domain.investigations import Investigation
from domain.measures import EmergencyDecision, Measure


def _optional_date(record: object, name: str) -> date | None:
    value: object = getattr(record, name, None)
    return value if isinstance(value, date) else None


def reassessed_on(investigation: Investigation) -> date | None:
    """A10: when a case closed at the party's wish was looked at again (``reassessed_on``)."""
    return _optional_date(investigation, "reassessed_on")


def complaint_decided_on(decision: EmergencyDecision) -> date | None:
    """A16: when nemnda decided a complaint against the akuttvedtak (``complaint_decided_on``)."""
    return _optional_date(decision, "complaint_decided_on")


def notified_on(measure: Measure) -> date | None:
    """A17: when the parties were notified of the enkeltvedtak (``notified_on``)."""
    return _optional_date(measure, "notified_on")
