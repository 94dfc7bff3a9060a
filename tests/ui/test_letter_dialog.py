"""Letter and innsyn dialogs: rows in, intents out; their models pass qtmodeltester."""

from __future__ import annotations

from datetime import date

import pytest

from domain.legal import LawVersion
from ui.innsyn_dialog import InnsynDialog
from ui.letter_dialog import DecisionLetterDialog, LetterOption, ReporterLetterDialog

OPTIONS = [
    LetterOption(
        "receipt:r1", "Mottaksbekreftelse", "Melding 10.11.2026", "Privatperson", "01.12.2026"
    ),
    LetterOption("outcome:r2:i1", "Tilbakemelding", "Melding 01.09.2026", "Offentlig instans", ""),
]


@pytest.fixture
def letters(qtbot) -> ReporterLetterDialog:  # type: ignore[no-untyped-def]
    dialog = ReporterLetterDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_option_model_passes_qtmodeltester(letters: ReporterLetterDialog, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    letters.set_options(OPTIONS)
    qtmodeltester.check(letters.options)


def test_first_option_selected_asks_for_its_preview(qtbot, letters: ReporterLetterDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(letters.option_selected) as blocker:
        letters.set_options(OPTIONS)
    assert blocker.args == ["receipt:r1"]
    assert not letters.save_button.isEnabled()  # nothing to save before the preview arrives
    letters.set_preview("Bekreftelse …", ("Merknad til avsender",))
    assert letters.save_button.isEnabled()
    assert letters.status.text() == "Merknad til avsender"
    with qtbot.waitSignal(letters.save_requested) as saved:
        letters.save_button.click()
    assert saved.args == ["receipt:r1"]


def test_no_options_says_nothing_is_owed(letters: ReporterLetterDialog) -> None:
    letters.show()
    letters.set_options([])
    assert letters.empty.isVisible()
    assert not letters.save_button.isEnabled()


def test_decision_form_is_a_plain_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DecisionLetterDialog([("p1", "Mor Hansen (forelder)")], date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.decision.setPlainText("Barnet får støttekontakt.")
    with qtbot.waitSignal(dialog.preview_requested) as blocker:
        dialog.preview_button.click()
    form = blocker.args[0]
    assert form.recipient_id == "p1"
    assert form.law is LawVersion.BVL2021
    assert form.decided_on == date(2026, 11, 24) == form.notified_on
    assert form.decision == "Barnet får støttekontakt."


def test_innsyn_dialog_preview_and_save(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = InnsynDialog()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.set_preview("2026-0101", "Partsinnsyn\n…", 2)
    assert "2026-0101" in dialog.summary.text() and "2" in dialog.summary.text()
    with qtbot.waitSignal(dialog.save_requested):
        dialog.save_button.click()
