"""``domain.codec``: every domain dataclass survives to_fields → JSON → from_fields."""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import casefile, cases, investigations, legal, measures, notes, people, reports
from domain.changes import Changes
from domain.codec import from_fields, to_fields
from domain.errors import FeltError
from domain.hlc import Timestamp

MODULES = (cases, people, reports, investigations, measures, notes, legal, casefile)
CLASSES = sorted(
    {
        obj
        for module in MODULES
        for obj in vars(module).values()
        if isinstance(obj, type)
        and dataclasses.is_dataclass(obj)
        and obj.__module__ == module.__name__
    },
    key=lambda c: c.__qualname__,
) + [Changes, Timestamp]

_datetimes = st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=2))]),
) | st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1))
_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))


def strategy_for(hint: Any) -> st.SearchStrategy[Any]:
    """Values of a field type, building nested dataclasses through their constructors."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(strategy_for(a) for a in typing.get_args(hint)))
    if origin is list:
        return st.lists(strategy_for(typing.get_args(hint)[0]), max_size=2)
    if origin is tuple:
        return st.lists(strategy_for(typing.get_args(hint)[0]), max_size=2).map(tuple)
    if origin is frozenset:
        return st.frozensets(strategy_for(typing.get_args(hint)[0]), max_size=2)
    if hint is type(None):
        return st.none()
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return instances(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    if hint is datetime:
        return _datetimes
    if hint is date:
        return _dates
    if hint is int:
        return st.integers(min_value=0, max_value=2**40)
    return st.from_type(hint)


def _build(cls: type, kwargs: dict[str, Any]) -> Any:
    try:
        return cls(**kwargs)
    except FeltError:
        return None


def instances(cls: type) -> st.SearchStrategy[Any]:
    """Valid instances of ``cls`` (values the domain refuses are filtered out)."""
    hints = typing.get_type_hints(cls)
    fields = {f.name: strategy_for(hints[f.name]) for f in dataclasses.fields(cls) if f.init}
    return (
        st.fixed_dictionaries(fields)
        .map(lambda kw: _build(cls, kw))
        .filter(lambda v: v is not None)
    )


def test_every_domain_dataclass_is_covered() -> None:
    names = {c.__name__ for c in CLASSES}
    assert {"JournalNote", "Report", "Investigation", "Placement", "CaseFile", "Addendum"} <= names


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(data=st.data())
def test_round_trip_through_json(cls: type, data: st.DataObject) -> None:
    value = data.draw(instances(cls))
    wire = json.loads(json.dumps(to_fields(value)))
    assert from_fields(cls, wire) == value
    assert from_fields(cls, wire, validate=False) == value


def test_formats_are_iso_and_enum_values() -> None:
    note = notes.JournalNote(
        case_id="c",
        note_type=notes.NoteType.MOTE,
        occurred_at=datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1))),
        author="kari",
        participants=(notes.Participant("Mor", "forelder"),),
    )
    fields = to_fields(note)
    assert fields["occurred_at"] == "2026-03-02T10:00:00+01:00"
    assert fields["note_type"] == "mote"
    assert fields["participants"] == [{"name": "Mor", "role": "forelder"}]


def test_unknown_keys_ignored_and_missing_keys_defaulted() -> None:
    """Forward compatibility: fields from a newer device are ignored, new ones defaulted."""
    fields = to_fields(notes.Participant("Far"))
    fields["added_in_v9"] = 1
    del fields["role"]
    assert from_fields(notes.Participant, fields) == notes.Participant("Far")


def test_validate_false_reads_values_a_newer_rule_would_refuse() -> None:
    """A stored public-body melding without its reporter (B4) still loads."""
    data = {
        "case_id": "c",
        "received_at": "2026-03-01T08:00:00+00:00",
        "channel": "telefon",
        "reporter_type": "offentlig",
        "content": "bekymring",
    }
    with pytest.raises(FeltError):
        from_fields(reports.Report, data)
    report = from_fields(reports.Report, data, validate=False)
    assert report.reporter is None and report.letters == [] and report.id
