"""The leader's overview shows plain rows and emits intents; its models pass qtmodeltester."""

from __future__ import annotations

from datetime import date

import pytest

from domain.cases import CaseStatus
from ui.leader_overview import BreachRow, LeaderCaseRow, LeaderOverview
from ui.models import WARN_ROLE
from ui.rows import DeadlineRow

ROWS = [
    LeaderCaseRow(
        "c1",
        "2026-0001",
        CaseStatus.MOTTAK,
        "anne",
        DeadlineRow("A1", "Gjennomgang av melding", date(2026, 11, 20), "overdue", True),
        1,
    ),
    LeaderCaseRow("c2", "2026-0002", CaseStatus.TILTAK, "", None, 0),
    LeaderCaseRow("c3", "2026-0003", CaseStatus.UNDERSOKELSE, "bjorn", None, 0),
]
BY_RULE = [BreachRow("A1", "Gjennomgang av melding", 1), BreachRow("A5", "Undersøkelse", 2)]
BY_WORKER = [BreachRow("anne", "anne", 3)]


@pytest.fixture
def view(qtbot) -> LeaderOverview:  # type: ignore[no-untyped-def]
    widget = LeaderOverview(year=2026)
    qtbot.addWidget(widget)
    widget.set_cases(ROWS, ["anne", "bjorn"])
    widget.set_breaches(BY_RULE, BY_WORKER)
    return widget


def test_every_model_passes_qtmodeltester(view: LeaderOverview, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for model in view.all_models():
        qtmodeltester.check(model)


def test_rows_show_caseworker_or_unassigned_and_warn_on_fristbrudd(view: LeaderOverview) -> None:
    model = view.cases
    assert model.index(0, 2).data() == "anne"
    assert model.index(1, 2).data() == "(ikke tildelt)"
    assert model.index(0, 4).data() == "1"
    assert model.index(0, 0).data(WARN_ROLE) is True  # fristbrudd
    assert model.index(1, 0).data(WARN_ROLE) is True  # nobody has the case
    assert model.index(2, 0).data(WARN_ROLE) is False
    assert view.tabs.tabText(LeaderOverview.BREACHES) == "&Fristbrudd (3)"


def test_selecting_a_case_fills_its_caseworker_and_assign_emits_intent(
    qtbot,
    view: LeaderOverview,  # type: ignore[no-untyped-def]
) -> None:
    view.case_table.selectRow(2)
    assert view.caseworker.currentText() == "bjorn"
    view.caseworker.setEditText("anne")
    with qtbot.waitSignal(view.assign_requested) as blocker:
        view.assign_button.click()
    assert blocker.args == ["c3", "anne"]


def test_assign_without_a_selected_case_says_so(qtbot, view: LeaderOverview) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(view.assign_requested):
        view.assign_button.click()
    assert "Velg en sak" in view.message.text()


def test_open_and_break_glass_intents(qtbot, view: LeaderOverview) -> None:  # type: ignore[no-untyped-def]
    view.case_table.selectRow(0)
    with qtbot.waitSignal(view.open_case_requested) as blocker:
        view.open_button.click()
    assert blocker.args == ["c1"]
    view.set_break_glass_available(True)
    with qtbot.waitSignal(view.break_glass_requested):
        view.break_glass_button.click()
    view.set_break_glass_available(False)
    assert not view.break_glass_button.isEnabled()


def test_reload_keeps_the_selected_case(view: LeaderOverview) -> None:
    view.case_table.selectRow(2)
    view.set_cases(list(reversed(ROWS)), ["anne"])
    assert view.selected_case() == "c3"


def test_clear_drops_every_row(view: LeaderOverview) -> None:
    view.clear()
    assert all(model.rowCount() == 0 for model in view.all_models())
    assert view.caseworker.count() == 0


def test_controls_have_accessible_names(view: LeaderOverview) -> None:
    for widget in (
        view.case_table,
        view.rule_table,
        view.caseworker_table,
        view.caseworker,
        view.assign_button,
        view.open_button,
        view.break_glass_button,
    ):
        assert widget.accessibleName(), widget.objectName()
