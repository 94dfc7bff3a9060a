"""Reminders: the one module that wraps APScheduler 3's ``QtScheduler`` (DESIGN.md §4).

On unlock the service derives the reminders from the deadlines (on the DB thread, see
``deadline_service``), plans them (``reminder_plan``) and schedules one job per fire time
within the horizon; after every change to a case it derives again; on lock every job and
every entry is dropped, but for the moments reminders were due (``lock``): then the tray
says only how many wait, until the unlock shows them. Jobs run on the scheduler's executor
threads and only emit a signal (STYLE.md rule 9); the work happens on the GUI thread or the
DB thread.

Time: the app's clock is injected (``clock()``), the scheduler runs on the real clock. A job
for a moment ``at`` of the injected clock is scheduled ``at - clock()`` from the real now,
so a test whose fake clock says 07:59:59.8 gets its 08:00 reminder 200 ms later.

Sleep and clock jumps: a heartbeat job compares the wall clock with the monotonic clock
(and with when it was due); a gap, or a new day, re-derives, and whatever became due is
caught up once (``coalesce``; ``misfire_grace_time=None`` runs a late job however late).
The heartbeat also wakes the scheduler at least once a minute: its Qt timer counts monotonic
time, which Linux and macOS stop during sleep, while the jobs are due in wall-clock time.

Whose reminders: each derivation carries the user's ``Audience`` (role and names, read from
the vault), and planning keeps only the rungs meant for them: a leader is alerted on the
unit's cases (A1 day 6, fristbrudd), a caseworker reminded of every rung of their own.
"""

from __future__ import annotations

import logging
import math
import time as _time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from desktop.deadline_service import (
    DeadlineSnapshot,
    load_snapshot,
    record_fired,
    record_handled,
    record_snooze,
    rows_with_state,
)
from desktop.reminder_plan import (
    ReminderConfig,
    ReminderEntry,
    ReminderState,
    clock_gap,
    due_now,
    fire_time,
    next_midnight,
    plan,
)
from desktop.tasks import TaskRunner
from domain.changes import Changes

log = logging.getLogger(__name__)

HEARTBEAT, MIDNIGHT, REMINDERS, LOCKED = "heartbeat", "midnight", "reminders", "locked"
_MAX_TIMER_MS = 2_147_483_647


class _Timer(QObject):
    """The scheduler's one wake-up timer, started and stopped on its own (GUI) thread."""

    start_requested = Signal(int)
    stop_requested = Signal()

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(callback)
        self.start_requested.connect(self._start)
        self.stop_requested.connect(self.timer.stop)

    @Slot(int)
    def _start(self, ms: int) -> None:
        self.timer.start(ms)


class Scheduler(QtScheduler):  # type: ignore[misc]  # APScheduler 3 has no type hints
    """``QtScheduler`` with one owned timer.

    Upstream keeps the return value of ``QTimer.singleShot``, which is ``None`` under PySide6,
    so its timer is never stopped and every wake-up starts another chain of timers that
    lives until the app quits. Here one single-shot timer is restarted instead.
    """

    def __init__(self, parent: QObject, **options: Any) -> None:
        self._waker = _Timer(self._process_jobs, parent)
        super().__init__(**options)

    def _start_timer(self, wait_seconds: float | None) -> None:
        if wait_seconds is None:
            self._waker.stop_requested.emit()
        else:
            # Rounded up: rounded down, the last millisecond before a job spins the loop.
            ms = min(math.ceil(wait_seconds * 1000), _MAX_TIMER_MS)
            self._waker.start_requested.emit(max(ms, 0))

    def _stop_timer(self) -> None:
        self._waker.stop_requested.emit()


class _Relay(QObject):
    """What a job does on its executor thread: emit one signal (queued to the GUI thread)."""

    job_fired = Signal(int, str, object)  # generation, kind, payload

    def fire(self, generation: int, kind: str, payload: object = None) -> None:
        """Called by APScheduler on an executor thread."""
        self.job_fired.emit(generation, kind, payload)


def _wall_now() -> datetime:
    """The real clock, which the scheduler itself runs on."""
    return datetime.now(UTC)


