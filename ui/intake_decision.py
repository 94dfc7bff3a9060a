"""The intake decision (A1): close with a written reason, open an undersøkelse, or akuttvedtak."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from domain.reports import IntakeOutcome
from ui.domain_labels import emergency_labels, fill_combo, outcome_labels
from ui.form_helpers import FormScrollArea, date_edit, error_label, named, show_error


@dataclass(frozen=True)
class ReportSummary:
    """What the decision dialog shows of the melding (no reporter identity, B4)."""

    report_id: str
    case_number: str
    received: str
    channel: str
    reporter_type: str
    acute: str
    content: str
    deadline: str = ""


@dataclass(frozen=True)
class DecisionForm:
    """The chosen outcome and its details, as typed."""

    report_id: str
    outcome: str
    decided_on: date
    reason: str = ""
    emergency_kind: str = ""
    emergency_at: datetime | None = None


class IntakeDecisionDialog(QDialog):
    """Decide a melding within the week (A1). Emits ``decision_requested(DecisionForm)``."""

    decision_requested = Signal(object)

    def __init__(self, parent: QWidget | None, summary: ReportSummary, *, now: datetime) -> None:
        super().__init__(parent)
        self._summary = summary
        self.setObjectName("intake_decision")
        self.setWindowTitle(self.tr("Vurdering av melding"))
        layout = QVBoxLayout(self)
        boxes = (self._build_summary(summary), self._build_outcome(now))
        layout.addWidget(FormScrollArea(boxes), 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Fatt beslutning"))
        self.ok_button.setShortcut("Ctrl+S")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._on_outcome_changed()

    def _build_summary(self, summary: ReportSummary) -> QGroupBox:
        box = QGroupBox(self.tr("Melding i sak %1").replace("%1", summary.case_number))
        form = QFormLayout(box)
        form.addRow(self.tr("Mottatt:"), QLabel(summary.received))
        form.addRow(self.tr("Kanal:"), QLabel(summary.channel))
        form.addRow(self.tr("Melder:"), QLabel(summary.reporter_type))
        form.addRow(self.tr("Akutt?"), QLabel(summary.acute))
        if summary.deadline:
            form.addRow(self.tr("Frist:"), QLabel(summary.deadline))
        content = named(QPlainTextEdit(summary.content), "report_content", self.tr("Innhold"))
        content.setReadOnly(True)
        content.setMaximumHeight(120)
        form.addRow(self.tr("Innhold:"), content)
        return box

    def _build_outcome(self, now: datetime) -> QGroupBox:
        box = QGroupBox(self.tr("Beslutning"))
        form = QFormLayout(box)
        self.outcomes = QButtonGroup(self)
        for number, (outcome, text) in enumerate(outcome_labels().items(), start=1):
            button = named(
                QRadioButton(f"{text}  (Alt+{number})"), f"outcome_{outcome.value}", text
            )
            button.setShortcut(f"Alt+{number}")
            button.setProperty("outcome", outcome.value)
            self.outcomes.addButton(button)
            form.addRow(button)
        self.outcomes.buttons()[1].setChecked(True)
        self.outcomes.buttonToggled.connect(self._on_outcome_changed)
        self.decided_on = date_edit(now.date(), "decided_on", self.tr("Beslutningsdato"))
        form.addRow(self.tr("&Dato:"), self.decided_on)
        self.reason = named(QPlainTextEdit(), "reason", self.tr("Begrunnelse for henleggelse"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Skriftlig begrunnelse (påkrevd ved henleggelse)"))
        form.addRow(self.tr("&Begrunnelse:"), self.reason)
        self.emergency_kind = named(QComboBox(), "emergency_kind", self.tr("Type akuttvedtak"))
        fill_combo(self.emergency_kind, emergency_labels())
        form.addRow(self.tr("&Type vedtak:"), self.emergency_kind)
        self.emergency_at = named(
            QDateTimeEdit(QDateTime(now)), "emergency_at", self.tr("Vedtatt tidspunkt")
        )
        self.emergency_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        form.addRow(self.tr("Vedtatt &kl.:"), self.emergency_at)
        return box

    def outcome(self) -> IntakeOutcome:
        """The selected outcome."""
        checked = self.outcomes.checkedButton()
        return IntakeOutcome(str(checked.property("outcome")))

    def select_outcome(self, outcome: IntakeOutcome) -> None:
        """Select ``outcome`` (keyboard users and tests)."""
        for button in self.outcomes.buttons():
            if button.property("outcome") == outcome.value:
                button.setChecked(True)

    def _on_outcome_changed(self, *_: object) -> None:
        outcome = self.outcome()
        self.reason.setEnabled(outcome is IntakeOutcome.HENLAGT)
        akutt = outcome is IntakeOutcome.AKUTT
        self.emergency_kind.setEnabled(akutt)
        self.emergency_at.setEnabled(akutt)

    def form(self) -> DecisionForm:
        """The typed values."""
        outcome = self.outcome()
        akutt = outcome is IntakeOutcome.AKUTT
        return DecisionForm(
            report_id=self._summary.report_id,
            outcome=outcome.value,
            decided_on=self.decided_on.date().toPython(),
            reason=self.reason.toPlainText().strip() if outcome is IntakeOutcome.HENLAGT else "",
            emergency_kind=str(self.emergency_kind.currentData()) if akutt else "",
            emergency_at=self.emergency_at.dateTime().toPython() if akutt else None,
        )

    def _on_ok(self) -> None:
        show_error(self.error, "")
        self.ok_button.setEnabled(False)
        self.decision_requested.emit(self.form())

    def show_error(self, text: str, field: str = "") -> None:
        """Show what to fix and let the user try again."""
        show_error(self.error, text)
        self.ok_button.setEnabled(True)
        target = self.findChild(QWidget, field) if field else None
        if target is not None:
            target.setFocus()
