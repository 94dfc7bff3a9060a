"""Letters (A4a–A4c, A17) and the innsyn export (B3, B4, B6) as dialogs over the TaskRunner.

Every letter and copy is built on the DB thread by ``desktop/letters.py`` and
``desktop/innsyn_export.py``; the dialogs get the printed text to preview, and "Lagre PDF"
asks where (the user picks), writes there and logs the export in the same job.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop import innsyn_export, letters
from desktop.context import AppContext
from desktop.jobs import message, run_mutation
from desktop.tasks import TaskRunner
from sync.client.errors import SyncError, SyncErrorKind
from ui.innsyn_dialog import InnsynDialog
from ui.labels import day, label
from ui.letter_dialog import DecisionForm, DecisionLetterDialog, LetterOption, ReporterLetterDialog

PDF_FILTER = "PDF (*.pdf)"
AskPath = Callable[[QWidget | None, str, str, str], Path | None]


def letter_option(owed: letters.OwedLetter) -> LetterOption:
    """An owed letter as the dialog lists it (the reporter's type, never the name: B4)."""
    if owed.kind == letters.OUTCOME:
        what = QCoreApplication.translate("OfficeDocuments", "Tilbakemelding etter undersøkelse")
    elif owed.rules == ("A4b",):
        what = QCoreApplication.translate(
            "OfficeDocuments", "Tilbakemelding: undersøkelse eller ikke"
        )
    else:
        what = QCoreApplication.translate("OfficeDocuments", "Mottaksbekreftelse")
    melding = QCoreApplication.translate("OfficeDocuments", "Melding %1").replace(
        "%1", day(owed.received_on)
    )
    return LetterOption(owed.key, what, melding, label(owed.reporter_type), day(owed.due_on))


def saved_text(path: Path | str) -> str:
    """What the user is told after a file was written."""
    return QCoreApplication.translate(
        "OfficeDocuments", "Lagret %1. Eksporten er ført i tilgangsloggen."
    ).replace("%1", str(path))


def ask_save_path(parent: QWidget | None, caption: str, suggested: str, file_filter: str) -> str:
    """Ask where to save (the user picks; nothing is written to a temporary folder)."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


def sync_message(error: BaseException) -> str:
    """A Norwegian message for an office call that failed (sync errors have no ``ErrorKind``)."""
    if not isinstance(error, SyncError):
        return message(error)
    detail = error.detail
    if "reason_required" in detail:
        return QCoreApplication.translate("Office", "Skriv en begrunnelse for nødtilgangen.")
    if "not_found" in detail:
        return QCoreApplication.translate(
            "Office", "Fant ikke saken eller saksbehandleren på serveren. Sjekk det du skrev."
        )
    if "forbidden" in detail:
        return QCoreApplication.translate(
            "Office", "Serveren avviste forespørselen: du har ikke tilgang til dette."
        )
    if error.kind in (SyncErrorKind.OFFLINE, SyncErrorKind.SERVER_UNAVAILABLE):
        return QCoreApplication.translate(
            "Office", "Får ikke kontakt med serveren. Prøv igjen når maskinen er på nett."
        )
    return QCoreApplication.translate(
        "Office", "Serveren kunne ikke gjøre dette nå. Prøv igjen senere."
    )


class OfficeDocuments(QObject):
    """Opens the letter and innsyn dialogs for a case and does their work."""

    failed = Signal(str)
    file_saved = Signal(str)
    letter_recorded = Signal(str, object)  # case id, the letter kinds recorded as sent

    def __init__(
        self,
        runner: TaskRunner,
        window: QWidget,
        context: AppContext,
        ask_path: AskPath,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._window = window
        self._context = context
        self._ask_path = ask_path
        self.letter_dialog: ReporterLetterDialog | None = None
        self.decision_dialog: DecisionLetterDialog | None = None
        self.innsyn_dialog: InnsynDialog | None = None

    def close_all(self) -> None:
        """Close every dialog (on lock); they hold case text."""
        for dialog in (self.letter_dialog, self.decision_dialog, self.innsyn_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.letter_dialog = self.decision_dialog = self.innsyn_dialog = None

    def _read(
        self,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        name: str,
    ) -> None:
        self._runner.run(fn, done, lambda e: failed(message(e)), label=name)

    def _write(
        self,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        name: str,
    ) -> None:
        run_mutation(self._runner, fn, done, lambda e: failed(message(e)), label=name)

    # reporter letters (A4a–A4c) ------------------------------------------------------

    def open_reporter_letters(self, case_id: str) -> None:
        """The letters the case owes its reporters, with a preview of each."""
        dialog = ReporterLetterDialog(self._window)
        self.letter_dialog = dialog
        today = self._context.today()
        dialog.option_selected.connect(lambda key: self._preview_letter(dialog, key))
        dialog.save_requested.connect(lambda key: self.save_reporter_letter(dialog, case_id, key))
        self._read(
            lambda v: letters.owed_letters(v, case_id, today),
            lambda owed: dialog.set_options([letter_option(o) for o in owed]),
            dialog.show_error,
            "owed_letters",
        )
        dialog.show()

    def _preview_letter(self, dialog: ReporterLetterDialog, key: str) -> None:
        today = self._context.today()

        def shown(preview: letters.LetterPreview) -> None:
            if dialog.selected_key() == preview.key:
                dialog.set_preview(preview.text, preview.notes)

        self._read(
            lambda v: letters.reporter_letter_preview(v, key, today),
            shown,
            dialog.show_error,
            "letter_preview",
        )

    def save_reporter_letter(self, dialog: ReporterLetterDialog, case_id: str, key: str) -> None:
        """Ask where, write the PDF, record the letter as sent (A4) and log the export."""
        today = self._context.today()
        suggested = f"brev-til-melder-{today.isoformat()}.pdf"
        path = self._ask_path(
            dialog,
            QCoreApplication.translate("OfficeDocuments", "Lagre brev til melder"),
            suggested,
            PDF_FILTER,
        )
        if path is None:
            return

        def sent(kinds: tuple[str, ...]) -> None:
            dialog.show_status(
                saved_text(path)
                + " "
                + QCoreApplication.translate("OfficeDocuments", "Brevet er registrert som sendt.")
            )
            self.file_saved.emit(str(path))
            self.letter_recorded.emit(case_id, kinds)
            self._read(
                lambda v: letters.owed_letters(v, case_id, today),
                lambda owed: dialog.options.set_rows([letter_option(o) for o in owed]),
                dialog.show_error,
                "owed_letters",
            )

        self._write(
            lambda v: letters.send_reporter_letter(v, key, path, today),
            sent,
            dialog.show_error,
            "send_letter",
        )

    # decision letters (A17) ----------------------------------------------------------

    def open_decision_letter(self, case_id: str) -> None:
        """The decision-letter form for one of the case's parties."""
        today = self._context.today()

        def recipients(people: list[tuple[str, str]]) -> None:
            dialog = DecisionLetterDialog(people, today, self._window)
            self.decision_dialog = dialog
            dialog.preview_requested.connect(
                lambda form: self._preview_decision(dialog, case_id, form)
            )
            dialog.save_requested.connect(lambda form: self.save_decision(dialog, case_id, form))
            dialog.show()

        self._read(
            lambda v: letters.decision_recipients(v, case_id),
            recipients,
            self.failed.emit,
            "decision_recipients",
        )

    def _preview_decision(
        self, dialog: DecisionLetterDialog, case_id: str, form: DecisionForm
    ) -> None:
        today = self._context.today()
        self._read(
            lambda v: letters.decision_letter_preview(v, case_id, form, today),
            lambda preview: dialog.set_preview(preview.text, preview.notes),
            dialog.show_error,
            "decision_preview",
        )

    def save_decision(self, dialog: DecisionLetterDialog, case_id: str, form: DecisionForm) -> None:
        """Ask where, write the decision letter, log the export."""
        today = self._context.today()
        path = self._ask_path(
            dialog,
            QCoreApplication.translate("OfficeDocuments", "Lagre vedtaksbrev"),
            f"vedtak-{today.isoformat()}.pdf",
            PDF_FILTER,
        )
        if path is None:
            return

        def saved(deadline: Any) -> None:
            text = QCoreApplication.translate(
                "OfficeDocuments", "Klagefristen i brevet er %1."
            ).replace("%1", day(deadline))
            dialog.show_status(saved_text(path) + " " + text)
            self.file_saved.emit(str(path))

        self._write(
            lambda v: letters.save_decision_letter(v, case_id, form, path, today),
            saved,
            dialog.show_error,
            "save_decision",
        )

    # innsyn (B3, B4, B6) -------------------------------------------------------------

    def open_innsyn(self, case_id: str) -> None:
        """Preview the party's copy of the journal."""
        dialog = InnsynDialog(self._window)
        self.innsyn_dialog = dialog
        today = self._context.today()
        names: dict[str, str] = {}

        def shown(preview: innsyn_export.InnsynPreview) -> None:
            names["file"] = preview.suggested_name
            dialog.set_preview(preview.case_number, preview.text, preview.withheld)

        dialog.save_requested.connect(
            lambda: self.save_innsyn(dialog, case_id, names.get("file", "partsinnsyn.pdf"))
        )
        self._read(
            lambda v: innsyn_export.innsyn_preview(v, case_id, today),
            shown,
            dialog.show_error,
            "innsyn_preview",
        )
        dialog.show()

    def save_innsyn(self, dialog: InnsynDialog, case_id: str, suggested: str) -> None:
        """Ask where, write the PDF, log the export (B2)."""
        today = self._context.today()
        path = self._ask_path(
            dialog,
            QCoreApplication.translate("OfficeDocuments", "Lagre partsinnsyn"),
            suggested,
            PDF_FILTER,
        )
        if path is None:
            return

        def saved(_path: Any) -> None:
            dialog.show_status(saved_text(path))
            self.file_saved.emit(str(path))

        self._write(
            lambda v: innsyn_export.export_innsyn(v, case_id, path, today),
            saved,
            dialog.show_error,
            "innsyn_pdf",
        )
