"""IntakeController against a real vault: B4, B9, B11 (one case per child), C, A1, A13."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.intake import IntakeController
from domain.cases import CaseStatus
from domain.investigations import PlanItem
from domain.legal import LawVersion
from domain.measures import EmergencyKind
from domain.ops import Entity
from domain.reports import IntakeOutcome, ReporterType
from tests import feature_fixtures
from tests.feature_fixtures import SYNTHETIC, on_vault
from ui.intake_decision import IntakeDecisionDialog
from ui.intake_dialog import IntakeDialog
from ui.messages import message_for

# Fixtures shared with the other intake/notes tests (a real vault on a TaskRunner).
clock = feature_fixtures.clock
context = feature_fixtures.context
parent = feature_fixtures.parent
runner = feature_fixtures.runner


@pytest.fixture
def intake(runner, context, parent) -> IntakeController:
    return IntakeController(runner, parent, context)


def fill(
    dialog: IntakeDialog,
    *,
    kind: ReporterType,
    name: str = "",
    number: str = SYNTHETIC,
    content: str = "Barnet kommer sulten på skolen.",
) -> None:
    dialog.reporter_type.setCurrentIndex(dialog.reporter_type.findData(kind.value))
    if kind.identity_known:
        dialog.reporter_name.setText(name)
    if dialog.child_box.findChild(object, "child_given_name") is not None:
        dialog.child_given.setText("Ola")
        dialog.child_family.setText("Nordmann")
        dialog.child_number.setText(number)
    dialog.content.setPlainText(content)


def register(qtbot, intake: IntakeController, case_id: str | None = None, **kwargs: Any):
    intake.register_melding(case_id)
    qtbot.waitUntil(lambda: intake.dialog is not None and intake.dialog.isVisible())
    dialog = intake.dialog
    fill(dialog, **kwargs)
    with qtbot.waitSignal(intake.melding_registered) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    intake.dialog = None
    return blocker.args


def test_B4_anonymous_melding_stores_no_reporter_row(qtbot, intake, runner):
    """B4 (practice, fvl § 19): an anonymous reporter has no identity stored at all."""
    case_id, report_id = register(qtbot, intake, kind=ReporterType.ANONYMOUS)
    assert on_vault(qtbot, runner, lambda v: v.reports.reporter_of(report_id)) is None
    ops = on_vault(qtbot, runner, lambda v: v.outbox.pending())
    assert [op for op in ops if op.entity is Entity.REPORTER] == []
    assert any(op.entity is Entity.REPORT and op.case_id == case_id for op in ops)
    report = on_vault(qtbot, runner, lambda v: v.reports.get(report_id))
    assert report.received_at.tzinfo is not None  # Oslo wall time, stored with its offset


def test_B4_named_reporter_is_stored_apart_from_the_melding(qtbot, intake, runner):
    """B4: the reporter's identity lives in its own row, never in the melding's fields."""
    _case, report_id = register(qtbot, intake, kind=ReporterType.PUBLIC_BODY, name="Lærer Lie")
    reporter = on_vault(qtbot, runner, lambda v: v.reports.reporter_of(report_id))
    assert reporter.name == "Lærer Lie"
    report_ops = [
        op
        for op in on_vault(qtbot, runner, lambda v: v.outbox.pending())
        if op.entity is Entity.REPORT
    ]
    assert "reporter" not in report_ops[0].fields


def test_B9_public_body_without_identity_is_refused(qtbot, intake, runner):
    """B9 (§ 13-2): a public body with meldeplikt cannot be anonymous; nothing is stored."""
    intake.register_melding()
    dialog = intake.dialog
    fill(dialog, kind=ReporterType.PUBLIC_BODY, name="")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "meldeplikt" in dialog.error.text()
    assert dialog.isVisible()
    assert on_vault(qtbot, runner, lambda v: v.cases.count()) == 0


def test_B11_melding_for_known_child_lands_on_existing_case(qtbot, intake, runner):
    """B11 (§ 12-4): one journal per child: same identity number → same case, no duplicate."""
    first_case, _ = register(qtbot, intake, kind=ReporterType.ANONYMOUS)
    second_case, _ = register(qtbot, intake, kind=ReporterType.PRIVATE, name="Nabo")
    assert second_case == first_case
    assert on_vault(qtbot, runner, lambda v: v.cases.count()) == 1
    case_file = on_vault(qtbot, runner, lambda v: v.cases.get_file(first_case))
    assert len(case_file.reports) == 2


def test_melding_on_a_chosen_case_asks_no_child(qtbot, intake, runner):
    case_id, _ = register(qtbot, intake, kind=ReporterType.ANONYMOUS)
    again, _ = register(qtbot, intake, case_id, kind=ReporterType.CHILD, name="Ola")
    assert again == case_id


@pytest.mark.parametrize("number", ["14831551218", "1483155121", "abc"])
def test_C_invalid_identity_number_is_refused_with_a_message(qtbot, intake, runner, number):
    """DOMAIN.md C: control digits (1964/2032 rules) and format are checked before storing."""
    intake.register_melding()
    dialog = intake.dialog
    fill(dialog, kind=ReporterType.ANONYMOUS, number=number)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Fødselsnummeret er ikke gyldig" in dialog.error.text()
    assert on_vault(qtbot, runner, lambda v: v.cases.count()) == 0


def test_C_synthetic_number_refused_outside_demo_mode(qtbot, intake, runner, context):
    """DOMAIN.md C: synthetic (Tenor) numbers only in demo and test mode."""
    context.demo_mode = False
    intake.register_melding()
    fill(intake.dialog, kind=ReporterType.ANONYMOUS)
    qtbot.mouseClick(intake.dialog.save_button, Qt.MouseButton.LeftButton)
    assert intake.dialog.error.isVisible()
    assert on_vault(qtbot, runner, lambda v: v.cases.count()) == 0


def test_empty_content_is_refused(qtbot, intake, runner):
    intake.register_melding()
    fill(intake.dialog, kind=ReporterType.ANONYMOUS, content="  ")
    qtbot.mouseClick(intake.dialog.save_button, Qt.MouseButton.LeftButton)
    assert intake.dialog.error.text() == message_for(_missing())
    assert intake.dialog.content.hasFocus() or not intake.dialog.isActiveWindow()


def _missing() -> Exception:
    from domain.errors import ErrorKind, ValidationError

    return ValidationError(ErrorKind.MISSING_FIELD)


def decide(qtbot, intake: IntakeController, report_id: str) -> IntakeDecisionDialog:
    intake.decide(report_id)
    qtbot.waitUntil(lambda: intake.decision_dialog is not None)
    return intake.decision_dialog


def test_A1_closing_a_melding_needs_a_written_reason(qtbot, intake, runner):
    """A1 (§ 2-1): henleggelse needs a written reason; the melding is kept (B10)."""
    case_id, report_id = register(qtbot, intake, kind=ReporterType.ANONYMOUS)
    dialog = decide(qtbot, intake, report_id)
    dialog.select_outcome(IntakeOutcome.HENLAGT)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "begrunnelse" in dialog.error.text()
    dialog.reason.setPlainText("Forholdene er avklart med skolen.")
    with qtbot.waitSignal(intake.decision_recorded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    case_file = on_vault(qtbot, runner, lambda v: v.cases.get_file(case_id))
    assert case_file.reports[0].decision.outcome is IntakeOutcome.HENLAGT
    assert case_file.case.status is CaseStatus.HENLAGT


def test_A1_A7_decision_opens_investigation_with_plan(qtbot, intake, runner):
    """A1 → A7 (§ 2-2 (3)): opening an undersøkelse gives it the full plan checklist."""
    case_id, report_id = register(qtbot, intake, kind=ReporterType.ANONYMOUS)
    dialog = decide(qtbot, intake, report_id)
    assert "Barnet kommer sulten" in dialog.findChild(object, "report_content").toPlainText()
    dialog.select_outcome(IntakeOutcome.UNDERSOKELSE)
    with qtbot.waitSignal(intake.investigation_opened) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    investigation = on_vault(qtbot, runner, lambda v: v.investigations.get(blocker.args[0]))
    assert investigation.case_id == case_id
    assert {e.item for e in investigation.plan} == set(PlanItem)
    status = on_vault(qtbot, runner, lambda v: v.cases.get_file(case_id).case.status)
    assert status is CaseStatus.UNDERSOKELSE


def test_A13_akuttvedtak_records_an_emergency_decision(qtbot, intake, runner):
    """A13/A14 (ch. 4, § 4-2): an akuttvedtak om omsorg is recorded with its legal basis."""
    case_id, report_id = register(qtbot, intake, kind=ReporterType.ANONYMOUS)
    dialog = decide(qtbot, intake, report_id)
    dialog.select_outcome(IntakeOutcome.AKUTT)
    dialog.emergency_kind.setCurrentIndex(
        dialog.emergency_kind.findData(EmergencyKind.OMSORG.value)
    )
    with qtbot.waitSignal(intake.decision_recorded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    case_file = on_vault(qtbot, runner, lambda v: v.cases.get_file(case_id))
    [decision] = case_file.emergency_decisions
    assert decision.kind is EmergencyKind.OMSORG
    assert decision.legal_basis.law is LawVersion.BVL2021
    assert decision.legal_basis.paragraph == "§ 4-2"
    assert case_file.case.status is CaseStatus.OMSORG
