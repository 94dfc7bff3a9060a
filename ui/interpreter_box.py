"""The interpreter part of the note editor (B7): typed details or a person of the case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.form_helpers import date_edit, named


@dataclass(frozen=True)
class InterpreterForm:
    """The interpreter as typed; ``person_id`` set when picked among the case's persons."""

    name: str
    qualification: str
    birth_date: date | None
    person_id: str | None
    override_reason: str


class InterpreterBox(QGroupBox):
    """Asks for an interpreter; the controller checks B7 and answers with ``show_state``."""

    interpreter_requested = Signal(object)  # InterpreterForm
    interpreter_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tolk"), parent)
        self.setObjectName("interpreter_box")
        form = QFormLayout(self)
        self.person = named(QComboBox(), "interpreter_person", self.tr("Velg person i saken"))
        self.person.addItem(self.tr("— skriv inn tolk —"), "")
        self.person.currentIndexChanged.connect(self._on_person)
        form.addRow(self.tr("&Person i saken:"), self.person)
        self.name = named(QLineEdit(), "interpreter_name", self.tr("Tolkens navn"))
        form.addRow(self.tr("Tolkens &navn:"), self.name)
        self.qualification = named(
            QLineEdit(), "interpreter_qualification", self.tr("Kvalifikasjon")
        )
        self.qualification.setPlaceholderText(
            self.tr("F.eks. statsautorisert, Tolkeregisteret kat. 1")
        )
        form.addRow(self.tr("&Kvalifikasjon:"), self.qualification)
        self._build_birth_and_override(form)

    def _build_birth_and_override(self, form: QFormLayout) -> None:
        row = QHBoxLayout()
        self.birth_known = named(
            QCheckBox(self.tr("Kjent")), "interpreter_birth_known", self.tr("Fødselsdato kjent")
        )
        self.birth_date = date_edit(
            date(1980, 1, 1), "interpreter_birth_date", self.tr("Tolkens fødselsdato")
        )
        self.birth_date.setEnabled(False)
        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        row.addWidget(self.birth_known)
        row.addWidget(self.birth_date)
        birth_label = QLabel(self.tr("&Fødselsdato:"))
        birth_label.setBuddy(self.birth_known)
        form.addRow(birth_label, row)
        self.override = named(
            QLineEdit(), "interpreter_override", self.tr("Begrunnelse for nødunntak")
        )
        self.override.setPlaceholderText(
            self.tr("Bare i nødstilfeller: hvorfor en yngre tolk må brukes")
        )
        form.addRow(self.tr("&Nødunntak:"), self.override)
        self._build_buttons(form)

    def _build_buttons(self, form: QFormLayout) -> None:
        buttons = QHBoxLayout()
        self.use_button = named(
            QPushButton(self.tr("&Bruk tolk")), "use_interpreter", self.tr("Bruk tolk")
        )
        self.use_button.clicked.connect(self._on_use)
        self.clear_button = named(
            QPushButton(self.tr("F&jern tolk")), "clear_interpreter", self.tr("Fjern tolk")
        )
        self.clear_button.clicked.connect(self.interpreter_cleared)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.clear_button)
        form.addRow(buttons)
        self.state = QLabel(self.tr("Ingen tolk."))
        self.state.setObjectName("interpreter_state")
        self.state.setWordWrap(True)
        form.addRow(self.state)

    def set_persons(self, persons: list[tuple[str, str]]) -> None:
        """Offer the case's persons (id, label) to pick from."""
        for person_id, label in persons:
            self.person.addItem(label, person_id)

    def _on_person(self) -> None:
        picked = bool(self.person.currentData())
        if picked:
            self.name.setText(self.person.currentText())
        self.birth_known.setEnabled(not picked)
        self.birth_date.setEnabled(not picked and self.birth_known.isChecked())

    def form(self) -> InterpreterForm:
        """The typed values."""
        person_id = str(self.person.currentData() or "") or None
        known = self.birth_known.isChecked() and person_id is None
        return InterpreterForm(
            name=self.name.text().strip(),
            qualification=self.qualification.text().strip(),
            birth_date=self.birth_date.date().toPython() if known else None,
            person_id=person_id,
            override_reason=self.override.text().strip(),
        )

    def _on_use(self) -> None:
        self.interpreter_requested.emit(self.form())

    def show_state(self, text: str) -> None:
        """Show the interpreter the note now has (or why it was refused)."""
        self.state.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        """Lock every field (signed note)."""
        for widget in (
            self.person,
            self.name,
            self.qualification,
            self.birth_known,
            self.birth_date,
            self.override,
            self.use_button,
            self.clear_button,
        ):
            widget.setEnabled(not read_only)
