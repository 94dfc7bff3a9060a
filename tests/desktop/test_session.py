"""Session: first run, unlock, wrong passphrase, lock on demand and after idle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox

from storage.vault import Vault
from tests.desktop.shell_fixtures import PASSPHRASE, MakeShell, Seeded, open_case, unlock
from ui.main_window import MainWindow


def test_first_run_refuses_mismatch_and_weak_then_creates_vault(
    qtbot, make_shell: MakeShell, tmp_path: Path
) -> None:
    shell = make_shell()
    shell.start()
    page = shell.window.first_run
    assert shell.window.stack.currentIndex() == MainWindow.FIRST_RUN
    assert "kommunen" in page.findChild(type(page.hints), "recovery_warning").text()

    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE + "x")
    page.create_button.click()
    assert "ikke like" in page.error.text()

    page.passphrase.setText("passord")
    page.repeat.setText("passord")
    page.create_button.click()
    assert "for svak" in page.error.text()
    assert not Vault.exists(tmp_path / "vault")

    with qtbot.waitSignal(shell.session.unlocked, timeout=10_000):
        page.passphrase.setText(PASSPHRASE)
        page.repeat.setText(PASSPHRASE)
        page.create_button.click()
    assert Vault.exists(tmp_path / "vault")
    assert shell.window.stack.currentIndex() == MainWindow.WORKSPACE
    assert page.passphrase.text() == "" and page.repeat.text() == ""


def test_session_refuses_weak_passphrase_even_without_the_dialog(
    qtbot, make_shell: MakeShell, tmp_path: Path
) -> None:
    shell = make_shell()
    with qtbot.waitSignal(shell.session.failed) as blocker:
        shell.session.create("aaaaaaaaaaaaaaaa")
    assert blocker.args[0].kind.value == "weak_passphrase"
    assert not Vault.exists(tmp_path / "vault")


def test_later_start_shows_unlock_and_wrong_passphrase_is_refused(
    qtbot, make_shell: MakeShell, seeded: Seeded
) -> None:
    shell = make_shell()
    shell.start()
    assert shell.window.stack.currentIndex() == MainWindow.UNLOCK
    with qtbot.waitSignal(shell.session.failed, timeout=10_000):
        shell.window.unlock.passphrase.setText("feil passordfrase 123")
        shell.window.unlock.unlock_button.click()
    assert "Feil passordfrase" in shell.window.unlock.error.text()
    assert not shell.session.is_unlocked
    assert shell.window.case_list.model.rowCount() == 0


def test_growing_delay_is_shown_and_blocks_the_button(
    qtbot, make_shell: MakeShell, seeded: Seeded
) -> None:
    shell = make_shell()
    shell.start()
    page = shell.window.unlock
    for _ in range(3):  # the first two failures are free (storage.throttle)
        qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=10_000)
        with qtbot.waitSignal(shell.session.failed, timeout=10_000):
            page.passphrase.setText("feil passordfrase 123")
            page.unlock_button.click()
    assert "Vent" in page.error.text()
    assert page.waiting and not page.unlock_button.isEnabled()


def _all_models(shell) -> list[QAbstractItemModel]:  # noqa: ANN001
    """Every data model of the window (a combo box's fixed list of statuses is not data)."""
    models = shell.window.findChildren(QAbstractItemModel)
    return [m for m in models if not isinstance(m.parent(), QComboBox)]


def test_idle_auto_lock_clears_every_model_and_unlock_shows_same_state(
    qtbot, make_shell: MakeShell, seeded: Seeded
) -> None:
    shell = make_shell(idle_ms=300)  # injected short idle limit
    unlock(qtbot, shell)
    open_case(qtbot, shell, seeded.overdue_case)
    qtbot.waitUntil(lambda: shell.window.case_view.timeline.rowCount() > 0)
    before = shell.window.case_list.model.rows()
    assert any(m.rowCount() > 0 for m in _all_models(shell))

    with qtbot.waitSignal(shell.session.locked, timeout=5_000):
        pass  # no input: the idle timer fires
    assert shell.window.stack.currentIndex() == MainWindow.UNLOCK
    assert [m for m in _all_models(shell) if m.rowCount() > 0] == []
    assert shell.window.case_view.case_id == ""
    assert shell.window.case_view.title.text() == ""

    shell.session.idle.set_interval(60_000)  # no second auto-lock while checking the state
    unlock(qtbot, shell)
    qtbot.waitUntil(lambda: shell.window.case_view.case_id == seeded.overdue_case)
    assert shell.window.case_list.model.rows() == before


def test_input_postpones_the_idle_lock(qtbot, make_shell: MakeShell, seeded: Seeded) -> None:
    shell = make_shell(idle_ms=60_000)
    unlock(qtbot, shell)
    watcher = shell.session.idle
    watcher.set_interval(400)
    watcher.start()
    qtbot.keyClick(shell.window.case_list.search, Qt.Key.Key_A)
    assert shell.session.is_unlocked
    with qtbot.waitSignal(shell.session.locked, timeout=5_000):
        pass


def test_ctrl_l_locks_at_once(qtbot, make_shell: MakeShell, seeded: Seeded) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    assert shell.window.lock_action.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(shell.session.locked, timeout=2_000):
        shell.window.lock_action.trigger()
    assert shell.window.case_list.model.rowCount() == 0
    # the key is dropped: the DB thread's vault is gone once the close job ran
    qtbot.waitUntil(lambda: not shell.runner.busy)
    assert shell.runner._worker.vault is None


def test_reapplying_the_same_idle_limit_does_not_postpone_the_lock(qtbot) -> None:  # noqa: ANN001
    from desktop.session import IdleWatcher

    watcher = IdleWatcher(2_000)
    watcher.start()
    try:
        qtbot.waitUntil(lambda: watcher._timer.remainingTime() < 1_900, timeout=5_000)
        watcher.set_interval(2_000)  # the server's policy again, after a sync
        assert watcher._timer.remainingTime() < 1_900
        watcher.set_interval(3_000)  # a new limit counts from now
        assert watcher._timer.remainingTime() > 2_000
    finally:
        watcher.stop()
