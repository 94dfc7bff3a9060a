"""Letters from a real vault: A4a–A4c to reporters (recorded, logged, deadline met) and A17."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import letters
from domain.deadlines.compute import compute_deadlines
from domain.deadlines.model import DeadlineStatus
from domain.errors import ValidationError
from domain.legal import LawVersion
from domain.reports import LetterKind
from tests.desktop.office_seed import (
    NOW_DATE,
    REPORTER,
    SF_ADDRESS,
    TEACHER,
    OfficeSeed,
    open_vault,
    seed_office_vault,
)
from tests.desktop.shell_fixtures import MakeShell, unlock
from ui.letter_dialog import DecisionForm


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def seed(tmp_path: Path) -> OfficeSeed:
    return seed_office_vault(tmp_path / "vault")


def a4(vault: object, case_id: str, report_id: str) -> dict[str, DeadlineStatus]:
    case_file = vault.cases.get_file(case_id)  # type: ignore[attr-defined]
    return {
        d.rule: d.status
        for d in compute_deadlines(case_file, NOW_DATE)
        if d.rule.startswith("A4") and d.subject_id == report_id
    }


def test_A4a_owed_letters_come_from_open_deadlines_and_none_for_anonymous(
    seed: OfficeSeed, tmp_path: Path
) -> None:
    vault = open_vault(tmp_path / "vault")
    try:
        owed = letters.owed_letters(vault, seed.case_id, NOW_DATE)
    finally:
        vault.close()
    by_report = {o.report_id: o for o in owed}
    assert set(by_report) == {seed.private_report, seed.public_report}  # not the anonymous one
    assert by_report[seed.private_report].rules == ("A4a",)
    assert by_report[seed.public_report].rules == ("A4a", "A4b")
    assert by_report[seed.private_report].due_on == date(2026, 11, 10) + timedelta(days=21)


def test_A4a_sending_the_receipt_records_it_logs_it_and_meets_the_deadline(
    qapp: object, seed: OfficeSeed, tmp_path: Path
) -> None:
    target = tmp_path / "kvittering.pdf"
    vault = open_vault(tmp_path / "vault")
    try:
        assert a4(vault, seed.case_id, seed.private_report)["A4a"].is_open
        done = letters.send_reporter_letter(
            vault, f"receipt:{seed.private_report}", target, NOW_DATE
        )
        statuses = a4(vault, seed.case_id, seed.private_report)
        report = vault.reports.get(seed.private_report)
        log = vault.access_log.for_case(seed.case_id)
        owed = letters.owed_letters(vault, seed.case_id, NOW_DATE)
    finally:
        vault.close()
    assert done.value == (LetterKind.RECEIPT.value,)
    assert statuses["A4a"] is DeadlineStatus.MET_ON_TIME
    assert [(x.kind, x.sent_on) for x in report.letters] == [(LetterKind.RECEIPT, NOW_DATE)]
    actions = [(e.action, e.detail) for e in log]
    assert ("export", "letter-pdf") in actions
    assert "report.letter" in {action for action, _ in actions}
    assert seed.private_report not in {o.report_id for o in owed}
    text = pdf_text(target)
    assert REPORTER.name in text and "Naboveien 2" in text  # the letter goes to the reporter
    for detail in ("2026-0101", "Lisa", "undersøkelse", "Hemmeligveien"):  # A4a: nothing more
        assert detail not in text, detail


def test_A4b_public_body_letter_says_an_undersokelse_opened_and_meets_both(
    qapp: object, seed: OfficeSeed, tmp_path: Path
) -> None:
    target = tmp_path / "offentlig.pdf"
    vault = open_vault(tmp_path / "vault")
    try:
        letters.send_reporter_letter(vault, f"receipt:{seed.public_report}", target, NOW_DATE)
        statuses = a4(vault, seed.case_id, seed.public_report)
    finally:
        vault.close()
    assert statuses["A4a"] is DeadlineStatus.MET_ON_TIME
    assert statuses["A4b"] is DeadlineStatus.MET_ON_TIME
    text = pdf_text(target)
    assert "åpnet undersøkelse" in text and TEACHER.organisation in text
    assert "Vår ref.: 2026-0101" in text


def test_A4a_anonymous_reporter_gets_no_letter(seed: OfficeSeed, tmp_path: Path) -> None:
    vault = open_vault(tmp_path / "vault")
    try:
        with pytest.raises(ValidationError):
            letters.build_reporter_letter(vault, f"receipt:{seed.anonymous_report}", NOW_DATE)
    finally:
        vault.close()


def form(seed: OfficeSeed, **changes: object) -> DecisionForm:
    values: dict[str, object] = {
        "recipient_id": seed.parent_id,
        "title": "Vedtak om hjelpetiltak",
        "decision": "Barnet får støttekontakt.\n\nKari Nabo skal ikke kontaktes.",
        "law": LawVersion.BVL2021,
        "paragraph": "§ 3-1",
        "decided_on": NOW_DATE,
        "notified_on": NOW_DATE,
    }
    values.update(changes)
    return DecisionForm(**values)  # type: ignore[arg-type]


def test_A17_decision_letter_carries_complaint_deadline_and_body_and_is_logged(
    qapp: object, seed: OfficeSeed, tmp_path: Path
) -> None:
    target = tmp_path / "vedtak.pdf"
    vault = open_vault(tmp_path / "vault")
    try:
        recipients = letters.decision_recipients(vault, seed.case_id)
        done = letters.save_decision_letter(vault, seed.case_id, form(seed), target, NOW_DATE)
        log = vault.access_log.for_case(seed.case_id)
    finally:
        vault.close()
    assert seed.parent_id in {person_id for person_id, _ in recipients}
    assert done.value == NOW_DATE + timedelta(weeks=3)
    text = pdf_text(target)
    assert "15.12.2026" in text and "Statsforvalteren" in text  # A17
    assert "forvaltningsloven § 29" in text
    assert "Kari Nabo" not in text and SF_ADDRESS not in text  # B4, B6 in free text
    assert ("export", "vedtak-pdf") in [(e.action, e.detail) for e in log]


def test_A17_decision_letter_refuses_a_law_not_in_force(seed: OfficeSeed, tmp_path: Path) -> None:
    vault = open_vault(tmp_path / "vault")
    try:
        with pytest.raises(ValidationError):
            letters.build_decision_letter(
                vault, seed.case_id, form(seed, law=LawVersion.BVL1992), NOW_DATE
            )
    finally:
        vault.close()


def test_A4a_letter_dialog_previews_saves_and_drops_the_sent_letter(
    qtbot,
    make_shell: MakeShell,
    seed: OfficeSeed,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shell = make_shell()
    target = tmp_path / "brev.pdf"
    shell.office.save_path = lambda *_args: str(target)
    unlock(qtbot, shell)
    documents = shell.office.documents
    documents.open_reporter_letters(seed.case_id)
    dialog = documents.letter_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.options.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    assert "Privatperson" in dialog.options.index(0, 2).data()  # the type, never the name (B4)
    assert REPORTER.name in dialog.preview.toPlainText()
    with qtbot.waitSignal(documents.letter_recorded, timeout=20_000) as recorded:
        dialog.save_button.click()
    assert recorded.args == [seed.case_id, (LetterKind.RECEIPT.value,)]
    qtbot.waitUntil(lambda: dialog.options.rowCount() == 1, timeout=10_000)
    assert target.exists()
