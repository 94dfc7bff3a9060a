"""Enrol this device with the municipality's server: address, username, password (§5).

The password is handed on once in ``enrol_requested`` and never kept. The CA certificate
file is optional: municipal IT may hand it out with the installer; it is then pinned.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class EnrolDialog(QDialog):
    """Asks for the server and the user's credentials; emits them, does no work itself."""

    enrol_requested = Signal(str, str, str, str)  # url, username, password, CA file ("" none)

    def __init__(self, parent: QWidget | None = None, *, server_url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Koble til kommunens server"))
        self.url = QLineEdit(server_url)
        self.url.setPlaceholderText("https://barnevern.kommune.no")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit()
        browse = QPushButton(self.tr("Velg …"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        url_label, user_label, password_label = (
            self.tr("Serveradresse"), self.tr("Brukernavn"), self.tr("Passord"))
        form.addRow(url_label, self.url)
        form.addRow(user_label, self.username)
        form.addRow(password_label, self.password)
        form.addRow(self.tr("CA-sertifikat (valgfritt)"), ca_row)
        form.addRow(self.error)
        form.addRow(self.buttons)
        for edit, name in ((self.url, url_label), (self.username, user_label),
                           (self.password, password_label)):
            edit.setAccessibleName(name)

    def show_error(self, message: str) -> None:
        """The service's answer (wrong password, server unreachable …); the form stays open."""
        self.error.setText(message)
        self.password.clear()
        self.buttons.setEnabled(True)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA-sertifikat"), "",
                                              "PEM (*.pem *.crt);;*")
        if path:
            self.ca_file.setText(path)

    def _submit(self) -> None:
        url = self.url.text().strip()
        if not url.startswith("https://"):
            self.error.setText(self.tr("Adressen må begynne med https://"))
            return
        if not self.username.text().strip() or not self.password.text():
            self.error.setText(self.tr("Fyll inn brukernavn og passord."))
            return
        self.buttons.setEnabled(False)
        self.enrol_requested.emit(url, self.username.text().strip(), self.password.text(),
                                  self.ca_file.text().strip())
