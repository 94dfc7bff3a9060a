"""Write an addendum (tilleggsnotat) to a signed note: corrections never change the note (B11)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.form_helpers import error_label, named, show_error


class AddendumDialog(QDialog):
    """Emits ``addendum_requested(note_id, text)``; the controller signs and stores it."""

    addendum_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None, note_id: str, note_title: str) -> None:
        super().__init__(parent)
        self.note_id = note_id
        self.setObjectName("addendum_dialog")
        self.setWindowTitle(self.tr("Tilleggsnotat"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Tilleggsnotat til «%1». Det opprinnelige notatet endres ikke.").replace(
                "%1", note_title
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = named(QPlainTextEdit(), "addendum_text", self.tr("Tilleggsnotatets tekst"))
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Signer tilleggsnotat"))
        self.save_button.setShortcut("Ctrl+Return")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_save(self) -> None:
        show_error(self.error, "")
        self.save_button.setEnabled(False)
        self.addendum_requested.emit(self.note_id, self.text.toPlainText().strip())

    def show_error(self, text: str) -> None:
        """Show what to fix; the typed text stays."""
        show_error(self.error, text)
        self.save_button.setEnabled(True)
