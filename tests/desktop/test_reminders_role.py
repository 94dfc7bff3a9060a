"""A1 (§ 2-1 (1) BVL2021, § 4-2 BVL1992): "remind on day 3, alert the leader on day 6".

A leader's device holds the whole unit's cases (the server grants them, B1), so the reminders
are role-aware: on a case another caseworker has, the leader gets the rungs addressed to a
leader (A1 day 6) and the fristbrudd rungs, never the caseworker's day-3 nudge; the leader's
own and unassigned cases keep the full ladder; a caseworker's reminders are as before.

The pure plan first, then the real ReminderService on a real vault (SQLCipher, enrolment and
role as the app stores them) with the real QtScheduler and a controlled clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.deadline_service import load_snapshot
from desktop.notifier import Notifier
from desktop.reminder_plan import (
    OSLO,
    Audience,
    ReminderConfig,
    ReminderEntry,
    ReminderState,
    fire_time,
    plan,
)
from desktop.reminders import ReminderService
from desktop.tasks import TaskRunner
from desktop.user_role import ROLE, read_audience, remember_role
from domain.cases import Case, CaseStatus
from domain.people import Person, PersonRole
from domain.syncstore import Credentials
from storage.keys import KdfParams
from storage.vault import Vault
from tests.desktop.reminder_fixtures import (
    CHILD_FAMILY,
    CHILD_GIVEN,
    PASSPHRASE,
    SYNTHETIC_FNR,
    FakeClock,
    FakeMonotonic,
    add_report,
    at,
)

CONFIG = ReminderConfig()
RECEIVED = date(2026, 3, 2)  # A1: day 3 = 5 March, day 6 = 8 March, due 9 March
DAY3, DAY6, DUE = date(2026, 3, 5), date(2026, 3, 8), date(2026, 3, 9)
LEADER = Audience("leder", frozenset({"lise"}))


def rung(name: str, on: date, level: str, caseworker: str) -> ReminderEntry:
    return ReminderEntry(
        key=f"A1:r1:{caseworker}:{name}",
        deadline_key=f"A1:r1:{caseworker}",
        case_id=f"case-{caseworker}",
        case_number="2026-0142",
        subject_id="r1",
        rule="A1",
        action="decide_intake",
        level=level,
        on=on,
        due_on=DUE,
        caseworker=caseworker,
    )


def ladder(caseworker: str) -> list[ReminderEntry]:
    """A1's ladder as the deadline engine gives it (domain/deadlines/rules.py)."""
    return [
        rung("day3", DAY3, "info", caseworker),
        rung("day6", DAY6, "alert_leader", caseworker),
        rung("fristbrudd", DUE + timedelta(days=1), "alert_leader", caseworker),
    ]


def keys(entries: Any) -> set[str]:
    return {key.rsplit(":", 1)[1] for key in entries}


def scheduled(result: Any) -> set[str]:
    return keys(k for batch in result.jobs.values() for k in batch)


# the pure plan ---------------------------------------------------------------------------


def test_A1_a_leader_gets_day_6_and_fristbrudd_of_a_caseworkers_case_but_not_day_3() -> None:
    before_day3 = datetime(2026, 3, 4, 12, tzinfo=OSLO)
    result = plan(ladder("anne"), ReminderState(), before_day3, CONFIG, LEADER)
    assert scheduled(result) == {"day6", "fristbrudd"}
    assert fire_time(DAY3, CONFIG) not in result.jobs
    on_day4 = datetime(2026, 3, 6, 12, tzinfo=OSLO)  # day 3 passed: nothing to catch up
    assert plan(ladder("anne"), ReminderState(), on_day4, CONFIG, LEADER).catch_up == ()


def test_A1_a_leader_catching_up_after_day_6_sees_the_alert() -> None:
    on_day7 = datetime(2026, 3, 9, 12, tzinfo=OSLO)
    result = plan(ladder("anne"), ReminderState(), on_day7, CONFIG, LEADER)
    assert keys(e.key for e in result.catch_up) == {"day6"}
    assert keys(result.superseded) == set()  # day 3 was never the leader's to fire


def test_A1_the_leaders_own_and_unassigned_cases_keep_the_full_ladder() -> None:
    before_day3 = datetime(2026, 3, 4, 12, tzinfo=OSLO)
    for caseworker in ("lise", ""):
        result = plan(ladder(caseworker), ReminderState(), before_day3, CONFIG, LEADER)
        assert scheduled(result) == {"day3", "day6", "fristbrudd"}, caseworker


