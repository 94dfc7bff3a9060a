"""The intake dialogs show fields and emit plain values; no vault needed."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from domain.measures import EmergencyKind
from domain.reports import IntakeOutcome, ReporterType
from ui.intake_decision import IntakeDecisionDialog, ReportSummary
from ui.intake_dialog import IntakeDialog, IntakeForm

NOW = datetime(2026, 3, 2, 9, 30)


def make_dialog(qtbot, **kwargs) -> IntakeDialog:
    dialog = IntakeDialog(None, received_at=NOW, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: IntakeDialog, kind: ReporterType) -> None:
    dialog.reporter_type.setCurrentIndex(dialog.reporter_type.findData(kind.value))


def test_B4_anonymous_hides_identity_fields_and_sends_none(qtbot):
    """B4: nothing is asked or sent for an anonymous reporter, even if typed before."""
    dialog = make_dialog(qtbot)
    choose(dialog, ReporterType.PRIVATE)
    dialog.reporter_name.setText("Nabo Naboesen")
    assert dialog.reporter_box.isVisible()
    choose(dialog, ReporterType.ANONYMOUS)
    assert not dialog.reporter_box.isVisible()
    assert dialog.form().reporter is None


def test_B9_public_body_shows_meldeplikt_hint(qtbot):
    dialog = make_dialog(qtbot)
    choose(dialog, ReporterType.PUBLIC_BODY)
    assert dialog.meldeplikt_hint.isVisible()
    choose(dialog, ReporterType.PARENTS)
    assert not dialog.meldeplikt_hint.isVisible()


def test_form_carries_typed_values(qtbot):
    dialog = make_dialog(qtbot)
    choose(dialog, ReporterType.PUBLIC_BODY)
    dialog.reporter_name.setText("Rektor Rønning")
    dialog.reporter_org.setText("Fiktivby skole")
    dialog.child_given.setText("Aurora")
    dialog.child_family.setText("Ødegård")
    dialog.child_number.setText(" 148315 51217 ")
    dialog.birth_known.setChecked(True)
    dialog.birth_date.setDate(date(2015, 3, 14))
    dialog.content.setPlainText("Stort fravær.")
    dialog.acute_no.setChecked(True)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.save_requested) as blocker:
        qtbot.keyClick(dialog.content, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    form: IntakeForm = blocker.args[0]
    assert form.received_at == NOW
    assert form.reporter.organisation == "Fiktivby skole"
    assert (form.child_given_name, form.child_family_name) == ("Aurora", "Ødegård")
    assert form.child_identity_number == "148315 51217"
    assert form.child_birth_date == date(2015, 3, 14)
    assert form.acute is False and form.case_id is None


def test_known_case_asks_no_child(qtbot):
    dialog = make_dialog(qtbot, case_id="c1", case_label="2026-0142")
    assert dialog.findChild(object, "child_given_name") is None
    assert dialog.form().case_id == "c1"


def test_controls_have_accessible_names(qtbot):
    dialog = make_dialog(qtbot)
    for widget in (
        dialog.received,
        dialog.channel,
        dialog.reporter_type,
        dialog.content,
        dialog.child_number,
        dialog.acute_yes,
    ):
        assert widget.accessibleName()


def test_show_error_focuses_the_field(qtbot):
    dialog = make_dialog(qtbot)
    dialog.show_error("Fødselsnummeret er ikke gyldig.", "child_identity_number")
    assert dialog.error.isVisible()
    assert dialog.save_button.isEnabled()


def summary() -> ReportSummary:
    return ReportSummary(
        "r1",
        "2026-0142",
        "02.03.2026 09:30",
        "Telefon",
        "Anonym",
        "Nei",
        "Barnet er ofte sultent.",
        "09.03.2026",
    )


def test_decision_dialog_enables_fields_by_outcome(qtbot):
    dialog = IntakeDecisionDialog(None, summary(), now=NOW)
    qtbot.addWidget(dialog)
    assert dialog.outcome() is IntakeOutcome.UNDERSOKELSE
    assert not dialog.reason.isEnabled()
    dialog.select_outcome(IntakeOutcome.HENLAGT)
    assert dialog.reason.isEnabled() and not dialog.emergency_kind.isEnabled()
    dialog.select_outcome(IntakeOutcome.AKUTT)
    assert dialog.emergency_kind.isEnabled()


def test_decision_dialog_emits_akutt_form(qtbot):
    dialog = IntakeDecisionDialog(None, summary(), now=NOW)
    qtbot.addWidget(dialog)
    dialog.select_outcome(IntakeOutcome.AKUTT)
    dialog.emergency_kind.setCurrentIndex(
        dialog.emergency_kind.findData(EmergencyKind.INSTITUSJON_ATFERD.value)
    )
    with qtbot.waitSignal(dialog.decision_requested) as blocker:
        dialog.ok_button.click()
    form = blocker.args[0]
    assert (form.outcome, form.emergency_kind, form.emergency_at) == (
        "akutt",
        "institusjon_atferd",
        NOW,
    )
    assert not dialog.ok_button.isEnabled()
    dialog.show_error("feil")
    assert dialog.ok_button.isEnabled()
