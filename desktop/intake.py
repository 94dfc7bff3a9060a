"""Mottak: register a melding ("Ny melding", Ctrl+N) and make the intake decision (A1).

A new child gets a case; a known child (same identity number) gets the melding on the case
it already has, never a duplicate (B11: one journal per child).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.intake_rules import (
    NewIntake,
    emergency_decision,
    intake_decision,
    new_case,
    new_intake,
    status_after_decision,
)
from desktop.jobs import Done, atomic, field_widget, message, run_mutation
from desktop.note_rules import local
from desktop.tasks import TaskRunner
from domain.changes import Changes
from domain.errors import ValidationError
from domain.investigations import Investigation
from domain.measures import EmergencyDecision
from domain.reports import IntakeDecision, IntakeOutcome, Report
from ui.domain_labels import channel_labels, reporter_type_labels
from ui.intake_decision import DecisionForm, IntakeDecisionDialog, ReportSummary
from ui.intake_dialog import IntakeDialog, IntakeForm
from ui.labels import day, yes_no

try:  # written by the deadlines engineer; the dialog simply shows no deadline without it
    from domain.deadlines.intake import review_due
except ImportError:  # pragma: no cover
    review_due = None  # type: ignore[assignment]


def store_intake(vault: Any, intake: NewIntake, *, now: Any, user: str) -> Done:
    """On the DB thread: find or create the child's case, then add the melding."""
    changes = Changes()
    report = intake.report
    with atomic(vault):
        case_id = report.case_id or None
        if case_id is None and intake.identity_number:
            case_id = vault.cases.find_by_identity_number(intake.identity_number)
        if case_id is None:
            assert intake.child is not None
            case, child = new_case(intake.child, now=now, user=user)
            changes |= vault.cases.create(case, child)
            case_id = case.id
        report.case_id = case_id
        changes |= vault.reports.add(report)
    return Done(changes, (case_id, report.id))


def store_decision(
    vault: Any, report_id: str, decision: IntakeDecision, emergency_form: DecisionForm | None
) -> Done:
    """On the DB thread: record the decision and what follows from it."""
    report: Report = vault.reports.get(report_id)
    case_id = report.case_id
    investigation_id = None
    with atomic(vault):
        changes = vault.reports.decide(report_id, decision)
        emergency: EmergencyDecision | None = None
        if decision.outcome is IntakeOutcome.UNDERSOKELSE:
            investigation = Investigation(case_id, report_id, opened_on=decision.decided_on)
            changes |= vault.investigations.open(investigation)
            investigation_id = investigation.id
        elif decision.outcome is IntakeOutcome.AKUTT and emergency_form is not None:
            emergency = emergency_decision(emergency_form, case_id)
            changes |= vault.measures.add_emergency(emergency)
        current = vault.cases.get_file(case_id).case.status
        status = status_after_decision(
            current, decision.outcome, emergency.kind if emergency else None
        )
        if status is not current:
            changes |= vault.cases.update(case_id, status=status)
    return Done(changes, (case_id, investigation_id))


def report_summary(vault: Any, report_id: str) -> ReportSummary:
    """On the DB thread: what the decision dialog shows (never the reporter, B4)."""
    report: Report = vault.reports.get(report_id)
    number = vault.cases.get_file(report.case_id).case.number
    deadline = day(review_due(report)) if review_due is not None else ""
    return ReportSummary(
        report_id=report.id,
        case_number=number,
        received=day(report.received_at),
        channel=channel_labels()[report.channel],
        reporter_type=reporter_type_labels()[report.reporter_type],
        acute=yes_no(report.acute) or "—",
        content=report.content,
        deadline=deadline,
    )


