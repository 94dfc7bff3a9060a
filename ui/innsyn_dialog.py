"""Partsinnsyn (B3, B4, B6): the preview of a party's copy of the journal, and "Lagre PDF".

The preview is the export's own printed text, so the caseworker reads exactly what the party
will get: what is exempt, the reporter and protected addresses are already gone (the desktop
builds it with ``domain.innsyn``). Out: ``save_requested()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.session_dialogs import ERROR_STYLE


class InnsynDialog(QDialog):
    """Read the party's copy, then save it as PDF where you choose (the export is logged)."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("innsyn_dialog")
        self.setWindowTitle(self.tr("Partsinnsyn"))
        self.summary = QLabel()
        self.summary.setObjectName("innsyn_summary")
        self.summary.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("innsyn_preview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Kopien parten får"))
        self.status = QLabel()
        self.status.setObjectName("innsyn_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Lagre PDF …"))
        self.save_button.setAccessibleName(self.tr("Lagre partsinnsynet som PDF"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 55, em * 50)

    def set_preview(self, case_number: str, text: str, withheld: int) -> None:
        """The copy's text, and how many notes are withheld whole."""
        summary = self.tr("Kopi av journalen i sak %1 til en part.").replace("%1", case_number)
        if withheld:
            summary += " " + self.tr("%n notater er unntatt innsyn i sin helhet.", "", withheld)
        self.summary.setText(summary)
        self.preview.setPlainText(text)
        self.save_button.setEnabled(bool(text))
        self.save_button.setFocus()

    def show_status(self, text: str, *, error: bool = False) -> None:
        """A message under the preview (errors in red)."""
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def show_error(self, text: str) -> None:
        """Why the export failed."""
        self.show_status(text, error=True)
