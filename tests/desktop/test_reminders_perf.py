"""5,000 cases: the deadlines are computed on the DB thread, never on the GUI thread.

The case files come from the deadline benchmark's seeded generator (``bench/deadlines.py``)
and are handed out by a stand-in for the two repository calls the derivation makes
(``cases.all_files``, ``settings``): writing 5,000 cases into a real SQLCipher vault would
cost the unit suite far more than this test; ``bench/vault.py`` measures the real vault.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from bench.deadlines import TODAY, build_files
from desktop.context import OSLO
from desktop.reminder_plan import ReminderConfig
from desktop.reminders import ReminderService
from desktop.tasks import TaskRunner
from domain.casefile import CaseFile
from ui.deadlines_view import DeadlinesView


class _Cases:
    def __init__(self, files: list[CaseFile]) -> None:
        self.files = files
        self.threads: set[int] = set()

    def all_files(self) -> list[CaseFile]:
        self.threads.add(threading.get_ident())
        return self.files


class _Settings:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.values[key] = value


class _Vault:
    def __init__(self, files: list[CaseFile]) -> None:
        self.cases = _Cases(files)
        self.settings = _Settings()


@pytest.fixture(scope="module")
def files() -> list[CaseFile]:
    return build_files(5000)


@pytest.fixture
def runner(qtbot, files: list[CaseFile]) -> Iterator[tuple[TaskRunner, _Vault]]:  # noqa: ANN001
    vault = _Vault(files)
    runner = TaskRunner()
    with qtbot.waitCallback(timeout=10_000) as opened:
        runner.set_vault(lambda: vault, opened, opened)
    yield runner, vault
    runner.shutdown()


def test_5000_cases_are_derived_off_the_gui_thread(qtbot, runner) -> None:  # noqa: ANN001
    task_runner, vault = runner
    clock = lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=OSLO)  # noqa: E731
    service = ReminderService(task_runner, clock, ReminderConfig())
    view = DeadlinesView()
    qtbot.addWidget(view)
    service.snapshot_changed.connect(lambda snapshot: view.set_rows(snapshot.rows))
    vault.cases.threads.clear()
    try:
        with qtbot.waitSignal(service.snapshot_changed, timeout=60_000):
            service.start()
    finally:
        service.shutdown()
    assert vault.cases.threads and threading.get_ident() not in vault.cases.threads
    assert view.model.rowCount() > 5000  # every open deadline of 5,000 cases is listed


def test_only_the_horizon_gets_jobs(qtbot, runner) -> None:  # noqa: ANN001
    task_runner, _vault = runner
    clock = lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=OSLO)  # noqa: E731
    config = ReminderConfig(horizon_days=14)
    service = ReminderService(task_runner, clock, config)
    due: list[tuple] = []
    service.reminders_due.connect(due.append)
    try:
        with qtbot.waitSignal(service.rescheduled, timeout=60_000):
            service.start()
        snapshot = service.snapshot
        assert snapshot is not None and len(snapshot.reminders) > 100
        jobs = service.scheduler.get_jobs()
        # One job per fire time (08:00 on each of the next 14 days), heartbeat and midnight.
        assert len(jobs) <= config.horizon_days + 2
        assert len(due) == 1  # everything passed is caught up in one batch
    finally:
        service.shutdown()
