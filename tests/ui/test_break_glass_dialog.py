"""The break-glass dialog asks for a case number and a reason and emits them; no rules (B1)."""

from __future__ import annotations

import pytest

from ui.break_glass_dialog import BreakGlassDialog


@pytest.fixture
def dialog(qtbot) -> BreakGlassDialog:  # type: ignore[no-untyped-def]
    widget = BreakGlassDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_B1_ask_emits_number_and_reason(qtbot, dialog: BreakGlassDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.case_number.setText(" 2026-0007 ")
    dialog.reason.setPlainText("Barnet er hos oss i natt, trenger planen.")
    with qtbot.waitSignal(dialog.requested) as blocker:
        dialog.ask_button.click()
    assert blocker.args == ["2026-0007", "Barnet er hos oss i natt, trenger planen."]


def test_B1_empty_reason_is_still_sent_for_the_desktop_to_refuse(
    qtbot,
    dialog: BreakGlassDialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog.case_number.setText("2026-0007")
    with qtbot.waitSignal(dialog.requested) as blocker:
        dialog.ask_button.click()
    assert blocker.args == ["2026-0007", ""]
    dialog.show_error("Nødtilgang krever en skriftlig begrunnelse.")
    assert dialog.error.isVisible() and dialog.ask_button.isEnabled()


def test_granted_leaves_only_close(dialog: BreakGlassDialog) -> None:
    dialog.set_busy(True)
    dialog.show_granted("Du har tilgang til saken til 24.11.2026 11:00.")
    assert dialog.result.isVisible()
    assert not dialog.ask_button.isVisible()
    assert dialog.reason.isReadOnly() and dialog.case_number.isReadOnly()


def test_fields_have_accessible_names(dialog: BreakGlassDialog) -> None:
    for widget in (dialog.case_number, dialog.reason, dialog.ask_button):
        assert widget.accessibleName()
