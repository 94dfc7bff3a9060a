"""The reminder plan: what fires now, what gets a job, what waits (pure, no Qt, no clock)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.reminder_plan import (
    OSLO,
    ReminderConfig,
    ReminderEntry,
    ReminderState,
    due_now,
    fire_time,
    plan,
)

CONFIG = ReminderConfig()
TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=OSLO)
LEVELS = ("info", "warning", "alert_leader", "blocking")


def entry(key: str, on: date, *, deadline: str = "A1:r1:", level: str = "info") -> ReminderEntry:
    return ReminderEntry(
        key=key,
        deadline_key=deadline,
        case_id="c1",
        case_number="2026-0142",
        subject_id="r1",
        rule="A1",
        action="decide_intake",
        level=level,
        on=on,
        due_on=on + timedelta(days=4),
    )


def test_fire_time_is_the_configured_hour_in_oslo_also_across_summer_time() -> None:
    assert fire_time(date(2026, 3, 29), CONFIG) == datetime(2026, 3, 29, 8, tzinfo=OSLO)
    assert fire_time(date(2026, 3, 29), CONFIG).utcoffset() == timedelta(hours=2)
    assert fire_time(date(2026, 3, 28), CONFIG).utcoffset() == timedelta(hours=1)
    assert fire_time(TODAY, ReminderConfig(hour=7, minute=30)).hour == 7


def test_past_today_and_future_reminders() -> None:
    entries = [
        entry("past", TODAY - timedelta(days=1), deadline="d1"),
        entry("today", TODAY, deadline="d2"),  # 08:00 < 12:00: passed, caught up
        entry("tomorrow", TODAY + timedelta(days=1), deadline="d3"),
        entry("far", TODAY + timedelta(days=30), deadline="d4"),  # beyond the horizon
        entry("ancient", TODAY - timedelta(days=60), deadline="d5"),  # left to the view
    ]
    result = plan(entries, ReminderState(), NOW, CONFIG)
    assert {e.key for e in result.catch_up} == {"past", "today"}
    assert result.jobs == {fire_time(TODAY + timedelta(days=1), CONFIG): ("tomorrow",)}


def test_of_several_passed_rungs_only_the_latest_fires_and_the_rest_count_as_fired() -> None:
    rungs = [
        entry("day3", TODAY - timedelta(days=3)),
        entry("day6", TODAY, level="alert_leader"),
        entry("breach", TODAY + timedelta(days=2), level="alert_leader"),
    ]
    result = plan(rungs, ReminderState(), NOW, CONFIG)
    assert [e.key for e in result.catch_up] == ["day6"]
    assert result.superseded == {"day3"}
    assert result.fired_now == {"day3", "day6"}
    again = plan(rungs, ReminderState().with_fired(result.fired_now), NOW, CONFIG)
    assert again.catch_up == () and list(again.jobs.values()) == [("breach",)]


def test_handled_and_snoozed() -> None:
    passed = entry("k", TODAY - timedelta(days=1))
    handled = ReminderState().with_handled("k")
    assert plan([passed], handled, NOW, CONFIG).catch_up == ()
    until = fire_time(TODAY + timedelta(days=1), CONFIG)
    snoozed = ReminderState().with_fired({"k"}).with_snooze("k", until)
    assert "k" not in snoozed.fired
    assert plan([passed], snoozed, NOW, CONFIG).jobs == {until: ("k",)}
    later = entry("later", TODAY + timedelta(days=5))
    early = ReminderState().with_snooze("later", until)
    assert plan([later], early, NOW, CONFIG).jobs == {fire_time(later.on, CONFIG): ("later",)}
    assert ReminderState().with_snooze("k", until).with_fired({"k"}).snoozed == {}


def test_a_job_shows_only_what_is_still_due() -> None:
    entries = {key: entry(key, TODAY) for key in ("a", "b", "c", "d")}
    state = ReminderState().with_fired({"a"}).with_handled("b")
    state = state.with_snooze("c", NOW + timedelta(days=1))
    assert [e.key for e in due_now(["a", "b", "c", "d", "gone"], entries, state, NOW)] == ["d"]


def test_catch_up_is_ordered_most_severe_first() -> None:
    entries = [
        entry("i", TODAY - timedelta(days=1), deadline="d1", level="info"),
        entry("b", TODAY - timedelta(days=1), deadline="d2", level="blocking"),
        entry("w", TODAY - timedelta(days=2), deadline="d3", level="warning"),
    ]
    assert [e.key for e in plan(entries, ReminderState(), NOW, CONFIG).catch_up] == ["b", "w", "i"]


entries_strategy = st.lists(
    st.builds(
        entry,
        key=st.text("abcdefgh", min_size=1, max_size=3),
        on=st.dates(date(2026, 1, 1), date(2026, 5, 31)),
        deadline=st.sampled_from(["d1", "d2", "d3", "d4"]),
        level=st.sampled_from(LEVELS),
    ),
    max_size=30,
    unique_by=lambda e: e.key,
)


@settings(max_examples=150, deadline=None)
@given(
    entries=entries_strategy,
    fired=st.frozensets(st.text("abcdefgh", min_size=1, max_size=3), max_size=5),
    minutes=st.integers(0, 60 * 24 * 60),
)
def test_every_reminder_fires_at_most_once_whatever_the_clock_does(
    entries: list[ReminderEntry], fired: frozenset[str], minutes: int
) -> None:
    now = datetime(2026, 2, 1, tzinfo=OSLO) + timedelta(minutes=minutes)
    state = ReminderState(fired=fired)
    result = plan(entries, state, now, CONFIG)
    shown = [e.key for e in result.catch_up]
    assert len({e.deadline_key for e in result.catch_up}) == len(shown)  # one per deadline
    assert not set(shown) & fired and not result.superseded & fired
    for at, keys in result.jobs.items():
        assert now < at <= now + timedelta(days=CONFIG.horizon_days)
        assert not set(keys) & (fired | result.fired_now)
    # A second derivation at the same moment, or after any later jump, shows nothing twice.
    state = state.with_fired(result.fired_now)
    for later in (now, now + timedelta(days=3)):
        again = plan(entries, state, later, CONFIG)
        assert not {e.key for e in again.catch_up} & set(shown)
