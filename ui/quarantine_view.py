"""The "Ikke levert" list: changes the server refused, with the reason, until someone acts.

Rows are plain data; the buttons emit what the user wants (send again, make the refused text
an addendum, export for the leader). Nothing here can delete an entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.plain_table import PlainTableModel


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("QuarantineView", text)


REASONS = {
    "access_denied": "Du har ikke lenger tilgang til saken",
    "access_revoked": "Saken ble tatt fra denne enheten før endringen ble sendt",
    "note_signed": "Notatet var allerede signert – teksten kan bli et tillegg",
    "break_glass_expired": "Nødtilgangen er utløpt",
    "admin_no_case_content": "Administratorer kan ikke skrive i saker",
    "delete_forbidden": "Dette kan ikke slettes",
    "unknown_entity": "Serveren kjenner ikke posten",
    "entity_exists": "Posten finnes allerede på serveren",
    "op_id_conflict": "Endringen kolliderer med en annen",
    "invalid_op": "Endringen er ugyldig",
}
"""Reason codes from the server (and ``access_revoked`` from the app) in plain bokmål."""


def reason_text(code: str) -> str:
    """The reason a user reads."""
    return tr(REASONS.get(code, "Avvist av serveren"))


@dataclass(frozen=True)
class QuarantineRow:
    """One refused change as the list shows it (no note text, no names)."""

    op_id: str
    case_number: str
    what: str
    reason: str
    when: str
    has_proposal: bool = False


class QuarantineView(QWidget):
    """The list and its actions."""

    retry_requested = Signal(str)  # op id
    addendum_requested = Signal(str)  # op id
    export_requested = Signal(list)  # op ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlainTableModel([tr("Sak"), tr("Endring"), tr("Årsak"), tr("Tidspunkt")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(tr("Ikke levert"))
        self.empty = QLabel(tr("Alt er levert."))
        self.retry_button = QPushButton(tr("Send på nytt"))
        self.addendum_button = QPushButton(tr("Lag tillegg"))
        self.export_button = QPushButton(tr("Eksporter til leder"))
        self.retry_button.clicked.connect(lambda: self._emit(self.retry_requested))
        self.addendum_button.clicked.connect(lambda: self._emit(self.addendum_requested))
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit([r.op_id for r in self._rows]))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for b in (self.retry_button, self.addendum_button, self.export_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Ikke levert")))
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._rows: list[QuarantineRow] = []
        self.set_rows([])

    def set_rows(self, rows: Sequence[QuarantineRow]) -> None:
        """Show these entries."""
        self._rows = list(rows)
        self.model.set_rows([(r.op_id, (r.case_number, r.what, r.reason, r.when)) for r in rows])
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.export_button.setEnabled(bool(rows))
        self._update_buttons()

    def select(self, row: int) -> None:
        """Select one row (keyboard and tests)."""
        self.table.selectRow(row)

    def _selected(self) -> QuarantineRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self._rows[indexes[0].row()] if indexes else None

    def _update_buttons(self) -> None:
        row = self._selected()
        self.retry_button.setEnabled(row is not None)
        self.addendum_button.setEnabled(row is not None and row.has_proposal)

    def _emit(self, signal: SignalInstance) -> None:
        row = self._selected()
        if row is not None:
            signal.emit(row.op_id)
