"""The Frister view: plain rows in, intents out; grouped, sortable, filterable by rule."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from desktop.context import OSLO
from ui.deadlines_model import LATER, OVERDUE, THIS_WEEK, FristModel, FristRow
from ui.deadlines_view import DeadlinesView
from ui.main_window import MainWindow
from ui.models import WARN_ROLE


def row(group: str, number: str, rule: str, due: date, **extra: object) -> FristRow:
    values: dict[str, object] = {
        "group": group,
        "deadline_key": f"{rule}:{number}:",
        "case_id": f"case-{number}",
        "case_number": number,
        "child_name": f"Barn {number}",
        "rule": rule,
        "title": f"Tittel {rule}",
        "due_on": due,
        "status": "overdue" if group == OVERDUE else "upcoming",
        "subject_id": f"subject-{number}",
        "action": "decide_intake" if rule == "A1" else "conclude_investigation",
        "reminder_key": f"{rule}:{number}::due",
    }
    values.update(extra)
    return FristRow(**values)  # type: ignore[arg-type]


ROWS = [
    row(LATER, "2026-0005", "A5", date(2026, 6, 1)),
    row(OVERDUE, "2026-0001", "A1", date(2026, 3, 1)),
    row(THIS_WEEK, "2026-0003", "A5", date(2026, 3, 12)),
    row(OVERDUE, "2026-0002", "A5", date(2026, 2, 1), handled=True),
    row(LATER, "2026-0004", "A1", date(2026, 4, 1), reminder_key=""),
    row(
        THIS_WEEK,
        "2026-0006",
        "A10",
        date(2026, 3, 11),
        snoozed_until=datetime(2026, 3, 11, 8, tzinfo=OSLO),
    ),
]


@pytest.fixture
def view(qtbot) -> DeadlinesView:  # noqa: ANN001
    widget = DeadlinesView()
    qtbot.addWidget(widget)
    widget.set_rows(ROWS)
    return widget


def groups(model: FristModel) -> list[str]:
    return [model.row_at(n).group for n in range(model.rowCount())]


def test_the_model_passes_qtmodeltester(qtmodeltester) -> None:  # noqa: ANN001
    model = FristModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    model.sort(3, Qt.SortOrder.DescendingOrder)  # the tester stays connected and checks these
    model.set_rule_filter("A5")
    model.set_rows(ROWS[:3])
    model.clear()
    assert model.rowCount() == 0


def test_a_filtered_and_sorted_model_passes_qtmodeltester(qtmodeltester) -> None:  # noqa: ANN001
    model = FristModel()
    model.set_rows(ROWS)
    model.set_rule_filter("A5")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("column", range(len(FristModel.columns)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_sort_keeps_the_groups_in_order(view: DeadlinesView, column: int, order) -> None:  # noqa: ANN001
    view.table.sortByColumn(column, order)
    shown = groups(view.model)
    assert shown == sorted(shown, key=[OVERDUE, THIS_WEEK, LATER].index)


def test_sorting_by_due_date_within_groups(view: DeadlinesView) -> None:
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    numbers = [view.model.row_at(n).case_number for n in range(view.model.rowCount())]
    assert numbers == ["2026-0001", "2026-0002", "2026-0003", "2026-0006", "2026-0005", "2026-0004"]
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert view.model.row_at(0).case_number == "2026-0002"


def test_filter_by_rule_and_the_counts(view: DeadlinesView) -> None:
    assert [view.rule.itemData(i) for i in range(view.rule.count())] == ["", "A1", "A5", "A10"]
    assert view.summary.text() == "Forfalt: 2 · Denne uken: 2 · Senere: 2"
    view.rule.setCurrentIndex(view.rule.findData("A5"))
    assert {view.model.row_at(n).rule for n in range(view.model.rowCount())} == {"A5"}
    assert view.model.rowCount() == 3
    view.set_rows(ROWS[:2])  # new rows keep the filter while the rule is still there
    assert view.rule.currentData() == "A5" and view.model.rowCount() == 1
    view.set_rows([ROWS[1]])  # the rule is gone: back to all
    assert view.rule.currentData() == "" and view.model.rowCount() == 1


def test_overdue_rows_stand_out_and_reminder_state_is_shown(view: DeadlinesView) -> None:
    model = view.model
    texts = {model.row_at(n).case_number: n for n in range(model.rowCount())}
    assert model.index(texts["2026-0001"], 0).data(WARN_ROLE) is True
    assert model.index(texts["2026-0005"], 0).data(WARN_ROLE) is False
    assert model.index(texts["2026-0001"], 0).data() == "Forfalt"
    assert model.index(texts["2026-0002"], 7).data() == "Håndtert"
    assert model.index(texts["2026-0006"], 7).data() == "Utsatt til 11.03.2026 08:00"


def test_opening_a_row_asks_for_its_action(qtbot, view: DeadlinesView) -> None:  # noqa: ANN001
    assert view.model.row_at(0).case_number == "2026-0002"  # by due date: the oldest first
    first = view.model.index(1, 0)
    with qtbot.waitSignal(view.action_requested) as asked:
        view.table.activated.emit(first)
    assert asked.args == ["case-2026-0001", "subject-2026-0001", "decide_intake"]
    view.select_deadline("A1:2026-0001:")
    with qtbot.waitSignal(view.action_requested):
        view.go_button.click()
    with qtbot.waitSignal(view.open_case_requested) as opened:
        view.case_button.click()
    assert opened.args == ["case-2026-0001"]


def test_enter_in_the_table_goes_to_the_action(qtbot, view: DeadlinesView) -> None:  # noqa: ANN001
    view.show()
    view.focus_table()
    with qtbot.waitSignal(view.action_requested):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)


def test_snooze_and_handled(qtbot, view: DeadlinesView) -> None:  # noqa: ANN001
    view.select_deadline("A1:2026-0001:")  # a reminder, not handled
    assert view.snooze_button.isEnabled() and view.handled_button.isEnabled()
    with qtbot.waitSignal(view.snooze_requested) as snoozed:
        view.snooze_button.click()
    assert snoozed.args == ["A1:2026-0001::due", 1]
    with qtbot.waitSignal(view.snooze_requested) as week:
        view.snooze_actions[1].trigger()
    assert week.args == ["A1:2026-0001::due", 7]
    with qtbot.waitSignal(view.handled_requested) as handled:
        view.handled_button.click()
    assert handled.args == ["A1:2026-0001::due"]
    view.select_deadline("A5:2026-0002:")  # already handled
    assert not view.handled_button.isEnabled() and not view.snooze_button.isEnabled()


def test_selection_survives_new_rows(view: DeadlinesView) -> None:
    assert view.select_deadline("A5:2026-0003:")
    view.set_rows(list(reversed(ROWS)))
    current = view.current_row()
    assert current is not None and current.deadline_key == "A5:2026-0003:"


def test_clear_drops_everything(view: DeadlinesView) -> None:
    view.rule.setCurrentIndex(view.rule.findData("A1"))
    view.clear()
    assert view.model.rowCount() == 0 and view.model.all_rows() == []
    assert view.rule.count() == 1 and view.rule.currentData() == ""
    assert view.summary.text() == "Forfalt: 0 · Denne uken: 0 · Senere: 0"


def test_every_control_has_an_accessible_name(view: DeadlinesView) -> None:
    controls = [view.table, view.rule, view.summary, view.go_button, view.case_button]
    controls += [view.snooze_button, view.handled_button]
    assert all(isinstance(c, QWidget) and c.accessibleName() for c in controls)


def test_main_window_tab_badge_and_shortcut(qtbot) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_workspace("tester")
    tabs = window.workspace_tabs
    index = tabs.indexOf(window.deadlines_view)
    assert tabs.tabText(index) == "Frister"
    window.set_overdue_count(3)
    assert tabs.tabText(index) == "Frister (3)"
    assert window.overdue_badge.text() == "3 fristbrudd"
    assert window.overdue_badge.accessibleName() == "3 frister er overskredet"
    assert not window.overdue_badge.isHidden()
    assert window.deadlines_action.shortcut().toString() == "Ctrl+D"
    window.deadlines_action.trigger()
    assert tabs.currentWidget() is window.deadlines_view
    window.list_action.trigger()
    assert tabs.currentIndex() == 0
    window.deadlines_view.set_rows(ROWS)
    window.clear()
    assert window.deadlines_view.model.rowCount() == 0
    assert tabs.tabText(index) == "Frister" and window.overdue_badge.isHidden()


def test_the_model_ignores_invalid_indexes() -> None:
    model = FristModel()
    assert model.data(QModelIndex()) is None
    model.sort(99)
    assert model.rowCount() == 0


def test_a_leader_sees_own_cases_first_and_the_unit_on_request(qtbot) -> None:  # noqa: ANN001
    """A leader's device holds the unit's cases: "Bare mine saker" shows up, checked."""
    widget = DeadlinesView()
    qtbot.addWidget(widget)
    widget.set_rows(ROWS)
    assert not widget.mine_only.isVisibleTo(widget)  # a caseworker: every case is theirs
    assert widget.model.rowCount() == len(ROWS)

    others = [row(OVERDUE, f"2026-01{n}", "A1", date(2026, 3, 1), mine=False) for n in range(3)]
    widget.set_rows([*ROWS, *others])
    assert widget.mine_only.isVisibleTo(widget) and widget.mine_only.isChecked()
    assert widget.model.rowCount() == len(ROWS)
    assert widget.summary.text().startswith("Forfalt: 2 ")  # own overdue only
    widget.mine_only.setChecked(False)
    assert widget.model.rowCount() == len(ROWS) + 3
    assert widget.summary.text().startswith("Forfalt: 5 ")
