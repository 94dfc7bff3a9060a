"""The TaskRunner runs vault work off the GUI thread and hands results back on it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from desktop.tasks import TaskRunner
from domain.changes import Changes


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_work_runs_off_the_gui_thread_and_result_returns_on_it(runner, qtbot):
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work(_vault):
        seen["worker"] = threading.get_ident()
        return 42

    results = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda b: b is False):
        runner.run(work, lambda r: results.append((r, threading.get_ident())))
    assert seen["worker"] != gui
    assert results == [(42, gui)]


def test_changes_are_broadcast(runner, qtbot):
    change = Changes.for_case("c1")
    with qtbot.waitSignal(runner.changes_applied) as blocker:
        runner.run(lambda _v: change)
    assert blocker.args == [change]


def test_error_goes_to_callback_or_task_failed(runner, qtbot):
    errors = []

    def boom(_v):
        raise ValueError("nope")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda b: b is False):
        runner.run(boom, on_error=errors.append)
    assert isinstance(errors[0], ValueError)
    with qtbot.waitSignal(runner.task_failed) as blocker:
        runner.run(boom)
    assert isinstance(blocker.args[0], ValueError)


def test_vault_lives_on_one_thread(runner, qtbot):
    class FakeVault:
        def __init__(self):
            self.thread = QThread.currentThread()
            self.closed = False

        def close(self):
            self.closed = True

    opened = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda b: b is False):
        runner.set_vault(FakeVault, opened.append, pytest.fail)
    threads = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda b: b is False):
        runner.run(lambda v: threads.append(QThread.currentThread() is v.thread))
    assert threads == [True]
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda b: b is False):
        runner.close_vault()
    assert opened[0].closed


def test_network_jobs_run_on_the_pool(runner, qtbot):
    got = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda b: b is False):
        runner.run_network(lambda v: v is None, got.append)
    assert got == [True]
