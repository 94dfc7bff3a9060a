"""Frister in the app: wires the reminder service, the tray notifier and the Frister view.

The service starts on unlock and stops on lock; every change re-derives. The view's intents
become work here: an ``Action`` maps to the controller that satisfies it (the intake
decision, the undersøkelse panel, the letters to the reporter), anything else opens the
case. The overdue count goes to the badge (the tab title and a status-bar label) and to the
tray's tooltip.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.context import AppContext
from desktop.deadline_service import DeadlineSnapshot
from desktop.jobs import message
from desktop.notifier import Notifier
from desktop.reminder_plan import ReminderConfig, ReminderEntry
from desktop.reminders import ReminderService
from desktop.session import Session
from desktop.tasks import TaskRunner
from domain.deadlines import Action
from ui.main_window import MainWindow

STATUS_MS = 15_000

INVESTIGATION_ACTIONS = frozenset(
    {Action.CONCLUDE_INVESTIGATION, Action.SETTLE_PLAN_ITEM, Action.DOCUMENT_PARTICIPATION}
)
"""Actions done in the undersøkelse panel (when the undersøkelse is registered)."""

LETTER_ACTIONS = frozenset(
    {Action.SEND_RECEIPT_LETTER, Action.SEND_INVESTIGATION_LETTER, Action.SEND_OUTCOME_LETTER}
)
"""A4a–A4c: done in the "Brev til melder" dialog, which lists the letters the case owes."""


class DeadlinesController(QObject):
    """Reminders, notifications and the Frister view for one window and one session."""

    def __init__(
        self,
        runner: TaskRunner,
        window: MainWindow,
        context: AppContext,
        *,
        open_case: Callable[[str], None],
        decide: Callable[[str], None],
        open_investigation: Callable[[str], None],
        open_letters: Callable[[str], None] | None = None,
        config: ReminderConfig | None = None,
        notifier: Notifier | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._open_case = open_case
        self._decide = decide
        self._open_investigation = open_investigation
        self._open_letters = open_letters
        self._investigations: frozenset[str] = frozenset()
        self._last_batch = ""
        self.service = ReminderService(
            runner, context.now, config, monotonic=monotonic, parent=self
        )
        self.notifier = notifier or Notifier(self._status, parent=self)
        self._wire(runner)

    def _wire(self, runner: TaskRunner) -> None:
        service, view = self.service, self._window.deadlines_view
        service.reminders_due.connect(self._notify)
        service.waiting_while_locked.connect(self.notifier.notify_locked)
        service.snapshot_changed.connect(self._show)
        service.failed.connect(lambda error: self._window.show_error(message(error)))
        runner.changes_applied.connect(service.on_changes)
        self.notifier.activated.connect(self.open_overview)
        view.open_case_requested.connect(self.open_case)
        view.action_requested.connect(self.go_to)
        view.snooze_requested.connect(service.snooze)
        view.handled_requested.connect(service.mark_handled)

    def attach(self, session: Session) -> None:
        """Start on unlock, stop on lock."""
        session.unlocked.connect(lambda _user: self.start())
        session.locked.connect(self.stop)

    def start(self) -> None:
        """Derive reminders and fill the Frister view (after unlock)."""
        self.service.start()

    def stop(self) -> None:
        """Drop every job and row (on lock); the window clears its own views. Only the times
        reminders fall due stay, so a locked app can still say that some wait."""
        self.service.lock()
        self._investigations = frozenset()
        self._last_batch = ""
        self._window.deadlines_view.clear()
        self._window.set_overdue_count(0)
        self.notifier.set_overdue(0)

    def shutdown(self) -> None:
        """Stop the scheduler and remove the tray icon (on quit)."""
        self.service.shutdown()
        self.notifier.hide()

    # results in -------------------------------------------------------------------------

    def _show(self, snapshot: DeadlineSnapshot) -> None:
        self._investigations = snapshot.investigation_ids
        self._window.deadlines_view.set_rows(snapshot.rows)
        self._window.set_overdue_count(snapshot.overdue)
        self.notifier.set_overdue(snapshot.overdue)

    def _notify(self, entries: tuple[ReminderEntry, ...]) -> None:
        if entries:
            self._last_batch = entries[0].deadline_key
            self.notifier.notify(entries, self.service.today())

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_MS)

    # intents out --------------------------------------------------------------------------

    def open_overview(self) -> None:
        """A click on a notification: the window to the front, the Frister tab, the row."""
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if not window.deadlines_action.isEnabled():
            return  # locked: nothing to show
        window.show_deadlines()
        if self._last_batch:
            window.deadlines_view.select_deadline(self._last_batch)

    def open_case(self, case_id: str) -> None:
        """Show the case in the cases tab."""
        self._window.show_cases()
        self._open_case(case_id)

    def go_to(self, case_id: str, subject_id: str, action: str) -> None:
        """Open the case, then what satisfies the deadline where there is a screen for it."""
        self.open_case(case_id)
        if action == Action.DECIDE_INTAKE:
            self._decide(subject_id)
        elif action in INVESTIGATION_ACTIONS and subject_id in self._investigations:
            self._open_investigation(subject_id)
        elif action in LETTER_ACTIONS and self._open_letters is not None:
            self._open_letters(case_id)
