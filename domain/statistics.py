"""The leaders' figures per year and quarter, counted the way SSB checks them.

DOMAIN.md "Statistics", A1, A5, A9, A11, A21, A22. Input is every ``CaseFile`` of the unit, a
``Period`` and an injected ``today``; output is counts and ratios only (no ids, names or
numbers), so the figures can be published and sent to SSB as they are. One case is one child
(B11: one journal per child), so "children" below means cases.

Which date places an event in a period (calendar days, Europe/Oslo; the limit is the last day):

- **melding received**: ``Report.received_on``.
- **melding reviewed / henlagt at intake**: the intake decision's ``decided_on``; the share
  closed is henlagt / reviewed with both counted by that same date, so it is a true share.
- **melding over deadline** (A1, § 2-1; ``domain.deadlines.is_report_breach``): its limit is
  received + 7 days. It counts in the period that holds the limit, once the breach is known:
  reviewed after the limit, or still not reviewed when ``today`` is past it.
- **undersøkelse opened**: ``opened_on``; **concluded** and **henlagt** (A9 closure codes):
  ``conclusion.concluded_on``; the share henlagt is henlagt / concluded.
- **undersøkelse over deadline** (A5, § 2-2; ``domain.deadlines.is_investigation_breach``):
  SSB's check counts *days*: received + 7 + 90 days, or + 7 + 180 with an approved extension
  (recorded with a reason before the 3-month limit). It counts in the period that holds that
  limit, once known: concluded after it, or open when ``today`` is past it. An undersøkelse
  whose melding is not in the file counts from its opening day, as the engine does. SSB's days
  and the deadline list's calendar months can differ around month ends: melding 23.11.2023
  has its A5 month limit on 29.02.2024 but SSB's on 28.02.2024; statistics follow SSB.
- **children with hjelpetiltak**: a case with a hjelpetiltak active on any day of the period
  (decided on or before the last day, not ended before the first); **with a plan** (A11): every
  such hjelpetiltak had its tiltaksplan made by the period's last day.
- **akuttvedtak**: the day of the vedtak.
- **foster homes** (A21, A22): cases with a placement active in the period, and the follow-up
  and tilsyn visits to those placements dated in the period.

A period that has not ended on ``today`` is counted as far as it has gone (provisional).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from domain.casefile import CaseFile
from domain.deadlines import (
    investigation_breach_limit,
    is_investigation_breach,
    is_report_breach,
    report_breach_limit,
)
from domain.investigations import Investigation
from domain.measures import MeasureKind, VisitKind
from domain.reports import IntakeOutcome, Report


@dataclass(frozen=True)
class Period:
    """A calendar year, or one quarter of it (``quarter`` 1–4)."""

    year: int
    quarter: int | None = None

    def __post_init__(self) -> None:
        if self.quarter is not None and not 1 <= self.quarter <= 4:
            raise ValueError(f"quarter must be 1-4, not {self.quarter}")

    @property
    def first_day(self) -> date:
        """The period's first day."""
        month = 1 if self.quarter is None else 3 * self.quarter - 2
        return date(self.year, month, 1)

    @property
    def last_day(self) -> date:
        """The period's last day (inclusive)."""
        months = 12 if self.quarter is None else 3
        return self.first_day + relativedelta(months=months) - timedelta(days=1)

    @property
    def label(self) -> str:
        """SSB's way of writing a period: ``2024`` or ``2024K1``."""
        return str(self.year) if self.quarter is None else f"{self.year}K{self.quarter}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first_day <= day <= self.last_day

    def overlaps(self, start: date, end: date | None) -> bool:
        """Whether something running from ``start`` to ``end`` (open if None) touches it."""
        return start <= self.last_day and (end is None or end >= self.first_day)

    def quarters(self) -> tuple[Period, ...]:
        """The year's four quarters (a quarter returns itself)."""
        if self.quarter is not None:
            return (self,)
        return tuple(Period(self.year, q) for q in range(1, 5))


def _ratio(part: int, whole: int) -> float | None:
    """``None`` rather than 0 when there is nothing to divide: "no data" is not "0 %"."""
    return part / whole if whole else None


