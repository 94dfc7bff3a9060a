"""Deadlines of decisions: akuttvedtak (A13–A16) and the complaint window (A17)."""

from __future__ import annotations

from datetime import date, timedelta

from domain.deadlines.catalogue import (
    Context,
    add,
    build,
)
from domain.deadlines.dates import add_months
from domain.deadlines.model import Anchor, Deadline, ReminderLevel, Step
from domain.deadlines.rules import (
    CARE_BEGJAERING,
    COMPLAINT_WINDOW,
    EMERGENCY_COMPLAINT,
    EMERGENCY_TO_NEMNDA,
    INSTITUTION_BEGJAERING,
)
from domain.measures import EmergencyDecision, EmergencyKind, Measure, MeasureKind

CARE_BEGJAERING_WEEKS = 6
"""A14: begjæring within 6 weeks of an akuttvedtak om omsorgsovertakelse (§ 4-2; § 4-6)."""
INSTITUTION_BEGJAERING_WEEKS = 2
"""A15: begjæring within 2 weeks of an akuttvedtak for institution placement (§ 4-4; § 4-25)."""
COMPLAINT_DECISION_DAYS = 7
"""A16: nemnda decides a complaint against an akuttvedtak within 1 week (ch. 14; § 7-23)."""
COMPLAINT_WEEKS = 3
"""A17: the party may complain within 3 weeks of being notified (forvaltningsloven § 29)."""


def complaint_deadline(notified_on: date) -> date:
    """A17: the last day to complain against an enkeltvedtak (fvl. § 29), for decision letters."""
    return notified_on + timedelta(weeks=COMPLAINT_WEEKS)


def emergency_to_nemnda(decision: EmergencyDecision, ctx: Context) -> Deadline | None:
    """A13 akuttvedtak sent to nemnda for approval at once; nemnda aims for 48 hours.

    DOMAIN.md A13; BVL2021 ch. 4 (BVL1992 § 7-22). Due the day of the vedtak; the
    48-hour clock (a setting) is ``clock_ends_at`` and a reminder on its day.
    """
    # A13: ch. 4 (§ 7-22) — task "send til nemnda" at once.
    day = decision.decided_at.date()
    sent = decision.sent_to_nemnda_at
    clock = decision.decided_at + timedelta(hours=ctx.settings.a13_clock_hours)
    clock_step = Step("48h", ReminderLevel.INFO, Anchor.START, days=(clock.date() - day).days)
    ladder = (*EMERGENCY_TO_NEMNDA.ladder, clock_step)
    met = sent.date() if sent is not None else None
    return build(
        EMERGENCY_TO_NEMNDA, ctx, decision.id, day, day, met, clock_ends_at=clock, ladder=ladder
    )


def begjaering(decision: EmergencyDecision, ctx: Context) -> Deadline | None:
    """A14/A15 begjæring to nemnda after an akuttvedtak, or the vedtak lapses (bortfalt).

    DOMAIN.md A14: BVL2021 § 4-2 (BVL1992 § 4-6), 6 weeks (6 months abroad, a setting).
    DOMAIN.md A15: BVL2021 § 4-4 (BVL1992 § 4-25), 2 weeks. Warn at 4/6 of the limit, a
    blocking banner at 5/6, status LAPSED after the limit without a begjæring.
    """
    # A14: § 4-2 (§ 4-6); A15: § 4-4 (§ 4-25) — an akutt hjelpetiltak has no such limit.
    day = decision.decided_at.date()
    if decision.kind is EmergencyKind.OMSORG:
        rule = CARE_BEGJAERING
        if decision.child_abroad:
            due = add_months(day, ctx.settings.a14_abroad_months)
        else:
            due = day + timedelta(weeks=CARE_BEGJAERING_WEEKS)
    elif decision.kind is EmergencyKind.INSTITUSJON_ATFERD:
        rule = INSTITUTION_BEGJAERING
        due = day + timedelta(weeks=INSTITUTION_BEGJAERING_WEEKS)
    else:
        return None
    return build(rule, ctx, decision.id, day, due, decision.begjaering_sent_on)


def emergency_complaint(decision: EmergencyDecision, ctx: Context) -> Deadline | None:
    """A16 nemnda decides a complaint against an akuttvedtak within 1 week (informational).

    DOMAIN.md A16; BVL2021 ch. 14 (BVL1992 § 7-23). Starts when nemnda receives the complaint.
    """
    # A16: ch. 14 (§ 7-23) — nemnda's duty, shown to the caseworker for information.
    received = decision.complaint_received_on
    if received is None:
        return None
    due = received + timedelta(days=COMPLAINT_DECISION_DAYS)
    met = decision.complaint_decided_on
    return build(EMERGENCY_COMPLAINT, ctx, decision.id, received, due, met, part="klage")


def complaint_window(measure: Measure, ctx: Context) -> Deadline | None:
    """A17 the party's 3-week window to complain against the service's enkeltvedtak.

    DOMAIN.md A17; forvaltningsloven § 29 (both periods). Informational; starts when the
    party is notified (needs ``Measure.notified_on``). Nemnda's own decisions are excluded.
    """
    # A17: fvl. § 29 — shown in the decision letter (``complaint_deadline``).
    if measure.kind is MeasureKind.OMSORGSTILTAK:
        return None
    notified = measure.notified_on
    if notified is None:
        return None
    due = complaint_deadline(notified)
    return build(COMPLAINT_WINDOW, ctx, measure.id, notified, due, None, part="klagefrist")


def emergency_deadlines(decision: EmergencyDecision, ctx: Context, out: list[Deadline]) -> None:
    """Every deadline of one akuttvedtak, added to ``out``: A13, A14 or A15, A16."""
    add(out, emergency_to_nemnda(decision, ctx))
    add(out, begjaering(decision, ctx))
    add(out, emergency_complaint(decision, ctx))
