"""Partsinnsyn from the vault: the party's copy of the journal, previewed and saved as PDF.

Runs on the DB thread (``TaskRunner.run``). What this adds to ``domain.innsyn``:

- The vault keeps the reporter's identity apart from the melding (B4), so ``get_file``
  returns reports without it; the redaction can only remove what it knows, so the reporters
  are read here (each a logged read) and handed to ``export_for_party``, which then removes
  every trace of them from the free text.
- Every export is logged (B2): ``access_log.record("export", case_id=…, detail="innsyn-pdf")``,
  in the same job that wrote the file, right after it was written.
- The PDF goes only where the user chose (``path``), never to a temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop.documents import export_innsyn_pdf
from desktop.jobs import Done
from domain.casefile import CaseFile
from domain.innsyn import InnsynExport, export_for_party
from domain.reports import Report

EXPORT_ACTION = "export"
INNSYN_DETAIL = "innsyn-pdf"


@dataclass(frozen=True)
class InnsynPreview:
    """What the dialog shows before the export is saved."""

    case_id: str
    case_number: str
    text: str
    withheld: int
    suggested_name: str


def with_reporter(vault: Any, report: Report) -> Report:
    """The report with its reporter's identity (a logged read); unchanged when none is known."""
    if not report.reporter_type.identity_known:
        return report
    identity = vault.reports.reporter_of(report.id)
    return report if identity is None else replace(report, reporter=identity)


def file_with_reporters(vault: Any, case_id: str) -> CaseFile:
    """The case file with each named reporter's identity put back (read, logged), so that
    anything leaving the service can be cleaned of it (B4)."""
    case_file: CaseFile = vault.cases.get_file(case_id)
    reports = []
    for report in case_file.reports:
        reports.append(with_reporter(vault, report))
    return replace(case_file, reports=reports)


def build_export(vault: Any, case_id: str, today: date) -> InnsynExport:
    """The party's copy of one case: signed notes and addenda, redacted (B3, B4, B6, B8)."""
    case_file = file_with_reporters(vault, case_id)
    notes = vault.notes.list_for_case(case_id)
    addenda = [a for note in notes if note.is_signed for a in vault.notes.addenda_for(note.id)]
    return export_for_party(case_file, notes, addenda, today=today)


def suggested_name(case_number: str, today: date) -> str:
    """A file name with the case number and date; never a name or an identity number (B8)."""
    return f"partsinnsyn-{case_number}-{today.isoformat()}.pdf"


def innsyn_preview(vault: Any, case_id: str, today: date) -> InnsynPreview:
    """The copy's printed text for the dialog."""
    export = build_export(vault, case_id, today)
    return InnsynPreview(
        case_id=case_id,
        case_number=export.case_number,
        text=export.printed_text(),
        withheld=export.withheld_notes,
        suggested_name=suggested_name(export.case_number, today),
    )


def export_innsyn(vault: Any, case_id: str, path: Path, today: date) -> Done:
    """Write the party's copy to ``path`` and log the export (B2)."""
    export = build_export(vault, case_id, today)
    export_innsyn_pdf(export, path)
    changes = vault.access_log.record(EXPORT_ACTION, case_id=case_id, detail=INNSYN_DETAIL)
    return Done(changes, path)
