"""File menu: "Endre passordfrase …" and "Sjekk hvelvet" through the real shell (DESIGN §3)."""

from __future__ import annotations

import os
from pathlib import Path

from storage.vault import Vault
from tests.desktop.shell_fixtures import PASSPHRASE, MakeShell, Seeded, unlock

NEW = "ny og lang passfrase 2026"
WAIT = 10_000


def test_change_passphrase_refuses_a_wrong_current_one_then_changes_it(
    qtbot, make_shell: MakeShell, seeded: Seeded, tmp_path: Path  # noqa: ANN001
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    shell.window.change_passphrase_action.trigger()
    dialog = shell.vault_tools.dialog
    assert dialog is not None and dialog.isVisible()

    dialog.current.setText("feil passfrase helt")
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    with qtbot.waitSignal(shell.runner.busy_changed, check_params_cb=lambda busy: not busy):
        dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.text().startswith("Feil passordfrase")
    assert dialog.current.hasFocus() or dialog.current.selectedText() == "feil passfrase helt"

    dialog.repeat.setText(NEW + " x")  # a mismatch is refused in the dialog itself
    dialog.ok_button.click()
    assert "ikke like" in dialog.error.text()

    dialog.current.setText(PASSPHRASE)
    dialog.repeat.setText(NEW)
    with qtbot.waitSignal(shell.vault_tools.passphrase_changed, timeout=WAIT):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    assert dialog.current.text() == dialog.new.text() == ""  # nothing typed stays
    assert shell.window.statusBar().currentMessage().startswith("Passordfrasen er endret")

    with qtbot.waitSignal(shell.session.locked, timeout=WAIT):
        shell.session.lock()
    with qtbot.waitSignal(shell.session.failed, timeout=WAIT):
        shell.window.unlock.passphrase.setText(PASSPHRASE)
        shell.window.unlock.unlock_button.click()
    unlock(qtbot, shell, NEW)  # the journal is the same, under the new passphrase
    assert shell.window.case_list.model.rowCount() == 3


def test_check_vault_says_whole_and_then_finds_a_damaged_page(
    qtbot, make_shell: MakeShell, seeded: Seeded, tmp_path: Path  # noqa: ANN001
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    with qtbot.waitSignal(shell.vault_tools.checked, timeout=WAIT) as checked:
        shell.window.check_vault_action.trigger()
    assert checked.args == [0]
    assert shell.window.statusBar().currentMessage().startswith("Hvelvet er i orden")
    with qtbot.waitSignal(shell.session.locked, timeout=WAIT):
        shell.session.lock()  # the vault is closed (and checkpointed) before the damage

    database = tmp_path / "vault" / "vault.db"
    size = database.stat().st_size
    with database.open("r+b") as raw:  # flip bytes inside the last page, as a bad disk would
        raw.seek(size - 2048)
        raw.write(os.urandom(64))
    unlock(qtbot, shell)
    with qtbot.waitSignal(shell.vault_tools.checked, timeout=WAIT) as checked:
        shell.window.check_vault_action.trigger()
    assert checked.args[0] > 0
    banner = shell.window.banner.text.text()
    assert banner.startswith("Hvelvet har feil") and "kontakt IT" in banner
    assert Vault.exists(tmp_path / "vault")
