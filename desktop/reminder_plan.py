"""What to remind about and when: pure rules, no Qt, no clock of their own (DESIGN.md §4).

The deadline engine gives every open deadline a ladder of reminders with stable keys
(``Deadline.reminders``). This module decides, for an injected ``now``, which of them fire
at once (catch-up), which get a job in the scheduler, and which wait for a later derivation:

- a reminder fires at ``ReminderConfig.hour`` (Europe/Oslo) on its ``on`` date, or at the
  end of its snooze;
- a reminder marked handled never fires; one already fired (persisted in the vault) never
  fires again, so an unlock, a change or a clock jump does not repeat it;
- a reminder whose time has passed fires once, at derivation ("catch-up"); of several
  passed rungs of one deadline only the latest is shown (the others count as fired);
- only reminders due within ``horizon_days`` get a job; the rest wait for the daily
  re-derivation at midnight. Jobs are grouped by fire time: one job per moment, not per key;
- who the user is decides which rungs are theirs (``Audience``): a leader's device holds the
  whole unit's cases (the server grants them, B1), so on a case another caseworker has the
  leader gets only the rungs addressed to a leader (``alert_leader``: A1 day 6) and the ones
  past the limit (fristbrudd); the leader's own and unassigned cases keep the full ladder.
  Anyone else, and a single-user journal, gets every rung of every case in the vault.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")

_LEVEL_RANK = {"info": 0, "warning": 1, "alert_leader": 2, "blocking": 3}
ALERT_LEADER = "alert_leader"  # domain.deadlines.ReminderLevel.ALERT_LEADER
LEADER_ROLE = "leder"  # domain.access.Role.LEDER, as the server names it


@dataclass(frozen=True)
class ReminderConfig:
    """When and how far ahead reminders are scheduled; the defaults are the app's."""

    hour: int = 8
    minute: int = 0
    horizon_days: int = 14  # jobs only for reminders due this soon (re-derived daily)
    catch_up_days: int = 14  # passed reminders older than this are left to the Frister view
    heartbeat_s: float = 60.0  # the clock-gap check; also bounds how late a timer can fire
    jump_threshold_s: float = 90.0  # a wall-clock gap larger than this is a sleep or a jump
    debounce_ms: int = 400  # changes arriving together cause one derivation
    tz: ZoneInfo = OSLO


@dataclass(frozen=True)
class ReminderEntry:
    """One rung of a deadline's ladder, as much as a notification may know (no names, B8)."""

    key: str  # Reminder.key: stable, embeds the deadline's key and due date
    deadline_key: str  # Deadline.key (rule:subject:part)
    case_id: str
    case_number: str
    subject_id: str
    rule: str
    action: str  # domain.deadlines.Action value
    level: str  # domain.deadlines.ReminderLevel value
    on: date
    due_on: date
    caseworker: str = ""  # who has the case (a staff username, never shown): "" unassigned


@dataclass(frozen=True)
class Audience:
    """Whom the reminders are for: the user's server role and the names their cases carry.

    ``role`` is ``""`` for a single-user journal (its user holds every role: every rung is
    theirs) and the server's role name once enrolled. ``names`` are the caseworker values
    that mean "mine" (the server username and the vault's user).
    """

    role: str = ""
    names: frozenset[str] = frozenset()

    @property
    def leads(self) -> bool:
        """True for a leader's device, which holds cases other caseworkers have."""
        return self.role == LEADER_ROLE

    def mine(self, entry: ReminderEntry) -> bool:
        """The case is the user's own (or nobody's yet, which is the leader's to place)."""
        return self.mine_case(entry.caseworker)

    def mine_case(self, caseworker: str) -> bool:
        """A case with this caseworker is the user's own ("" — nobody's yet — counts)."""
        return not caseworker or caseworker in self.names

    def wants(self, entry: ReminderEntry) -> bool:
        """Whether this rung is for this user (see the module docstring)."""
        if not self.leads or self.mine(entry):
            return True
        return entry.level == ALERT_LEADER or entry.on > entry.due_on


@dataclass(frozen=True)
class ReminderState:
    """What the user and earlier runs decided, persisted in the vault (never QSettings)."""

    fired: frozenset[str] = frozenset()
    handled: frozenset[str] = frozenset()
    snoozed: Mapping[str, datetime] = field(default_factory=dict)

    def with_fired(self, keys: Iterable[str]) -> ReminderState:
        """After firing: the keys are fired and their snoozes are over."""
        keys = frozenset(keys)
        snoozed = {k: v for k, v in self.snoozed.items() if k not in keys}
        return ReminderState(self.fired | keys, self.handled, snoozed)

    def with_handled(self, key: str) -> ReminderState:
        """The user marked the reminder handled: it never fires again."""
        snoozed = {k: v for k, v in self.snoozed.items() if k != key}
        return ReminderState(self.fired, self.handled | {key}, snoozed)

    def with_snooze(self, key: str, until: datetime) -> ReminderState:
        """The user snoozed the reminder: it fires again at ``until``."""
        return ReminderState(self.fired - {key}, self.handled, {**self.snoozed, key: until})