@pytest.mark.parametrize(
    "audience",
    [None, Audience(), Audience("saksbehandler", frozenset({"anne"})), Audience("mottak")],
)
def test_A1_a_caseworker_and_a_local_journal_get_every_rung_as_before(
    audience: Audience | None,
) -> None:
    before_day3 = datetime(2026, 3, 4, 12, tzinfo=OSLO)
    for caseworker in ("anne", "bjorn"):
        result = plan(ladder(caseworker), ReminderState(), before_day3, CONFIG, audience)
        assert scheduled(result) == {"day3", "day6", "fristbrudd"}


def test_a_leader_gets_past_due_rungs_of_any_level_on_others_cases() -> None:
    behind = ReminderEntry(  # A21's "behind" rung: a warning the day after the limit
        "A21:p1:2026:behind",
        "A21:p1:2026",
        "c",
        "2026-0150",
        "p1",
        "A21",
        "visit",
        "warning",
        DUE + timedelta(days=1),
        DUE,
        "anne",
    )
    week_before = ReminderEntry(
        "A21:p1:2026:due-7d",
        "A21:p1:2026",
        "c",
        "2026-0150",
        "p1",
        "A21",
        "visit",
        "info",
        DUE - timedelta(days=7),
        DUE,
        "anne",
    )
    assert LEADER.wants(behind) and not LEADER.wants(week_before)


# the service on a real vault ---------------------------------------------------------------


@dataclass
class Device:
    runner: TaskRunner
    clock: FakeClock
    service: ReminderService
    due: list[tuple[ReminderEntry, ...]]


def _case(vault: Vault, number: str, caseworker: str, received: date) -> None:
    case = Case(
        created_at=datetime(2026, 3, 1, 9),
        status=CaseStatus.MOTTAK,
        number=number,
        caseworker=caseworker,
    )
    child = Person(
        case.id,
        PersonRole.CHILD,
        CHILD_GIVEN,
        CHILD_FAMILY,
        date(2015, 3, 14),
        identity_number=SYNTHETIC_FNR,
    )
    vault.cases.create(case, child)
    add_report(vault, case.id, datetime.combine(received, datetime.min.time()).replace(hour=10))


def _device(qtbot: Any, folder: Path, user: str, role: str, clock: FakeClock) -> Device:
    """A vault as an enrolled device holds it: the unit's cases, the enrolment, the role."""
    vault = Vault.create(folder, PASSPHRASE, user=user, kdf=KdfParams.cheap(), clock=clock)
    _case(vault, "2026-0142", "anne", RECEIVED)  # anne's case
    _case(vault, "2026-0143", "lise", RECEIVED + timedelta(days=1))  # the leader's own
    vault.sync_state.save_enrolment(
        Credentials("https://barnevern.kommune.test", "dev-1", "token", f"id-{user}", user), 72
    )
    remember_role(vault, role)
    vault.close()
    runner = TaskRunner()
    with qtbot.waitCallback(timeout=10_000) as opened:
        runner.set_vault(lambda: Vault.open(folder, PASSPHRASE, clock=clock), opened, opened)
    service = ReminderService(
        runner, clock, ReminderConfig(debounce_ms=20), monotonic=FakeMonotonic()
    )
    device = Device(runner, clock, service, [])
    service.reminders_due.connect(device.due.append)
    return device


@pytest.fixture
def devices(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[str, str], Device]]:
    made: dict[str, Device] = {}

    def build(name: str, role: str) -> Device:
        made[name] = _device(qtbot, tmp_path / name, name, role, FakeClock(at(DAY3, 7, 59, 59.8)))
        return made[name]

    yield build
    for device in made.values():
        device.service.shutdown()
        device.runner.shutdown()


def _start(qtbot: Any, device: Device) -> None:
    with qtbot.waitSignal(device.service.rescheduled, timeout=10_000):
        device.service.start()


def _scheduled_rungs(device: Device, number: str) -> set[str]:
    snapshot = device.service.snapshot
    assert snapshot is not None
    ids = {e.key: e for e in snapshot.reminders if e.case_number == number}
    return keys(k for batch in device.service.scheduled().values() for k in batch if k in ids)


