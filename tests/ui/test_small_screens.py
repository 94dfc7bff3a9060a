"""Every window fits a 1366×768 laptop at 125 % scaling (municipal laptops are often that).

A dialog taller than the screen hides its own Save button: the long forms scroll instead
(``ui.form_helpers.FormScrollArea``). Sizes are logical pixels, which is what scaling keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

from domain.investigations import PlanItem
from ui.addendum_dialog import AddendumDialog
from ui.change_passphrase import ChangePassphraseDialog
from ui.draft_merge import DraftMergeDialog
from ui.form_helpers import SMALL_SCREEN
from ui.intake_decision import IntakeDecisionDialog, ReportSummary
from ui.intake_dialog import IntakeDialog
from ui.investigation_panel import InvestigationPanel, InvestigationView, PlanRow
from ui.leader_overview import LeaderOverview
from ui.letter_dialog import DecisionLetterDialog
from ui.main_window import MainWindow
from ui.note_editor import NoteEditor

NOW = datetime(2026, 3, 2, 9, 30)


def investigation() -> InvestigationPanel:
    panel = InvestigationPanel(None)
    plan = [PlanRow(item.value, item.value, False) for item in PlanItem]
    panel.show_view(
        InvestigationView(
            "i1",
            "Undersøkelse i sak 2026-0142",
            plan,
            today=NOW.date(),
            blockers=["Barnets medvirkning er ikke dokumentert"],
        )
    )
    return panel


def decision() -> IntakeDecisionDialog:
    summary = ReportSummary(
        "r1", "2026-0142", "02.03.2026 09:30", "Telefon", "Anonym", "Nei", "Sulten.", "09.03.2026"
    )
    return IntakeDecisionDialog(None, summary, now=NOW)


WINDOWS: dict[str, Callable[[], QWidget]] = {
    "main_window": MainWindow,
    "intake": lambda: IntakeDialog(None, received_at=NOW),
    "intake_decision": decision,
    "investigation": investigation,
    "note_editor": NoteEditor,
    "addendum": lambda: AddendumDialog(None, "n1", "Hjemmebesøk"),
    "draft_merge": lambda: DraftMergeDialog(
        {"body": "a", "observations": "b", "assessment": "c"},
        {"body": "x", "observations": "y", "assessment": "z"},
    ),
    "decision_letter": lambda: DecisionLetterDialog([("p1", "Mor")], date(2026, 11, 24)),
    "leader_overview": lambda: LeaderOverview(2026),
    "change_passphrase": ChangePassphraseDialog,
}


@pytest.mark.parametrize("name", WINDOWS)
def test_window_fits_a_small_laptop_and_keeps_its_buttons_on_screen(qtbot, name: str) -> None:
    window = WINDOWS[name]()
    qtbot.addWidget(window)
    least = window.minimumSizeHint()
    assert least.width() <= SMALL_SCREEN.width() and least.height() <= SMALL_SCREEN.height()
    window.resize(window.sizeHint().boundedTo(SMALL_SCREEN))
    window.show()
    qtbot.waitExposed(window)
    assert window.height() <= SMALL_SCREEN.height()
    outside_scrolling = [
        button
        for button in window.findChildren(QAbstractButton)
        if button.isVisibleTo(window) and not _scrolls(button, window)
    ]
    for button in outside_scrolling:
        corner = button.mapTo(window, QPoint(button.width(), button.height()))
        assert window.rect().contains(corner - QPoint(1, 1)), button.text()


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area of ``window`` (reachable by scrolling, so not checked here)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
