"""Reminders with a controlled clock, a real vault and a real QtScheduler (issue 3, part 2).

The fake clock decides what "now" is; the scheduler runs on real time, so a reminder due at
08:00 when the fake clock says 07:59:59.8 is a job 200 ms ahead. Every wait is on a signal.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QObject

from desktop.deadline_service import FIRED, HANDLED, SNOOZED
from desktop.notifier import Notifier
from desktop.reminders import Scheduler, _Relay
from domain.identity import mask
from domain.reports import IntakeDecision, IntakeOutcome
from tests.desktop.reminder_fixtures import (
    CHILD_FAMILY,
    CHILD_GIVEN,
    DAY3,
    SYNTHETIC_FNR,
    add_report,
    at,
    keys_for,
    rig_fixture,  # noqa: F401 - the ``rig`` fixture
    start,
)


def _scan(text: str) -> None:
    """B8: no name and no identity number, whole or masked, in anything the tray shows."""
    for secret in (
        CHILD_GIVEN,
        CHILD_FAMILY,
        SYNTHETIC_FNR,
        SYNTHETIC_FNR[:6],
        mask(SYNTHETIC_FNR),
    ):
        assert secret not in text


def test_a_reminder_fires_at_its_time_with_the_case_number_only(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(DAY3, 7, 59, 59.8))
    notifier = Notifier(use_tray=False)
    rig.service.reminders_due.connect(lambda entries: notifier.notify(entries, DAY3))
    due: list[tuple] = []
    rig.service.reminders_due.connect(due.append)
    start(qtbot, rig)
    assert due == []  # not yet: 08:00 is 200 ms away
    assert keys_for(rig, "2026-0142")  # the day-3 reminder has its job
    with qtbot.waitSignal(notifier.notification_shown, timeout=5_000) as shown:
        pass  # the real QtScheduler fires the job ~200 ms later
    title, text = shown.args
    assert text == "Frist 09.03.2026: vurdering av melding i sak 2026-0142"
    _scan(title + text)
    assert [e.case_number for e in due[0]] == ["2026-0142"]
    left = keys_for(rig, "2026-0142")
    assert left and not any(key.endswith(":day3") for key in left)  # the job ran once and went


def test_a_change_to_the_case_reschedules_its_reminders(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(date(2026, 3, 3), 12))
    start(qtbot, rig)
    case_id = rig.cases["2026-0142"]
    scheduled = keys_for(rig, "2026-0142")
    assert any(key.endswith(":day3") for key in scheduled)
    snapshot = rig.service.snapshot
    assert snapshot is not None
    report_id = next(e.subject_id for e in snapshot.reminders if e.case_id == case_id)
    decision = IntakeDecision(IntakeOutcome.HENLAGT, date(2026, 3, 3), "tester", "Ingen grunn.")
    with qtbot.waitSignal(rig.service.rescheduled, timeout=10_000):
        rig.runner.run(lambda v: v.reports.decide(report_id, decision))
    assert keys_for(rig, "2026-0142") == set()  # A1 met: its jobs are gone
    with qtbot.waitSignal(rig.service.rescheduled, timeout=10_000):
        rig.runner.run(
            lambda v: add_report(v, case_id, at(date(2026, 3, 3), 9).replace(tzinfo=None))
        )
    after = keys_for(rig, "2026-0142")
    assert after and not after & scheduled  # a new melding: new jobs
    times = [t for t, keys in rig.service.scheduled().items() if set(keys) & after]
    assert at(date(2026, 3, 6), 8) in times  # its day 3 at the reminder hour


def test_a_clock_jump_past_two_reminders_catches_up_once(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(date(2026, 3, 4), 12))  # before both day-3 reminders (5 and 6 March)
    start(qtbot, rig)
    due: list[tuple] = []
    rig.service.reminders_due.connect(due.append)
    assert keys_for(rig, "2026-0142") and keys_for(rig, "2026-0143")
    rig.service.heartbeat()  # baseline
    rig.clock.set(at(date(2026, 3, 6), 12))  # asleep for two days; monotonic stood still
    with qtbot.waitSignal(rig.service.reminders_due, timeout=10_000):
        rig.service.heartbeat()
    assert len(due) == 1
    assert sorted(e.case_number for e in due[0]) == ["2026-0142", "2026-0143"]
    assert all(e.key.endswith(":day3") for e in due[0])
    # Again: another gap and another derivation show nothing twice.
    with qtbot.waitSignal(rig.service.rescheduled, timeout=10_000):
        rig.service.on_clock_jump()
    assert len(due) == 1
    fired = rig.call(qtbot, lambda v: v.settings.get(FIRED))
    assert {e.key for e in due[0]} <= set(fired)  # persisted in the vault: not again on unlock


def test_passed_rungs_of_one_deadline_fire_once_as_the_latest(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(date(2026, 3, 9), 9))  # 0142: day 3 and day 6 passed, 0143: day 3 and 6
    due: list[tuple] = []
    rig.service.reminders_due.connect(due.append)
    start(qtbot, rig)
    assert len(due) == 1  # caught up at derivation, in one batch
    levels = {e.case_number: e.level for e in due[0]}
    assert levels == {"2026-0142": "alert_leader", "2026-0143": "alert_leader"}
    with qtbot.waitSignal(rig.service.rescheduled, timeout=10_000):
        rig.service.start()  # lock and unlock again: fired keys come from the vault
    assert len(due) == 1


def test_a_normal_heartbeat_derives_nothing_and_a_new_day_does(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(date(2026, 3, 4), 23, 58, 30))
    start(qtbot, rig)
    rig.clock.advance(seconds=60)
    rig.mono.value += 60
    rig.service.heartbeat()
    assert not rig.service.derivation_pending
    rig.clock.advance(seconds=60)  # past midnight: statuses and the horizon move on
    rig.mono.value += 60
    with qtbot.waitSignal(rig.service.rescheduled, timeout=10_000):
        rig.service.heartbeat()


def test_a_sleep_where_monotonic_time_runs_on_is_a_gap_too(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(date(2026, 3, 4), 12))
    start(qtbot, rig)
    rig.clock.advance(hours=3)
    rig.mono.value += 3 * 3600  # Windows counts sleep in monotonic time: the beat came late
    with qtbot.waitSignal(rig.service.rescheduled, timeout=10_000):
        rig.service.heartbeat()


def test_snooze_and_handled_are_kept_in_the_vault(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(date(2026, 3, 5), 9))  # 0142's day 3 has passed: caught up at start
    due: list[tuple] = []
    rig.service.reminders_due.connect(due.append)
    start(qtbot, rig)
    key = due[0][0].key
    with qtbot.waitSignal(rig.service.snapshot_changed, timeout=5_000):
        rig.service.snooze(key, days=1)
    assert key in rig.service.scheduled()[at(date(2026, 3, 6), 8)]  # tomorrow, 08:00
    stored = rig.call(qtbot, lambda v: v.settings.get(SNOOZED))
    assert stored == {key: at(date(2026, 3, 6), 8).isoformat()}
    with qtbot.waitSignal(rig.service.snapshot_changed, timeout=5_000):
        rig.service.mark_handled(key)
    assert key not in {k for keys in rig.service.scheduled().values() for k in keys}
    assert key in rig.call(qtbot, lambda v: v.settings.get(HANDLED))
    rows = rig.service.snapshot.rows  # type: ignore[union-attr]
    assert any(r.reminder_key == key and r.handled for r in rows)


def test_lock_clears_every_job_and_ignores_late_results(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(date(2026, 3, 4), 12))
    start(qtbot, rig)
    assert rig.service.scheduled()
    rig.service.derive_now()  # a load under way while the vault locks
    rig.service.stop()
    assert rig.service.scheduled() == {}
    assert rig.service.snapshot is None
    assert rig.service.scheduler.get_jobs() == []
    rig.call(qtbot, lambda v: None)  # the stale load has come back meanwhile: dropped
    assert rig.service.snapshot is None


def test_the_scheduler_restarts_one_timer_instead_of_adding_chains(qtbot) -> None:  # noqa: ANN001
    calls: list[int] = []

    class Counting(Scheduler):
        def _process_jobs(self) -> None:
            calls.append(1)
            super()._process_jobs()

    owner = QObject()
    relay = _Relay(owner)
    scheduler = Counting(owner)
    scheduler.start()
    try:
        soon = datetime.now(UTC) + timedelta(milliseconds=150)
        with qtbot.waitSignal(relay.job_fired, timeout=5_000):
            scheduler.add_job(relay.fire, "date", run_date=soon, args=(0, "x"), id="job")
            for _ in range(30):
                scheduler.wakeup()  # upstream: 30 more timer chains, each living on
        assert len(calls) <= 4  # the wake-ups coalesce; then one run when the job is due
    finally:
        scheduler.shutdown(wait=True)


def test_a_reminder_due_while_locked_says_only_that_one_waits_and_unlock_shows_it(
    qtbot, rig  # noqa: ANN001
) -> None:
    """B8 while locked: the tray says how many reminders wait, never which case; the unlock
    then catches the reminder itself up once, with its case number."""
    rig.clock.set(at(DAY3, 7, 59, 59.7))
    notifier = Notifier(use_tray=False)
    rig.service.waiting_while_locked.connect(notifier.notify_locked)
    rig.service.reminders_due.connect(lambda entries: notifier.notify(entries, DAY3))
    start(qtbot, rig)
    assert keys_for(rig, "2026-0142")
    rig.service.lock()
    assert rig.service.snapshot is None and rig.service.scheduled() == {}
    waiting = rig.service.locked_waiting()
    assert waiting[at(DAY3, 8)] == 1 and min(waiting) == at(DAY3, 8)  # 2026-0142's day 3
    assert sum(waiting.values()) == len(waiting) > 1  # the later rungs of both cases too
    with qtbot.waitSignal(notifier.notification_shown, timeout=5_000) as shown:
        pass  # 08:00 comes while the app is locked
    title, text = shown.args
    assert text == "En påminnelse venter. Lås opp Feltjournal for å se den."
    assert "2026-0142" not in title + text
    _scan(title + text)

    rig.clock.set(at(DAY3, 9))
    with qtbot.waitSignal(notifier.notification_shown, timeout=5_000) as shown:
        start(qtbot, rig)  # unlock: derived again, the passed rung caught up
    assert "2026-0142" in shown.args[1]
    assert rig.service.locked_waiting() == {}


def test_a_lock_with_nothing_ahead_keeps_no_job(qtbot, rig) -> None:  # noqa: ANN001
    rig.clock.set(at(date(2026, 3, 20), 12))  # both A1 deadlines long past: nothing ahead
    start(qtbot, rig)
    rig.service.lock()
    assert rig.service.scheduler.get_jobs() == []
