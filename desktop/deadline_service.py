"""Deadlines of every case for the Frister view and the reminders: runs on the DB thread.

One pass over the user's case files (``compute_deadlines`` per case, then ``summarize``)
gives both the rows the Frister view shows and the reminder entries the scheduler needs,
so 5,000 cases are read and computed once, off the GUI thread (``TaskRunner.run``).

Reminder entries carry the case number and never a name or an identity number (B8); they
also carry who has the case, so the plan can tell a leader's own cases from the unit's
(``reminder_plan.Audience``, read here from what the vault knows of the user). The
reminders' state (fired, handled, snoozed) lives in the vault's settings (never QSettings:
no case data outside the vault); keys of deadlines that are met or gone are pruned here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from desktop.jobs import atomic
from desktop.reminder_plan import Audience, ReminderConfig, ReminderEntry, ReminderState
from desktop.user_role import read_audience
from domain.casefile import CaseFile
from domain.deadlines import Deadline, Reminder, compute_deadlines, summarize
from ui.deadlines_model import LATER, OVERDUE, THIS_WEEK, FristRow

FIRED = "reminders.fired"
HANDLED = "reminders.handled"
SNOOZED = "reminders.snoozed"
"""Settings keys (inside the vault) of the reminders' state."""


@dataclass(frozen=True)
class DeadlineSnapshot:
    """Everything one derivation found, for ``today``."""

    today: date
    rows: tuple[FristRow, ...]
    reminders: tuple[ReminderEntry, ...]
    state: ReminderState
    investigation_ids: frozenset[str]
    audience: Audience = Audience()  # whom the reminders are for (every rung by default)

    @property
    def overdue(self) -> int:
        """How many deadlines of the user's own cases are past (the badge; a leader sees
        the unit's fristbrudd in the leader overview)."""
        return sum(1 for row in self.rows if row.group == OVERDUE and row.mine)


@dataclass(frozen=True)
class _CaseInfo:
    number: str
    child_name: str
    caseworker: str = ""


def load_snapshot(vault: Any, today: date, config: ReminderConfig) -> DeadlineSnapshot:
    """On the DB thread: compute every case's deadlines once; rows, reminders and state."""
    files: list[CaseFile] = vault.cases.all_files()
    state = read_state(vault)
    cases: dict[str, _CaseInfo] = {}
    deadlines: list[Deadline] = []
    investigations: set[str] = set()
    for case_file in files:
        child = case_file.child
        case = case_file.case
        cases[case.id] = _CaseInfo(
            case.number, child.full_name if child is not None else "", case.caseworker
        )
        investigations.update(i.id for i in case_file.investigations)
        deadlines.extend(compute_deadlines(case_file, today, include_met=False))
    first = today - timedelta(days=config.catch_up_days)
    last = today + timedelta(days=config.horizon_days + 1)
    entries, live = _entries(deadlines, cases, state, first, last)
    state = _prune(vault, state, live)
    audience = read_audience(vault)
    return DeadlineSnapshot(
        today,
        tuple(_rows(deadlines, cases, state, today, audience)),
        tuple(entries),
        state,
        frozenset(investigations),
        audience,
    )


def _entries(
    deadlines: Iterable[Deadline],
    cases: Mapping[str, _CaseInfo],
    state: ReminderState,
    first: date,
    last: date,
) -> tuple[list[ReminderEntry], set[str]]:
    """Reminder entries near ``[first, last]`` (or snoozed), and every live reminder key."""
    entries: list[ReminderEntry] = []
    live: set[str] = set()
    for deadline in deadlines:
        if not deadline.is_open or deadline.informational:
            continue  # informational deadlines (A16, A17) are nobody's task
        for reminder in deadline.reminders:
            live.add(reminder.key)
            if first <= reminder.on <= last or reminder.key in state.snoozed:
                entries.append(_entry(deadline, reminder, cases))
    return entries, live


def _entry(deadline: Deadline, reminder: Reminder, cases: Mapping[str, _CaseInfo]) -> ReminderEntry:
    info = cases.get(deadline.case_id)
    return ReminderEntry(
        key=reminder.key,
        deadline_key=deadline.key,
        case_id=deadline.case_id,
        case_number=info.number if info is not None else "",
        subject_id=deadline.subject_id,
        rule=deadline.rule,
        action=deadline.satisfied_by.value,
        level=reminder.level.value,
        on=reminder.on,
        due_on=deadline.due_on,
        caseworker=info.caseworker if info is not None else "",
    )


