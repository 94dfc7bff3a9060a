"""The leaders' figures (DOMAIN.md "Statistics") on a data set counted by hand.

Every expected number below is worked out in the comment beside the case that causes it, so a
failing assertion points at one rule: A1 (melding over 7 days), A5 (SSB: undersøkelse over
7 + 90 days, or 7 + 180 with an extension made in time), A9 (henlagt), A11 (plan), A21/A22.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.casefile import CaseFile
from domain.cases import Case
from domain.deadlines import investigation_limits
from domain.investigations import Conclusion, ConclusionCode, Extension, Investigation
from domain.legal import LawVersion, LegalBasis
from domain.measures import (
    EmergencyDecision,
    EmergencyKind,
    Measure,
    MeasureKind,
    Placement,
    Visit,
    VisitKind,
)
from domain.reports import Channel, IntakeDecision, IntakeOutcome, Report, ReporterType
from domain.statistics import (
    CSV_HEADERS,
    Period,
    Statistics,
    compute_statistics,
    statistics_by_period,
    to_csv_rows,
)

TODAY = date(2025, 1, 15)
BASIS = LegalBasis(LawVersion.BVL2021, "§ 3-1")
HENLAGT = ConclusionCode.HENLAGT_VILKAR_IKKE_OPPFYLT


def new_file() -> CaseFile:
    return CaseFile(case=Case(created_at=datetime(2023, 1, 2, 9, 0)))


def add_report(
    file: CaseFile,
    received: date,
    outcome: IntakeOutcome | None = None,
    decided: date | None = None,
) -> Report:
    decision = None
    if outcome is not None and decided is not None:
        decision = IntakeDecision(outcome, decided, "mottak", reason="begrunnelse")
    report = Report(
        case_id=file.case.id,
        received_at=datetime.combine(received, datetime.min.time()).replace(hour=10),
        channel=Channel.PHONE,
        reporter_type=ReporterType.PRIVATE,
        content="Bekymring for barnet.",
        decision=decision,
    )
    file.reports.append(report)
    return report


def add_investigation(
    file: CaseFile,
    report: Report,
    opened: date,
    concluded: date | None = None,
    code: ConclusionCode = ConclusionCode.HJELPETILTAK,
    extended: date | None = None,
) -> None:
    file.investigations.append(
        Investigation(
            case_id=file.case.id,
            report_id=report.id,
            opened_on=opened,
            extension=Extension(extended, "særlige grunner") if extended else None,
            conclusion=Conclusion(code, concluded, "grunn") if concluded else None,
        )
    )


def add_hjelpetiltak(
    file: CaseFile, decided: date, plan: date | None, ended: date | None = None
) -> None:
    file.measures.append(
        Measure(
            file.case.id,
            MeasureKind.HJELPETILTAK,
            "Støttekontakt",
            BASIS,
            decided,
            plan,
            ended_on=ended,
        )
    )


def add_placement(
    file: CaseFile, start: date, end: date | None, visits: list[tuple[VisitKind, date]]
) -> None:
    file.placements.append(
        Placement(file.case.id, start, end, [Visit(kind, on) for kind, on in visits])
    )


OPP, TILSYN = VisitKind.OPPFOLGING, VisitKind.TILSYN
UND, HEN = IntakeOutcome.UNDERSOKELSE, IntakeOutcome.HENLAGT


def intake_cases() -> list[CaseFile]:
    """Cases A–I: meldinger and undersøkelser; the comments give each case's limits."""
    a, b, c, d, e, f, g, h, i = (new_file() for _ in range(9))
    # A: 24.01 + 7 d = 31.01, + 90 d = 30.04 (= + 3 months); concluded 01.05: breach in Q2.
    ra = add_report(a, date(2024, 1, 24), UND, date(2024, 1, 26))
    add_investigation(a, ra, date(2024, 1, 26), concluded=date(2024, 5, 1))
    add_hjelpetiltak(a, date(2024, 5, 2), plan=date(2024, 5, 2))
    # B: 23.11.2023 + 7 d = 30.11.2023, + 90 d = 28.02.2024 (SSB counts days; the A5 month
    # limit would be 29.02, leap year); concluded 01.03 henlagt: breach, concluded and henlagt
    # in Q1 either way. The melding itself belongs to 2023.
    rb = add_report(b, date(2023, 11, 23), UND, date(2023, 11, 28))
    add_investigation(b, rb, date(2023, 11, 28), concluded=date(2024, 3, 1), code=HENLAGT)
    # C: henlagt at intake on 20.02, limit 17.02: melding over deadline in Q1.
    add_report(c, date(2024, 2, 10), HEN, date(2024, 2, 20))
    # D: received in Q1 (28.03), reviewed and henlagt in Q2 (02.04), in time (limit 04.04).
    add_report(d, date(2024, 3, 28), HEN, date(2024, 4, 2))
    # E: 05.01 + 7 d = 12.01; 3-month limit 12.04; extended 01.04 (in time): + 180 d = 10.07;
    # concluded 10.07, on the limit: no breach. Hjelpetiltak from 10.07, plan only on 15.10.
    re = add_report(e, date(2024, 1, 5), UND, date(2024, 1, 8))
    add_investigation(
        e, re, date(2024, 1, 8), concluded=date(2024, 7, 10), extended=date(2024, 4, 1)
    )
    add_hjelpetiltak(e, date(2024, 7, 10), plan=date(2024, 10, 15))
    # F: 01.02 + 7 d = 08.02, + 90 d = 08.05; the extension of 20.05 came after the 3-month
    # limit (08.05) and does not count; still open on TODAY: breach in Q2.
    rf = add_report(f, date(2024, 2, 1), UND, date(2024, 2, 5))
    add_investigation(f, rf, date(2024, 2, 5), extended=date(2024, 5, 20))
    # G: received 31.05, never reviewed: melding over deadline (limit 07.06) in Q2.
    add_report(g, date(2024, 5, 31))
    # H: 08.10 + 90 d = 06.01.2025, open on TODAY: a breach, but of 2025, not 2024.
    rh = add_report(h, date(2024, 10, 1), UND, date(2024, 10, 3))
    add_investigation(h, rh, date(2024, 10, 3))
    # I: 31.12.2023 + 7 d = 07.01.2024; extended 01.03, + 180 d = 05.07 (the hard stop);
    # concluded 01.08: breach in Q3.
    ri = add_report(i, date(2023, 12, 31), UND, date(2024, 1, 3))
    add_investigation(
        i, ri, date(2024, 1, 3), concluded=date(2024, 8, 1), extended=date(2024, 3, 1)
    )
    return [a, b, c, d, e, f, g, h, i]


