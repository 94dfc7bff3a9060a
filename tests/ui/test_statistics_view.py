"""The statistics view shows plain rows and emits the leader's intents (waits on signals)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCharts import QBarSet
from PySide6.QtCore import QLocale, Qt

from domain.casefile import CaseFile
from domain.cases import Case
from domain.reports import Channel, IntakeDecision, IntakeOutcome, Report, ReporterType
from domain.statistics import statistics_by_period
from ui.models import SORT_ROLE
from ui.statistics_view import StatisticsRow, StatisticsTableModel, StatisticsView

YEAR = StatisticsRow(
    period="2024",
    is_quarter=False,
    reports_received=7,
    share_reports_closed=2 / 7,
    reports_over_deadline=2,
    investigations_opened=5,
    investigations_concluded=4,
    investigations_over_deadline=4,
    share_investigations_closed=0.25,
    children_with_measures=3,
    share_with_plan=1.0,
    emergency_decisions=1,
    followup_visits_per_child=2.5,
)
QUARTERS = [
    replace(YEAR, period="2024K1", is_quarter=True, reports_received=5, investigations_opened=4),
    replace(YEAR, period="2024K2", is_quarter=True, reports_received=1, investigations_opened=0),
    replace(YEAR, period="2024K3", is_quarter=True, reports_received=0, share_reports_closed=None),
    replace(YEAR, period="2024K4", is_quarter=True, reports_received=1, investigations_opened=1),
]
ROWS = [YEAR, *QUARTERS]


@pytest.fixture(autouse=True)
def norwegian_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def view(qtbot) -> StatisticsView:  # type: ignore[no-untyped-def]
    widget = StatisticsView(year=2024)
    qtbot.addWidget(widget)
    widget.set_rows(ROWS)
    return widget


def cell(model: StatisticsTableModel, row: int, header: str) -> str:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return str(model.data(model.index(row, headers.index(header))))


def test_table_model_passes_qtmodeltester(qtmodeltester, view: StatisticsView) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)
    view.clear()
    qtmodeltester.check(view.model)


def test_table_shows_every_period_with_locale_numbers(view: StatisticsView) -> None:
    model = view.model
    assert model.rowCount() == 5
    assert cell(model, 0, "Periode") == "2024"
    assert cell(model, 0, "Meldinger") == "7"
    assert cell(model, 0, "Meldinger henlagt") == "28,6 %"
    assert cell(model, 0, "Oppfølgingsbesøk per barn i fosterhjem") == "2,5"
    assert cell(model, 3, "Meldinger henlagt") == ""  # no data is not 0 %
    right = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert right & int(Qt.AlignmentFlag.AlignRight.value)


def test_ratio_columns_sort_by_value_not_text(view: StatisticsView) -> None:
    model = view.model
    assert model.data(model.index(0, 2), SORT_ROLE) == pytest.approx(2 / 7)
    assert model.data(model.index(3, 2), SORT_ROLE) == -1.0


def test_chart_shows_the_quarters(view: StatisticsView) -> None:
    chart = view.chart()
    (series,) = chart.series()
    sets: list[QBarSet] = series.barSets()
    assert [s.label() for s in sets] == [
        "Meldinger",
        "Undersøkelser åpnet",
        "Undersøkelser konkludert",
        "Undersøkelser over frist",
    ]
    assert [sets[0].at(i) for i in range(sets[0].count())] == [5, 1, 0, 1]
    assert [sets[1].at(i) for i in range(sets[1].count())] == [4, 0, 5, 1]  # K3 keeps 5
    (axis_x,) = chart.axes(Qt.Orientation.Horizontal)
    assert axis_x.categories() == ["2024K1", "2024K2", "2024K3", "2024K4"]


def test_picking_a_year_emits_period_changed(qtbot, view: StatisticsView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.period_changed) as blocker:
        view.year_box.setValue(2023)
    assert blocker.args == [2023]


def test_set_year_does_not_emit(qtbot, view: StatisticsView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(view.period_changed):
        view.set_year(2022)
    assert view.year() == 2022


def test_export_button_requests_csv(qtbot, view: StatisticsView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.export_csv_requested):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)


def test_rows_come_straight_from_domain_statistics(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The desktop maps ``domain.statistics`` to rows with no rule of its own."""
    file = CaseFile(Case(created_at=datetime(2024, 1, 1)))
    file.reports.append(
        Report(
            file.case.id,
            datetime(2024, 2, 1, 9),
            Channel.PHONE,
            ReporterType.PRIVATE,
            "Bekymring.",
            decision=IntakeDecision(IntakeOutcome.HENLAGT, date(2024, 2, 3), "mottak", "grunn"),
        )
    )
    rows = [
        StatisticsRow.from_statistics(s)
        for s in statistics_by_period([file], 2024, date(2025, 1, 1))
    ]
    widget = StatisticsView(year=2024)
    qtbot.addWidget(widget)
    widget.set_rows(rows)
    assert [r.period for r in rows] == ["2024", "2024K1", "2024K2", "2024K3", "2024K4"]
    assert cell(widget.model, 1, "Meldinger henlagt") == "100,0 %"
    assert cell(widget.model, 2, "Meldinger") == "0"