@dataclass(frozen=True)
class Statistics:
    """The figures of one period: counts, and ratios derived from them. No personal data."""

    period: Period
    reports_received: int = 0
    reports_reviewed: int = 0
    reports_closed: int = 0
    reports_over_deadline: int = 0
    investigations_opened: int = 0
    investigations_concluded: int = 0
    investigations_closed: int = 0
    investigations_over_deadline: int = 0
    children_with_measures: int = 0
    children_with_measures_and_plan: int = 0
    emergency_decisions: int = 0
    children_in_foster_homes: int = 0
    followup_visits: int = 0
    tilsyn_visits: int = 0

    @property
    def share_reports_closed(self) -> float | None:
        """Meldinger henlagt at intake / meldinger reviewed."""
        return _ratio(self.reports_closed, self.reports_reviewed)

    @property
    def share_investigations_closed(self) -> float | None:
        """Undersøkelser henlagt / undersøkelser concluded."""
        return _ratio(self.investigations_closed, self.investigations_concluded)

    @property
    def share_with_plan(self) -> float | None:
        """Children with hjelpetiltak whose every tiltak has a tiltaksplan (A11)."""
        return _ratio(self.children_with_measures_and_plan, self.children_with_measures)

    @property
    def followup_visits_per_child(self) -> float | None:
        """The service's follow-up visits (A21) per child in a foster home."""
        return _ratio(self.followup_visits, self.children_in_foster_homes)

    @property
    def tilsyn_visits_per_child(self) -> float | None:
        """Tilsyn visits (A22) per child in a foster home."""
        return _ratio(self.tilsyn_visits, self.children_in_foster_homes)


def _report_breach_in(report: Report, period: Period, today: date) -> bool:
    """A1 fristbrudd known on ``today`` whose limit lies in ``period``."""
    return is_report_breach(report, today) and report_breach_limit(report) in period


def _investigation_breach_in(
    investigation: Investigation, report: Report | None, period: Period, today: date
) -> bool:
    """A5 fristbrudd (SSB's count) known on ``today`` whose limit lies in ``period``."""
    return (
        is_investigation_breach(investigation, report, today)
        and investigation_breach_limit(investigation, report) in period
    )


def _count_reports(file: CaseFile, period: Period, today: date, tally: Counter[str]) -> None:
    """Meldinger received, reviewed, henlagt at intake and over the A1 limit."""
    for report in file.reports:
        tally["reports_received"] += report.received_on in period
        decision = report.decision
        if decision is not None and decision.decided_on in period:
            tally["reports_reviewed"] += 1
            tally["reports_closed"] += decision.outcome is IntakeOutcome.HENLAGT
        tally["reports_over_deadline"] += _report_breach_in(report, period, today)


def _count_investigations(file: CaseFile, period: Period, today: date, tally: Counter[str]) -> None:
    """Undersøkelser opened, concluded, henlagt (A9) and over the A5 limit."""
    reports = {report.id: report for report in file.reports}
    for investigation in file.investigations:
        tally["investigations_opened"] += investigation.opened_on in period
        conclusion = investigation.conclusion
        if conclusion is not None and conclusion.concluded_on in period:
            tally["investigations_concluded"] += 1
            tally["investigations_closed"] += conclusion.code.is_closure
        report = reports.get(investigation.report_id)
        breach = _investigation_breach_in(investigation, report, period, today)
        tally["investigations_over_deadline"] += breach


def _count_measures(file: CaseFile, period: Period, tally: Counter[str]) -> None:
    """A child with hjelpetiltak in the period, and whether every such tiltak has a plan (A11)."""
    active = [
        m
        for m in file.measures
        if m.kind is MeasureKind.HJELPETILTAK and period.overlaps(m.decided_on, m.ended_on)
    ]
    if not active:
        return
    tally["children_with_measures"] += 1
    tally["children_with_measures_and_plan"] += all(
        m.plan_made_on is not None and m.plan_made_on <= period.last_day for m in active
    )


