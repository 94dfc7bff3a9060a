"""Turning what the intake dialogs typed into domain values (no widgets, no vault).

Pure functions so the rules are tested without a window: B4 (anonymous reporters have no
identity), B9 (meldeplikt means a named reporter), identity numbers (DOMAIN.md C, synthetic
only in demo/test mode), A1 (closing needs a written reason), A13–A15 (akuttvedtak basis).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from domain.cases import Case, CaseStatus
from domain.errors import ErrorKind, ValidationError
from domain.identity import parse_identity_number
from domain.legal import LawVersion, LegalBasis, law_in_force
from domain.measures import EmergencyDecision, EmergencyKind
from domain.people import Person, PersonRole
from domain.reports import (
    Channel,
    IntakeDecision,
    IntakeOutcome,
    Report,
    ReporterIdentity,
    ReporterType,
)
from ui.intake_decision import DecisionForm
from ui.intake_dialog import IntakeForm


@dataclass(frozen=True)
class NewIntake:
    """A checked melding, ready to store; ``child`` set when the child may be new."""

    report: Report
    child: Person | None
    identity_number: str | None


def reporter_identity(form: IntakeForm, kind: ReporterType) -> ReporterIdentity | None:
    """B4: none for an anonymous reporter; B9: a public body must give a name."""
    if not kind.identity_known or form.reporter is None:
        if kind.has_meldeplikt:
            raise ValidationError(ErrorKind.MELDEPLIKT_NOT_ANONYMOUS, field="reporter")
        return None
    if kind.has_meldeplikt and not form.reporter.name:
        raise ValidationError(ErrorKind.MELDEPLIKT_NOT_ANONYMOUS, field="reporter")
    return form.reporter


def child_of(form: IntakeForm, *, today: date, allow_synthetic: bool) -> tuple[Person, str | None]:
    """The child as typed; the identity number is validated (DOMAIN.md C)."""
    if not form.child_given_name:
        raise ValidationError(ErrorKind.MISSING_FIELD, field="child_given_name")
    if not form.child_family_name:
        raise ValidationError(ErrorKind.MISSING_FIELD, field="child_family_name")
    number: str | None = None
    birth = form.child_birth_date
    if form.child_identity_number:
        try:
            parsed = parse_identity_number(
                form.child_identity_number, allow_synthetic=allow_synthetic, today=today
            )
        except ValidationError as exc:
            exc.field = "child_identity_number"
            raise
        number = parsed.value
        # A barnevern child is under 25: of the number's possible birth dates (never derived
        # from the individnummer, DOMAIN.md C) the latest is the child's.
        candidates = parsed.birth_date_candidates(today)
        birth = birth or (candidates[-1] if candidates else None)
    child = Person(
        case_id="",
        role=PersonRole.CHILD,
        given_name=form.child_given_name,
        family_name=form.child_family_name,
        birth_date=birth,
        identity_number=number,
    )
    return child, number


def new_intake(form: IntakeForm, *, user: str, today: date, allow_synthetic: bool) -> NewIntake:
    """Check the form and build the melding (and the child when no case was chosen)."""
    kind = ReporterType(form.reporter_type)
    reporter = reporter_identity(form, kind)
    child, number = None, None
    if form.case_id is None:
        child, number = child_of(form, today=today, allow_synthetic=allow_synthetic)
    if not form.content:
        raise ValidationError(ErrorKind.MISSING_FIELD, field="content")
    report = Report(
        case_id=form.case_id or "",
        received_at=form.received_at,
        channel=Channel(form.channel),
        reporter_type=kind,
        content=form.content,
        acute=form.acute,
        reporter=reporter,
        registered_by=user,
    )
    return NewIntake(report, child, number)


def new_case(child: Person, *, now: datetime, user: str) -> tuple[Case, Person]:
    """A new case for a child not known before, with the child linked both ways."""
    case = Case(created_at=now, caseworker=user, status=CaseStatus.MOTTAK)
    child.case_id = case.id
    case.child_id = child.id
    return case, child


_EMERGENCY_PARAGRAPHS = {
    LawVersion.BVL2021: {
        EmergencyKind.OMSORG: "§ 4-2",
        EmergencyKind.INSTITUSJON_ATFERD: "§ 4-4",
        EmergencyKind.HJELPETILTAK: "§ 4-1",
    },
    LawVersion.BVL1992: {
        EmergencyKind.OMSORG: "§ 4-6 annet ledd",
        EmergencyKind.INSTITUSJON_ATFERD: "§ 4-25",
        EmergencyKind.HJELPETILTAK: "§ 4-6 første ledd",
    },
}
"""The akuttvedtak paragraphs of each barnevernlov (A13–A15)."""


def emergency_basis(kind: EmergencyKind, on: date) -> LegalBasis:
    """The legal basis of an akuttvedtak, in the law in force on its date."""
    law = law_in_force(on)
    return LegalBasis(law, _EMERGENCY_PARAGRAPHS[law][kind])


def intake_decision(form: DecisionForm, *, user: str) -> IntakeDecision:
    """A1: closing a melding needs a written reason (checked by the domain value)."""
    return IntakeDecision(
        outcome=IntakeOutcome(form.outcome),
        decided_on=form.decided_on,
        decided_by=user,
        reason=form.reason,
    )


def emergency_decision(form: DecisionForm, case_id: str) -> EmergencyDecision:
    """The akuttvedtak recorded with the intake decision (A13)."""
    if form.emergency_at is None or not form.emergency_kind:
        raise ValidationError(ErrorKind.MISSING_FIELD, field="emergency_kind")
    kind = EmergencyKind(form.emergency_kind)
    return EmergencyDecision(
        case_id=case_id,
        kind=kind,
        decided_at=form.emergency_at,
        legal_basis=emergency_basis(kind, form.emergency_at.date()),
    )


def status_after_decision(
    current: CaseStatus, outcome: IntakeOutcome, emergency: EmergencyKind | None
) -> CaseStatus:
    """The case's status after an intake decision; a running case keeps its own."""
    if current not in (CaseStatus.MOTTAK, CaseStatus.HENLAGT, CaseStatus.AVSLUTTET):
        return current
    if outcome is IntakeOutcome.UNDERSOKELSE:
        return CaseStatus.UNDERSOKELSE
    if outcome is IntakeOutcome.AKUTT:
        return CaseStatus.TILTAK if emergency is EmergencyKind.HJELPETILTAK else CaseStatus.OMSORG
    return CaseStatus.HENLAGT if current is CaseStatus.MOTTAK else current
