"""Partsinnsyn from a real vault (B2, B3, B4, B6, B8): the PDF, its log entry, what it leaves out."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from desktop.app import Shell
from desktop.innsyn_export import export_innsyn
from tests.desktop.office_seed import (
    EXEMPT_NOTE,
    EXEMPT_SECTION,
    NOW_DATE,
    REPORTER,
    SF_ADDRESS,
    OfficeSeed,
    open_vault,
    seed_office_vault,
)
from tests.desktop.shell_fixtures import MakeShell, open_case, unlock


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def assert_nothing_leaks(text: str) -> None:
    secrets = [EXEMPT_SECTION, "far slår", EXEMPT_NOTE, "naboens rolle"]  # B3
    secrets += [REPORTER.name, "Kari", "Nabo", REPORTER.phone, "Naboveien", "Per Lærer"]  # B4
    secrets += ["Solsiden", SF_ADDRESS, "Hemmeligveien", "0123 Oslo"]  # B4, B6
    secrets += ["14831551217", "51217"]  # B8
    for secret in secrets:
        assert secret not in text, secret
    assert "unntatt innsyn etter fvl. § 19 annet ledd bokstav a" in text
    assert "«Barnets synspunkter» er unntatt innsyn" in text
    assert "Ryddig hjem." in text and "Lisa Hansen" in text


def test_B2_B3_B4_B6_export_from_vault_writes_pdf_logs_it_and_leaks_nothing(
    qapp: object, tmp_path: Path
) -> None:
    seed = seed_office_vault(tmp_path / "vault")
    target = tmp_path / "valgt-av-bruker" / "innsyn.pdf"
    target.parent.mkdir()
    vault = open_vault(tmp_path / "vault")
    try:
        done = export_innsyn(vault, seed.case_id, target, NOW_DATE)
        log = vault.access_log.for_case(seed.case_id)
    finally:
        vault.close()
    assert done.changes.access_log
    assert target.read_bytes().startswith(b"%PDF")
    exports = [e for e in log if e.action == "export"]
    assert len(exports) == 1 and exports[0].detail == "innsyn-pdf"
    assert_nothing_leaks(pdf_text(target))


def test_B2_innsyn_from_the_menu_saves_where_the_user_chose(
    qtbot,
    make_shell: MakeShell,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    seed: OfficeSeed = seed_office_vault(tmp_path / "vault")
    shell: Shell = make_shell()
    target = tmp_path / "innsyn-fra-menyen.pdf"
    asked: list[str] = []

    def choose(_parent: object, _caption: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(target)

    shell.office.save_path = choose
    unlock(qtbot, shell)
    open_case(qtbot, shell, seed.case_id)
    shell.window.office_menu.innsyn_action.trigger()
    documents = shell.office.documents
    qtbot.waitUntil(lambda: documents.innsyn_dialog is not None, timeout=5_000)
    dialog = documents.innsyn_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    assert "[melder]" in dialog.preview.toPlainText()
    with qtbot.waitSignal(shell.office.file_saved, timeout=20_000) as saved:
        dialog.save_button.click()
    assert saved.args == [str(target)]
    assert asked == ["partsinnsyn-2026-0101-2026-11-24.pdf"]  # no name, no identity number
    assert_nothing_leaks(pdf_text(target))
    assert "Lagret" in dialog.status.text()


def test_cancelled_file_dialog_writes_nothing(
    qtbot,
    make_shell: MakeShell,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    seed = seed_office_vault(tmp_path / "vault")
    shell = make_shell()
    shell.office.save_path = lambda *_args: ""
    unlock(qtbot, shell)
    shell.office.documents.open_innsyn(seed.case_id)
    dialog = shell.office.documents.innsyn_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    with qtbot.assertNotEmitted(shell.office.file_saved):
        dialog.save_button.click()
    assert not list(tmp_path.glob("*.pdf"))