def followup_cases() -> list[CaseFile]:
    """Cases J–L: measures, an akuttvedtak and foster homes."""
    j, k, lf = (new_file() for _ in range(3))
    # J: hjelpetiltak (with plan) ending 15.02; omsorgstiltak not counted; in a foster home all
    # year: follow-up visits 10.01, 10.04, 10.07; one tilsyn visit 01.02.
    add_hjelpetiltak(j, date(2023, 6, 1), plan=date(2023, 6, 10), ended=date(2024, 2, 15))
    j.measures.append(
        Measure(j.case.id, MeasureKind.OMSORGSTILTAK, "Fosterhjem", BASIS, date(2023, 9, 1))
    )
    add_placement(
        j,
        date(2023, 9, 1),
        None,
        [
            (OPP, date(2024, 1, 10)),
            (TILSYN, date(2024, 2, 1)),
            (OPP, date(2024, 4, 10)),
            (OPP, date(2024, 7, 10)),
        ],
    )
    # K: akuttvedtak 14.03, placed 15.03–30.06, follow-up visits 20.03 and 20.05.
    k.emergency_decisions.append(
        EmergencyDecision(k.case.id, EmergencyKind.OMSORG, datetime(2024, 3, 14, 22, 5), BASIS)
    )
    add_placement(
        k,
        date(2024, 3, 15),
        date(2024, 6, 30),
        [(OPP, date(2024, 3, 20)), (OPP, date(2024, 5, 20))],
    )
    # L: a placement that ended in 2023 counts nowhere in 2024.
    add_placement(lf, date(2023, 1, 1), date(2023, 12, 31), [(OPP, date(2023, 12, 1))])
    return [j, k, lf]


def hand_counted() -> list[CaseFile]:
    """Cases A–L of the hand count."""
    return intake_cases() + followup_cases()


def counts(stats: Statistics) -> dict[str, int]:
    fields = dataclasses.asdict(stats)
    del fields["period"]
    return fields


