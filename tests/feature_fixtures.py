"""Fixtures for the intake, investigation and notes tests: a real vault (cheap KDF) owned by a
real TaskRunner, a fixed clock, and a helper that runs vault reads on the DB thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from desktop.context import OSLO, AppContext
from desktop.tasks import TaskRunner
from storage.keys import KdfParams
from storage.vault import Vault

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)
PASSPHRASE = "korrekt hest batteri stift"
SYNTHETIC = "14831551217"
"""Synthetic (Tenor) number valid under both rules, from DOMAIN.md C."""
SYNTHETIC_2 = "01890850096"


class Clock:
    """A settable clock for the context and the vault."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def context(clock: Clock) -> AppContext:
    return AppContext(user="kari.saksbehandler", clock=clock, demo_mode=True)


def open_runner(qtbot: Any, folder: Path, context: AppContext) -> TaskRunner:
    """A TaskRunner that owns a fresh vault in ``folder``."""
    runner = TaskRunner()
    results: list[Any] = []

    def create() -> Vault:
        return Vault.create(
            folder, PASSPHRASE, user=context.user, kdf=KdfParams.cheap(), clock=context.clock
        )

    runner.set_vault(create, results.append, results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert isinstance(results[0], Vault), results[0]
    return runner


@pytest.fixture
def runner(qtbot: Any, tmp_path: Path, context: AppContext) -> Iterator[TaskRunner]:
    r = open_runner(qtbot, tmp_path / "vault", context)
    yield r
    r.shutdown()


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    """A main-window stand-in that owns the dialogs and editors (closed after each test)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def on_vault(qtbot: Any, runner: TaskRunner, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(vault)`` on the DB thread and wait for its result (errors are re-raised)."""
    box: list[tuple[bool, Any]] = []
    runner.run(fn, lambda r: box.append((True, r)), lambda e: box.append((False, e)))
    qtbot.waitUntil(lambda: bool(box))
    ok, value = box[0]
    if not ok:
        raise value
    return value
