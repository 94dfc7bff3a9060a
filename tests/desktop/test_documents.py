"""PDFs of letters and innsyn exports, read back with pypdf: what the recipient can extract.

B3 exempt passages, B4 the reporter, B6 a strengt fortrolig address and B8 identity numbers
never appear in the PDF's text or metadata; A4a a private reporter's letter holds no case
details; A17 the decision letter shows the complaint deadline.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents import (
    export_innsyn_pdf,
    export_letter_pdf,
    innsyn_pdf_bytes,
    letter_pdf_bytes,
)
from domain.casefile import CaseFile
from domain.cases import Case
from domain.innsyn import export_for_party
from domain.legal import LawVersion, LegalBasis
from domain.letters import decision_letter, receipt_letter
from domain.notes import InnsynExemption, JournalNote, NoteType
from domain.people import AddressProtection, Person, PersonRole
from domain.reports import (
    Channel,
    IntakeDecision,
    IntakeOutcome,
    Report,
    ReporterIdentity,
    ReporterType,
)

ROOT = Path(__file__).resolve().parents[2]
SERVICE = "Barnevernstjenesten i Fjordvik kommune"
FNR = "14831551217"
SF_ADDRESS = "Hemmeligveien 7, 0123 Oslo"
REPORTER = ReporterIdentity("Kari Nabo", phone="99887766", address="Naboveien 2, 6800 Fjordvik")
AT = datetime(2024, 3, 4, 10, 0)


def pdf_text(data: bytes) -> str:
    """All text of all pages, whitespace normalised (Qt's PDFs extract spaces as tabs)."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def pdf_title(data: bytes) -> str:
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None
    return str(metadata.title)


def melding(case_id: str, reporter_type: ReporterType = ReporterType.PRIVATE) -> Report:
    reporter = REPORTER
    if reporter_type is ReporterType.PUBLIC_BODY:
        reporter = ReporterIdentity("Per Lærer", "Solsiden skole")
    return Report(
        case_id,
        datetime(2024, 1, 24, 9, 0),
        Channel.PHONE,
        reporter_type,
        "Kari Nabo hører roping fra Hemmeligveien 7. Lisa Hansen virker redd.",
        reporter=reporter,
        decision=IntakeDecision(IntakeOutcome.UNDERSOKELSE, date(2024, 1, 26), "mottak"),
    )


def child(case_id: str) -> Person:
    return Person(
        case_id,
        PersonRole.CHILD,
        "Lisa",
        "Hansen",
        identity_number=FNR,
        address=SF_ADDRESS,
        address_protection=AddressProtection.STRENGT_FORTROLIG,
    )


def innsyn_export() -> bytes:
    case = Case(created_at=AT, number="2024-0142")
    note = JournalNote(
        case.id,
        NoteType.HJEMMEBESOK,
        AT,
        "saksbehandler",
        place="Hemmeligveien 7",
        observations="Ryddig hjem.",
        child_views="Lisa sier at far slår.",
        exemptions=(InnsynExemption("fvl. § 19 første ledd bokstav c", "leder", "child_views"),),
    ).signed("saksbehandler", AT)
    whole = JournalNote(
        case.id,
        NoteType.SAMTALE_BARN,
        datetime(2024, 3, 6, 12, 0),
        "saksbehandler",
        body="Fortrolig samtale om naboens rolle.",
        exemptions=(InnsynExemption("fvl. § 19 annet ledd bokstav a", "leder"),),
    ).signed("saksbehandler", AT)
    file = CaseFile(case, [child(case.id)], [melding(case.id)])
    export = export_for_party(file, [note, whole], today=date(2024, 6, 3))
    return innsyn_pdf_bytes(export)


def test_B3_B4_B6_B8_innsyn_pdf_holds_no_exempt_passage_reporter_address_or_number(
    qapp: object,
) -> None:
    text = pdf_text(innsyn_export())
    for secret in (
        "far slår",  # exempt section (B3)
        "naboens rolle",  # exempt note (B3)
        "Kari",
        "Nabo",
        "99887766",  # the reporter (B4)
        "Hemmeligveien",
        "0123",  # strengt fortrolig address (B6)
        FNR,
        FNR[6:],  # identity number (B8)
    ):
        assert secret not in text, secret
    assert "Notat av 06.03.2024 er unntatt innsyn etter fvl. § 19 annet ledd bokstav a" in text
    assert "«Barnets synspunkter» er unntatt innsyn etter fvl. § 19 første ledd bokstav c" in text
    assert "148315*****" in text
    assert "Ryddig hjem." in text and "Lisa Hansen" in text


def test_innsyn_pdf_metadata_title_holds_no_personal_data(qapp: object) -> None:
    assert pdf_title(innsyn_export()) == "Partsinnsyn"


def test_A4a_private_reporter_letter_pdf_holds_no_case_details(qapp: object) -> None:
    report = melding("case-1")
    data = letter_pdf_bytes(receipt_letter(report, "2019-0042", date(2024, 2, 1), SERVICE))
    text = pdf_text(data)
    assert "mottatt bekymringsmeldingen av 24.01.2024" in text
    assert "Kari Nabo" in text  # the address block: the reporter is the recipient
    for detail in ("2019-0042", "Lisa", "Hansen", "roping", "undersøkelse", "Hemmeligveien"):
        assert detail not in text, detail
    assert pdf_title(data) == "Bekreftelse på mottatt bekymringsmelding"


def test_A4b_meldeplikt_letter_pdf_says_an_undersokelse_opened(qapp: object) -> None:
    report = melding("case-1", ReporterType.PUBLIC_BODY)
    letter = receipt_letter(report, "2019-0042", date(2024, 2, 1), SERVICE)
    assert "åpnet undersøkelse" in pdf_text(letter_pdf_bytes(letter))


def decision_pdf(protection: AddressProtection) -> bytes:
    recipient = Person(
        "case-1",
        PersonRole.PARENT,
        "Anne",
        "Hansen",
        identity_number=FNR,
        address=SF_ADDRESS,
        address_protection=protection,
    )
    letter = decision_letter(
        recipient,
        case_number="2024-0142",
        title="Vedtak om hjelpetiltak",
        decision=[f"Lisa ({FNR}) får støttekontakt."],
        legal_basis=LegalBasis(LawVersion.BVL2021, "§ 3-1"),
        decided_on=date(2024, 3, 8),
        notified_on=date(2024, 3, 11),
        today=date(2024, 3, 8),
        service_name=SERVICE,
    )
    return letter_pdf_bytes(letter)


def test_A17_decision_letter_pdf_shows_the_complaint_deadline(qapp: object) -> None:
    data = decision_pdf(AddressProtection.NONE)
    text = pdf_text(data)
    assert "Klagen må være sendt senest 01.04.2024" in text
    assert "Statsforvalteren" in text
    assert "Hemmeligveien 7" in text  # an unprotected recipient's own address block
    assert FNR not in text and "148315*****" in text  # B8
    assert pdf_title(data) == "Vedtak"


def test_B6_decision_letter_pdf_to_strengt_fortrolig_has_no_address(qapp: object) -> None:
    text = pdf_text(decision_pdf(AddressProtection.STRENGT_FORTROLIG))
    assert "Hemmeligveien" not in text and "0123" not in text
    assert "Anne Hansen" in text
    assert "Folkeregister" not in text  # the meta note is for the sender, never printed


def test_export_writes_only_the_chosen_file(qapp: object, tmp_path: Path) -> None:
    """Nothing but the destination is written (no temp file), owner-only where supported."""
    target = tmp_path / "innsyn.pdf"
    case = Case(created_at=AT, number="2024-0142")
    export_innsyn_pdf(export_for_party(CaseFile(case), [], today=date(2024, 6, 3)), target)
    assert [p.name for p in tmp_path.iterdir()] == ["innsyn.pdf"]
    assert target.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0


def test_export_to_a_missing_folder_raises_and_leaves_nothing(qapp: object, tmp_path: Path) -> None:
    report = melding("case-1")
    letter = receipt_letter(report, "2019-0042", date(2024, 2, 1), SERVICE)
    with pytest.raises(FileNotFoundError):
        export_letter_pdf(letter, tmp_path / "missing" / "brev.pdf")
    assert list(tmp_path.iterdir()) == []


def test_rendering_creates_a_gui_application_only_when_none_exists(tmp_path: Path) -> None:
    """A script without any Qt application (e.g. a CLI) can still render: one is created."""
    target = tmp_path / "brev.pdf"
    script = f"""
from datetime import date
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from desktop.documents import export_innsyn_pdf
from domain.casefile import CaseFile
from domain.cases import Case
from domain.innsyn import export_for_party
from datetime import datetime
assert QCoreApplication.instance() is None
case = Case(created_at=datetime(2024, 1, 1), number="2024-0001")
export_innsyn_pdf(export_for_party(CaseFile(case), [], today=date(2024, 6, 3)), {str(target)!r})
assert isinstance(QCoreApplication.instance(), QGuiApplication)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert "Partsinnsyn" in pdf_text(target.read_bytes())
