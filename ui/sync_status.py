"""The sync status in the main window: online or not, what waits, when it last worked (§5).

Plain data in (:class:`SyncStatusView`), one intent out (``sync_requested``); the desktop's
sync service does the work. Texts are bokmål source strings for Qt's translator.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


@dataclass(frozen=True)
class SyncStatusView:
    """Everything the status line shows; no case content."""

    enrolled: bool
    online: bool | None  # None: not tried since start
    pending: int
    not_delivered: int
    drafts_to_merge: int = 0
    last_success: str = ""  # already formatted for display


class SyncStatusWidget(QWidget):
    """Status text, a progress bar for long runs, and "Synkroniser nå"."""

    sync_requested = Signal()
    not_delivered_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_label = QLabel(self.tr("Ikke registrert mot server"))
        self.pending_label = QLabel()
        self.quarantine_button = QPushButton()
        self.quarantine_button.setFlat(True)
        self.quarantine_button.setAccessibleName(self.tr("Ikke levert"))
        self.quarantine_button.clicked.connect(self.not_delivered_requested)
        self.last_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.sync_button = QPushButton(self.tr("Synkroniser nå"))
        self.sync_button.setAccessibleName(self.tr("Synkroniser nå"))
        self.sync_button.clicked.connect(self.sync_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.state_label, self.pending_label, self.quarantine_button, self.last_label,
                  self.progress, self.sync_button):
            layout.addWidget(w)
        self.set_status(SyncStatusView(enrolled=False, online=None, pending=0, not_delivered=0))

    def set_status(self, view: SyncStatusView) -> None:
        """Show a fresh status."""
        if not view.enrolled:
            state = self.tr("Ikke registrert mot server")
        elif view.online is None:
            state = self.tr("Ikke synkronisert ennå")
        else:
            state = self.tr("Tilkoblet") if view.online else self.tr("Frakoblet")
        self.state_label.setText(state)
        self.pending_label.setText(
            self.tr("Endringer som venter: {n}").format(n=view.pending) if view.pending
            else self.tr("Alt er sendt"))
        self.quarantine_button.setText(self.tr("Ikke levert: {n}").format(n=view.not_delivered))
        self.quarantine_button.setVisible(view.not_delivered > 0)
        self.last_label.setText(
            self.tr("Sist synkronisert: {when}").format(when=view.last_success)
            if view.last_success else "")
        self.sync_button.setEnabled(view.enrolled and not self.progress.isVisible())

    def on_started(self) -> None:
        """A sync began: busy bar until progress says more."""
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.sync_button.setEnabled(False)

    def on_progress(self, phase: str, done: int, total: int) -> None:
        """``total`` < 0 when unknown (pulling)."""
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        label = self.tr("Sender") if phase == "push" else self.tr("Henter")
        self.progress.setFormat(f"{label} %v")

    def on_finished(self) -> None:
        """The sync is over (well or not)."""
        self.progress.setVisible(False)
        self.sync_button.setEnabled(True)

    def on_failed(self, message: str) -> None:
        """Show why the sync failed (a Norwegian message from the service)."""
        self.on_finished()
        self.state_label.setText(message)
