"""Plain rows the shell's views show: built by ``desktop/case_service.py``, never by widgets.

Rows hold only what a screen may show, already decided: identity numbers arrive masked
(B8) and a strengt fortrolig address arrives empty (B6), so no widget can leak them by
mistake. Enum values stay enums; ``ui/labels.py`` turns them into translated words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from domain.cases import CaseStatus
from domain.people import AddressProtection


@dataclass(frozen=True)
class DeadlineRow:
    """One computed deadline (DOMAIN.md A) as the case view and list show it."""

    rule: str
    title: str
    due_on: date | None
    status: str
    overdue: bool = False


@dataclass(frozen=True)
class CaseRow:
    """One line of "Mine saker"."""

    case_id: str
    number: str
    child_name: str
    child_age: int | None
    identity_masked: str
    status: CaseStatus
    address_protection: AddressProtection = AddressProtection.NONE
    next_deadline: DeadlineRow | None = None
    overdue: bool = False
    to_review: int = 0  # values that lost a sync merge, not yet reviewed (§5)


@dataclass(frozen=True)
class PersonRow:
    """A person of the case; ``address`` is already blank when strengt fortrolig (B6)."""

    person_id: str
    role: str
    name: str
    age: int | None
    identity_masked: str
    address: str
    phone: str
    address_protection: AddressProtection = AddressProtection.NONE


@dataclass(frozen=True)
class ReportRow:
    """A melding on the case; the reporter's identity is never part of it (B4)."""

    report_id: str
    received_at: datetime
    channel: str
    reporter_type: str
    acute: bool | None
    decision: str  # IntakeOutcome value, "" while undecided


@dataclass(frozen=True)
class InvestigationRow:
    """An undersøkelse and where it stands."""

    investigation_id: str
    opened_on: date
    extended: bool
    conclusion: str  # ConclusionCode value, "" while open
    blockers: int  # unsettled plan items and missing A8 record


@dataclass(frozen=True)
class MeasureRow:
    """A tiltak on the case."""

    measure_id: str
    kind: str
    description: str
    decided_on: date
    plan_made_on: date | None
    ended_on: date | None


@dataclass(frozen=True)
class TimelineRow:
    """A journal note or an addendum, in the order the journal shows them."""

    note_id: str  # the note (for an addendum: the note it amends)
    entry_id: str
    is_addendum: bool
    at: datetime
    note_type: str
    author: str
    signed: bool
    exempt: bool  # unntatt innsyn, whole or part (B3)
    excerpt: str
    two_versions: bool = False  # a draft edited on two devices, not merged yet (§5)


@dataclass(frozen=True)
class AccessRow:
    """One line of the case's access log (B2)."""

    at: datetime
    user: str
    device: str
    action: str
    entity_id: str


@dataclass(frozen=True)
class ReviewRow:
    """A value that lost a per-field sync merge (§5), beside the value the field has now.

    Values are JSON as stored (``ui.history_review`` words them); one that may not be shown
    here (a strengt fortrolig address, B6; the reporter's identity, B4) arrives as ``None``
    with ``hidden`` set, and identity numbers arrive masked (B8).
    """

    lost_id: int
    entity: str  # domain.ops.Entity value
    field: str
    subject: str  # which record: a person's name, a note's type and date, "" for the case
    kept: object
    lost: object
    lost_at: datetime | None  # when the losing value was written (its HLC)
    lost_device: str
    lost_here: bool  # written on this device
    lost_by: str  # "" when not known (written on another device)
    kept_at: datetime | None
    kept_device: str
    kept_here: bool
    arrived: bool  # the losing value arrived by sync; otherwise it was this vault's value
    restorable: bool  # "Bruk denne verdien" is possible (not for signed notes, B11)
    hidden: bool = False


@dataclass(frozen=True)
class CaseDetail:
    """Everything the case view shows for one case."""

    case_id: str
    number: str
    status: CaseStatus
    child: PersonRow | None
    address_protection: AddressProtection
    persons: list[PersonRow] = field(default_factory=list)
    reports: list[ReportRow] = field(default_factory=list)
    investigations: list[InvestigationRow] = field(default_factory=list)
    measures: list[MeasureRow] = field(default_factory=list)
    timeline: list[TimelineRow] = field(default_factory=list)
    deadlines: list[DeadlineRow] = field(default_factory=list)
    access_log: list[AccessRow] = field(default_factory=list)
    review: list[ReviewRow] = field(default_factory=list)


@dataclass(frozen=True)
class SearchRow:
    """A search hit; ``snippet`` marks the hit with ``\\x02``…``\\x03`` (storage contract)."""

    note_id: str
    case_id: str
    case_number: str
    snippet: str
    rank: float = 0.0
