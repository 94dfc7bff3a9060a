"""Fixtures for the shell's tests: a real vault (cheap KDF, labelled), seeded cases, a Shell.

Imported explicitly by ``test_shell_*``/``test_case_*``/``test_search*``/``test_session*``
so the other engineers' tests in this folder are not affected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.app import Shell
from desktop.context import OSLO, AppContext
from domain.cases import Case, CaseStatus
from domain.notes import JournalNote, NoteType
from domain.people import AddressProtection, Person, PersonRole
from domain.reports import Channel, Report, ReporterIdentity, ReporterType
from storage.keys import KdfParams
from storage.vault import Vault

PASSPHRASE = "korrekt hest batteri stift"
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=OSLO)
SECRET_ADDRESS = "Hemmeligveien 6, 0001 Skjult"
FORTROLIG_ADDRESS = "Stilleveien 7, 0002 Rolig"
NOTE_MARKER = "kjøkkenbenken"


def fixed_clock() -> datetime:
    """The tests' "now" (deadlines depend on it)."""
    return NOW


@dataclass
class Seeded:
    """Ids of what ``seed_vault`` wrote."""

    overdue_case: str
    secret_case: str
    fortrolig_case: str
    note_id: str


def _case(vault: Vault, number: str, status: CaseStatus, child: dict[str, object]) -> str:
    case = Case(created_at=NOW.replace(tzinfo=None), status=status, number=number)
    person = Person(case_id=case.id, role=PersonRole.CHILD, **child)  # type: ignore[arg-type]
    vault.cases.create(case, person)
    return case.id


def seed_vault(folder: Path) -> Seeded:
    """Three cases: one with an overdue melding (A1), one strengt fortrolig, one fortrolig."""
    vault = Vault.create(
        folder, PASSPHRASE, user="tester", kdf=KdfParams.cheap(), clock=fixed_clock
    )
    try:
        overdue = _case(
            vault,
            "2026-0001",
            CaseStatus.MOTTAK,
            {
                "given_name": "Emma",
                "family_name": "Nordmann",
                "birth_date": date(2018, 3, 14),
                "identity_number": "14831551217",
                "address": "Storgata 1",
            },
        )
        received = (NOW - timedelta(days=10)).replace(tzinfo=None)
        vault.reports.add(
            Report(
                overdue,
                received,
                Channel.PHONE,
                ReporterType.PRIVATE,
                "Bekymring for Emma.",
                acute=False,
                reporter=ReporterIdentity(name="Nabo"),
            )
        )
        secret = _case(
            vault,
            "2026-0002",
            CaseStatus.UNDERSOKELSE,
            {
                "given_name": "Ola",
                "family_name": "Skjult",
                "birth_date": date(2015, 1, 2),
                "identity_number": "01890850096",
                "address": SECRET_ADDRESS,
                "address_protection": AddressProtection.STRENGT_FORTROLIG,
            },
        )
        fortrolig = _case(
            vault,
            "2026-0003",
            CaseStatus.TILTAK,
            {
                "given_name": "Kari",
                "family_name": "Stille",
                "birth_date": date(2012, 6, 1),
                "address": FORTROLIG_ADDRESS,
                "address_protection": AddressProtection.FORTROLIG,
            },
        )
        note = JournalNote(
            case_id=overdue,
            note_type=NoteType.HJEMMEBESOK,
            occurred_at=(NOW - timedelta(days=2)).replace(tzinfo=None),
            author="tester",
            body=f"Hjemmebesøk. Barnet viste meg {NOTE_MARKER} og rommet sitt.",
        )
        vault.notes.save_draft(note)
        vault.notes.sign(note.id, by="tester", at=NOW.replace(tzinfo=None))
    finally:
        vault.close()
    return Seeded(overdue, secret, fortrolig, note.id)


MakeShell = Callable[..., Shell]


@pytest.fixture
def make_shell(qtbot, tmp_path: Path) -> Iterator[MakeShell]:  # noqa: ANN001
    """Build Shells on a vault folder in ``tmp_path``; shuts each down after the test."""
    shells: list[Shell] = []

    def build(
        folder: Path | None = None, *, idle_ms: int = 60_000, lang_demo: bool = False
    ) -> Shell:
        context = AppContext(user="tester", clock=fixed_clock, demo_mode=lang_demo)
        shell = Shell(
            folder or tmp_path / "vault",
            context,
            idle_ms=idle_ms,
            kdf=KdfParams.cheap(),  # cheap KDF: tests only
            sleep=lambda _s: None,  # the growing delay is storage's own tested rule
        )
        qtbot.addWidget(shell.window)
        shells.append(shell)
        return shell

    yield build
    for shell in shells:
        shell.shutdown()


@pytest.fixture
def seeded(tmp_path: Path) -> Seeded:
    """A vault with three cases in ``tmp_path / "vault"``."""
    return seed_vault(tmp_path / "vault")


def unlock(qtbot, shell: Shell, passphrase: str = PASSPHRASE) -> None:  # noqa: ANN001
    """Type the passphrase and wait until the case list is filled."""
    shell.start()
    with qtbot.waitSignal(shell.session.unlocked, timeout=10_000):
        shell.window.unlock.passphrase.setText(passphrase)
        shell.window.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: shell.window.case_list.model.rowCount() > 0, timeout=10_000)


def open_case(qtbot, shell: Shell, case_id: str) -> None:  # noqa: ANN001
    """Open a case and wait until the view shows it."""
    shell.open_case(case_id)
    qtbot.waitUntil(lambda: shell.window.case_view.case_id == case_id, timeout=10_000)
