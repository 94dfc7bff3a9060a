"""The vault's own tools in the File menu: "Endre passordfrase …" and "Sjekk hvelvet".

Both run on the DB thread, the vault's owner (DESIGN.md §3): changing the passphrase wraps
the data key anew (the journal is not re-encrypted, so it takes one key derivation);
checking runs SQLCipher's page HMAC check and SQLite's integrity check over every page,
which on a large vault takes seconds, so the window shows that work is running. What the
check finds is told as a count and what to do; page numbers and SQLite's wording stay out
of the window and the log (they say nothing a caseworker can act on).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.jobs import message
from desktop.tasks import TaskRunner
from ui.change_passphrase import ChangePassphraseDialog
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class VaultToolsController(QObject):
    """Opens the passphrase dialog and runs the integrity check for one window."""

    passphrase_changed = Signal()
    checked = Signal(int)  # problems found (0: the vault is whole)
    status_message = Signal(str)

    def __init__(self, runner: TaskRunner, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._window = window
        self.dialog: ChangePassphraseDialog | None = None
        window.change_passphrase_requested.connect(self.open_change_passphrase)
        window.check_vault_requested.connect(self.check_vault)

    # "Endre passordfrase …" -----------------------------------------------------------------

    def open_change_passphrase(self) -> None:
        """Show the dialog; its request is carried out on the DB thread."""
        if self.dialog is None:
            self.dialog = ChangePassphraseDialog(self._window)
            self.dialog.change_requested.connect(self.change_passphrase)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def change_passphrase(self, current: str, new: str) -> None:
        """Check ``current`` against the vault's key and wrap the key under ``new``."""
        dialog = self.dialog
        if dialog is not None:
            dialog.set_busy(True)
        self._runner.run(
            lambda vault: vault.change_passphrase(current, new),
            lambda _none: self._changed(),
            self._change_failed,
            label="vault.change_passphrase",
        )

    def _changed(self) -> None:
        if self.dialog is not None:
            self.dialog.show_done()
        self.status_message.emit(
            QCoreApplication.translate(
                "VaultTools", "Passordfrasen er endret. Bruk den nye neste gang du låser opp."
            )
        )
        self.passphrase_changed.emit()

    def _change_failed(self, error: BaseException) -> None:
        log.info("passphrase change refused: %s", type(error).__name__)
        if self.dialog is not None:
            self.dialog.show_error(message(error))
        else:
            self._window.show_error(message(error))

    # "Sjekk hvelvet" -----------------------------------------------------------------------

    def check_vault(self) -> None:
        """Check every page of the vault; the answer comes as a message."""
        self.status_message.emit(
            QCoreApplication.translate("VaultTools", "Sjekker hvelvet … Dette kan ta litt tid.")
        )
        self._runner.run(
            lambda vault: len(vault.check_integrity()),
            self._checked,
            lambda error: self._window.show_error(message(error)),
            label="vault.check",
        )

    def _checked(self, problems: int) -> None:
        if problems == 0:
            self.status_message.emit(
                QCoreApplication.translate(
                    "VaultTools", "Hvelvet er i orden: ingen sider er skadet eller endret."
                )
            )
        else:
            log.warning("vault integrity check found %d problems", problems)
            self._window.show_error(
                QCoreApplication.translate(
                    "VaultTools",
                    "Hvelvet har feil (%1). Synkroniser om du kan, skriv ikke mer i det, og "
                    "kontakt IT: de kan hente journalen tilbake fra kommunens server.",
                ).replace("%1", str(problems))
            )
        self.checked.emit(problems)

    def close(self) -> None:
        """On lock: close the dialog (what was typed is cleared with it)."""
        if self.dialog is not None:
            self.dialog.close()
