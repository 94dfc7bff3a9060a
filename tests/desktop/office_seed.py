"""A vault for the issue-7 tests: reporters, protected addresses, exempt notes, caseworkers.

``NOW`` is the shell fixtures' clock (24.11.2026). Case 2026-0101 holds everything that must
never reach a party: a named private reporter whose name is in a note (B4), a strengt
fortrolig address (B6), an exempt section and a wholly exempt note (B3). It also has a
public-body melding (A4a + A4b) and an anonymous one (no letter).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from domain.cases import Case, CaseStatus
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
from storage.keys import KdfParams
from storage.vault import Vault
from tests.desktop.shell_fixtures import NOW, PASSPHRASE, fixed_clock

LOCAL_NOW = NOW.replace(tzinfo=None)
SF_ADDRESS = "Hemmeligveien 7, 0123 Oslo"
REPORTER = ReporterIdentity("Kari Nabo", phone="99887766", address="Naboveien 2, 6800 Fjordvik")
TEACHER = ReporterIdentity("Per Lærer", "Solsiden skole", address="Skoleveien 1, 6800 Fjordvik")
EXEMPT_SECTION = "Lisa sier at far slår."
EXEMPT_NOTE = "Fortrolig samtale om naboens rolle."


@dataclass(frozen=True)
class OfficeSeed:
    """Ids of what ``seed_office_vault`` wrote."""

    case_id: str
    private_report: str
    public_report: str
    anonymous_report: str
    parent_id: str
    other_cases: tuple[str, ...]


def _report(
    case_id: str, days_ago: int, kind: ReporterType, who: ReporterIdentity | None, decided: bool
) -> Report:
    received = LOCAL_NOW - timedelta(days=days_ago)
    decision = (
        IntakeDecision(IntakeOutcome.UNDERSOKELSE, received.date() + timedelta(days=2), "anne")
        if decided
        else None
    )
    return Report(
        case_id,
        received,
        Channel.PHONE,
        kind,
        "Kari Nabo hører roping fra Hemmeligveien 7.",
        acute=False,
        reporter=who,
        decision=decision,
    )


def _notes(vault: Vault, case_id: str) -> None:
    partly = JournalNote(
        case_id,
        NoteType.HJEMMEBESOK,
        LOCAL_NOW - timedelta(days=3),
        "anne",
        place="Hemmeligveien 7",
        observations="Ryddig hjem. Kari Nabo var til stede i oppgangen.",
        child_views=EXEMPT_SECTION,
        exemptions=(InnsynExemption("fvl. § 19 første ledd bokstav c", "leder", "child_views"),),
    )
    whole = JournalNote(
        case_id,
        NoteType.SAMTALE_BARN,
        LOCAL_NOW - timedelta(days=2),
        "anne",
        body=EXEMPT_NOTE,
        exemptions=(InnsynExemption("fvl. § 19 annet ledd bokstav a", "leder"),),
    )
    for note in (partly, whole):
        vault.notes.save_draft(note)
        vault.notes.sign(note.id, by="anne", at=LOCAL_NOW)


def _simple_case(vault: Vault, number: str, caseworker: str, days_ago: int | None) -> str:
    case = Case(
        created_at=LOCAL_NOW, number=number, caseworker=caseworker, status=CaseStatus.MOTTAK
    )
    vault.cases.create(case, Person(case.id, PersonRole.CHILD, "Ola", number[-2:]))
    if days_ago is not None:  # an undecided melding: A1 fristbrudd after 7 days
        vault.reports.add(_report(case.id, days_ago, ReporterType.ANONYMOUS, None, False))
    return case.id


def seed_office_vault(folder: Path) -> OfficeSeed:
    """The vault described in the module docstring, plus two cases for the overview."""
    vault = Vault.create(
        folder, PASSPHRASE, user="tester", kdf=KdfParams.cheap(), clock=fixed_clock
    )
    try:
        case = Case(
            created_at=LOCAL_NOW,
            number="2026-0101",
            caseworker="anne",
            status=CaseStatus.UNDERSOKELSE,
        )
        child = Person(
            case.id,
            PersonRole.CHILD,
            "Lisa",
            "Hansen",
            date(2016, 3, 14),
            identity_number="14831551217",
            address=SF_ADDRESS,
            address_protection=AddressProtection.STRENGT_FORTROLIG,
        )
        vault.cases.create(case, child)
        parent = Person(case.id, PersonRole.PARENT, "Mona", "Hansen", address="Storgata 1")
        vault.cases.add_person(parent)
        private = _report(case.id, 14, ReporterType.PRIVATE, REPORTER, True)
        public = _report(case.id, 4, ReporterType.PUBLIC_BODY, TEACHER, True)
        anonymous = _report(case.id, 3, ReporterType.ANONYMOUS, None, False)
        for report in (private, public, anonymous):
            vault.reports.add(report)
        _notes(vault, case.id)
        others = (
            _simple_case(vault, "2026-0102", "bjorn", 10),
            _simple_case(vault, "2026-0103", "", None),
        )
    finally:
        vault.close()
    return OfficeSeed(case.id, private.id, public.id, anonymous.id, parent.id, others)


def open_vault(folder: Path) -> Vault:
    """Open the seeded vault (tests that call desktop functions directly)."""
    return Vault.open(folder, PASSPHRASE, clock=fixed_clock)


NOW_DATE = LOCAL_NOW.date()


def on_db(qtbot: Any, shell: Any, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(vault)`` on the shell's DB thread and wait (on the event loop) for the result."""
    box: list[Any] = []
    shell.runner.run(fn, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]
