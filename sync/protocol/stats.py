"""``GET /v1/stats``: the leaders' figures (DOMAIN.md "Statistics"), counted by the server.

The server rebuilds the unit's case files from its entity state and counts them with the
same pure function the app uses (``domain.statistics.statistics_by_period``), so a figure
means the same on both sides. Counts and ratios only: no case ids, numbers, names or
identity numbers (B8), so the answer can be shown, exported and sent to SSB as it is.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from domain.statistics import Period, Statistics


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StatsPeriod(_Model):
    """One period's figures: the year (``quarter`` None) or one of its quarters."""

    period: str = Field(description='SSB\'s label: "2026" or "2026K1"')
    year: int
    quarter: int | None = Field(default=None, ge=1, le=4)
    reports_received: int = Field(ge=0)
    reports_reviewed: int = Field(ge=0)
    reports_closed: int = Field(ge=0)
    reports_over_deadline: int = Field(ge=0)
    investigations_opened: int = Field(ge=0)
    investigations_concluded: int = Field(ge=0)
    investigations_closed: int = Field(ge=0)
    investigations_over_deadline: int = Field(ge=0)
    children_with_measures: int = Field(ge=0)
    children_with_measures_and_plan: int = Field(ge=0)
    emergency_decisions: int = Field(ge=0)
    children_in_foster_homes: int = Field(ge=0)
    followup_visits: int = Field(ge=0)
    tilsyn_visits: int = Field(ge=0)
    share_reports_closed: float | None = None
    share_investigations_closed: float | None = None
    share_with_plan: float | None = None
    followup_visits_per_child: float | None = None
    tilsyn_visits_per_child: float | None = None

    @classmethod
    def from_statistics(cls, stats: Statistics) -> StatsPeriod:
        """The wire form of one period of ``domain.statistics``."""
        return cls(
            period=stats.period.label,
            year=stats.period.year,
            quarter=stats.period.quarter,
            **{name: getattr(stats, name) for name in COUNTS},
            **{name: getattr(stats, name) for name in RATIOS},
        )

    def to_statistics(self) -> Statistics:
        """Back to ``domain.statistics`` (the ratios are derived from the counts again)."""
        counts = {name: getattr(self, name) for name in COUNTS}
        return Statistics(Period(self.year, self.quarter), **counts)


COUNTS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Statistics) if f.name != "period"
)
"""The counted figures of :class:`~domain.statistics.Statistics` (the wire carries each)."""

RATIOS: tuple[str, ...] = (
    "share_reports_closed",
    "share_investigations_closed",
    "share_with_plan",
    "followup_visits_per_child",
    "tilsyn_visits_per_child",
)
"""Derived figures, sent for readers of the JSON; the app derives them again."""


class StatsResponse(_Model):
    """The year, then its four quarters, for the leader's unit as known on ``as_of``."""

    year: int
    as_of: date = Field(description="the server's today (Europe/Oslo) the figures count to")
    cases: int = Field(ge=0, description="case files counted")
    unreadable_records: int = Field(
        default=0, ge=0, description="stored records that could not be read as domain values"
    )
    periods: list[StatsPeriod]

    def statistics(self) -> list[Statistics]:
        """The periods as ``domain.statistics`` values, year first."""
        return [p.to_statistics() for p in self.periods]