def _count_placements(file: CaseFile, period: Period, tally: Counter[str]) -> None:
    """A child in a foster home in the period, and the A21/A22 visits made there in it."""
    active = [p for p in file.placements if period.overlaps(p.started_on, p.ended_on)]
    if not active:
        return
    tally["children_in_foster_homes"] += 1
    for placement in active:
        for visit in placement.visits:
            if visit.visited_on in period:
                key = "followup_visits" if visit.kind is VisitKind.OPPFOLGING else "tilsyn_visits"
                tally[key] += 1


def compute_statistics(files: Iterable[CaseFile], period: Period, today: date) -> Statistics:
    """The figures of ``period`` over ``files`` as known on ``today`` (see the module's rules)."""
    tally: Counter[str] = Counter()
    for file in files:
        _count_reports(file, period, today, tally)
        _count_investigations(file, period, today, tally)
        _count_measures(file, period, tally)
        _count_placements(file, period, tally)
        tally["emergency_decisions"] += sum(
            d.decided_at.date() in period for d in file.emergency_decisions
        )
    return Statistics(period, **tally)


def statistics_by_period(files: Iterable[CaseFile], year: int, today: date) -> list[Statistics]:
    """The year, then its four quarters: what the leaders' view and the yearly report show."""
    materialised = list(files)  # read five times; callers may hand in a generator
    whole = Period(year)
    return [compute_statistics(materialised, p, today) for p in (whole, *whole.quarters())]


Figure = Callable[[Statistics], int | float | None]

_COLUMNS: tuple[tuple[str, Figure, str], ...] = (
    ("Meldinger mottatt", lambda s: s.reports_received, "count"),
    ("Meldinger gjennomgått", lambda s: s.reports_reviewed, "count"),
    ("Meldinger henlagt", lambda s: s.reports_closed, "count"),
    ("Andel meldinger henlagt (%)", lambda s: s.share_reports_closed, "percent"),
    ("Meldinger over frist", lambda s: s.reports_over_deadline, "count"),
    ("Undersøkelser åpnet", lambda s: s.investigations_opened, "count"),
    ("Undersøkelser konkludert", lambda s: s.investigations_concluded, "count"),
    ("Undersøkelser henlagt", lambda s: s.investigations_closed, "count"),
    ("Andel undersøkelser henlagt (%)", lambda s: s.share_investigations_closed, "percent"),
    ("Undersøkelser over frist", lambda s: s.investigations_over_deadline, "count"),
    ("Barn med hjelpetiltak", lambda s: s.children_with_measures, "count"),
    ("Barn med hjelpetiltak og tiltaksplan", lambda s: s.children_with_measures_and_plan, "count"),
    ("Andel med tiltaksplan (%)", lambda s: s.share_with_plan, "percent"),
    ("Akuttvedtak", lambda s: s.emergency_decisions, "count"),
    ("Barn i fosterhjem", lambda s: s.children_in_foster_homes, "count"),
    ("Oppfølgingsbesøk", lambda s: s.followup_visits, "count"),
    ("Oppfølgingsbesøk per barn", lambda s: s.followup_visits_per_child, "ratio"),
    ("Tilsynsbesøk", lambda s: s.tilsyn_visits, "count"),
    ("Tilsynsbesøk per barn", lambda s: s.tilsyn_visits_per_child, "ratio"),
)

CSV_HEADERS: tuple[str, ...] = ("Periode", *(header for header, _, _ in _COLUMNS))
"""The CSV header row, in Norwegian bokmål."""


def _format(value: int | float | None, style: str) -> str:
    """Decimal comma and one decimal, as Norwegian spreadsheets read them; blank for no data."""
    if value is None:
        return ""
    if style == "count":
        return str(value)
    shown = value * 100 if style == "percent" else value
    return f"{shown:.1f}".replace(".", ",")


def to_csv_rows(stats_list: Sequence[Statistics]) -> list[list[str]]:
    """A header row and one row per period. Write with ``delimiter=";"`` (decimal commas)."""
    rows = [list(CSV_HEADERS)]
    for stats in stats_list:
        rows.append(
            [stats.period.label, *(_format(get(stats), style) for _, get, style in _COLUMNS)]
        )
    return rows