PERIODS = (Period(2024), Period(2024, 1), Period(2024, 2), Period(2024, 3), Period(2024, 4))
# fmt: off
COUNTED = {  # each figure for:         2024  K1  K2  K3  K4
    "reports_received":                 (7,   5,  1,  0,  1),  # A C D E F | G | - | H
    "reports_reviewed":                 (7,   5,  1,  0,  1),  # A C E F I | D | - | H
    "reports_closed":                   (2,   1,  1,  0,  0),  # C | D
    "reports_over_deadline":            (2,   1,  1,  0,  0),  # C | G
    "investigations_opened":            (5,   4,  0,  0,  1),  # A E F I | - | - | H
    "investigations_concluded":         (4,   1,  1,  2,  0),  # B | A | E I
    "investigations_closed":            (1,   1,  0,  0,  0),  # B
    "investigations_over_deadline":     (4,   1,  2,  1,  0),  # B | A F | I  (H: 2025)
    "children_with_measures":           (3,   1,  1,  2,  2),  # J | A | A E | A E
    "children_with_measures_and_plan":  (3,   1,  1,  1,  2),  # E's plan came in K4
    "emergency_decisions":              (1,   1,  0,  0,  0),  # K
    "children_in_foster_homes":         (2,   2,  2,  1,  1),  # J K | J K | J | J
    "followup_visits":                  (5,   2,  2,  1,  0),
    "tilsyn_visits":                    (1,   1,  0,  0,  0),
}
# fmt: on
EXPECTED = {p: {name: row[n] for name, row in COUNTED.items()} for n, p in enumerate(PERIODS)}


@pytest.mark.parametrize("period", list(EXPECTED), ids=lambda p: p.label)
def test_statistics_hand_counted_A1_A5_A9_A11_A21(period: Period) -> None:
    assert counts(compute_statistics(hand_counted(), period, TODAY)) == EXPECTED[period]


def test_statistics_by_period_gives_the_year_then_its_quarters() -> None:
    files = (file for file in hand_counted())  # a generator: must be read only once
    result = statistics_by_period(files, 2024, TODAY)
    assert [s.period.label for s in result] == ["2024", "2024K1", "2024K2", "2024K3", "2024K4"]
    assert [counts(s) for s in result] == [EXPECTED[s.period] for s in result]


def test_ratios_of_the_year() -> None:
    year = compute_statistics(hand_counted(), Period(2024), TODAY)
    assert year.share_reports_closed == pytest.approx(2 / 7)
    assert year.share_investigations_closed == pytest.approx(1 / 4)
    assert year.share_with_plan == 1.0
    assert year.followup_visits_per_child == 2.5
    assert year.tilsyn_visits_per_child == 0.5


def test_ratio_is_none_not_zero_without_a_denominator() -> None:
    q3 = compute_statistics(hand_counted(), Period(2024, 3), TODAY)
    assert q3.share_reports_closed is None  # nothing reviewed in Q3
    assert q3.share_investigations_closed == 0.0  # two concluded, none henlagt
    assert q3.share_with_plan == 0.5  # E's plan came in Q4


