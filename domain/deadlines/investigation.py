"""Deadlines of an undersøkelse: A5 (conclusion), A7/A8 (gates on concluding), A10 (new look)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from domain.deadlines.catalogue import (
    Context,
    add,
    build,
)
from domain.deadlines.dates import add_months
from domain.deadlines.intake import review_due
from domain.deadlines.model import Deadline
from domain.deadlines.rules import (
    CHILD_PARTICIPATION,
    CLOSURE_REASSESSMENT,
    INVESTIGATION,
    INVESTIGATION_PLAN,
)
from domain.deadlines.settings import DEFAULTS, DeadlineSettings
from domain.errors import ErrorKind, ValidationError
from domain.investigations import ConclusionCode, Extension, Investigation, PlanItem
from domain.reports import IntakeOutcome, Report

INVESTIGATION_MONTHS = 3
"""A5: an undersøkelse is concluded within 3 months of the review limit (§ 2-2; § 6-9)."""
EXTENDED_MONTHS = 6
"""A5: up to 6 months in special cases, by an extension decided before the 3-month limit."""

PLAN_ITEM_TITLES: dict[str, str] = {
    PlanItem.SAMTALE_MED_BARNET.value: "samtale med barnet",
    PlanItem.SAMTALE_MED_BARNET_ALENE.value: "samtale med barnet alene",
    PlanItem.SAMTALE_MED_FORELDRE.value: "samtale med foreldre",
    PlanItem.HJEMMEBESOK.value: "hjemmebesøk",
    PlanItem.INNHENTING.value: "innhentede opplysninger",
}
"""A7 checklist items as the UI names them."""


class InvestigationLimits(NamedTuple):
    """A5 for one undersøkelse: the start, the 3-month limit and the limit that applies.

    A named tuple, like ``Deadline``: made once per undersøkelse on every recompute.
    """

    starts_on: date
    ordinary_due: date
    due_on: date
    extended: bool


def investigation_start(investigation: Investigation, report: Report | None) -> date:
    """A5 starts when the 7-day review limit expires (received + 7 days).

    Without its melding (a record not synced yet) the opening day stands in.
    """
    return review_due(report) if report is not None else investigation.opened_on


def extension_error(
    investigation: Investigation, report: Report | None, extension: Extension
) -> str:
    """Why an extension does not count (A5), or ``""`` when it does."""
    if not extension.reason.strip():
        return "reason"
    start = investigation_start(investigation, report)
    if extension.decided_on > add_months(start, INVESTIGATION_MONTHS):
        return "decided_on"  # decided after the 3-month limit: too late to extend
    if extension.decided_on < investigation.opened_on:
        return "decided_on"  # before the undersøkelse existed
    return ""


def validate_extension(
    investigation: Investigation, report: Report | None, extension: Extension
) -> None:
    """A5: refuse an extension without a reason or decided after the 3-month limit.

    DOMAIN.md A5; BVL2021 § 2-2 (BVL1992 § 4-3, § 6-9). Raises ``ValidationError`` with
    ``ErrorKind.EXTENSION_INVALID``; the app calls it before recording an extension.
    """
    problem = extension_error(investigation, report, extension)
    if problem:
        raise ValidationError(ErrorKind.EXTENSION_INVALID, field=problem)


def investigation_limits(
    investigation: Investigation, report: Report | None
) -> InvestigationLimits:
    """A5 limits: received + 7 days + 3 months, or + 6 months with a valid extension."""
    start = investigation_start(investigation, report)
    ordinary = add_months(start, INVESTIGATION_MONTHS)
    extension = investigation.extension
    extended = extension is not None and not extension_error(investigation, report, extension)
    due = add_months(start, EXTENDED_MONTHS) if extended else ordinary
    return InvestigationLimits(start, ordinary, due, extended)


def investigation_deadline(
    investigation: Investigation,
    report: Report | None,
    ctx: Context,
    limits: InvestigationLimits | None = None,
) -> Deadline | None:
    """A5 undersøkelse concluded within 3 months (6 with a timely extension, a hard stop).

    DOMAIN.md A5; BVL2021 § 2-2 (BVL1992 § 4-3, § 6-9). Starts at received + 7 days; an
    extension recorded after the 3-month limit does not count (see ``validate_extension``).
    """
    # A5: § 2-2 (§ 4-3, § 6-9) — met by the conclusion (A9).
    if limits is None:
        limits = investigation_limits(investigation, report)
    conclusion = investigation.conclusion
    met = conclusion.concluded_on if conclusion is not None else None
    title = "Undersøkelse avsluttet (forlenget frist)" if limits.extended else ""
    return build(
        INVESTIGATION, ctx, investigation.id, limits.starts_on, limits.due_on, met, title=title
    )


def unopened_investigation_deadline(report: Report, ctx: Context) -> Deadline | None:
    """A5 for a melding decided for undersøkelse (or akutt) with no undersøkelse recorded yet.

    DOMAIN.md A5; BVL2021 § 2-2 (BVL1992 § 4-3, § 6-9). The clock runs from received + 7 days
    whether or not the undersøkelse has been registered, so SSB's check is not dodged.
    """
    # A5: § 2-2 (§ 4-3, § 6-9) — the subject is the melding until the undersøkelse exists.
    decision = report.decision
    if decision is None or decision.outcome is IntakeOutcome.HENLAGT:
        return None
    start = review_due(report)
    due = add_months(start, INVESTIGATION_MONTHS)
    return build(INVESTIGATION, ctx, report.id, start, due, None)


def plan_gates(investigation: Investigation, due_on: date, ctx: Context) -> list[Deadline]:
    """A7 undersøkelsesplan: every unsettled checklist item gates the conclusion.

    DOMAIN.md A7; BVL2021 § 2-2 (3) (BVL1992 § 4-3). Due with A5; an item is settled when
    done or skipped with a reason. Read from ``Investigation.conclusion_blockers``.
    """
    # A7: § 2-2 (3) — plan entries carry no date, so only unsettled items are shown.
    if investigation.conclusion is not None:
        return []
    gates: list[Deadline] = []
    for blocker in investigation.conclusion_blockers():
        rule, _, item = blocker.partition(":")
        if rule != "A7":
            continue
        title = f"Undersøkelsesplan: {PLAN_ITEM_TITLES.get(item, item)}"
        add(
            gates,
            build(
                INVESTIGATION_PLAN,
                ctx,
                investigation.id,
                _gate_start(investigation, due_on),
                due_on,
                None,
                part=item,
                title=title,
            ),
        )
    return gates


def participation_gate(investigation: Investigation, due_on: date, ctx: Context) -> Deadline | None:
    """A8 barnets medvirkning documented before the undersøkelse is concluded.

    DOMAIN.md A8; BVL2021 § 1-4 (BVL1992 § 1-6, § 6-3). Due with A5; met by the first
    recorded ``ChildParticipation``.
    """
    # A8: § 1-4 (§ 1-6, § 6-3) — a decision cannot be finalised without it.
    recorded = [entry.recorded_on for entry in investigation.participation]
    met = min(recorded) if recorded else None
    start = _gate_start(investigation, due_on)
    return build(CHILD_PARTICIPATION, ctx, investigation.id, start, due_on, met)


def _gate_start(investigation: Investigation, due_on: date) -> date:
    """A7/A8 start at the opening; one registered after its A5 limit is due at once."""
    return min(investigation.opened_on, due_on)


def conclusion_gates(
    investigation: Investigation,
    report: Report | None,
    today: date,
    settings: DeadlineSettings = DEFAULTS,
    case_id: str = "",
) -> list[Deadline]:
    """A7 and A8 items that still stand in the way of concluding, due with A5."""
    ctx = Context(case_id or investigation.case_id, today, settings)
    due = investigation_limits(investigation, report).due_on
    gates = plan_gates(investigation, due, ctx)
    participation = participation_gate(investigation, due, ctx)
    if participation is not None and participation.is_open:
        gates.append(participation)
    return gates


def closure_reassessment(
    investigation: Investigation, later: Iterable[Investigation], ctx: Context
) -> Deadline | None:
    """A10 new look at a case closed at the party's wish (parents refused help).

    DOMAIN.md A10; practice (to confirm), 6 months (setting). No word to the reporter. Met by
    a recorded reassessment or, failing that, by a later undersøkelse of the case (``later``
    may hold ``investigation`` itself; it is skipped).
    """
    # A10: practice — HENLAGT_PARTENS_ONSKE starts a ``a10_months`` clock.
    conclusion = investigation.conclusion
    if conclusion is None or conclusion.code is not ConclusionCode.HENLAGT_PARTENS_ONSKE:
        return None
    closed = conclusion.concluded_on
    met = investigation.reassessed_on
    if met is None:
        reopened = [
            other.opened_on
            for other in later
            if other is not investigation and other.opened_on >= closed
        ]
        met = min(reopened) if reopened else None
    due = add_months(closed, ctx.settings.a10_months)
    return build(CLOSURE_REASSESSMENT, ctx, investigation.id, closed, due, met)


def investigation_deadlines(
    investigation: Investigation,
    report: Report | None,
    others: list[Investigation],
    ctx: Context,
    out: list[Deadline],
) -> None:
    """Every deadline hanging on one undersøkelse, added to ``out``: A5, A7, A8 and A10."""
    limits = investigation_limits(investigation, report)
    add(out, investigation_deadline(investigation, report, ctx, limits))
    if investigation.conclusion is None:
        out.extend(plan_gates(investigation, limits.due_on, ctx))
    add(out, participation_gate(investigation, limits.due_on, ctx))
    add(out, closure_reassessment(investigation, others, ctx))
