"""Sync in the app shell (DESIGN.md §4, §5): status bar, enrolment, offline limit, server policy.

``SyncService`` does the work; this object owns every connection between it, the main
window and the session, so ``desktop/app.py`` only builds it and calls ``attach``:

- the status line (a permanent status-bar widget) and "Synkroniser nå";
- enrolment from the File menu ("Koble til kommunens server …"), then a first sync;
- the offline-time limit: a session gate checks it in the job after each open; past it the
  workspace stays hidden behind the sync page until a sync succeeds;
- the server's policy, as the vault remembers it, sets the idle auto-lock on every unlock
  and after every sync;
- periodic sync runs only while the vault is open (started on unlock, stopped before lock).

A revoked device is the shell's business (it clears everything): ``device_revoked`` is
passed on with the Norwegian message, after the service has wiped the vault.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    SignalInstance,
)

from desktop.context import AppContext
from desktop.not_delivered import NotDeliveredController, SavePath
from desktop.office_documents import ask_save_path
from desktop.session import Session
from desktop.sync_service import SyncService, must_reach_server
from desktop.tasks import TaskRunner
from domain.changes import Changes
from domain.syncstore import ServerPolicy
from sync.client.engine import SyncReport
from sync.client.enrol import EnrolOutcome
from ui.enrol_dialog import EnrolDialog
from ui.main_window import MainWindow
from ui.sync_status import SyncStatusView, SyncStatusWidget

log = logging.getLogger(__name__)

SYNC_MINUTES = 5
"""Periodic sync while the vault is open."""

STATUS_DELAY_MS = 1000
"""Autosaves come every second while typing: the pending count is re-read at most this often."""

STATUS_MS = 15_000

OFFLINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "SyncController", "Enheten har vært frakoblet for lenge – synkroniser før du fortsetter"
)


class SyncController(QObject):
    """Wires ``SyncService`` into the window and the session (see the module docstring)."""

    device_revoked = Signal(str)  # Norwegian message; the vault is already wiped

    def __init__(
        self,
        runner: TaskRunner,
        window: MainWindow,
        context: AppContext,
        *,
        save_path: SavePath = ask_save_path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._context = context
        self._session: Session | None = None
        self.service = SyncService(runner, interval_minutes=SYNC_MINUTES, parent=self)
        self.status = SyncStatusWidget()
        self.status.setObjectName("sync_status")
        self.status.hide()  # nothing is known about sync while the vault is locked
        window.statusBar().addPermanentWidget(self.status)
        self.not_delivered = NotDeliveredController(
            runner, self.service, context, save_path=save_path, parent=self
        )
        self.enrol_dialog: EnrolDialog | None = None
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self.service.refresh)
        self._wire_status()
        self._wire_window()
        runner.changes_applied.connect(self._on_changes)

    def _wire_status(self) -> None:
        service, status = self.service, self.status
        service.status_changed.connect(self._show_status)
        service.sync_started.connect(self._on_started)
        service.sync_progress.connect(status.on_progress)
        service.sync_finished.connect(self._on_finished)
        service.sync_failed.connect(self._on_failed)
        service.device_revoked.connect(self.device_revoked)
        service.policy_changed.connect(self._apply_policy)
        service.enrolled.connect(self._enrolled)
        service.enrol_failed.connect(self._enrol_failed)
        status.sync_requested.connect(service.sync_now)
        status.not_delivered_requested.connect(self.not_delivered.open)

    def _wire_window(self) -> None:
        window = self._window
        window.enrol_requested.connect(self.open_enrol)
        window.sync_requested.connect(self.service.sync_now)
        window.not_delivered_requested.connect(self.not_delivered.open)
        window.sync_gate.sync_requested.connect(self.service.sync_now)

    def attach(self, session: Session, sync_wanted: SignalInstance | None = None) -> None:
        """Follow the session; ``sync_wanted`` (the office's) asks for a sync at once."""
        self._session = session
        now = self._context.now
        session.set_gate(lambda vault: must_reach_server(vault, now()))
        session.unlocked.connect(self._on_unlocked)
        session.held.connect(self._on_held)
        session.about_to_lock.connect(self.service.stop)
        session.locked.connect(self._on_locked)
        if sync_wanted is not None:
            sync_wanted.connect(self.service.sync_now)

    def shutdown(self) -> None:
        """Stop periodic sync (on quit)."""
        self._status_timer.stop()
        self.service.stop()

    # session ----------------------------------------------------------------------------

    def _on_unlocked(self, _user: str) -> None:
        self.status.show()
        self.service.start()
        self.service.refresh()  # the status, and the idle policy the vault remembers

    def _on_held(self, _user: str) -> None:
        """Offline too long: the workspace waits behind the sync page while a sync runs."""
        reason = QCoreApplication.translate("SyncController", str(OFFLINE_TOO_LONG))
        self._window.show_sync_gate(reason)
        self.status.show()
        self.service.start()
        self.service.refresh()
        self.service.sync_now()

    def _on_locked(self) -> None:
        self._status_timer.stop()
        self.service.stop()
        self.status.hide()
        self.status.on_finished()
        self.not_delivered.clear()
        if self.enrol_dialog is not None:
            self.enrol_dialog.close()
            self.enrol_dialog = None

    def _open(self) -> bool:
        session = self._session
        return session is not None and (session.is_unlocked or session.is_held)

    def _held(self) -> bool:
        return self._session is not None and self._session.is_held

    def _apply_policy(self, policy: ServerPolicy) -> None:
        """The server's idle limit drives auto-lock (from the vault: before any sync, too)."""
        if self._session is not None and self._open() and policy.idle_lock_minutes:
            self._session.set_idle_minutes(policy.idle_lock_minutes)

    # sync -------------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.outbox and self._open():
            self._status_timer.start()  # a new pending count, read once typing pauses

    def _show_status(self, view: SyncStatusView) -> None:
        if self._open():
            self.status.set_status(view)

    def _on_started(self) -> None:
        self.status.on_started()
        if self._held():
            self._window.sync_gate.set_busy(True)

    def _on_finished(self, report: SyncReport) -> None:
        self.status.on_finished()
        log.info("sync done: %d delivered, %d quarantined", report.delivered, report.quarantined)
        if self._held() and self._session is not None:
            self._session.release()  # the server was reached: the offline limit is met

    def _on_failed(self, _kind: str, message: str) -> None:
        if not self._open():
            return  # a sync cut short by the lock: nothing to say on the locked screen
        self.status.on_failed(message)
        if self._held():
            self._window.sync_gate.show_error(message)

    # enrolment --------------------------------------------------------------------------

    def open_enrol(self) -> None:
        """"Koble til kommunens server …": ask for the address and the user's credentials."""
        dialog = EnrolDialog(self._window)
        dialog.enrol_requested.connect(self._enrol)
        self.enrol_dialog = dialog
        dialog.open()

    def _enrol(self, url: str, username: str, password: str, ca_file: str) -> None:
        dialog = self.enrol_dialog
        try:
            ca_pem = Path(ca_file).read_text("ascii") if ca_file else None
        except (OSError, UnicodeDecodeError):
            if dialog is not None:
                dialog.show_error(
                    QCoreApplication.translate(
                        "SyncController", "Fant ikke CA-sertifikatet, eller filen er ikke PEM."
                    )
                )
            return
        self.service.enrol(url, username, password, ca_pem or None)

    def _enrolled(self, outcome: EnrolOutcome) -> None:
        if self.enrol_dialog is not None:
            self.enrol_dialog.accept()
            self.enrol_dialog = None
        text = QCoreApplication.translate(
            "SyncController", "Maskinen er koblet til kommunens server."
        )
        if not outcome.escrowed:
            text += " " + QCoreApplication.translate(
                "SyncController", "Kommunen kan ikke gjenopprette hvelvet ennå: kontakt IT."
            )
        self._window.statusBar().showMessage(text, STATUS_MS)
        self.service.sync_now()  # the user's cases arrive now, not in five minutes

    def _enrol_failed(self, message: str) -> None:
        if self.enrol_dialog is not None:
            self.enrol_dialog.show_error(message)