@dataclass(frozen=True)
class Plan:
    """The outcome of planning: fire now, superseded rungs, and jobs by fire time."""

    catch_up: tuple[ReminderEntry, ...]
    superseded: frozenset[str]  # earlier passed rungs of a caught-up deadline: count as fired
    jobs: Mapping[datetime, tuple[str, ...]]

    @property
    def fired_now(self) -> frozenset[str]:
        """Every key that this plan's catch-up marks as fired."""
        return frozenset(e.key for e in self.catch_up) | self.superseded


def fire_time(on: date, config: ReminderConfig) -> datetime:
    """The moment a reminder for ``on`` fires: the configured hour, local time."""
    return datetime.combine(on, time(config.hour, config.minute), tzinfo=config.tz)


def next_midnight(now: datetime, config: ReminderConfig) -> datetime:
    """A few seconds after the next local midnight: when the daily re-derivation runs."""
    tomorrow = now.astimezone(config.tz).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0, 0, 5), tzinfo=config.tz)


def clock_gap(
    last: tuple[datetime, float], now: tuple[datetime, float], config: ReminderConfig
) -> bool:
    """True when two heartbeats (wall clock, monotonic clock) show a sleep, a jump or a new day.

    Linux and macOS stop the monotonic clock during sleep, so the wall clock runs ahead of it;
    Windows counts sleep in monotonic time too, so there the beat simply comes late.
    """
    wall_delta = (now[0] - last[0]).total_seconds()
    threshold = config.jump_threshold_s
    jumped = abs(wall_delta - (now[1] - last[1])) > threshold
    late = wall_delta > config.heartbeat_s + threshold
    new_day = now[0].astimezone(config.tz).date() != last[0].astimezone(config.tz).date()
    return jumped or late or new_day


def severity(entry: ReminderEntry) -> int:
    """Rank of the entry's level (info lowest, blocking highest)."""
    return _LEVEL_RANK.get(entry.level, 0)


def plan(
    entries: Iterable[ReminderEntry],
    state: ReminderState,
    now: datetime,
    config: ReminderConfig,
    audience: Audience | None = None,
) -> Plan:
    """Split reminders into catch-up (fire now), jobs within the horizon, and the rest.

    Rungs that are not for ``audience`` are left out before anything else, so they never get
    a job and never supersede a rung that is (default: every rung, as for a local journal).
    """
    if audience is not None:
        entries = [entry for entry in entries if audience.wants(entry)]
    horizon = now + timedelta(days=config.horizon_days)
    oldest = now.astimezone(config.tz).date() - timedelta(days=config.catch_up_days)
    passed: dict[str, list[ReminderEntry]] = {}
    jobs: dict[datetime, list[str]] = {}
    for entry in entries:
        if entry.key in state.handled or entry.key in state.fired:
            continue
        snooze = state.snoozed.get(entry.key)
        if snooze is None and entry.on < oldest:
            continue
        at = fire_time(entry.on, config)
        if snooze is not None:
            at = max(at, snooze)  # a snooze delays a reminder, never brings it forward
        if at <= now:
            passed.setdefault(entry.deadline_key, []).append(entry)
        elif at <= horizon:
            jobs.setdefault(at, []).append(entry.key)
    catch_up: list[ReminderEntry] = []
    superseded: set[str] = set()
    for rungs in passed.values():
        latest = max(rungs, key=lambda e: (e.on, severity(e)))
        catch_up.append(latest)
        superseded.update(e.key for e in rungs if e is not latest)
    catch_up.sort(key=notification_order)
    return Plan(
        tuple(catch_up), frozenset(superseded), {at: tuple(keys) for at, keys in jobs.items()}
    )


def notification_order(entry: ReminderEntry) -> tuple[int, date, str]:
    """Most severe first, then the earliest due date, then the case number."""
    return (-severity(entry), entry.due_on, entry.case_number)


def due_now(
    keys: Iterable[str],
    entries: Mapping[str, ReminderEntry],
    state: ReminderState,
    at: datetime,
) -> tuple[ReminderEntry, ...]:
    """The entries a job firing for ``at`` may still show: not fired, handled or snoozed past."""
    found = []
    for key in dict.fromkeys(keys):
        entry = entries.get(key)
        if entry is None or key in state.fired or key in state.handled:
            continue
        snooze = state.snoozed.get(key)
        if snooze is not None and snooze > at:
            continue
        found.append(entry)
    return tuple(sorted(found, key=notification_order))
