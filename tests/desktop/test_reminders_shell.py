"""Frister in the running app: unlock derives, the badge counts, the tray falls back to the
status bar without a name, the view's intents reach the controllers, lock clears it all.
"""

from __future__ import annotations

from datetime import timedelta

from desktop.app import Shell
from domain.identity import mask
from domain.reports import Channel, Report, ReporterType
from tests.desktop.shell_fixtures import NOW, unlock  # make_shell, seeded: conftest.py

SECRETS = ("Emma", "Nordmann", "14831551217", "148315", mask("14831551217"))


def unlocked(qtbot, make_shell) -> tuple[Shell, list[tuple[str, str]]]:  # noqa: ANN001
    shell = make_shell()
    shown: list[tuple[str, str]] = []
    shell.deadlines.notifier.notification_shown.connect(lambda t, x: shown.append((t, x)))
    with qtbot.waitSignal(shell.deadlines.service.snapshot_changed, timeout=10_000):
        unlock(qtbot, shell)
    return shell, shown


def test_unlock_fills_frister_badge_and_notifies_without_a_name(qtbot, make_shell, seeded) -> None:  # noqa: ANN001
    shell, shown = unlocked(qtbot, make_shell)
    window = shell.window
    tabs = window.workspace_tabs
    assert tabs.tabText(tabs.indexOf(window.deadlines_view)) == "Frister (1)"
    assert window.overdue_badge.accessibleName() == "1 frister er overskredet"
    rows = window.deadlines_view.model.all_rows()
    overdue = [r for r in rows if r.group == "overdue"]
    assert [(r.case_number, r.rule) for r in overdue] == [("2026-0001", "A1")]
    # The A1 melding is 10 days old: its fristbrudd rung is caught up once, at unlock.
    assert shown == [("Varsel om frist", "Fristbrudd: vurdering av melding i sak 2026-0001")]
    status = window.statusBar().currentMessage()
    assert "2026-0001" in status
    for secret in SECRETS:
        assert all(secret not in text for pair in shown for text in pair)
        assert secret not in status


def test_opening_a_deadline_goes_to_the_intake_decision(qtbot, make_shell, seeded) -> None:  # noqa: ANN001
    shell, _ = unlocked(qtbot, make_shell)
    view = shell.window.deadlines_view
    shell.window.deadlines_action.trigger()  # Ctrl+D
    assert shell.window.workspace_tabs.currentWidget() is view
    assert view.current_row() is not None  # the keyboard is on the first row
    assert view.select_deadline(f"A1:{_report_id(shell)}:")
    with qtbot.waitSignal(shell.runner.busy_changed, check_params_cb=lambda busy: not busy):
        view.go_button.click()
    assert shell.window.workspace_tabs.currentIndex() == 0  # the case, beside the list
    assert shell.window.case_view.case_id == seeded.overdue_case
    assert shell.intake.decision_dialog is not None and shell.intake.decision_dialog.isVisible()
    shell.intake.decision_dialog.close()


def test_a_click_on_the_notification_opens_the_overview(qtbot, make_shell, seeded) -> None:  # noqa: ANN001
    shell, _ = unlocked(qtbot, make_shell)
    shell.window.show_cases()
    shell.deadlines.notifier.activated.emit()
    view = shell.window.deadlines_view
    assert shell.window.workspace_tabs.currentWidget() is view
    current = view.current_row()
    assert current is not None and current.rule == "A1" and current.group == "overdue"


def test_a_new_melding_re_derives_and_the_badge_follows(qtbot, make_shell, seeded) -> None:  # noqa: ANN001
    shell, shown = unlocked(qtbot, make_shell)
    received = (NOW - timedelta(days=9)).replace(tzinfo=None)
    report = Report(seeded.fortrolig_case, received, Channel.LETTER, ReporterType.ANONYMOUS, "X")
    with qtbot.waitSignal(shell.deadlines.service.snapshot_changed, timeout=10_000):
        shell.runner.run(lambda v: v.reports.add(report))
    tabs = shell.window.workspace_tabs
    assert tabs.tabText(tabs.indexOf(shell.window.deadlines_view)) == "Frister (2)"
    assert shown[-1] == ("Varsel om frist", "Fristbrudd: vurdering av melding i sak 2026-0003")
    assert len(shown) == 2  # the first one was not repeated


def test_handled_from_the_view_and_lock_clears(qtbot, make_shell, seeded) -> None:  # noqa: ANN001
    shell, _ = unlocked(qtbot, make_shell)
    view = shell.window.deadlines_view
    assert view.select_deadline(f"A1:{_report_id(shell)}:")
    with qtbot.waitSignal(shell.deadlines.service.snapshot_changed):
        view.handled_button.click()
    assert view.current_row().handled  # type: ignore[union-attr]
    shell.session.lock()
    assert view.model.all_rows() == []
    assert shell.window.overdue_badge.isHidden()
    assert not shell.deadlines.service.active
    service = shell.deadlines.service
    assert service.scheduled() == {} and service.snapshot is None
    # Locked, only the times of reminders ahead stay (to say that some wait), nothing else.
    kinds = {job.id.split("@")[0] for job in service.scheduler.get_jobs()}
    assert kinds <= {"heartbeat", "locked"}
    assert all(isinstance(n, int) for n in service.locked_waiting().values())


def _report_id(shell: Shell) -> str:
    rows = shell.window.deadlines_view.model.all_rows()
    return next(r.subject_id for r in rows if r.rule == "A1")


def test_a_letter_deadline_opens_the_letters_to_the_reporter(qtbot, make_shell, seeded) -> None:  # noqa: ANN001
    shell, _ = unlocked(qtbot, make_shell)
    view = shell.window.deadlines_view
    letters = [r for r in view.model.all_rows() if r.action == "send_receipt_letter"]
    assert [r.case_id for r in letters] == [seeded.overdue_case]  # A4a: the melding's receipt
    shell.window.show_deadlines()
    assert view.select_deadline(letters[0].deadline_key)
    with qtbot.waitSignal(shell.runner.busy_changed, check_params_cb=lambda busy: not busy):
        view.go_button.click()
    assert shell.window.case_view.case_id == seeded.overdue_case
    dialog = shell.office.documents.letter_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
