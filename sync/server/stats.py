"""The leaders' figures (DOMAIN.md "Statistics"), computed by the server from its own data.

The unit's case files are rebuilt from the current entity state (``entities``: every field of
an entity as the per-field merge left it, in ``domain.codec`` form, as the app's vault keeps
it) and counted by ``domain.statistics.statistics_by_period``, the function the app uses, so
a figure means the same on the server and on a leader's laptop. Only the parts the figures
read are loaded (meldinger, undersøkelser, tiltak, akuttvedtak, placements): no persons, no
reporters, no notes. The answer holds counts and ratios only (no ids or names, B8).

Rules of the rebuild:
- a case belongs to the unit in ``cases.unit_id``; a case joined into another (an alias) has
  no entities of its own any more (they moved with the join);
- deleted entities are left out, as the app removes them;
- an entity is decoded with ``validate=False`` (stored values were checked when written, and a
  stricter later rule must not hide old records); one that still cannot be read as its domain
  class (fields from a foreign or broken writer) is counted in ``unreadable_records`` and left
  out, never guessed at;
- visits (A21, A22): those the placement was created with (its ``visits`` field), then every
  ``visit`` entity that names it (``placement_id``, ``domain.ops.PARENT_FIELD``), as the app
  appends them on its side.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.casefile import CaseFile
from domain.cases import Case, CaseStatus
from domain.codec import from_fields
from domain.investigations import Investigation
from domain.measures import EmergencyDecision, Measure, Placement, Visit
from domain.ops import PARENT_FIELD, Entity
from domain.reports import Report
from domain.statistics import statistics_by_period
from sync.protocol import StatsPeriod, StatsResponse
from sync.server.db import as_utc
from sync.server.tables import cases, entities

OSLO = ZoneInfo("Europe/Oslo")

PARTS: dict[str, tuple[type[Any], str]] = {
    Entity.REPORT.value: (Report, "reports"),
    Entity.INVESTIGATION.value: (Investigation, "investigations"),
    Entity.MEASURE.value: (Measure, "measures"),
    Entity.EMERGENCY_DECISION.value: (EmergencyDecision, "emergency_decisions"),
    Entity.PLACEMENT.value: (Placement, "placements"),
}
"""Entity kind → (domain class, :class:`CaseFile` list): what the figures read."""

_DECODE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def oslo_today(now: datetime) -> date:
    """The calendar day in Norway at ``now`` (deadlines and periods are Oslo days)."""
    return as_utc(now).astimezone(OSLO).date()


def _case(row: Any) -> Case:
    try:
        status = CaseStatus(row.status)
    except ValueError:
        status = CaseStatus.MOTTAK
    return Case(
        created_at=as_utc(row.created_at),
        unit_id=str(row.unit_id),
        status=status,
        id=str(row.id),
        number=str(row.number),
    )


def load_unit_files(session: Session, unit_id: str) -> tuple[list[CaseFile], int]:
    """The unit's case files as far as the figures need them, and the unreadable records."""
    rows = session.execute(
        select(cases.c.id, cases.c.number, cases.c.unit_id, cases.c.status, cases.c.created_at)
        .where(cases.c.unit_id == unit_id, cases.c.alias_of.is_(None))
        .order_by(cases.c.number)
    )
    files = {str(r.id): CaseFile(case=_case(r)) for r in rows}
    if not files:
        return [], 0
    found = session.execute(
        select(entities.c.entity_id, entities.c.case_id, entities.c.entity, entities.c.fields)
        .join(cases, cases.c.id == entities.c.case_id)
        .where(
            cases.c.unit_id == unit_id,
            entities.c.entity.in_([*PARTS, Entity.VISIT.value]),
            entities.c.deleted.is_(False),
        )
        .order_by(entities.c.entity_id)
    )
    unreadable = 0
    visits: list[tuple[str, dict[str, Any]]] = []
    for r in found:
        file = files.get(str(r.case_id))
        if file is None:
            continue
        if r.entity == Entity.VISIT.value:
            visits.append((str(r.case_id), dict(r.fields)))
            continue
        cls, attr = PARTS[str(r.entity)]
        data = {**dict(r.fields), "id": str(r.entity_id), "case_id": str(r.case_id)}
        try:
            value = from_fields(cls, data, validate=False)
        except _DECODE_ERRORS:
            unreadable += 1
            continue
        getattr(file, attr).append(value)
    unreadable += _attach_visits(files, visits)
    return list(files.values()), unreadable


def _attach_visits(files: dict[str, CaseFile], visits: list[tuple[str, dict[str, Any]]]) -> int:
    """Put each visit on its placement; returns how many could not be placed or read."""
    placements = {p.id: p for f in files.values() for p in f.placements}
    unreadable = 0
    for case_id, data in visits:
        placement = placements.get(str(data.get(PARENT_FIELD[Entity.VISIT]) or ""))
        if placement is None or placement.case_id != case_id:
            unreadable += 1
            continue
        try:
            visit = from_fields(Visit, data, validate=False)
        except _DECODE_ERRORS:
            unreadable += 1
            continue
        placement.visits = [*placement.visits, visit]
    return unreadable


def compute(files: Iterable[CaseFile], year: int, today: date, unreadable: int = 0) -> StatsResponse:
    """The year and its quarters over ``files`` as known on ``today`` (the wire form)."""
    materialised = list(files)
    try:
        stats = statistics_by_period(materialised, year, today)
    except _DECODE_ERRORS:
        # A record decoded without its checks may still lack what a rule reads (a date
        # that is None): drop the files one by one rather than answer nothing.
        good, unreadable = _readable(materialised, year, today, unreadable)
        materialised, stats = good, statistics_by_period(good, year, today)
    return StatsResponse(
        year=year,
        as_of=today,
        cases=len(materialised),
        unreadable_records=unreadable,
        periods=[StatsPeriod.from_statistics(s) for s in stats],
    )


def _readable(
    files: list[CaseFile], year: int, today: date, unreadable: int
) -> tuple[list[CaseFile], int]:
    good = []
    for file in files:
        try:
            statistics_by_period([file], year, today)
        except _DECODE_ERRORS:
            unreadable += 1
            continue
        good.append(file)
    return good, unreadable


def unit_stats(session: Session, unit_id: str, year: int, today: date) -> StatsResponse:
    """The figures of one unit for ``year`` (the year, then its four quarters)."""
    files, unreadable = load_unit_files(session, unit_id)
    return compute(files, year, today, unreadable)
