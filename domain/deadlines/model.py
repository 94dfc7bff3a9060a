"""The values the deadline engine hands out: ``Deadline``, its ``Reminder`` ladder and statuses.

Deadlines are computed from a case's recorded events and an injected ``today``; they are never
stored (DESIGN.md §2). Every value here is immutable so views and the scheduler can share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum, StrEnum
from typing import NamedTuple

from domain.deadlines.dates import add_months
from domain.legal import LegalBasis


class DeadlineStatus(StrEnum):
    """Where a deadline stands on ``today``."""

    UPCOMING = "upcoming"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"  # fristbrudd; for A21/A22: behind the pro-rata visit count
    MET_ON_TIME = "met_on_time"
    MET_LATE = "met_late"
    LAPSED = "lapsed"  # bortfalt: an akuttvedtak without a timely begjæring (A14, A15)

    @property
    def is_open(self) -> bool:
        """Not met: something may still be done (or has gone wrong)."""
        return self not in (DeadlineStatus.MET_ON_TIME, DeadlineStatus.MET_LATE)


class Action(StrEnum):
    """What satisfies a deadline; the UI maps each to a button."""

    DECIDE_INTAKE = "decide_intake"  # A1
    SEND_RECEIPT_LETTER = "send_receipt_letter"  # A4a
    SEND_INVESTIGATION_LETTER = "send_investigation_letter"  # A4b
    SEND_OUTCOME_LETTER = "send_outcome_letter"  # A4c
    CONCLUDE_INVESTIGATION = "conclude_investigation"  # A5
    SETTLE_PLAN_ITEM = "settle_plan_item"  # A7
    DOCUMENT_PARTICIPATION = "document_participation"  # A8
    REASSESS_CASE = "reassess_case"  # A10
    MAKE_PLAN = "make_plan"  # A11
    EVALUATE_PLAN = "evaluate_plan"  # A11
    SEND_TO_NEMNDA = "send_to_nemnda"  # A13
    SEND_BEGJAERING = "send_begjaering"  # A14, A15
    AWAIT_NEMNDA = "await_nemnda"  # A16 (informational: nemnda acts)
    AWAIT_COMPLAINT = "await_complaint"  # A17 (informational: the party may complain)
    CARRY_OUT_CARE_ORDER = "carry_out_care_order"  # A18
    VISIT = "visit"  # A21
    TILSYN_VISIT = "tilsyn_visit"  # A22
    RENEW_PROTECTION = "renew_protection"  # A23
    ASSESS_ETTERVERN = "assess_ettervern"  # A25 at 18
    CLOSE_ETTERVERN = "close_ettervern"  # A25 at 25


class ReminderLevel(StrEnum):
    """How loudly a reminder speaks."""

    INFO = "info"
    WARNING = "warning"
    ALERT_LEADER = "alert_leader"
    BLOCKING = "blocking"  # a banner the caseworker cannot dismiss (A14, A15)


class Anchor(Enum):
    """What a reminder rung counts from."""

    START = "start"  # starts_on + months + days
    DUE = "due"  # due_on + months + days (negative: before)
    SPAN = "span"  # starts_on + a fraction of the whole limit (A14/A15 scale with the limit)


@dataclass(frozen=True, slots=True)
class Step:
    """One rung of a rule's reminder ladder, relative to the deadline's dates."""

    name: str
    level: ReminderLevel
    anchor: Anchor
    days: int = 0
    months: int = 0
    fraction: float = 0.0

    def on(self, starts_on: date, due_on: date) -> date:
        """The day this rung falls on."""
        if self.anchor is Anchor.SPAN:
            return starts_on + timedelta(days=int((due_on - starts_on).days * self.fraction))
        base = due_on if self.anchor is Anchor.DUE else starts_on
        if self.months:
            base = add_months(base, self.months)
        return base + timedelta(days=self.days)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One rung of a deadline's reminder ladder.

    ``key`` is stable across recomputations from the same facts, so the scheduler can dedupe
    and snooze by it; it embeds the due date, so a moved deadline (A5 extension) reminds anew.
    """

    on: date
    level: ReminderLevel
    key: str
    informational: bool = False


@dataclass(frozen=True, slots=True)
class Progress:
    """Counted duties (A21, A22): visits done, expected by today, required in the year."""

    done: int
    expected_by_today: int
    required: int
    reports_received: int = 0


class Deadline(NamedTuple):
    """One computed deadline of a case.

    ``subject_id`` is the record it is about (report, investigation, measure, placement …);
    ``part`` tells apart several deadlines of one rule on one record (a plan item, a year, an
    age). ``clock_ends_at`` is the 48-hour clock of A13; ``progress`` the visit count of A21/A22.
    ``informational`` deadlines (A16, A17) are nobody's task in the service. ``ladder`` is the
    rule's reminder ladder, from which ``reminders`` are derived.

    Why a named tuple and not a frozen dataclass: the engine makes ~40,000 of these per
    recompute of 5,000 cases (DESIGN.md §8: ≤ 100 ms). A tuple is built in one C call and is
    one object for the garbage collector; a frozen dataclass pays one ``object.__setattr__``
    per field plus an instance dict. It stays immutable and hashable; ``_replace`` copies.
    """

    rule: str
    case_id: str
    subject_id: str
    title: str
    legal_basis: LegalBasis
    starts_on: date
    due_on: date
    status: DeadlineStatus
    met_on: date | None
    satisfied_by: Action
    informational: bool = False
    part: str = ""
    clock_ends_at: datetime | None = None
    progress: Progress | None = None
    ladder: tuple[Step, ...] = ()

    @property
    def key(self) -> str:
        """Identity of this deadline across recomputations: rule, subject and part."""
        return f"{self.rule}:{self.subject_id}:{self.part}"

    @property
    def is_open(self) -> bool:
        """Not met yet."""
        return self.status.is_open

    @property
    def reminders(self) -> tuple[Reminder, ...]:
        """The reminder ladder while the deadline is open; none once it is met.

        Derived on demand from the rule's ``ladder`` (most deadlines are met and never asked).
        Keys embed the due date, so a moved deadline (an A5 extension) reminds anew.
        """
        if self.met_on is not None:
            return ()
        prefix = f"{self.key}:{self.due_on.isoformat()}:"
        starts_on, due_on, informational = self.starts_on, self.due_on, self.informational
        return tuple(
            Reminder(step.on(starts_on, due_on), step.level, prefix + step.name, informational)
            for step in self.ladder
        )
