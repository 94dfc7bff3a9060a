""""Endre passordfrase …": the current passphrase, the new one twice, the same strength rule.

Only the data key is wrapped anew (DESIGN.md §3); the journal itself is not touched, so the
change takes as long as the key derivation. The dialog only asks: the shell checks the
current passphrase on the DB thread and answers with ``show_error()`` or ``show_done()``.
Nothing typed stays in a widget once the dialog is closed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from domain.passphrase import passphrase_problems
from ui.form_helpers import error_label, named, show_error
from ui.session_dialogs import passphrase_hint


class ChangePassphraseDialog(QDialog):
    """Emits ``change_requested(current, new)`` once the new passphrase is acceptable."""

    change_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase")
        self.setWindowTitle(self.tr("Endre passordfrase"))
        self.current = self._field("current_passphrase", self.tr("Nåværende passordfrase"))
        self.new = self._field("new_passphrase", self.tr("Ny passordfrase"))
        self.repeat = self._field("repeat_passphrase", self.tr("Gjenta ny passordfrase"))
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.error = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Endre"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Avbryt"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.new.textChanged.connect(self._update_hints)
        self.setLayout(self._build())

    def _field(self, name: str, accessible: str) -> QLineEdit:
        field = named(QLineEdit(), name, accessible)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _build(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        explain = QLabel(
            self.tr(
                "Journalen krypteres ikke på nytt: bare nøkkelen låses med den nye "
                "passordfrasen. Bruk minst 12 tegn eller fire ord."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        form.addRow(self.tr("&Nåværende:"), self.current)
        form.addRow(self.tr("N&y:"), self.new)
        form.addRow(self.tr("&Gjenta ny:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.hints)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        return layout

    def _update_hints(self) -> None:
        text = self.new.text()
        problems = passphrase_problems(text)
        if not text:
            self.hints.setText("")
        elif problems:
            self.hints.setText(" ".join(passphrase_hint(p) for p in problems))
        else:
            self.hints.setText(self.tr("Passordfrasen er sterk nok."))

    def submit(self) -> None:
        """Refuse what can be refused here; otherwise ask the shell to change it."""
        current, new = self.current.text(), self.new.text()
        if not current:
            self.show_error(self.tr("Skriv den nåværende passordfrasen."), self.current)
            return
        if new != self.repeat.text():
            self.show_error(
                self.tr("De nye passordfrasene er ikke like. Skriv den samme to ganger."),
                self.repeat,
            )
            return
        problems = passphrase_problems(new)
        if problems:
            text = self.tr("Den nye passordfrasen er for svak.")
            self.show_error(" ".join([text, *(passphrase_hint(p) for p in problems)]), self.new)
            return
        if new == current:
            self.show_error(self.tr("Den nye passordfrasen er den samme som før."), self.new)
            return
        self.error.hide()
        self.change_requested.emit(current, new)

    def set_busy(self, busy: bool) -> None:
        """While the key is wrapped anew (the key derivation takes a moment)."""
        self.busy.setVisible(busy)
        for widget in (self.current, self.new, self.repeat, self.buttons):
            widget.setEnabled(not busy)

    def show_error(self, message: str, field: QWidget | None = None) -> None:
        """Say what went wrong; the current passphrase field when that was wrong."""
        self.set_busy(False)
        show_error(self.error, message)
        target = field or self.current
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()

    def show_done(self) -> None:
        """The change is made: forget what was typed and close."""
        self.set_busy(False)
        self.accept()

    def done(self, result: int) -> None:  # noqa: D102 - QDialog.done: clear on every close
        self._clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Closed with the window's ×: forget what was typed too."""
        self._clear()
        super().closeEvent(event)

    def _clear(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.error.hide()