def _rows(
    deadlines: list[Deadline],
    cases: Mapping[str, _CaseInfo],
    state: ReminderState,
    today: date,
    audience: Audience,
) -> list[FristRow]:
    summary = summarize(deadlines, today)
    rows: list[FristRow] = []
    for group, found in ((OVERDUE, summary.overdue), (THIS_WEEK, summary.this_week)):
        rows.extend(_row(d, group, cases, state, today, audience) for d in found)
    rows.extend(_row(d, LATER, cases, state, today, audience) for d in summary.later)
    return rows


def _row(
    deadline: Deadline,
    group: str,
    cases: Mapping[str, _CaseInfo],
    state: ReminderState,
    today: date,
    audience: Audience,
) -> FristRow:
    info = cases.get(deadline.case_id) or _CaseInfo("", "")
    # Only a leader's device holds other caseworkers' cases; anyone else's are all theirs.
    mine = not audience.leads or audience.mine_case(info.caseworker)
    key = "" if deadline.informational else current_reminder(deadline.reminders, today)
    return FristRow(
        group=group,
        deadline_key=deadline.key,
        case_id=deadline.case_id,
        case_number=info.number,
        child_name=info.child_name,
        rule=deadline.rule,
        title=deadline.title,
        due_on=deadline.due_on,
        status=deadline.status.value,
        subject_id=deadline.subject_id,
        action=deadline.satisfied_by.value,
        informational=deadline.informational,
        reminder_key=key,
        handled=key in state.handled,
        snoozed_until=state.snoozed.get(key) if key else None,
        mine=mine,
    )


def current_reminder(reminders: Iterable[Reminder], today: date) -> str:
    """The rung the user acts on: the latest one on or before today, else the next one."""
    ordered = sorted(reminders, key=lambda r: r.on)
    passed = [r for r in ordered if r.on <= today]
    if passed:
        return passed[-1].key
    return ordered[0].key if ordered else ""


def rows_with_state(rows: Iterable[FristRow], state: ReminderState) -> list[FristRow]:
    """The rows with the reminders' state as it is now (after a snooze or "håndtert")."""
    updated = []
    for row in rows:
        key = row.reminder_key
        handled = bool(key) and key in state.handled
        snoozed = state.snoozed.get(key) if key else None
        if handled != row.handled or snoozed != row.snoozed_until:
            row = replace(row, handled=handled, snoozed_until=snoozed)
        updated.append(row)
    return updated


# the reminders' state in the vault ---------------------------------------------------------


def read_state(vault: Any) -> ReminderState:
    """The persisted state; unreadable entries are dropped rather than failing an unlock."""
    snoozed: dict[str, datetime] = {}
    stored = vault.settings.get(SNOOZED, {})
    for key, value in (stored if isinstance(stored, dict) else {}).items():
        try:
            when = datetime.fromisoformat(str(value))
        except ValueError:
            continue
        if when.tzinfo is not None:
            snoozed[str(key)] = when
    return ReminderState(_keys(vault, FIRED), _keys(vault, HANDLED), snoozed)


def _keys(vault: Any, name: str) -> frozenset[str]:
    stored = vault.settings.get(name, [])
    return frozenset(str(k) for k in stored) if isinstance(stored, list) else frozenset()


def _write(vault: Any, state: ReminderState) -> None:
    with atomic(vault):
        vault.settings.set(FIRED, sorted(state.fired))
        vault.settings.set(HANDLED, sorted(state.handled))
        vault.settings.set(SNOOZED, {k: v.isoformat() for k, v in sorted(state.snoozed.items())})


def _prune(vault: Any, state: ReminderState, live: set[str]) -> ReminderState:
    """Forget keys of reminders that no longer exist (met deadlines, moved due dates)."""
    pruned = ReminderState(
        state.fired & live,
        state.handled & live,
        {k: v for k, v in state.snoozed.items() if k in live},
    )
    if pruned != state:
        _write(vault, pruned)
    return pruned


def record_fired(vault: Any, keys: Iterable[str]) -> None:
    """On the DB thread: these reminders were shown (or superseded) and never fire again."""
    _write(vault, read_state(vault).with_fired(keys))


def record_handled(vault: Any, key: str) -> None:
    """On the DB thread: the user marked the reminder handled."""
    _write(vault, read_state(vault).with_handled(key))


def record_snooze(vault: Any, key: str, until: datetime) -> None:
    """On the DB thread: the user snoozed the reminder until ``until``."""
    _write(vault, read_state(vault).with_snooze(key, until))