def test_A1_the_vault_tells_the_reminders_who_the_user_is(qtbot: Any, devices: Any) -> None:
    leader = devices("lise", "leder")
    box: list[Any] = []
    leader.runner.run(lambda v: (read_audience(v), v.settings.get(ROLE)), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    assert box[0] == (Audience("leder", frozenset({"lise"})), "leder")
    snapshot: list[Any] = []
    leader.runner.run(lambda v: load_snapshot(v, DAY3, CONFIG), snapshot.append)
    qtbot.waitUntil(lambda: bool(snapshot), timeout=10_000)
    assert {e.caseworker for e in snapshot[0].reminders} == {"anne", "lise"}


def test_A1_a_leaders_device_alerts_on_day_6_of_a_caseworkers_case_not_on_day_3(
    qtbot: Any, devices: Any
) -> None:
    leader = devices("lise", "leder")
    notifier = Notifier(use_tray=False)
    shown: list[tuple[str, str]] = []
    notifier.notification_shown.connect(lambda title, text: shown.append((title, text)))
    leader.service.reminders_due.connect(
        lambda batch: notifier.notify(batch, leader.clock().date())
    )
    _start(qtbot, leader)
    assert _scheduled_rungs(leader, "2026-0142") == {"day6", "fristbrudd"}
    assert _scheduled_rungs(leader, "2026-0143") == {"day3", "day6", "fristbrudd"}
    assert fire_time(DAY3, CONFIG) not in leader.service.scheduled()

    leader.clock.set(at(DAY3, 12))  # day 3 of anne's case has passed: nothing to catch up
    with qtbot.waitSignal(leader.service.rescheduled, timeout=10_000):
        leader.service.derive_now()
    assert leader.due == [] and shown == []

    leader.clock.set(at(DAY6, 7, 59, 59.8))  # the real scheduler fires 08:00 200 ms later
    with qtbot.waitSignal(leader.service.rescheduled, timeout=10_000):
        leader.service.derive_now()
    # The leader's own case caught up its day 3 (6 March) now; anne's case is quiet until 08:00.
    assert [[e.case_number for e in batch] for batch in leader.due] == [["2026-0143"]]
    qtbot.waitUntil(lambda: len(leader.due) == 2, timeout=5_000)
    [alert] = leader.due[1]
    assert (alert.case_number, alert.level) == ("2026-0142", "alert_leader")
    assert alert.key.endswith(":day6")
    title, text = shown[1]
    assert title == "Varsel om frist"
    assert text == "Frist i morgen: vurdering av melding i sak 2026-0142"
    for secret in (CHILD_GIVEN, CHILD_FAMILY, SYNTHETIC_FNR, "anne"):
        assert secret not in title + text


def test_A1_a_caseworkers_device_still_gets_day_3(qtbot: Any, devices: Any) -> None:
    worker = devices("anne", "saksbehandler")
    _start(qtbot, worker)
    assert _scheduled_rungs(worker, "2026-0142") == {"day3", "day6", "fristbrudd"}
    qtbot.waitUntil(lambda: bool(worker.due), timeout=5_000)  # 08:00 on day 3
    [reminder] = worker.due[0]
    assert (reminder.case_number, reminder.level) == ("2026-0142", "info")
    assert reminder.key.endswith(":day3")


def test_A1_a_change_of_role_re_derives_the_reminders(qtbot: Any, devices: Any) -> None:
    device = devices("lise", "saksbehandler")
    device.runner.changes_applied.connect(device.service.on_changes)  # as the app wires it
    _start(qtbot, device)
    assert _scheduled_rungs(device, "2026-0142") == {"day3", "day6", "fristbrudd"}
    with qtbot.waitSignal(device.service.rescheduled, timeout=10_000):
        device.runner.run(
            lambda v: remember_role(v, "leder"),
            lambda done: device.runner.changes_applied.emit(done.changes),
        )
    assert _scheduled_rungs(device, "2026-0142") == {"day6", "fristbrudd"}


def test_a_leaders_frister_rows_say_which_cases_are_the_leaders_own(
    qtbot: Any, devices: Any
) -> None:
    """The Frister view of a leader shows the leader's own cases first; the badge counts them."""
    leader = devices("lise", "leder")
    snapshot: list[Any] = []
    leader.runner.run(lambda v: load_snapshot(v, DUE + timedelta(days=2), CONFIG), snapshot.append)
    qtbot.waitUntil(lambda: bool(snapshot), timeout=10_000)
    mine = {(row.case_number, row.mine) for row in snapshot[0].rows}
    assert mine == {("2026-0142", False), ("2026-0143", True)}  # anne's, the leader's own
    assert snapshot[0].overdue == 1  # only the leader's own A1 is on the badge

    worker = devices("anne", "saksbehandler")
    snapshot.clear()
    worker.runner.run(lambda v: load_snapshot(v, DUE + timedelta(days=2), CONFIG), snapshot.append)
    qtbot.waitUntil(lambda: bool(snapshot), timeout=10_000)
    assert all(row.mine for row in snapshot[0].rows)  # not a leader: every case is hers
