"""First-run and unlock pages without a vault (ui/ needs none)."""

from __future__ import annotations

from ui.session_dialogs import FirstRunView, UnlockView


def test_first_run_hints_and_refusals(qtbot) -> None:
    view = FirstRunView()
    qtbot.addWidget(view)
    view.passphrase.setText("kort")
    assert "12 tegn" in view.hints.text()
    view.passphrase.setText("korrekt hest batteri stift")
    assert "sterk nok" in view.hints.text()
    emitted: list[str] = []
    view.create_requested.connect(emitted.append)
    view.repeat.setText("noe annet helt")
    view.submit()
    assert emitted == [] and "ikke like" in view.error.text()
    view.repeat.setText("korrekt hest batteri stift")
    view.submit()
    assert emitted == ["korrekt hest batteri stift"]


def test_unlock_clears_the_field_and_waits_after_a_delay(qtbot) -> None:
    view = UnlockView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.unlock_requested) as blocker:
        view.passphrase.setText("hemmelig frase 1")
        view.submit()
    assert blocker.args == ["hemmelig frase 1"] and view.passphrase.text() == ""
    view.show_error("Feil", retry_after_s=0.2)
    assert view.waiting and not view.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: view.unlock_button.isEnabled(), timeout=3_000)
