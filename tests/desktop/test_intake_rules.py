"""The intake rules without a window: B4, B9, C, A1, A13–A15, the law version of a basis."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.context import OSLO
from desktop.intake_rules import (
    emergency_basis,
    intake_decision,
    new_intake,
    status_after_decision,
)
from domain.cases import CaseStatus
from domain.errors import ErrorKind, ValidationError
from domain.legal import LawVersion
from domain.measures import EmergencyKind
from domain.reports import IntakeOutcome, ReporterIdentity, ReporterType
from ui.intake_decision import DecisionForm
from ui.intake_dialog import IntakeForm

WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=OSLO)


def form(kind: ReporterType, reporter: ReporterIdentity | None = None, **kw) -> IntakeForm:
    values = dict(
        received_at=WHEN,
        channel="telefon",
        reporter_type=kind.value,
        reporter=reporter,
        content="Bekymring.",
        acute=None,
        child_given_name="Ola",
        child_family_name="Nordmann",
        child_identity_number="14831551217",
    )
    values.update(kw)
    return IntakeForm(**values)


def build(f: IntakeForm, *, synthetic: bool = True):
    return new_intake(f, user="u", today=WHEN.date(), allow_synthetic=synthetic)


def test_B4_anonymous_never_keeps_an_identity():
    intake = build(form(ReporterType.ANONYMOUS, ReporterIdentity("Skal ikke lagres")))
    assert intake.report.reporter is None


def test_B9_public_body_needs_a_name():
    with pytest.raises(ValidationError) as caught:
        build(form(ReporterType.PUBLIC_BODY, ReporterIdentity("", organisation="Skolen")))
    assert caught.value.kind is ErrorKind.MELDEPLIKT_NOT_ANONYMOUS


def test_C_identity_number_gives_digits_and_birth_date():
    intake = build(
        form(ReporterType.CHILD, ReporterIdentity("Ola"), child_identity_number="148315 51217")
    )
    assert intake.identity_number == "14831551217"
    assert intake.child is not None and intake.child.birth_date == date(2015, 3, 14)


def test_C_synthetic_refused_in_production_mode():
    with pytest.raises(ValidationError) as caught:
        build(form(ReporterType.ANONYMOUS), synthetic=False)
    assert caught.value.kind is ErrorKind.INVALID_IDENTITY_NUMBER
    assert caught.value.field == "child_identity_number"


@pytest.mark.parametrize("missing", ["child_given_name", "child_family_name", "content"])
def test_mandatory_fields(missing):
    with pytest.raises(ValidationError) as caught:
        build(form(ReporterType.ANONYMOUS, **{missing: ""}))
    assert caught.value.field == missing


def test_A1_closure_without_reason_refused():
    decision = DecisionForm("r", IntakeOutcome.HENLAGT.value, WHEN.date(), reason=" ")
    with pytest.raises(ValidationError) as caught:
        intake_decision(decision, user="u")
    assert caught.value.kind is ErrorKind.CLOSURE_NEEDS_REASON


@pytest.mark.parametrize(
    ("kind", "on", "law", "paragraph"),
    [
        (EmergencyKind.OMSORG, date(2023, 1, 1), LawVersion.BVL2021, "§ 4-2"),
        (EmergencyKind.INSTITUSJON_ATFERD, date(2026, 3, 2), LawVersion.BVL2021, "§ 4-4"),
        (EmergencyKind.OMSORG, date(2022, 12, 31), LawVersion.BVL1992, "§ 4-6 annet ledd"),
        (EmergencyKind.INSTITUSJON_ATFERD, date(2022, 6, 1), LawVersion.BVL1992, "§ 4-25"),
    ],
)
def test_A14_A15_emergency_basis_in_the_law_in_force(kind, on, law, paragraph):
    """A14 (§ 4-2 / § 4-6), A15 (§ 4-4 / § 4-25): the basis carries the law in force."""
    basis = emergency_basis(kind, on)
    assert (basis.law, basis.paragraph) == (law, paragraph)
    basis.check_date(on)


def test_running_case_keeps_its_status_after_a_new_melding_is_decided():
    assert (
        status_after_decision(CaseStatus.TILTAK, IntakeOutcome.HENLAGT, None) is CaseStatus.TILTAK
    )
    assert (
        status_after_decision(CaseStatus.MOTTAK, IntakeOutcome.AKUTT, EmergencyKind.OMSORG)
        is CaseStatus.OMSORG
    )
    assert (
        status_after_decision(CaseStatus.HENLAGT, IntakeOutcome.UNDERSOKELSE, None)
        is CaseStatus.UNDERSOKELSE
    )