class ReminderService(QObject):
    """Derives, schedules and fires reminders; see the module docstring.

    Signals (past-tense facts, on the GUI thread): ``reminders_due(tuple[ReminderEntry])``:
    one batch to show now; ``snapshot_changed(DeadlineSnapshot)``: deadlines or reminder
    state changed (the Frister view and the badge); ``rescheduled()``: jobs were rebuilt;
    ``failed(exc)``: a derivation failed.
    """

    reminders_due = Signal(object)
    waiting_while_locked = Signal(int)  # how many reminders came due while locked (no more)
    snapshot_changed = Signal(object)
    rescheduled = Signal()
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        clock: Callable[[], datetime],
        config: ReminderConfig | None = None,
        *,
        monotonic: Callable[[], float] = _time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self.config = config or ReminderConfig()
        self._monotonic = monotonic
        self._relay = _Relay(self)
        self._relay.job_fired.connect(self._on_job)
        self.scheduler = Scheduler(
            self,
            timezone=self.config.tz,
            executors={"default": ThreadPoolExecutor(2)},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
        )
        self.scheduler.start(paused=True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.config.debounce_ms)
        self._debounce.timeout.connect(self.derive_now)
        self._reset()
        self._active = False
        self._generation = 0

    def _reset(self) -> None:
        self._loading = False
        self._dirty = False
        self._snapshot: DeadlineSnapshot | None = None
        self._entries: dict[str, ReminderEntry] = {}
        self._state: ReminderState | None = None
        self._last: tuple[datetime, float] | None = None

    # lifecycle ----------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """True between ``start`` (unlock) and ``stop`` (lock)."""
        return self._active

    def start(self) -> None:
        """On unlock: resume the scheduler, start the heartbeat and derive at once."""
        self.stop()
        self._active = True
        self._resume_with_heartbeat()
        self._last = (self._clock(), self._monotonic())
        self.derive_now()

    def _resume_with_heartbeat(self) -> None:
        """Run the scheduler with the heartbeat that wakes it after a sleep (module doc)."""
        self.scheduler.resume()
        self.scheduler.add_job(
            self._relay.fire,
            "interval",
            seconds=self.config.heartbeat_s,
            args=(self._generation, HEARTBEAT),
            id=HEARTBEAT,
            replace_existing=True,
        )

    def stop(self) -> None:
        """On lock: drop every job, entry and state; results still on their way are ignored."""
        self._generation += 1
        self._active = False
        self._debounce.stop()
        self.scheduler.remove_all_jobs()
        self.scheduler.pause()
        self._reset()

    def lock(self) -> None:
        """On lock: forget every reminder but *when* each was due, and say so when it is.

        Why: caseworkers leave the app locked for hours; a reminder that waited silently for
        the unlock could be missed. While locked only the fire times (and how many fall at
        each) stay in memory — no case, no rule, no text — and each one shows "N påminnelser
        venter, lås opp" (``waiting_while_locked``). The unlock derives everything again and
        catches the reminders themselves up once, with their case numbers.
        """
        waiting = {at: len(keys) for at, keys in self.scheduled().items()}
        self.stop()
        if not waiting:
            return
        now = self._clock()
        self._resume_with_heartbeat()
        for at, count in waiting.items():
            self._date_job(f"{LOCKED}@{at.isoformat()}", at, now, LOCKED, (at, count))

    def locked_waiting(self) -> dict[datetime, int]:
        """While locked: fire times (injected clock) → how many reminders fall there."""
        found: dict[datetime, int] = {}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(LOCKED + "@"):
                at, count = job.args[2]
                found[at] = count
        return found

    def shutdown(self) -> None:
        """On quit: stop and shut the scheduler down (its executor threads finish)."""
        self.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)

    # deriving -----------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Derive again when a change touches deadlines (debounced: one load per burst)."""
        if changes.deadlines or changes.case_list:
            self.derive()

    @property
    def derivation_pending(self) -> bool:
        """True while a derivation is asked for or under way."""
        return self._debounce.isActive() or self._loading

    def derive(self) -> None:
        """Ask for a derivation soon; several requests in a burst make one."""
        if self._active:
            self._debounce.start()

    def derive_now(self) -> None:
        """Load the deadlines on the DB thread now (or right after the load under way)."""
        if not self._active:
            return
        if self._loading:
            self._dirty = True
            return
        self._loading = True
        generation, today, config = self._generation, self.today(), self.config
        self._runner.run(
            lambda vault: load_snapshot(vault, today, config),
            lambda snapshot: self._loaded(generation, snapshot),
            lambda error: self._load_failed(generation, error),
            label="reminders.derive",
        )

    def _loaded(self, generation: int, snapshot: DeadlineSnapshot) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if self._state is None:
            self._state = snapshot.state  # later, memory leads: it holds writes still queued
        self._snapshot = snapshot
        self._entries = {entry.key: entry for entry in snapshot.reminders}
        self._replan()
        if self._dirty:
            self._dirty = False
            self.derive_now()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            log.warning("reminder derivation failed: %s", type(error).__name__)
            self.failed.emit(error)

    def _replan(self) -> None:
        """Plan against ``now``: fire what is due, (re)schedule jobs, publish the rows."""
        assert self._state is not None
        now = self._clock()
        audience = self._snapshot.audience if self._snapshot is not None else None
        result = plan(self._entries.values(), self._state, now, self.config, audience)
        self._schedule(result.jobs, now)
        if result.catch_up:
            self._fire(result.catch_up, result.fired_now)
        self.rescheduled.emit()
        self._publish()

    # scheduling -----------------------------------------------------------------------------

    def _schedule(self, jobs: Mapping[datetime, tuple[str, ...]], now: datetime) -> None:
        """One date job per fire time; every run date is computed afresh from ``now``."""
        wanted = {f"{REMINDERS}@{at.isoformat()}": (at, keys) for at, keys in jobs.items()}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(REMINDERS + "@") and job.id not in wanted:
                job.remove()
        for job_id, (at, keys) in wanted.items():
            self._date_job(job_id, at, now, REMINDERS, (at, keys))
        # Statuses and the horizon move on at midnight: derive again just after it.
        self._date_job(MIDNIGHT, next_midnight(now, self.config), now, MIDNIGHT)

    def _date_job(
        self, job_id: str, at: datetime, now: datetime, kind: str, payload: object = None
    ) -> None:
        self.scheduler.add_job(
            self._relay.fire,
            "date",
            run_date=_wall_now() + (at - now),  # the same moment in production; see above
            args=(self._generation, kind, payload),
            id=job_id,
            replace_existing=True,
        )

    def scheduled(self) -> dict[datetime, tuple[str, ...]]:
        """Pending reminder jobs: fire time (injected clock) → reminder keys."""
        found: dict[datetime, tuple[str, ...]] = {}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(REMINDERS + "@"):
                at, keys = job.args[2]
                found[at] = keys
        return found

    # firing -------------------------------------------------------------------------------

    @Slot(int, str, object)
    def _on_job(self, generation: int, kind: str, payload: object) -> None:
        """A job fired (queued here from its executor thread)."""
        if generation != self._generation:
            return
        if kind == LOCKED and not self._active:
            _at, count = cast(tuple[datetime, int], payload)
            self.waiting_while_locked.emit(count)
            return
        if not self._active:
            return
        if kind == HEARTBEAT:
            self.heartbeat()
        elif kind == MIDNIGHT:
            self.derive()
        elif kind == REMINDERS and self._state is not None:
            at, keys = cast(tuple[datetime, tuple[str, ...]], payload)
            entries = due_now(keys, self._entries, self._state, at)
            if entries:
                self._fire(entries, [entry.key for entry in entries])
                self._publish()

    def _fire(self, entries: tuple[ReminderEntry, ...], keys: Any) -> None:
        assert self._state is not None
        keys = frozenset(keys)
        self._state = self._state.with_fired(keys)
        self._persist(lambda vault: record_fired(vault, keys), "reminders.fired")
        log.info("%d reminders due", len(entries))
        self.reminders_due.emit(entries)

    def heartbeat(self) -> None:
        """Compare the clocks since the last beat; a gap or a new day re-derives."""
        last, self._last = self._last, (self._clock(), self._monotonic())
        if last is not None and self._active and clock_gap(last, self._last, self.config):
            self.on_clock_jump()

    def on_clock_jump(self) -> None:
        """After sleep or a clock change: derive again; what became due is caught up once."""
        log.info("clock gap: deriving reminders again")
        self.derive()

    # the user's decisions -------------------------------------------------------------------

    def mark_handled(self, key: str) -> None:
        """The reminder never fires again (persisted in the vault)."""
        if self._state is None or not key:
            return
        self._state = self._state.with_handled(key)
        self._persist(lambda vault: record_handled(vault, key), "reminders.handled")
        self._replan()

    def snooze(self, key: str, days: int = 1) -> None:
        """Fire the reminder again ``days`` from today at the reminder hour."""
        if self._state is None or not key:
            return
        until = fire_time(self.today() + timedelta(days=days), self.config)
        self._state = self._state.with_snooze(key, until)
        self._persist(lambda vault: record_snooze(vault, key, until), "reminders.snooze")
        if key in self._entries:
            self._replan()
        else:
            self._publish()
            self.derive()  # an older rung: the next load brings it back as snoozed

    def _persist(self, write: Callable[[Any], None], label: str) -> None:
        """Queue a write of the reminders' state on the DB thread (after any load queued)."""
        self._runner.run(write, None, self._persist_failed, label=label)

    def _persist_failed(self, error: BaseException) -> None:
        log.warning("reminder state not saved: %s", type(error).__name__)
        self.failed.emit(error)

    # what the views see ---------------------------------------------------------------------

    def today(self) -> date:
        """The injected clock's calendar day in Europe/Oslo."""
        return self._clock().astimezone(self.config.tz).date()

    @property
    def snapshot(self) -> DeadlineSnapshot | None:
        """The latest derivation with the reminders' current state (None while locked)."""
        if self._snapshot is None or self._state is None:
            return None
        rows = tuple(rows_with_state(self._snapshot.rows, self._state))
        return replace(self._snapshot, rows=rows, state=self._state)

    def _publish(self) -> None:
        snapshot = self.snapshot
        if snapshot is not None:
            self.snapshot_changed.emit(snapshot)
