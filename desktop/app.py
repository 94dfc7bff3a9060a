"""The composition root: builds the TaskRunner, session, main window and controllers, and
wires the widgets' intents to work (DESIGN.md §1, §4).

Views refresh only what a ``Changes`` value names. Every job that fills a view carries the
session generation it was started in, so a result arriving after a lock is dropped rather
than repainting a locked screen with case data.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import case_service
from desktop.context import AppContext
from desktop.demo import fill_demo_vault
from desktop.frister import DeadlinesController
from desktop.history_review import HistoryReviewController
from desktop.intake import IntakeController
from desktop.investigation import InvestigationController
from desktop.notes import NotesController
from desktop.office import OfficeController
from desktop.session import DEFAULT_IDLE_MINUTES, Session
from desktop.sync_controller import SyncController
from desktop.tasks import TaskRunner
from desktop.vault_tools import VaultToolsController
from domain.changes import Changes
from domain.errors import ErrorKind
from storage.keys import KdfParams
from storage.vault import Vault
from ui.main_window import MainWindow
from ui.messages import kind_of, message_for
from ui.rows import CaseDetail, CaseRow, SearchRow

log = logging.getLogger(__name__)

STATUS_MS = 15_000
"""How long a passing status message (e.g. "Utkastet er lagret") stays in the status bar."""

LANGUAGES = ("nb", "en")
"""Bokmål is the source language; English is a Qt translation."""


def resource_dir() -> Path:
    """``resources/`` beside the packages, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load the compiled translation for ``lang`` (none needed for bokmål, the source)."""
    if lang == "nb":
        return None
    translator = QTranslator(app)
    if not translator.load(f"feltjournal_{lang}", str(resource_dir() / "i18n")):
        log.warning("no translation for %s", lang)
        return None
    app.installTranslator(translator)
    return translator


def demo_opener(
    folder: Path, passphrase: str, context: AppContext, kdf: KdfParams | None = None
) -> Callable[[], Any]:
    """A vault opener (run on the DB thread) that creates the vault and fills it with demo data."""

    def create() -> Any:
        vault = Vault.create(folder, passphrase, user=context.user, kdf=kdf, clock=context.clock)
        fill_demo_vault(vault, today=context.today())
        return vault

    return create


class Shell(QObject):
    """The running app: one window, one session, one TaskRunner, the feature controllers."""

    def __init__(
        self,
        folder: Path,
        context: AppContext,
        *,
        idle_ms: int = DEFAULT_IDLE_MINUTES * 60_000,
        kdf: KdfParams | None = None,
        sleep: Callable[[float], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = TaskRunner(self)
        self.window = MainWindow()
        self.session = Session(
            self.runner, folder, context, idle_ms=idle_ms, kdf=kdf, sleep=sleep, parent=self
        )
        # First on unlock: the case list is what the user waits for, so its job is queued on
        # the DB thread before those of the controllers attached below (Frister, office, sync).
        self.session.unlocked.connect(self._on_unlocked)
        self.intake = IntakeController(self.runner, self.window, context)
        self.investigation = InvestigationController(self.runner, self.window, context)
        self.notes = NotesController(self.runner, self.window, context)
        self.history = HistoryReviewController(self.runner, self.window, context)  # §5 review
        self.vault_tools = VaultToolsController(self.runner, self.window, parent=self)  # §3
        self.office = OfficeController(  # Ledelse, brev og innsyn (issue 7)
            self.runner, self.window, context, open_case=self.open_case, parent=self
        )
        self.office.attach(self.session)
        self.office.failed.connect(self._controller_failed)
        self.deadlines = DeadlinesController(  # Frister: reminders, tray, overview (issue 3)
            self.runner,
            self.window,
            context,
            open_case=self.open_case,
            decide=self.intake.decide,
            open_investigation=self.investigation.open,
            open_letters=self.office.documents.open_reporter_letters,
            parent=self,
        )
        self.deadlines.attach(self.session)
        self.sync = SyncController(self.runner, self.window, context, parent=self)  # §5
        self.sync.attach(self.session, self.office.sync_wanted)
        # B1: after each sync the leader's device learns its role and new break-glass uses.
        self.office.follow(self.sync.service, self.deadlines.notifier)
        self.sync.device_revoked.connect(self._on_device_revoked)
        self._generation = 0
        self._last_case = ""
        self._wire_session()
        self._wire_window()
        self._wire_controllers()
        self.runner.changes_applied.connect(self._on_changes)
        self.runner.task_failed.connect(self.show_error)
        self.runner.busy_changed.connect(self.window.set_busy)

    # wiring ---------------------------------------------------------------------------

    def _wire_session(self) -> None:
        s, w = self.session, self.window
        w.first_run.create_requested.connect(s.create)
        w.unlock.unlock_requested.connect(s.unlock)
        w.lock_requested.connect(s.lock)
        s.about_to_lock.connect(self._before_lock)
        s.locked.connect(self._on_locked)
        s.failed.connect(self._on_session_failed)
        s.busy_changed.connect(w.first_run.set_busy)
        s.busy_changed.connect(w.unlock.set_busy)

    def _wire_window(self) -> None:
        w, view = self.window, self.window.case_view
        w.refresh_requested.connect(self.reload_cases)
        w.search_requested.connect(w.search.open_search)
        w.search.query_changed.connect(self.search)
        w.search.open_note_requested.connect(self.open_search_hit)
        w.case_list.case_activated.connect(self.open_case)
        w.new_report_requested.connect(self._new_report)
        w.new_note_requested.connect(self.notes.new_note)
        view.decide_requested.connect(self.intake.decide)
        view.open_investigation_requested.connect(self.investigation.open)
        view.open_note_requested.connect(lambda note_id: self.notes.open_note(note_id))
        view.keep_value_requested.connect(self.history.keep)
        view.restore_value_requested.connect(self.history.restore)
        self.history.failed.connect(self._controller_failed)
        self.history.status_message.connect(self._status_message)

    def _wire_controllers(self) -> None:
        for controller in (self.intake, self.investigation, self.notes):
            failed = getattr(controller, "failed", None)
            if failed is not None:
                failed.connect(self._controller_failed)
        self.intake.melding_registered.connect(lambda case_id, _r: self.open_case(case_id))
        self.intake.investigation_opened.connect(self.investigation.open)
        self.notes.status_message.connect(self._status_message)
        self.vault_tools.status_message.connect(self._status_message)

    def _status_message(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_MS)

    def _new_report(self, case_id: str) -> None:
        self.intake.register_melding(case_id or None)

    # session --------------------------------------------------------------------------

    def start(self) -> None:
        """Show the window: first run on a new machine, the unlock screen afterwards."""
        if self.session.vault_exists():
            self.window.show_unlock()
        else:
            self.window.show_first_run()
        self.window.show()

    def start_demo(self, passphrase: str) -> None:
        """Create a fresh vault filled with demo data, then show it unlocked (``--demo``)."""
        self.window.show_unlock()
        self.window.show()
        self.session.adopt(demo_opener(self.session.folder, passphrase, self.context))

    def _on_unlocked(self, user: str) -> None:
        self.notes.flush_all()  # typing kept in memory while locked reaches the vault now
        self.window.show_workspace(user, demo=self.context.demo_mode)
        self.reload_cases(quick_first=True)
        if self._last_case:
            self.open_case(self._last_case)

    def _before_lock(self) -> None:
        """Queue every unsaved draft's save and close other windows while the vault is open:
        the TaskRunner runs jobs in order, so these saves land before the vault closes."""
        self.notes.flush_all()
        self._close_other_windows()

    def _close_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.close()

    def _on_device_revoked(self, message: str) -> None:
        """The server revoked this device and the vault is wiped: nothing of it may stay on
        screen or in memory, and the next step is a new vault (first run), with the reason."""
        self.notes.discard_all()  # the vault is gone: nothing to save to
        self._close_other_windows()
        self.session.forget()  # locked: every view is cleared
        self.deadlines.service.stop()  # not even the times reminders were due stay
        self._last_case = ""
        self.window.show_first_run()
        self.window.show_error(message)

    def _on_locked(self) -> None:
        """Drop every row shown (the key is already going)."""
        self._generation += 1
        self._last_case = self.window.case_view.case_id or self._last_case
        self.window.clear()
        self.window.show_unlock()

    def _on_session_failed(self, error: BaseException) -> None:
        message = message_for(error)
        if kind_of(error) is ErrorKind.WRONG_PASSPHRASE:
            self.window.unlock.show_error(message, float(getattr(error, "delay_s", 0) or 0))
        else:
            self.window.show_error(message)

    def show_error(self, error: BaseException) -> None:
        """The one place a failed job becomes a message (nothing is lost: see ui/messages)."""
        log.info("task failed: %s", type(error).__name__)
        self.window.show_error(message_for(error))

    def _controller_failed(self, message: str) -> None:
        self.window.show_error(message)

    # work -----------------------------------------------------------------------------

    def _run(self, fn: Callable[[Any], Any], done: Callable[[Any], None], label: str) -> None:
        """Run a read on the DB thread; drop its result if the vault was locked meanwhile."""
        if not self.session.is_unlocked:
            return
        generation = self._generation

        def finished(result: Any) -> None:
            if generation == self._generation and self.session.is_unlocked:
                done(result)

        self.runner.run(fn, finished, self.show_error, label=label)

    def reload_cases(self, *, quick_first: bool = False) -> None:
        """Reload "Mine saker" (after unlock and when a change touches the list).

        ``quick_first`` (at unlock, when the list is empty) shows the cases before their
        deadlines are computed; the full rows replace them when the second job is done.
        """
        today = self.context.today()
        if quick_first:
            self._run(
                lambda v: case_service.case_rows(v, today, with_deadlines=False),
                self._cases_loaded,
                "case_rows.quick",
            )
        self._run(lambda v: case_service.case_rows(v, today), self._cases_loaded, "case_rows")

    def _cases_loaded(self, rows: list[CaseRow]) -> None:
        self.window.case_list.set_rows(rows)
        if self.window.case_view.case_id:
            self.window.case_list.select_case(self.window.case_view.case_id)

    def open_case(self, case_id: str) -> None:
        """Show one case in the case view."""
        today = self.context.today()
        self._last_case = case_id
        self._run(
            lambda v: case_service.case_detail(v, case_id, today), self._case_loaded, "case_detail"
        )

    def _case_loaded(self, detail: CaseDetail) -> None:
        self.window.case_view.set_case(detail)
        self.window.case_list.select_case(detail.case_id)

    def search(self, query: str) -> None:
        """Full-text search; the dialog ignores answers to older queries."""
        self._run(
            lambda v: case_service.search_rows(v, query),
            lambda rows: self._search_done(query, rows),
            "search",
        )

    def _search_done(self, query: str, rows: list[SearchRow]) -> None:
        self.window.search.set_results(query, rows)

    def open_search_hit(self, note_id: str, query: str) -> None:
        """Open the note at the hit, with the query highlighted in it."""
        self.window.search.hide()
        self.notes.open_note(note_id, highlight=query)

    def _on_changes(self, changes: Changes) -> None:
        """Refresh only what changed: the list, the open case, or just its journal."""
        if not self.session.is_unlocked:
            return
        if changes.case_list or changes.deadlines:
            self.reload_cases()
        shown = self.window.case_view.case_id
        if not shown or shown not in changes.cases:
            return
        if changes.notes and not (changes.case_list or changes.deadlines):
            self._reload_timeline(shown)
        else:
            self.open_case(shown)

    def _reload_timeline(self, case_id: str) -> None:
        """A note was saved or signed: only the journal tab changes (no new read of the file)."""

        def done(rows: list[Any]) -> None:
            if self.window.case_view.case_id == case_id:
                self.window.case_view.set_timeline(rows)

        self._run(lambda v: case_service.timeline_rows(v, case_id), done, "timeline")

    def shutdown(self) -> None:
        """Close the vault and stop the threads (on quit)."""
        self.session.idle.stop()
        self.sync.shutdown()
        self.deadlines.shutdown()
        self.runner.shutdown()
