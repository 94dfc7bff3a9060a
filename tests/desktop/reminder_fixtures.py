"""Fixtures for the reminder tests: a controlled clock, a real vault on a real TaskRunner, and a
ReminderService whose real QtScheduler gets delays computed from the controlled clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.context import OSLO
from desktop.reminder_plan import ReminderConfig
from desktop.reminders import ReminderService
from desktop.tasks import TaskRunner
from domain.cases import Case, CaseStatus
from domain.people import Person, PersonRole
from domain.reports import Channel, Report, ReporterType
from storage.keys import KdfParams
from storage.vault import Vault

PASSPHRASE = "korrekt hest batteri stift"
CHILD_GIVEN, CHILD_FAMILY = "Sofie", "Hemmelighaug"
SYNTHETIC_FNR = "14831551217"  # synthetic (month + 80), valid control digits
DAY3 = date(2026, 3, 5)  # A1 day 3 of a melding received on 2 March 2026


class FakeClock:
    """The injected wall clock: says what the test sets, moves only when told."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        """Jump to ``now``."""
        self.now = now

    def advance(self, **delta: float) -> None:
        """Move on by a ``timedelta(**delta)``."""
        self.now += timedelta(**delta)


class FakeMonotonic:
    """A monotonic clock that does not count a simulated sleep."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


def at(day: date, hour: int, minute: int = 0, second: float = 0.0) -> datetime:
    """A moment in Europe/Oslo."""
    whole = int(second)
    micro = round((second - whole) * 1_000_000)
    return datetime(day.year, day.month, day.day, hour, minute, whole, micro, tzinfo=OSLO)


def add_case(vault: Vault, number: str, received: datetime, given: str, family: str) -> str:
    """A case whose child has a name and a synthetic identity number, with one melding."""
    case = Case(created_at=received, status=CaseStatus.MOTTAK, number=number)
    child = Person(
        case_id=case.id,
        role=PersonRole.CHILD,
        given_name=given,
        family_name=family,
        birth_date=date(2015, 3, 14),
        identity_number=SYNTHETIC_FNR,
    )
    vault.cases.create(case, child)
    add_report(vault, case.id, received)
    return case.id


def add_report(vault: Vault, case_id: str, received: datetime) -> Any:
    """An anonymous melding (so A1 is its only deadline); returns the Changes."""
    report = Report(case_id, received, Channel.PHONE, ReporterType.ANONYMOUS, "Bekymring.")
    return vault.reports.add(report)


@dataclass
class Rig:
    """A running TaskRunner on an open vault, the clocks, and the service under test."""

    runner: TaskRunner
    clock: FakeClock
    mono: FakeMonotonic
    service: ReminderService
    cases: dict[str, str] = field(default_factory=dict)

    def call(self, qtbot: Any, fn: Callable[[Any], Any]) -> Any:
        """Run ``fn(vault)`` on the DB thread and wait for its result."""
        with qtbot.waitCallback(timeout=10_000) as callback:
            self.runner.run(fn, callback)
        return callback.args[0]


@pytest.fixture(name="rig")
def rig_fixture(qtbot: Any, tmp_path: Path) -> Iterator[Rig]:
    """Two cases (2026-0142 received 2 March, 2026-0143 received 3 March, both 10:00)."""
    folder = tmp_path / "vault"
    clock = FakeClock(at(date(2026, 3, 2), 12))
    vault = Vault.create(folder, PASSPHRASE, user="tester", kdf=KdfParams.cheap(), clock=clock)
    cases = {
        "2026-0142": add_case(
            vault, "2026-0142", datetime(2026, 3, 2, 10), CHILD_GIVEN, CHILD_FAMILY
        ),
        "2026-0143": add_case(vault, "2026-0143", datetime(2026, 3, 3, 10), "Nora", "Bekk"),
    }
    vault.close()
    runner = TaskRunner()
    with qtbot.waitCallback(timeout=10_000) as opened:
        runner.set_vault(lambda: Vault.open(folder, PASSPHRASE, clock=clock), opened, opened)
    mono = FakeMonotonic()
    config = ReminderConfig(debounce_ms=20)
    service = ReminderService(runner, clock, config, monotonic=mono)
    runner.changes_applied.connect(service.on_changes)  # as DeadlinesController wires it
    yield Rig(runner, clock, mono, service, cases)
    service.shutdown()
    runner.shutdown()


def start(qtbot: Any, rig: Rig) -> None:
    """Unlock-time start: wait for the first derivation."""
    with qtbot.waitSignal(rig.service.rescheduled, timeout=10_000):
        rig.service.start()


def keys_for(rig: Rig, number: str) -> set[str]:
    """Every scheduled reminder key of one case's deadlines."""
    snapshot = rig.service.snapshot
    assert snapshot is not None
    case_id = rig.cases[number]
    mine = {e.key for e in snapshot.reminders if e.case_id == case_id}
    return {key for keys in rig.service.scheduled().values() for key in keys if key in mine}