@pytest.mark.parametrize(
    ("received", "limit"),
    [
        (date(2024, 1, 24), date(2024, 4, 30)),  # 31.01 + 90 days: April's end
        (date(2023, 11, 23), date(2024, 2, 28)),  # 30.11.2023 + 90 days, in a leap year
        (date(2024, 1, 31), date(2024, 5, 7)),
    ],
)
def test_A5_fristbrudd_on_the_limit_is_in_time_and_a_day_later_is_not(
    received: date, limit: date
) -> None:
    """SSB: an undersøkelse concluded more than 7 + 90 days after receipt is fristbrudd."""
    for concluded, breaches in ((limit, 0), (limit + timedelta(days=1), 1)):
        file = new_file()
        report = add_report(file, received, UND, received)
        add_investigation(file, report, received, concluded=concluded)
        quarter = Period(limit.year, (limit.month - 1) // 3 + 1)
        stats = compute_statistics([file], quarter, TODAY)
        assert stats.investigations_over_deadline == breaches, (received, concluded)


def test_A5_statistics_count_SSB_days_where_the_deadline_list_counts_months() -> None:
    """Leap year: 23.11.2023 + 7 days + 3 months is 29.02.2024 in the deadline list (A5,
    clamped months), but SSB's 7 + 90 days end on 28.02.2024; the figures follow SSB."""
    file = new_file()
    report = add_report(file, date(2023, 11, 23), UND, date(2023, 11, 24))
    add_investigation(file, report, date(2023, 11, 24), concluded=date(2024, 2, 29))
    assert investigation_limits(file.investigations[0], report).due_on == date(2024, 2, 29)
    stats = compute_statistics([file], Period(2024, 1), TODAY)
    assert stats.investigations_over_deadline == 1


def test_A5_open_investigation_is_a_breach_only_once_today_is_past_the_limit() -> None:
    file = new_file()
    report = add_report(file, date(2024, 1, 24), UND, date(2024, 1, 25))
    add_investigation(file, report, date(2024, 1, 25))
    q2 = Period(2024, 2)
    assert compute_statistics([file], q2, date(2024, 4, 30)).investigations_over_deadline == 0
    assert compute_statistics([file], q2, date(2024, 5, 1)).investigations_over_deadline == 1


def test_A5_extension_without_a_reason_is_not_approved() -> None:
    file = new_file()
    report = add_report(file, date(2024, 1, 24), UND, date(2024, 1, 25))
    add_investigation(file, report, date(2024, 1, 25), concluded=date(2024, 6, 1))
    inv = file.investigations[0]
    inv.extension = Extension(date(2024, 3, 1), reason="  ")
    assert compute_statistics([file], Period(2024), TODAY).investigations_over_deadline == 1
    inv.extension = Extension(date(2024, 3, 1), reason="særlige grunner")
    assert compute_statistics([file], Period(2024), TODAY).investigations_over_deadline == 0


def test_A1_melding_reviewed_on_day_seven_is_in_time() -> None:
    file = new_file()
    add_report(file, date(2024, 3, 25), HEN, date(2024, 4, 1))
    assert compute_statistics([file], Period(2024), TODAY).reports_over_deadline == 0
    file.reports[0].decision = IntakeDecision(HEN, date(2024, 4, 2), "mottak", "grunn")
    stats = compute_statistics([file], Period(2024, 2), TODAY)
    assert stats.reports_over_deadline == 1  # placed by the limit, 01.04, in Q2


def test_statistics_hold_no_personal_data() -> None:
    """Aggregated figures only: every field but the period label is a number."""
    stats = compute_statistics(hand_counted(), Period(2024), TODAY)
    for field in dataclasses.fields(stats):
        if field.name != "period":
            assert type(getattr(stats, field.name)) is int, field.name


def test_csv_rows_have_norwegian_headers_and_decimal_commas() -> None:
    rows = to_csv_rows(statistics_by_period(hand_counted(), 2024, TODAY))
    assert rows[0] == list(CSV_HEADERS)
    assert rows[0][:2] == ["Periode", "Meldinger mottatt"]
    assert "Undersøkelser over frist" in rows[0]
    year = dict(zip(rows[0], rows[1], strict=True))
    assert year["Periode"] == "2024"
    assert year["Meldinger mottatt"] == "7"
    assert year["Andel meldinger henlagt (%)"] == "28,6"
    assert year["Oppfølgingsbesøk per barn"] == "2,5"
    q3 = dict(zip(rows[0], rows[4], strict=True))
    assert q3["Periode"] == "2024K3"
    assert q3["Andel meldinger henlagt (%)"] == ""  # no data, not 0 %
    assert all(len(row) == len(CSV_HEADERS) for row in rows)


def test_period_bounds_and_labels() -> None:
    assert Period(2024, 1).last_day == date(2024, 3, 31)
    assert Period(2024, 4).first_day == date(2024, 10, 1)
    assert Period(2024).last_day == date(2024, 12, 31)
    assert date(2024, 3, 31) in Period(2024, 1)
    assert date(2024, 4, 1) not in Period(2024, 1)
    assert None not in Period(2024)
    with pytest.raises(ValueError):
        Period(2024, 5)


EVENT_COUNTS = (
    "reports_received",
    "reports_reviewed",
    "reports_closed",
    "reports_over_deadline",
    "investigations_opened",
    "investigations_concluded",
    "investigations_closed",
    "investigations_over_deadline",
    "emergency_decisions",
    "followup_visits",
    "tilsyn_visits",
)

days_2024 = st.integers(0, 365).map(lambda n: date(2023, 10, 1) + timedelta(days=n))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(days_2024, st.integers(0, 20), st.integers(0, 250)), max_size=12))
def test_every_event_count_of_the_year_is_the_sum_of_its_quarters(
    events: list[tuple[date, int, int]],
) -> None:
    """Each event lands in exactly one quarter: the placing dates are well defined."""
    files = []
    for received, review_days, conclude_days in events:
        file = new_file()
        decided = received + timedelta(days=review_days)
        report = add_report(file, received, UND, decided)
        add_investigation(file, report, decided, concluded=decided + timedelta(conclude_days))
        files.append(file)
    year, *quarters = statistics_by_period(files, 2024, TODAY)
    for name in EVENT_COUNTS:
        assert getattr(year, name) == sum(getattr(q, name) for q in quarters), name
