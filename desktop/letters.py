"""Letters from the vault: feedback to reporters (A4a–A4c) and decision letters (A17).

Runs on the DB thread. Which reporter letters a case owes is not decided here: it is read
from the deadline engine (the open A4a/A4b/A4c deadlines), so the letters offered and the
deadlines shown can never disagree. The letter text is ``domain.letters``'s. Saving a
reporter letter writes the PDF where the user chose, then, in one transaction, records it as
sent (``reports.record_letter``, which meets the A4 deadline) and logs the export (B2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.documents import export_letter_pdf
from desktop.innsyn_export import EXPORT_ACTION, file_with_reporters, with_reporter
from desktop.jobs import Done, atomic
from domain.casefile import CaseFile
from domain.deadlines.compute import compute_deadlines
from domain.deadlines.model import Deadline
from domain.errors import ErrorKind, ValidationError
from domain.legal import LegalBasis
from domain.letters import Letter, decision_letter, outcome_letter, receipt_letter
from domain.people import PersonRole
from domain.reports import Report, ReporterLetter

SERVICE_NAME_KEY = "service_name"
DEFAULT_SERVICE_NAME = "Barnevernstjenesten"
RECEIPT, OUTCOME = "receipt", "outcome"
_LETTER_RULES = {"A4a": RECEIPT, "A4b": RECEIPT, "A4c": OUTCOME}
LETTER_DETAIL = "letter-pdf"
DECISION_DETAIL = "vedtak-pdf"


@dataclass(frozen=True)
class OwedLetter:
    """A letter the case owes a reporter: ``key`` is ``receipt:<report>`` or
    ``outcome:<report>:<investigation>``."""

    key: str
    kind: str  # RECEIPT or OUTCOME
    report_id: str
    received_on: date
    reporter_type: str
    due_on: date
    rules: tuple[str, ...]


@dataclass(frozen=True)
class LetterPreview:
    """What the dialog shows: the printed text and the notes for the sender (B6)."""

    key: str
    text: str
    notes: tuple[str, ...]
    suggested_name: str


def service_name(vault: Any) -> str:
    """The sender's name, from the vault's settings."""
    return str(vault.settings.get(SERVICE_NAME_KEY, DEFAULT_SERVICE_NAME) or DEFAULT_SERVICE_NAME)


def _key(deadline: Deadline) -> str:
    kind = _LETTER_RULES[deadline.rule]
    return f"{kind}:{deadline.subject_id}" + (f":{deadline.part}" if kind == OUTCOME else "")


def owed_letters(vault: Any, case_id: str, today: date) -> list[OwedLetter]:
    """The reporter letters still owed on ``today`` (open A4 deadlines), one per letter."""
    case_file: CaseFile = vault.cases.get_file(case_id)
    reports = {r.id: r for r in case_file.reports}
    owed: dict[str, OwedLetter] = {}
    for deadline in compute_deadlines(case_file, today, include_met=False):
        if deadline.rule not in _LETTER_RULES or not deadline.status.is_open:
            continue
        key = _key(deadline)
        report = reports[deadline.subject_id]
        earlier = owed.get(key)
        rules = (*earlier.rules, deadline.rule) if earlier else (deadline.rule,)
        due = min(deadline.due_on, earlier.due_on) if earlier else deadline.due_on
        owed[key] = OwedLetter(
            key,
            _LETTER_RULES[deadline.rule],
            report.id,
            report.received_on,
            report.reporter_type.value,
            due,
            rules,
        )
    return sorted(owed.values(), key=lambda letter: (letter.due_on, letter.key))


def _parse(key: str) -> tuple[str, str, str]:
    kind, _, rest = key.partition(":")
    report_id, _, investigation_id = rest.partition(":")
    if kind not in (RECEIPT, OUTCOME) or not report_id:
        raise ValidationError(ErrorKind.NOT_FOUND, "unknown letter key")
    return kind, report_id, investigation_id


def build_reporter_letter(vault: Any, key: str, today: date) -> tuple[Letter, Report]:
    """The letter ``key`` names, written to the reporter (whose identity is read, logged)."""
    kind, report_id, investigation_id = _parse(key)
    report = with_reporter(vault, vault.reports.get(report_id))
    number = vault.cases.get_file(report.case_id).case.number
    sender = service_name(vault)
    if kind == RECEIPT:
        return receipt_letter(report, number, today, sender), report
    conclusion = vault.investigations.get(investigation_id).conclusion
    if conclusion is None:
        raise ValidationError(ErrorKind.CONCLUSION_BLOCKED, "investigation not concluded")
    return outcome_letter(report, conclusion, number, today, sender), report


def _file_name(letter: Letter, reference: str, today: date) -> str:
    kind = {"Vedtak": "vedtak"}.get(letter.letter_type.value, "brev-til-melder")
    number = reference.removeprefix("Vår ref.: ").strip()
    return "-".join(part for part in (kind, number, today.isoformat()) if part) + ".pdf"


def preview_of(letter: Letter, key: str, today: date) -> LetterPreview:
    """The dialog's view of a letter."""
    return LetterPreview(
        key, letter.printed_text(), letter.meta, _file_name(letter, letter.reference, today)
    )


