"""Small builders for the deadline tests (no tests here): plain domain records with defaults."""

from __future__ import annotations

from datetime import date, datetime, time

from domain.casefile import CaseFile
from domain.cases import Case, CaseStatus
from domain.deadlines import Deadline, compute_deadlines
from domain.investigations import (
    ChildParticipation,
    Investigation,
    ParticipationCode,
    PlanEntry,
    PlanItem,
)
from domain.legal import LegalBasis, law_in_force
from domain.measures import (
    EmergencyDecision,
    EmergencyKind,
    Measure,
    MeasureKind,
)
from domain.people import Person, PersonRole
from domain.reports import (
    Channel,
    IntakeDecision,
    IntakeOutcome,
    Report,
    ReporterIdentity,
    ReporterType,
)

CASE_ID = "case-1"
TODAY = date(2024, 6, 3)


def at(day: date, hour: int = 10) -> datetime:
    """A moment on ``day``."""
    return datetime.combine(day, time(hour))


def case_file(status: CaseStatus = CaseStatus.UNDERSOKELSE) -> CaseFile:
    """An empty case file."""
    return CaseFile(case=Case(created_at=at(date(2020, 1, 1)), id=CASE_ID, status=status))


def report(
    received: date,
    reporter: ReporterType = ReporterType.PRIVATE,
    decided: date | None = None,
    outcome: IntakeOutcome = IntakeOutcome.UNDERSOKELSE,
    report_id: str = "r-1",
) -> Report:
    """A melding received on ``received``, decided on ``decided`` if given."""
    identity = None if reporter is ReporterType.ANONYMOUS else ReporterIdentity("Melder")
    decision = None
    if decided is not None:
        reason = "Ingen grunn til bekymring." if outcome is IntakeOutcome.HENLAGT else ""
        decision = IntakeDecision(outcome, decided, "mottak", reason)
    return Report(
        case_id=CASE_ID,
        received_at=at(received),
        channel=Channel.PHONE,
        reporter_type=reporter,
        content="Bekymring for barnet.",
        reporter=identity,
        decision=decision,
        id=report_id,
    )


def investigation(
    source: Report, opened: date | None = None, settled: bool = False, inv_id: str = "u-1"
) -> Investigation:
    """An undersøkelse of ``source``; ``settled`` completes the A7 plan and records A8."""
    opened_on = opened or source.received_on
    inv = Investigation(case_id=CASE_ID, report_id=source.id, opened_on=opened_on, id=inv_id)
    if settled:
        inv.plan = [PlanEntry(item, done=True) for item in PlanItem]
        inv.participation = [ChildParticipation(ParticipationCode.SAMTALE, opened_on)]
    return inv


def measure(
    decided: date,
    kind: MeasureKind = MeasureKind.HJELPETILTAK,
    plan: date | None = None,
    measure_id: str = "m-1",
) -> Measure:
    """A measure decided on ``decided`` with a legal basis valid on that date."""
    paragraph = "§ 3-1" if law_in_force(decided).value == "BVL2021" else "§ 4-4"
    return Measure(
        case_id=CASE_ID,
        kind=kind,
        description="Foreldreveiledning",
        legal_basis=LegalBasis(law_in_force(decided), paragraph),
        decided_on=decided,
        plan_made_on=plan,
        id=measure_id,
    )


def emergency(
    decided: datetime, kind: EmergencyKind = EmergencyKind.OMSORG, em_id: str = "a-1"
) -> EmergencyDecision:
    """An akuttvedtak made at ``decided``."""
    law = law_in_force(decided.date())
    paragraph = {"omsorg": "§ 4-2", "institusjon_atferd": "§ 4-4"}.get(kind.value, "§ 4-1")
    if law.value == "BVL1992":
        paragraph = "§ 4-25" if kind is EmergencyKind.INSTITUSJON_ATFERD else "§ 4-6"
    return EmergencyDecision(CASE_ID, kind, decided, LegalBasis(law, paragraph), id=em_id)


def child(born: date) -> Person:
    """The child of the case."""
    return Person(CASE_ID, PersonRole.CHILD, "Ola", "Nordmann", birth_date=born, id="p-1")


def only(deadlines: list[Deadline], rule: str, part: str | None = None) -> Deadline:
    """The one deadline of ``rule`` (and ``part``) in the list."""
    found = [d for d in deadlines if d.rule == rule and (part is None or d.part == part)]
    assert len(found) == 1, [(d.rule, d.part) for d in deadlines]
    return found[0]


def of_rule(file: CaseFile, today: date, rule: str) -> list[Deadline]:
    """Every deadline of ``rule`` computed for ``file``."""
    return [d for d in compute_deadlines(file, today) if d.rule == rule]
