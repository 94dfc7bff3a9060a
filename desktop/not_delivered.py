"""The "Ikke levert" window: changes the server refused, and what the user can do about them.

A refused change is never dropped (DESIGN.md §5): it waits in the vault's quarantine until
someone acts. Here the user sends it again (after the case was given back), turns refused text
on a signed note into an addendum, or exports the list for the leader to a file they pick;
the export is written to the access log (B2). Every action runs on the TaskRunner and the
sync service then re-reads the status, so the badge and the list follow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.jobs import Done, message, run_mutation
from desktop.office_documents import ask_save_path, saved_text
from desktop.sync_service import SyncService
from desktop.tasks import TaskRunner
from ui.quarantine_view import QuarantineRow, QuarantineView

SavePath = Callable[[QWidget | None, str, str, str], str]
JSON_FILTER = "JSON (*.json)"
EXPORT_DETAIL = "ikke_levert"


def export_not_delivered(vault: Any, op_ids: list[str], path: Path) -> Done:
    """On the DB thread: write the open entries for the leader, and log that they left (B2)."""
    path.write_bytes(vault.quarantine.export(op_ids or None))
    return Done(vault.access_log.record("export", detail=EXPORT_DETAIL), path)


class NotDeliveredController(QObject):
    """Owns the "Ikke levert" window; rows come from ``SyncService.quarantine_changed``."""

    def __init__(
        self,
        runner: TaskRunner,
        service: SyncService,
        context: AppContext,
        *,
        save_path: SavePath = ask_save_path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._context = context
        self.save_path = save_path
        self.view: QuarantineView | None = None
        self._rows: list[QuarantineRow] = []
        service.quarantine_changed.connect(self.set_rows)

    def set_rows(self, rows: Sequence[QuarantineRow]) -> None:
        """The service read the list again."""
        self._rows = list(rows)
        if self.view is not None:
            self.view.set_rows(self._rows)

    def open(self) -> None:
        """Show the window (from the status bar or the File menu) and read the list again."""
        view = self._view()
        view.set_rows(self._rows)
        view.show()
        view.raise_()
        view.activateWindow()
        self._service.refresh()

    def _view(self) -> QuarantineView:
        if self.view is None:
            view = QuarantineView()
            view.retry_requested.connect(self.retry)
            view.addendum_requested.connect(self.make_addendum)
            view.export_requested.connect(self.export)
            self.view = view
        return self.view

    def clear(self) -> None:
        """Forget every row and close the window (on lock)."""
        self._rows = []
        if self.view is not None:
            self.view.set_rows([])
            self.view.show_message("")
            self.view.close()

    def retry(self, op_id: str) -> None:
        """Put the change back in the outbox as it was; the next sync sends it."""
        self._mutate(
            lambda v: Done(v.quarantine.retry(op_id)),
            QCoreApplication.translate(
                "NotDelivered", "Endringen sendes på nytt ved neste synkronisering."
            ),
            "not_delivered.retry",
        )

    def make_addendum(self, op_id: str) -> None:
        """The refused text on a signed note becomes an addendum to it (B11)."""
        at = self._context.now()
        self._mutate(
            lambda v: Done(v.quarantine.accept_proposal(op_id, author=v.user, at=at)),
            QCoreApplication.translate(
                "NotDelivered", "Teksten er lagt til notatet som et tillegg."
            ),
            "not_delivered.addendum",
        )

    def export(self, op_ids: list[str]) -> None:
        """Ask where, write the list there, log the export."""
        view = self._view()
        name = f"ikke-levert-{self._context.today().isoformat()}.json"
        caption = QCoreApplication.translate("NotDelivered", "Eksporter «Ikke levert»")
        chosen = self.save_path(view, caption, name, JSON_FILTER)
        if not chosen:
            return
        path = Path(chosen)
        self._mutate(
            lambda v: export_not_delivered(v, op_ids, path),
            saved_text(path),
            "not_delivered.export",
        )

    def _mutate(self, fn: Callable[[Any], Done], done_text: str, label: str) -> None:
        view = self._view()

        def done(_value: Any) -> None:
            view.show_message(done_text)
            self._service.refresh()

        run_mutation(
            self._runner, fn, done, lambda error: view.show_message(message(error)), label=label
        )
