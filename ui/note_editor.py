"""The journal note editor: structured template per note type, autosave status, signing (B11),
addenda, "unntatt innsyn" (B3) and the interpreter (B7).

The editor only shows a :class:`NoteView` and reports what the user typed (``edited``,
``form()``) or asked for (``sign_requested``, ``addendum_requested`` …); the notes
controller saves, checks and signs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.notes import NoteType
from ui.domain_labels import fill_combo, note_type_labels, participation_labels, select_data
from ui.form_helpers import error_label, named, shortcut, show_error
from ui.interpreter_box import InterpreterBox
from ui.note_sections import SectionsPanel
from ui.note_templates import template_for
from ui.plain_table import PlainTableModel


@dataclass(frozen=True)
class NoteForm:
    """What the editor holds, as typed."""

    note_type: str
    occurred_at: datetime
    place: str
    participants: list[tuple[str, str]]
    sections: dict[str, str]
    child_participation: str
    exempt_sections: dict[str, str]
    exempt_whole: str | None  # basis as typed, None when the whole note is not exempt


@dataclass(frozen=True)
class NoteView:
    """A note to show: its values and what the editor should offer."""

    note_id: str
    title: str
    note_type: str
    occurred_at: datetime
    place: str = ""
    participants: list[tuple[str, str]] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)
    child_participation: str = ""
    exempt_sections: dict[str, str] = field(default_factory=dict)
    exempt_whole: str | None = None
    interpreter: str = ""
    signed: bool = False
    status: str = ""
    persons: list[tuple[str, str]] = field(default_factory=list)
    addenda: list[tuple[str, tuple[str, str, str]]] = field(default_factory=list)


def _parse_participants(text: str) -> list[tuple[str, str]]:
    rows = []
    for line in text.splitlines():
        name, _, role = line.partition(",")
        if name.strip():
            rows.append((name.strip(), role.strip()))
    return rows


class NoteEditor(QWidget):
    """One note in its own window."""

    edited = Signal()
    save_requested = Signal()
    sign_requested = Signal(str)
    addendum_requested = Signal(str)
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("note_editor")
        self.note_id = ""
        self._loading = False
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("note_title")
        outer.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(self._build_header())
        self.interpreter = InterpreterBox()
        layout.addWidget(self.interpreter)
        self.sections = SectionsPanel()
        self.sections.edited.connect(self._on_edited)
        layout.addWidget(self.sections)
        layout.addLayout(self._build_exempt_whole())
        layout.addWidget(self._build_addenda())
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error = error_label()
        outer.addWidget(self.error)
        outer.addLayout(self._build_buttons())
        self.resize(760, 820)

    def _build_header(self) -> QFormLayout:
        form = QFormLayout()
        self.note_type = named(QComboBox(), "note_type", self.tr("Notattype"))
        fill_combo(self.note_type, note_type_labels())
        self.note_type.currentIndexChanged.connect(self._on_type_changed)
        form.addRow(self.tr("Notat&type:"), self.note_type)
        self.occurred = named(QDateTimeEdit(), "occurred_at", self.tr("Dato og klokkeslett"))
        self.occurred.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.occurred.setCalendarPopup(True)
        self.occurred.dateTimeChanged.connect(self._on_edited)
        form.addRow(self.tr("&Dato og tid:"), self.occurred)
        self.place = named(QLineEdit(), "place", self.tr("Sted"))
        self.place.textEdited.connect(self._on_edited)
        form.addRow(self.tr("S&ted:"), self.place)
        self.participants = named(QPlainTextEdit(), "participants", self.tr("Deltakere"))
        self.participants.setPlaceholderText(self.tr("Én per linje: navn, rolle"))
        self.participants.setTabChangesFocus(True)
        self.participants.setMaximumHeight(80)
        self.participants.textChanged.connect(self._on_edited)
        form.addRow(self.tr("Delta&kere:"), self.participants)
        self.participation = named(
            QComboBox(), "child_participation", self.tr("Barnets medvirkning")
        )
        self.participation.addItem(self.tr("— ikke registrert —"), "")
        fill_combo(self.participation, participation_labels())
        self.participation.currentIndexChanged.connect(self._on_edited)
        self.participation_label = QLabel(self.tr("Barnets &medvirkning:"))
        self.participation_label.setBuddy(self.participation)
        form.addRow(self.participation_label, self.participation)
        return form

    def _build_exempt_whole(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.exempt_whole = named(
            QCheckBox(self.tr("Hele notatet unntatt &innsyn")),
            "exempt_whole",
            self.tr("Hele notatet unntatt innsyn"),
        )
        self.exempt_whole_basis = named(
            QLineEdit(), "exempt_whole_basis", self.tr("Grunnlag for unntak")
        )
        self.exempt_whole_basis.setPlaceholderText(self.tr("Grunnlag (hjemmel) for unntaket"))
        self.exempt_whole_basis.setEnabled(False)
        self.exempt_whole.toggled.connect(self.exempt_whole_basis.setEnabled)
        self.exempt_whole.toggled.connect(self._on_edited)
        self.exempt_whole_basis.textEdited.connect(self._on_edited)
        row.addWidget(self.exempt_whole)
        row.addWidget(self.exempt_whole_basis, 1)
        return row

    def _build_addenda(self) -> QWidget:
        self.addenda_box = QWidget()
        layout = QVBoxLayout(self.addenda_box)
        layout.addWidget(QLabel(self.tr("Tilleggsnotater")))
        self.addenda_model = PlainTableModel(
            [self.tr("Dato"), self.tr("Skrevet av"), self.tr("Tekst")], self
        )
        self.addenda_table = named(QTableView(), "addenda", self.tr("Tilleggsnotater"))
        self.addenda_table.setModel(self.addenda_model)
        self.addenda_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.addenda_table)
        self.addenda_box.hide()
        return self.addenda_box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("note_status")
        row.addWidget(self.status, 1)
        self.sign_button = named(
            QPushButton(self.tr("&Signer (Ctrl+Enter)")), "sign", self.tr("Signer notatet")
        )
        self.sign_button.clicked.connect(self._on_sign)
        self.addendum_button = named(
            QPushButton(self.tr("&Tilleggsnotat (Ctrl+T)")),
            "addendum",
            self.tr("Skriv tilleggsnotat"),
        )
        self.addendum_button.clicked.connect(self._on_addendum)
        self.addendum_button.hide()
        self.close_button = named(
            QPushButton(self.tr("&Lukk (Ctrl+W)")), "close", self.tr("Lukk notatet")
        )
        self.close_button.clicked.connect(self.close)
        for button in (self.sign_button, self.addendum_button, self.close_button):
            row.addWidget(button)
        shortcut(self, "Ctrl+Return", self._on_sign)
        shortcut(self, "Ctrl+T", self._on_addendum)
        shortcut(self, "Ctrl+W", self.close)
        shortcut(self, "Ctrl+S", self.save_requested.emit)
        return row

    def load(self, view: NoteView) -> None:
        """Show ``view`` without counting it as typing."""
        self._loading = True
        self.note_id = view.note_id
        self.setWindowTitle(view.title)
        self.title.setText(view.title)
        select_data(self.note_type, view.note_type)
        self._on_type_changed()
        self.occurred.setDateTime(QDateTime(view.occurred_at))
        self.place.setText(view.place)
        self.participants.setPlainText(
            "\n".join(f"{n}, {r}" if r else n for n, r in view.participants)
        )
        select_data(self.participation, view.child_participation)
        self.sections.load(view.sections, view.exempt_sections)
        self.exempt_whole.setChecked(view.exempt_whole is not None)
        self.exempt_whole_basis.setText(view.exempt_whole or "")
        if self.interpreter.person.count() == 1:
            self.interpreter.set_persons(view.persons)
        self.interpreter.show_state(view.interpreter or self.tr("Ingen tolk."))
        self.addenda_model.set_rows(view.addenda)
        self.addenda_box.setVisible(bool(view.addenda) or view.signed)
        self.set_read_only(view.signed)
        self.status.setText(view.status)
        self._loading = False

    def form(self) -> NoteForm:
        """The values as typed."""
        whole = self.exempt_whole_basis.text().strip() if self.exempt_whole.isChecked() else None
        return NoteForm(
            note_type=str(self.note_type.currentData()),
            occurred_at=self.occurred.dateTime().toPython(),
            place=self.place.text().strip(),
            participants=_parse_participants(self.participants.toPlainText()),
            sections=self.sections.texts(),
            child_participation=str(self.participation.currentData() or ""),
            exempt_sections=self.sections.exemptions(),
            exempt_whole=whole,
        )

    def set_read_only(self, read_only: bool) -> None:
        """A signed note is read-only; only an addendum may follow (B11)."""
        for widget in (self.note_type, self.occurred, self.participation, self.exempt_whole):
            widget.setEnabled(not read_only)
        self.place.setReadOnly(read_only)
        self.participants.setReadOnly(read_only)
        self.exempt_whole_basis.setEnabled(not read_only and self.exempt_whole.isChecked())
        self.sections.set_read_only(read_only)
        self.interpreter.set_read_only(read_only)
        self.sign_button.setVisible(not read_only)
        self.addendum_button.setVisible(read_only)

    @property
    def read_only(self) -> bool:
        """True while a signed note is shown."""
        return not self.sign_button.isVisible() and self.addendum_button.isVisibleTo(self)

    def show_status(self, text: str) -> None:
        """E.g. "Utkast lagret 14:02"."""
        self.status.setText(text)

    def show_error(self, text: str) -> None:
        """Show what to fix (empty hides it)."""
        show_error(self.error, text)

    def highlight(self, needle: str) -> None:
        """Mark a search hit in the text."""
        self.sections.highlight(needle)

    def _on_type_changed(self) -> None:
        template = template_for(NoteType(self.note_type.currentData()))
        self.sections.apply_template(template)
        self.participation.setVisible(template.child_participation)
        self.participation_label.setVisible(template.child_participation)
        self._on_edited()

    def _on_edited(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_sign(self) -> None:
        if self.sign_button.isVisible():
            self.show_error("")
            self.sign_requested.emit(self.note_id)

    def _on_addendum(self) -> None:
        if self.addendum_button.isVisibleTo(self):
            self.addendum_requested.emit(self.note_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Tell the controller first, so unsaved typing is saved (nothing is lost)."""
        self.closing.emit()
        super().closeEvent(event)
