"""The "Ikke levert" list: changes the server refused, with the reason, until someone acts.

Rows are plain data; the buttons emit what the user wants (send again, make the refused text
an addendum, export for the leader). Nothing here can delete an entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, SignalInstance
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

REASONS = {
    "access_denied": QT_TRANSLATE_NOOP("QuarantineView", "Du har ikke lenger tilgang til saken"),
    "access_revoked": QT_TRANSLATE_NOOP(
        "QuarantineView", "Saken ble tatt fra denne enheten før endringen ble sendt"
    ),
    "note_signed": QT_TRANSLATE_NOOP(
        "QuarantineView", "Notatet var allerede signert – teksten kan bli et tillegg"
    ),
    "break_glass_expired": QT_TRANSLATE_NOOP("QuarantineView", "Nødtilgangen er utløpt"),
    "admin_no_case_content": QT_TRANSLATE_NOOP(
        "QuarantineView", "Administratorer kan ikke skrive i saker"
    ),
    "delete_forbidden": QT_TRANSLATE_NOOP("QuarantineView", "Dette kan ikke slettes"),
    "unknown_entity": QT_TRANSLATE_NOOP("QuarantineView", "Serveren kjenner ikke posten"),
    "entity_exists": QT_TRANSLATE_NOOP("QuarantineView", "Posten finnes allerede på serveren"),
    "op_id_conflict": QT_TRANSLATE_NOOP("QuarantineView", "Endringen kolliderer med en annen"),
    "invalid_op": QT_TRANSLATE_NOOP("QuarantineView", "Endringen er ugyldig"),
}
"""Reason codes from the server (and ``access_revoked`` from the app) in plain bokmål."""

OTHER_REASON = QT_TRANSLATE_NOOP("QuarantineView", "Avvist av serveren")


def reason_text(code: str) -> str:
    """The reason a user reads (any thread: translating is thread-safe)."""
    return QCoreApplication.translate("QuarantineView", str(REASONS.get(code, OTHER_REASON)))


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
        self.setWindowTitle(self.tr("Ikke levert"))
        headers = [self.tr("Sak"), self.tr("Endring"), self.tr("Årsak"), self.tr("Tidspunkt")]
        self.model = PlainTableModel(headers)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Ikke levert"))
        self.empty = QLabel(self.tr("Alt er levert."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Send på nytt"))
        self.addendum_button = QPushButton(self.tr("Lag tillegg"))
        self.export_button = QPushButton(self.tr("Eksporter til leder"))
        self.retry_button.clicked.connect(lambda: self._emit(self.retry_requested))
        self.addendum_button.clicked.connect(lambda: self._emit(self.addendum_requested))
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit([r.op_id for r in self._rows]))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for b in (self.retry_button, self.addendum_button, self.export_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ikke levert")))
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
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

    def show_message(self, text: str) -> None:
        """What the last action did, or why it failed (a Norwegian sentence from the desktop)."""
        self.message.setText(text)
        self.message.setAccessibleName(text)

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
