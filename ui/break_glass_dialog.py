"""Break-glass (nødtilgang, B1): a leader asks for time-limited access to another unit's case.

The dialog asks for the case number and a written reason and says plainly what follows: the
access is logged, reported and ends by itself. It emits ``requested(case_number, reason)``
and never judges the reason itself; the desktop (and the server) refuse one that is missing
and the dialog shows why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.session_dialogs import ERROR_STYLE


class BreakGlassDialog(QDialog):
    """Case number + reason in, ``requested`` out; ``show_error`` / ``show_granted`` back."""

    requested = Signal(str, str)  # case number, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("break_glass_dialog")
        self.setWindowTitle(self.tr("Nødtilgang til sak"))
        intro = QLabel(
            self.tr(
                "Nødtilgang gir deg tilgang til en sak i en annen enhet for en begrenset tid. "
                "Du må skrive hvorfor. Tilgangen logges, rapporteres til lederne og opphører "
                "av seg selv."
            )
        )
        intro.setWordWrap(True)
        self.case_number = QLineEdit()
        self.case_number.setObjectName("case_number")
        self.case_number.setAccessibleName(self.tr("Saksnummer"))
        self.case_number.setPlaceholderText("2026-0142")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Begrunnelse for nødtilgang"))
        self.reason.setTabChangesFocus(True)
        form = QFormLayout()
        number_label = QLabel(self.tr("&Saksnummer:"))
        number_label.setBuddy(self.case_number)
        reason_label = QLabel(self.tr("&Begrunnelse:"))
        reason_label.setBuddy(self.reason)
        form.addRow(number_label, self.case_number)
        form.addRow(reason_label, self.reason)
        self.error = QLabel()
        self.error.setObjectName("break_glass_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.result = QLabel()
        self.result.setObjectName("break_glass_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ask_button = self.buttons.addButton(
            self.tr("&Be om tilgang"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ask_button.setAccessibleName(self.tr("Be om nødtilgang"))
        self.buttons.accepted.connect(self._ask)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 40, em * 22)

    def _ask(self) -> None:
        self.error.hide()
        self.requested.emit(self.case_number.text().strip(), self.reason.toPlainText().strip())

    def set_busy(self, busy: bool) -> None:
        """Disable the button while the server answers."""
        self.ask_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """Why the access was refused; the focus goes where the user can fix it."""
        self.set_busy(False)
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()
        self.reason.setFocus()

    def show_granted(self, message: str) -> None:
        """The grant: until when; the form is done, only "Lukk" remains."""
        self.set_busy(False)
        self.error.hide()
        self.result.setText(message)
        self.result.setAccessibleName(message)
        self.result.show()
        self.ask_button.hide()
        self.case_number.setReadOnly(True)
        self.reason.setReadOnly(True)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("&Lukk"))
        close.setFocus()