def reporter_letter_preview(vault: Any, key: str, today: date) -> LetterPreview:
    """Preview of a reporter letter."""
    letter, _report = build_reporter_letter(vault, key, today)
    return preview_of(letter, key, today)


def send_reporter_letter(vault: Any, key: str, path: Path, today: date) -> Done:
    """Write the PDF, then record the letter as sent (A4) and log the export (B2)."""
    letter, report = build_reporter_letter(vault, key, today)
    export_letter_pdf(letter, path)
    with atomic(vault):
        changes = vault.access_log.record(
            EXPORT_ACTION, case_id=report.case_id, entity_id=report.id, detail=LETTER_DETAIL
        )
        for kind in letter.satisfies:
            changes |= vault.reports.record_letter(report.id, ReporterLetter(kind, today))
    return Done(changes, tuple(k.value for k in letter.satisfies))


PARTY_ROLES = (PersonRole.PARENT, PersonRole.GUARDIAN, PersonRole.CHILD, PersonRole.FOSTER_PARENT)


def decision_recipients(vault: Any, case_id: str) -> list[tuple[str, str]]:
    """The case's parties a decision letter may go to: ``(person id, "name (role)")``."""
    case_file: CaseFile = vault.cases.get_file(case_id)
    return [
        (p.id, f"{p.full_name} ({p.role.value})")
        for p in case_file.persons
        if p.role in PARTY_ROLES
    ]


def build_decision_letter(vault: Any, case_id: str, form: Any, today: date) -> Letter:
    """An enkeltvedtak from the dialog's ``DecisionForm``, with the A17 complaint deadline."""
    case_file = file_with_reporters(vault, case_id)
    recipient = next((p for p in case_file.persons if p.id == form.recipient_id), None)
    if recipient is None:
        raise ValidationError(ErrorKind.MISSING_FIELD, "recipient", field="recipient")
    if not form.decision.strip() or not form.title or not form.paragraph:
        raise ValidationError(ErrorKind.MISSING_FIELD, "decision", field="decision")
    return decision_letter(
        recipient,
        case_number=case_file.case.number,
        title=form.title,
        decision=[p for p in form.decision.split("\n\n") if p.strip()],
        legal_basis=LegalBasis(form.law, form.paragraph),
        decided_on=form.decided_on,
        notified_on=form.notified_on,
        today=today,
        service_name=service_name(vault),
        case_file=case_file,
    )


def decision_letter_preview(vault: Any, case_id: str, form: Any, today: date) -> LetterPreview:
    """Preview of a decision letter."""
    letter = build_decision_letter(vault, case_id, form, today)
    return preview_of(letter, case_id, today)


def save_decision_letter(vault: Any, case_id: str, form: Any, path: Path, today: date) -> Done:
    """Write the decision letter's PDF and log the export (B2)."""
    letter = build_decision_letter(vault, case_id, form, today)
    export_letter_pdf(letter, path)
    changes = vault.access_log.record(EXPORT_ACTION, case_id=case_id, detail=DECISION_DETAIL)
    return Done(changes, letter.complaint_deadline)
