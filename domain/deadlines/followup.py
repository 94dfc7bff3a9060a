"""Deadlines of running measures: tiltaksplan (A11), care order (A18), foster-home visits
(A21, A22), protected address (A23) and the age limits (A25)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from domain.casefile import CaseFile
from domain.cases import CaseStatus
from domain.deadlines.catalogue import (
    Context,
    Rule,
    add,
    basis_for,
    build,
)
from domain.deadlines.dates import add_months, add_years
from domain.deadlines.emergency import complaint_window
from domain.deadlines.model import Anchor, Deadline, Step
from domain.deadlines.rules import (
    ADDRESS_PROTECTION,
    AGE_EIGHTEEN,
    AGE_TWENTY_FIVE,
    CARE_ORDER,
    FOLLOWUP_VISITS,
    INFO,
    MEASURE_EVALUATION,
    MEASURE_PLAN,
    TILSYN_VISITS,
    WARNING,
)
from domain.deadlines.visits import visit_schedule
from domain.measures import (
    AddressProtectionDecision,
    CareOrder,
    Measure,
    MeasureKind,
    Placement,
    VisitKind,
)
from domain.people import AddressProtection

ADULT_AGE = 18
"""A25: the child comes of age (§ 1-2; § 1-3); ettervern may be offered."""
ETTERVERN_AGE = 25
"""A25: ettervern ends at 25 (§ 1-2; § 1-3)."""
_CLOSED = frozenset((CaseStatus.HENLAGT, CaseStatus.AVSLUTTET))
"""A25: closed cases have no age deadlines."""


def measure_plan(measure: Measure, ctx: Context) -> Deadline | None:
    """A11 a hjelpetiltak has a tiltaksplan from the day it is decided.

    DOMAIN.md A11; BVL2021 § 8-1 (BVL1992 § 4-5). Due the decision day; warn while missing.
    """
    # A11: § 8-1 (§ 4-5) — an ended measure without a plan is no longer actionable.
    if measure.kind is not MeasureKind.HJELPETILTAK:
        return None
    if measure.plan_made_on is None and measure.ended_on is not None:
        return None
    day = measure.decided_on
    return build(MEASURE_PLAN, ctx, measure.id, day, day, measure.plan_made_on, part="plan")


def measure_evaluations(measure: Measure, ctx: Context) -> list[Deadline]:
    """A11 the tiltaksplan is evaluated every quarter from the plan or the last evaluation.

    DOMAIN.md A11; BVL2021 § 8-1 (BVL1992 § 4-5); 3 months is a guideline (a setting). One
    deadline per interval: past ones met by the evaluation closing them, then the open one
    while the measure runs.
    """
    # A11: § 8-1 (§ 4-5) — each evaluation restarts the quarter.
    if measure.kind is not MeasureKind.HJELPETILTAK:
        return []
    anchor = measure.plan_made_on
    if anchor is None:
        if not measure.evaluations:
            return []
        anchor = measure.decided_on
    months = ctx.settings.a11_evaluation_months
    found: list[Deadline] = []
    for evaluated in sorted(measure.evaluations):
        if evaluated < anchor:
            continue
        if ctx.include_met:
            due = add_months(anchor, months)
            add(found, _evaluation(measure, anchor, due, evaluated, ctx))
        anchor = evaluated
    if measure.ended_on is None:
        add(found, _evaluation(measure, anchor, add_months(anchor, months), None, ctx))
    return found


def _evaluation(
    measure: Measure, starts_on: date, due_on: date, met: date | None, ctx: Context
) -> Deadline | None:
    part = f"evaluering:{starts_on.isoformat()}"
    return build(MEASURE_EVALUATION, ctx, measure.id, starts_on, due_on, met, part=part)


def care_order(order: CareOrder, ctx: Context) -> Deadline | None:
    """A18 a care order is carried out within 6 weeks of nemnda's decision.

    DOMAIN.md A18; BVL1992 § 4-13 (BVL2021 paragraph to confirm, a setting); 6 weeks (setting).
    """
    # A18: (§ 4-13) — countdown to "iverksatt".
    settings = ctx.settings
    basis = basis_for(CARE_ORDER, order.decided_on, settings.a18_paragraph_bvl2021)
    due = order.decided_on + timedelta(weeks=settings.a18_weeks)
    return build(
        CARE_ORDER, ctx, order.id, order.decided_on, due, order.carried_out_on, basis=basis
    )


def placement_visits(placement: Placement, kind: VisitKind, ctx: Context) -> Deadline | None:
    """A21 follow-up visits / A22 tilsyn visits in a foster home, counted per calendar year.

    DOMAIN.md A21/A22; fosterhjemsforskriften (to confirm), 4 a year (settings; A21 may be
    reduced by a recorded decision). OVERDUE means behind the pro-rata count (see ``visits``).
    """
    # A21/A22: fosterhjemsforskriften — only the current year of a running placement.
    settings = ctx.settings
    if kind is VisitKind.OPPFOLGING:
        rule = FOLLOWUP_VISITS
        per_year = placement.reduced_followup_per_year
        if per_year is None:
            per_year = settings.a21_visits_per_year
    else:
        rule, per_year = TILSYN_VISITS, settings.a22_visits_per_year
    schedule = visit_schedule(placement, kind, per_year, ctx.today)
    if schedule is None:
        return None
    return build(
        rule,
        ctx,
        placement.id,
        schedule.starts_on,
        schedule.due_on,
        schedule.met_on,
        part=str(ctx.today.year),
        progress=schedule.progress,
    )


def address_protection(decision: AddressProtectionDecision, ctx: Context) -> Deadline | None:
    """A23 a protection decision for a protected address is renewed every year.

    DOMAIN.md A23; Folkeregister practice; 1 year from the decision or last renewal (setting),
    reminders at 10 and 11 months (setting).
    """
    # A23: Folkeregister practice — only the running cycle is known (one ``renewed_on``).
    if decision.level is AddressProtection.NONE or decision.ended_on is not None:
        return None  # a lifted protection is never renewed
    settings = ctx.settings
    last = decision.renewed_on or decision.decided_on
    due = add_months(last, settings.a23_months)
    ladder = (*_protection_steps(settings.a23_remind_months), *ADDRESS_PROTECTION.ladder)
    return build(ADDRESS_PROTECTION, ctx, decision.id, last, due, None, ladder=ladder)


@lru_cache(maxsize=8)
def _age_ladders(warn_months: int) -> dict[int, tuple[Step, ...]]:
    """A25 ladders by age (18, 25; both rules are A25): a warning ``warn_months`` before the birthday, then the rule's
    own rungs. Made once per setting, not per case (keyed by an int, cheap to hash)."""
    warn = Step("warn", INFO, Anchor.DUE, months=-warn_months)
    return {
        ADULT_AGE: (warn, *AGE_EIGHTEEN.ladder),
        ETTERVERN_AGE: (warn, *AGE_TWENTY_FIVE.ladder),
    }


@lru_cache(maxsize=8)
def _protection_steps(months: tuple[int, ...]) -> tuple[Step, ...]:
    """INFO at every month given, WARNING at the last one."""
    return tuple(
        Step(f"{month}m", WARNING if index == len(months) - 1 else INFO, Anchor.START, months=month)
        for index, month in enumerate(months)
    )


def age_limits(case_file: CaseFile, ctx: Context) -> list[Deadline]:
    """A25 age limits: warnings at 18 (assess ettervern), closure task at 25.

    DOMAIN.md A25; BVL2021 § 1-2 (BVL1992 § 1-3). The law version follows the birthday in
    question (a birth date is not a decision). Closed cases have no age deadlines.
    """
    # A25: § 1-2 (§ 1-3) — 18 is met by an ettervern measure; 25 only once 18 has passed.
    if case_file.case.status in _CLOSED:
        return []
    child = case_file.child
    if child is None or child.birth_date is None:
        return []
    born = child.birth_date
    adult = add_years(born, ADULT_AGE)
    ettervern = [m.decided_on for m in case_file.measures if m.kind is MeasureKind.ETTERVERN]
    ladders = _age_ladders(ctx.settings.a25_warn_months)
    found: list[Deadline] = []
    add(
        found, _age(AGE_EIGHTEEN, child.id, born, adult, min(ettervern, default=None), ctx, ladders)
    )
    in_ettervern = bool(ettervern) or case_file.case.status is CaseStatus.ETTERVERN
    if in_ettervern or ctx.today >= adult:
        end = add_years(born, ETTERVERN_AGE)
        add(found, _age(AGE_TWENTY_FIVE, child.id, born, end, None, ctx, ladders))
    return found


def _age(
    rule: Rule,
    child_id: str,
    born: date,
    due: date,
    met: date | None,
    ctx: Context,
    ladders: dict[int, tuple[Step, ...]],
) -> Deadline | None:
    basis = basis_for(rule, due)
    age = ADULT_AGE if rule is AGE_EIGHTEEN else ETTERVERN_AGE
    return build(
        rule, ctx, child_id, born, due, met, part=str(age), basis=basis, ladder=ladders[age]
    )


def followup_deadlines(case_file: CaseFile, ctx: Context, out: list[Deadline]) -> None:
    """A11, A17, A18, A21, A22, A23 and A25 of one case, added to ``out``."""
    for measure in case_file.measures:
        add(out, measure_plan(measure, ctx))
        out.extend(measure_evaluations(measure, ctx))
        add(out, complaint_window(measure, ctx))
    for order in case_file.care_orders:
        add(out, care_order(order, ctx))
    for placement in case_file.placements:
        for kind in (VisitKind.OPPFOLGING, VisitKind.TILSYN):
            add(out, placement_visits(placement, kind, ctx))
    for decision in case_file.address_protections:
        add(out, address_protection(decision, ctx))
    out.extend(age_limits(case_file, ctx))
