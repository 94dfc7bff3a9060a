"""Notification texts and the tray-less fallback (B8: the case number, never a name)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.app import install_translator
from desktop.notifier import Notifier, compose, reminder_line
from desktop.reminder_plan import ReminderEntry
from domain.deadlines import Action
from ui.main_window import MainWindow

TODAY = date(2026, 3, 10)


def entry(number: str, action: Action, due_in: int, level: str = "info") -> ReminderEntry:
    return ReminderEntry(
        key=f"k-{number}-{action}",
        deadline_key=f"d-{number}",
        case_id="c",
        case_number=number,
        subject_id="s",
        rule="A5",
        action=action.value,
        level=level,
        on=TODAY,
        due_on=TODAY + timedelta(days=due_in),
    )


def test_the_line_of_the_design() -> None:
    line = reminder_line(entry("2026-0142", Action.CONCLUDE_INVESTIGATION, 0), TODAY)
    assert line == "Frist i dag: undersøkelse i sak 2026-0142"
    assert reminder_line(entry("1", Action.DECIDE_INTAKE, 1), TODAY).startswith("Frist i morgen")
    assert reminder_line(entry("1", Action.DECIDE_INTAKE, -1), TODAY).startswith("Fristbrudd")
    assert reminder_line(entry("1", Action.VISIT, 9), TODAY).startswith("Frist 19.03.2026")


@pytest.mark.parametrize("action", list(Action))
def test_every_action_has_its_own_phrase(action: Action) -> None:
    line = reminder_line(entry("2026-0001", action, 3), TODAY)
    assert ": frist i sak" not in line  # the fallback phrase is for unknown actions only


def test_a_large_batch_is_one_message_with_a_count() -> None:
    batch = [entry(f"2026-{n:04d}", Action.DECIDE_INTAKE, 0) for n in range(1, 6)]
    batch[4] = entry("2026-0005", Action.SEND_BEGJAERING, -1, level="blocking")
    title, text = compose(batch, TODAY)
    assert title == "Varsel om frist"
    assert text.splitlines()[-1] == "… og 2 til (se Frister, Ctrl+D)"
    assert compose(batch[:1], TODAY)[0] == "Påminnelse om frist"


def test_without_a_tray_the_message_goes_to_the_status_bar(qtbot) -> None:  # noqa: ANN001
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the fallback path
    status: list[str] = []
    notifier = Notifier(status.append)
    assert not notifier.uses_tray
    with qtbot.waitSignal(notifier.notification_shown) as shown:
        notifier.notify([entry("2026-0142", Action.CONCLUDE_INVESTIGATION, 0)], TODAY)
    assert shown.args == ["Påminnelse om frist", "Frist i dag: undersøkelse i sak 2026-0142"]
    assert status == ["Påminnelse om frist: Frist i dag: undersøkelse i sak 2026-0142"]
    notifier.notify([], TODAY)
    assert len(status) == 1


def test_english(qapp) -> None:  # noqa: ANN001
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        line = reminder_line(entry("2026-0142", Action.CONCLUDE_INVESTIGATION, 0), TODAY)
        assert line == "Due today: investigation in case 2026-0142"
        batch = [entry(f"2026-{n:04d}", Action.VISIT, 2) for n in range(5)]
        assert compose(batch, TODAY)[1].endswith("… and 2 more (see Deadlines, Ctrl+D)")
        window = MainWindow()
        window.set_overdue_count(2)
        tabs = window.workspace_tabs
        assert tabs.tabText(tabs.indexOf(window.deadlines_view)) == "Deadlines (2)"
        assert window.overdue_badge.accessibleName() == "2 deadlines are overdue"
        assert window.deadlines_view.go_button.text() == "Go to &action"
        assert window.deadlines_view.snooze_actions[1].text() == "7 days"
        window.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_with_a_tray_the_message_goes_there_and_a_click_opens_the_overview(qtbot) -> None:  # noqa: ANN001
    status: list[str] = []
    notifier = Notifier(status.append, use_tray=True)  # offscreen: the icon exists, unseen
    assert notifier.uses_tray and notifier.tray is not None
    with qtbot.waitSignal(notifier.notification_shown):
        notifier.notify([entry("2026-0142", Action.DECIDE_INTAKE, -1, "alert_leader")], TODAY)
    assert status == []
    notifier.set_overdue(3)
    assert notifier.tray.toolTip() == "Feltjournal – Frister passert: 3"
    with qtbot.waitSignal(notifier.activated):
        notifier.tray.messageClicked.emit()
    with qtbot.assertNotEmitted(notifier.activated):
        notifier.tray.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    with qtbot.waitSignal(notifier.activated):
        notifier.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    notifier.hide()


def test_while_locked_only_a_count_is_shown(qtbot) -> None:  # noqa: ANN001
    """B8: a locked app knows when reminders fall due, not which; it says how many wait."""
    notifier = Notifier()
    with qtbot.waitSignal(notifier.notification_shown) as shown:
        notifier.notify_locked(3)
    assert shown.args == [
        "Påminnelse om frist",
        "3 påminnelser venter. Lås opp Feltjournal for å se dem.",
    ]
    with qtbot.assertNotEmitted(notifier.notification_shown):
        notifier.notify_locked(0)
