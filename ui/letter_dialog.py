"""Letters from the service: feedback to reporters (A4a–A4c) and decision letters (A17).

Both dialogs show a preview of exactly what will be printed and save a PDF where the user
chooses. The letters are written by ``domain.letters`` (via the desktop): these dialogs
hold no rules about who may be told what. In: option rows and preview text. Out:
``option_selected(key)`` / ``save_requested(key)`` and ``preview_requested(form)`` /
``save_requested(form)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.legal import LawVersion
from ui.models import ID_ROLE, Column, RowModel
from ui.session_dialogs import ERROR_STYLE

CONTEXT = "LetterDialog"


@dataclass(frozen=True)
class LetterOption:
    """A letter the case owes or may send; ``key`` names it to the desktop."""

    key: str
    letter: str  # what the letter is ("Mottaksbekreftelse")
    melding: str  # which melding ("Melding 24.01.2024")
    reporter: str  # the reporter type, never the name (B4)
    due: str  # the deadline, or ""


class LetterOptionModel(RowModel):
    """The letters to choose from."""

    context = CONTEXT
    columns = (
        Column(QT_TRANSLATE_NOOP("LetterDialog", "Brev"), lambda r: r.letter),
        Column(QT_TRANSLATE_NOOP("LetterDialog", "Melding"), lambda r: r.melding),
        Column(QT_TRANSLATE_NOOP("LetterDialog", "Melder"), lambda r: r.reporter),
        Column(QT_TRANSLATE_NOOP("LetterDialog", "Frist"), lambda r: r.due),
    )

    def id_of(self, row: LetterOption) -> str:
        """The option's key."""
        return row.key


def _preview() -> QPlainTextEdit:
    preview = QPlainTextEdit()
    preview.setReadOnly(True)
    preview.setObjectName("letter_preview")
    preview.setTabChangesFocus(True)
    return preview


def _status_label() -> QLabel:
    status = QLabel()
    status.setObjectName("letter_status")
    status.setWordWrap(True)
    status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return status


class _LetterBase(QDialog):
    """Preview, status line and the save button shared by both dialogs."""

    def _common(self) -> None:
        self.preview = _preview()
        self.preview.setAccessibleName(
            QCoreApplication.translate("LetterDialog", "Forhåndsvisning av brevet")
        )
        self.status = _status_label()
        self.save_button = QPushButton(QCoreApplication.translate("LetterDialog", "&Lagre PDF …"))
        self.save_button.setAccessibleName(
            QCoreApplication.translate("LetterDialog", "Lagre brevet som PDF")
        )
        self.save_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

    def set_preview(self, text: str, notes: Sequence[str] = ()) -> None:
        """What will be printed, and notes for the sender (never printed)."""
        self.preview.setPlainText(text)
        self.save_button.setEnabled(bool(text))
        self.show_status("\n".join(notes))

    def show_status(self, text: str, *, error: bool = False) -> None:
        """A message under the preview (errors in red)."""
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def show_error(self, text: str) -> None:
        """Why the letter could not be made or saved."""
        self.show_status(text, error=True)


class ReporterLetterDialog(_LetterBase):
    """Letters to the case's reporters: pick one, read it, save it as PDF (recorded as sent)."""

    option_selected = Signal(str)
    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reporter_letter_dialog")
        self.setWindowTitle(self.tr("Brev til melder"))
        self.options = LetterOptionModel(self)
        self.table = QTableView()
        self.table.setModel(self.options)
        self.table.setAccessibleName(self.tr("Brev saken skylder meldere"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self._common()
        self.save_button.setText(self.tr("&Lagre PDF og registrer som sendt …"))
        self.save_button.clicked.connect(self._save)
        self.empty = QLabel(self.tr("Saken skylder ingen melder brev nå."))
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 55, em * 45)

    def set_options(self, options: Sequence[LetterOption]) -> None:
        """The letters to choose from; the first is selected."""
        self.options.set_rows(options)
        self.empty.setVisible(not options)
        self.preview.clear()
        self.save_button.setEnabled(False)
        if options:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected_key(self) -> str:
        """The chosen letter's key, or ``""``."""
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE) or "") if index.isValid() else ""

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.preview.clear()
            self.save_button.setEnabled(False)
            self.option_selected.emit(self.options.row_at(current.row()).key)

    def _save(self) -> None:
        key = self.selected_key()
        if key:
            self.save_requested.emit(key)


@dataclass(frozen=True)
class DecisionForm:
    """What the caseworker wrote for a decision letter (A17)."""

    recipient_id: str
    title: str
    decision: str
    law: LawVersion
    paragraph: str
    decided_on: date
    notified_on: date


def _date_edit(value: date, accessible: str) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setAccessibleName(accessible)
    return edit


class DecisionLetterDialog(_LetterBase):
    """An enkeltvedtak to a party, with the complaint deadline and body (A17)."""

    preview_requested = Signal(object)  # DecisionForm
    save_requested = Signal(object)  # DecisionForm

    def __init__(
        self, recipients: Sequence[tuple[str, str]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decision_letter_dialog")
        self.setWindowTitle(self.tr("Vedtaksbrev"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Mottaker"))
        for person_id, shown in recipients:
            self.recipient.addItem(shown, person_id)
        self.title_edit = QLineEdit(self.tr("Vedtak om hjelpetiltak"))
        self.title_edit.setAccessibleName(self.tr("Vedtakets tittel"))
        self.decision = QPlainTextEdit()
        self.decision.setObjectName("decision_text")
        self.decision.setAccessibleName(self.tr("Vedtaket"))
        self.decision.setTabChangesFocus(True)
        self.law = QComboBox()
        self.law.setAccessibleName(self.tr("Lov"))
        self.law.addItem(self.tr("Barnevernsloven (2021)"), LawVersion.BVL2021)
        self.law.addItem(self.tr("Barnevernloven (1992)"), LawVersion.BVL1992)
        self.paragraph = QLineEdit("§ 3-1")
        self.paragraph.setAccessibleName(self.tr("Paragraf"))
        self.decided_on = _date_edit(today, self.tr("Vedtaksdato"))
        self.notified_on = _date_edit(today, self.tr("Dato parten får melding"))
        self._common()
        self.preview_button = QPushButton(self.tr("&Forhåndsvis"))
        self.preview_button.setAccessibleName(self.tr("Forhåndsvis vedtaksbrevet"))
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit(self.form()))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.form()))
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Mottaker:"), self.recipient),
            (self.tr("&Tittel:"), self.title_edit),
            (self.tr("&Vedtak:"), self.decision),
            (self.tr("L&ov:"), self.law),
            (self.tr("&Paragraf:"), self.paragraph),
            (self.tr("Vedtaks&dato:"), self.decided_on),
            (self.tr("Parten får &melding:"), self.notified_on),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 55, em * 55)

    def form(self) -> DecisionForm:
        """The form as a plain value."""
        return DecisionForm(
            recipient_id=str(self.recipient.currentData() or ""),
            title=self.title_edit.text().strip(),
            decision=self.decision.toPlainText(),
            law=LawVersion(self.law.currentData()),
            paragraph=self.paragraph.text().strip(),
            decided_on=self.decided_on.date().toPython(),
            notified_on=self.notified_on.date().toPython(),
        )
