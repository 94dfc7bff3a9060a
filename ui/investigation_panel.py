"""The undersøkelse panel: plan checklist (A7), barnets medvirkning (A8), extension (A5)
and conclusion (A9). Shows an :class:`InvestigationView` and emits what the user asked for."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.investigations import ConclusionCode
from ui.domain_labels import conclusion_labels, fill_combo, participation_labels
from ui.form_helpers import FormScrollArea, date_edit, error_label, named, shortcut, show_error
from ui.plain_table import PlainTableModel

_PLACEHOLDER_DAY = date(2000, 1, 1)  # replaced by the view's "today" in show_view


@dataclass(frozen=True)
class PlanRow:
    """One checklist item as shown."""

    item: str
    label: str
    done: bool
    skip_reason: str = ""


@dataclass(frozen=True)
class InvestigationView:
    """Everything the panel shows, as display values."""

    investigation_id: str
    title: str
    plan: list[PlanRow]
    participation: list[tuple[str, str]] = field(default_factory=list)  # (date, code label)
    extension: str = ""
    conclusion: str = ""
    blockers: list[str] = field(default_factory=list)
    deadline: str = ""
    today: date = date(2000, 1, 1)


@dataclass(frozen=True)
class ConclusionForm:
    """The conclusion as typed (A9)."""

    code: str
    concluded_on: date
    reason: str
    notified_municipality: str


class InvestigationPanel(QDialog):
    """Non-blocking window for one undersøkelse."""

    plan_save_requested = Signal(object)  # list[tuple[item, done, skip_reason]]
    participation_requested = Signal(str, object)  # code, date
    extension_requested = Signal(object, str)  # decided_on, reason
    conclusion_requested = Signal(object)  # ConclusionForm

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("investigation_panel")
        self.setWindowTitle(self.tr("Undersøkelse"))
        self._plan_widgets: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.plan_box = QGroupBox(self.tr("Undersøkelsesplan"))
        self.plan_grid = QGridLayout(self.plan_box)
        boxes = (
            self.plan_box,
            self._build_participation(),
            self._build_extension(),
            self._build_conclusion(),
        )
        layout.addWidget(FormScrollArea(boxes), 1)
        self.error = error_label()
        layout.addWidget(self.error)
        shortcut(self, "Ctrl+W", self.close)

    def _build_participation(self) -> QGroupBox:
        box = QGroupBox(self.tr("Barnets medvirkning"))
        layout = QVBoxLayout(box)
        self.participation_model = PlainTableModel([self.tr("Dato"), self.tr("Medvirkning")], self)
        self.participation_table = named(QTableView(), "participation", self.tr("Medvirkning"))
        self.participation_table.setModel(self.participation_model)
        self.participation_table.setMaximumHeight(120)
        self.participation_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.participation_table)
        row = QHBoxLayout()
        self.participation_code = named(QComboBox(), "participation_code", self.tr("Medvirkning"))
        fill_combo(self.participation_code, participation_labels())
        self.participation_date = date_edit(_PLACEHOLDER_DAY, "participation_date", self.tr("Dato"))
        self.add_participation = named(
            QPushButton(self.tr("&Registrer medvirkning")),
            "add_participation",
            self.tr("Registrer medvirkning"),
        )
        self.add_participation.clicked.connect(self._on_participation)
        for widget in (self.participation_code, self.participation_date, self.add_participation):
            row.addWidget(widget)
        layout.addLayout(row)
        return box

    def _build_extension(self) -> QGroupBox:
        box = QGroupBox(self.tr("Forlengelse (inntil 6 måneder)"))
        form = QFormLayout(box)
        self.extension_state = QLabel()
        self.extension_state.setObjectName("extension_state")
        form.addRow(self.extension_state)
        self.extension_date = date_edit(
            _PLACEHOLDER_DAY, "extension_date", self.tr("Besluttet dato")
        )
        form.addRow(self.tr("Besluttet &dato:"), self.extension_date)
        self.extension_reason = named(
            QLineEdit(), "extension_reason", self.tr("Grunn til forlengelse")
        )
        form.addRow(self.tr("&Grunn:"), self.extension_reason)
        self.extend_button = named(
            QPushButton(self.tr("&Forleng undersøkelsen")), "extend", self.tr("Forleng")
        )
        self.extend_button.clicked.connect(self._on_extend)
        form.addRow(self.extend_button)
        return box

    def _build_conclusion(self) -> QGroupBox:
        box = QGroupBox(self.tr("Konklusjon"))
        form = QFormLayout(box)
        self.blockers = QLabel()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        form.addRow(self.blockers)
        self.conclusion_code = named(QComboBox(), "conclusion_code", self.tr("Konklusjon"))
        fill_combo(self.conclusion_code, conclusion_labels())
        self.conclusion_code.currentIndexChanged.connect(self._on_code_changed)
        form.addRow(self.tr("&Konklusjon:"), self.conclusion_code)
        self.conclusion_date = date_edit(
            _PLACEHOLDER_DAY, "conclusion_date", self.tr("Konkludert dato")
        )
        form.addRow(self.tr("D&ato:"), self.conclusion_date)
        self.conclusion_reason = named(QLineEdit(), "conclusion_reason", self.tr("Begrunnelse"))
        form.addRow(self.tr("&Begrunnelse:"), self.conclusion_reason)
        self.municipality = named(QLineEdit(), "notified_municipality", self.tr("Varslet kommune"))
        form.addRow(self.tr("Varslet k&ommune:"), self.municipality)
        self.conclude_button = named(
            QPushButton(self.tr("Konklud&er")), "conclude", self.tr("Konkluder")
        )
        self.conclude_button.clicked.connect(self._on_conclude)
        form.addRow(self.conclude_button)
        self.conclusion_state = QLabel()
        self.conclusion_state.setObjectName("conclusion_state")
        form.addRow(self.conclusion_state)
        self._on_code_changed()
        return box

    def show_view(self, view: InvestigationView) -> None:
        """Show ``view`` (called again after every change)."""
        self._view = view
        self.heading.setText(f"{view.title}\n{view.deadline}".strip())
        self._show_plan(view.plan)
        self.participation_model.set_rows(
            [(str(n), cells) for n, cells in enumerate(view.participation)]
        )
        self.extension_state.setText(view.extension or self.tr("Ikke forlenget."))
        self.extension_date.setDate(view.today)
        self.participation_date.setDate(view.today)
        self.conclusion_date.setDate(view.today)
        concluded = bool(view.conclusion)
        if view.blockers:
            text = (
                self.tr("Kan ikke konkluderes ennå. Dette mangler:")
                + "\n• "
                + "\n• ".join(view.blockers)
            )
        else:
            text = ""
        self.blockers.setText(text)
        self.conclusion_state.setText(view.conclusion)
        self.conclude_button.setEnabled(not view.blockers and not concluded)
        for widget in (self.plan_box, self.add_participation, self.extend_button):
            widget.setEnabled(not concluded)
        show_error(self.error, "")

    def _show_plan(self, plan: list[PlanRow]) -> None:
        if not self._plan_widgets:
            self._build_plan_rows(plan)
        for row in plan:
            check, reason = self._plan_widgets[row.item]
            check.setChecked(row.done)
            reason.setText(row.skip_reason)

    def _build_plan_rows(self, plan: list[PlanRow]) -> None:
        self.plan_grid.addWidget(QLabel(self.tr("Punkt")), 0, 0)
        self.plan_grid.addWidget(QLabel(self.tr("Utført")), 0, 1)
        self.plan_grid.addWidget(QLabel(self.tr("Eller: grunn til at det ikke gjøres")), 0, 2)
        for number, row in enumerate(plan, start=1):
            check = named(
                QCheckBox(), f"plan_done_{row.item}", self.tr("Utført: %1").replace("%1", row.label)
            )
            reason = named(
                QLineEdit(), f"plan_skip_{row.item}", self.tr("Grunn: %1").replace("%1", row.label)
            )
            self.plan_grid.addWidget(QLabel(row.label), number, 0)
            self.plan_grid.addWidget(check, number, 1)
            self.plan_grid.addWidget(reason, number, 2)
            self._plan_widgets[row.item] = (check, reason)
        self.save_plan = named(
            QPushButton(self.tr("&Lagre planen")), "save_plan", self.tr("Lagre planen")
        )
        self.save_plan.setShortcut("Ctrl+S")
        self.save_plan.clicked.connect(self._on_save_plan)
        self.plan_grid.addWidget(self.save_plan, len(plan) + 1, 2)

    def _on_save_plan(self) -> None:
        entries = [
            (item, check.isChecked(), reason.text().strip())
            for item, (check, reason) in self._plan_widgets.items()
        ]
        self.plan_save_requested.emit(entries)

    def _on_participation(self) -> None:
        self.participation_requested.emit(
            str(self.participation_code.currentData()), self.participation_date.date().toPython()
        )

    def _on_extend(self) -> None:
        self.extension_requested.emit(
            self.extension_date.date().toPython(), self.extension_reason.text().strip()
        )

    def _on_code_changed(self, *_: object) -> None:
        code = ConclusionCode(self.conclusion_code.currentData())
        self.municipality.setEnabled(code is ConclusionCode.FLYTTET_ANNEN_KOMMUNE)

    def _on_conclude(self) -> None:
        self.conclusion_requested.emit(
            ConclusionForm(
                code=str(self.conclusion_code.currentData()),
                concluded_on=self.conclusion_date.date().toPython(),
                reason=self.conclusion_reason.text().strip(),
                notified_municipality=self.municipality.text().strip(),
            )
        )

    def show_error(self, text: str) -> None:
        """Show what to fix."""
        show_error(self.error, text)