class IntakeController(QObject):
    """Opens the intake dialogs and does their work on the TaskRunner."""

    melding_registered = Signal(str, str)  # case_id, report_id
    decision_recorded = Signal(str, str, str)  # case_id, report_id, outcome
    investigation_opened = Signal(str)  # investigation_id
    failed = Signal(str)  # a Norwegian message for the shell's status bar

    def __init__(self, runner: TaskRunner, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._context = context
        self.dialog: IntakeDialog | None = None
        self.decision_dialog: IntakeDecisionDialog | None = None

    def register_melding(self, case_id: str | None = None) -> None:
        """Open "Ny melding"; with ``case_id`` the melding goes to that case."""
        if case_id is None:
            self._show_intake(None, "")
            return
        self._runner.run(
            lambda vault: vault.cases.get_file(case_id).case.number,
            lambda number: self._show_intake(case_id, number),
            lambda exc: self.failed.emit(message(exc)),
            label="intake.case",
        )

    def _show_intake(self, case_id: str | None, case_label: str) -> None:
        dialog = IntakeDialog(
            self._parent, received_at=self._naive_now(), case_id=case_id, case_label=case_label
        )
        dialog.save_requested.connect(self._on_save)
        self.dialog = dialog
        dialog.open()

    def _naive_now(self) -> Any:
        # Qt date-time fields hold local wall time; the context's clock is Oslo time.
        return self._context.now().replace(tzinfo=None, second=0, microsecond=0)

    def _on_save(self, form: IntakeForm) -> None:
        dialog = self.dialog
        assert dialog is not None
        form = replace(form, received_at=local(form.received_at, self._context.now().tzinfo))
        try:
            intake = new_intake(
                form,
                user=self._context.user,
                today=self._context.today(),
                allow_synthetic=self._context.demo_mode,
            )
        except ValidationError as exc:
            dialog.show_error(message(exc), field_widget(exc))
            return
        dialog.set_busy(True)
        now, user = self._context.now(), self._context.user
        run_mutation(
            self._runner,
            lambda vault: store_intake(vault, intake, now=now, user=user),
            lambda ids: self._on_saved(dialog, *ids),
            lambda exc: dialog.show_error(message(exc), field_widget(exc)),
            label="intake.register",
        )

    def _on_saved(self, dialog: IntakeDialog, case_id: str, report_id: str) -> None:
        dialog.accept()
        self.melding_registered.emit(case_id, report_id)

    def decide(self, report_id: str) -> None:
        """Open the intake decision for a melding (A1)."""
        self._runner.run(
            lambda vault: report_summary(vault, report_id),
            self._show_decision,
            lambda exc: self.failed.emit(message(exc)),
            label="intake.summary",
        )

    def _show_decision(self, summary: ReportSummary) -> None:
        dialog = IntakeDecisionDialog(self._parent, summary, now=self._naive_now())
        dialog.decision_requested.connect(self._on_decision)
        self.decision_dialog = dialog
        dialog.open()

    def _on_decision(self, form: DecisionForm) -> None:
        dialog = self.decision_dialog
        assert dialog is not None
        if form.emergency_at is not None:
            form = replace(form, emergency_at=local(form.emergency_at, self._context.now().tzinfo))
        try:
            decision = intake_decision(form, user=self._context.user)
            if decision.outcome is IntakeOutcome.AKUTT:
                emergency_decision(form, "")  # checks it before anything is stored
        except ValidationError as exc:
            dialog.show_error(message(exc), field_widget(exc))
            return
        emergency = form if decision.outcome is IntakeOutcome.AKUTT else None
        run_mutation(
            self._runner,
            lambda vault: store_decision(vault, form.report_id, decision, emergency),
            lambda ids: self._on_decided(dialog, form, *ids),
            lambda exc: dialog.show_error(message(exc), field_widget(exc)),
            label="intake.decide",
        )

    def _on_decided(
        self, dialog: IntakeDecisionDialog, form: DecisionForm, case_id: str, inv_id: str | None
    ) -> None:
        dialog.accept()
        self.decision_recorded.emit(case_id, form.report_id, form.outcome)
        if inv_id is not None:
            self.investigation_opened.emit(inv_id)
