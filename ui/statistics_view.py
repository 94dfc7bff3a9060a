"""The leaders' statistics: a bar chart per quarter beside a table of every period.

Plain rows in (``StatisticsRow``, built by the desktop from ``domain.statistics``), intents
out: ``period_changed(year)`` when the leader picks another year, ``export_csv_requested()``
for the CSV file (the desktop asks where, writes ``domain.statistics.to_csv_rows`` and logs
the export). No business rules here: the figures arrive counted; the view only formats
them with the user's locale and draws them. Every figure is aggregated, so nothing shown here
is personal data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.statistics import Statistics
from ui.models import AnyIndex, Column, RowModel

CONTEXT = "StatisticsView"
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class StatisticsRow:
    """One period's figures as shown; ``None`` ratios mean "no data" (shown blank)."""

    period: str  # "2024" or "2024K1"
    is_quarter: bool
    reports_received: int
    share_reports_closed: float | None
    reports_over_deadline: int
    investigations_opened: int
    investigations_concluded: int
    investigations_over_deadline: int
    share_investigations_closed: float | None
    children_with_measures: int
    share_with_plan: float | None
    emergency_decisions: int
    followup_visits_per_child: float | None

    @classmethod
    def from_statistics(cls, stats: Statistics) -> StatisticsRow:
        """The row for one period of ``domain.statistics`` (a copy of figures, no rules)."""
        return cls(
            period=stats.period.label,
            is_quarter=stats.period.quarter is not None,
            reports_received=stats.reports_received,
            share_reports_closed=stats.share_reports_closed,
            reports_over_deadline=stats.reports_over_deadline,
            investigations_opened=stats.investigations_opened,
            investigations_concluded=stats.investigations_concluded,
            investigations_over_deadline=stats.investigations_over_deadline,
            share_investigations_closed=stats.share_investigations_closed,
            children_with_measures=stats.children_with_measures,
            share_with_plan=stats.share_with_plan,
            emergency_decisions=stats.emergency_decisions,
            followup_visits_per_child=stats.followup_visits_per_child,
        )


def _count(value: int) -> str:
    return QLocale().toString(value)


def _percent(value: float | None) -> str:
    return "" if value is None else f"{QLocale().toString(value * 100, 'f', 1)} %"


def _decimal(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value, "f", 1)


def _number(name: str, header: object) -> Column:
    """A count column; ``header`` is a ``QT_TRANSLATE_NOOP`` source text."""
    return Column(str(header), lambda r: _count(getattr(r, name)), lambda r: getattr(r, name))


def _ratio(name: str, header: object, shown: Callable[[float | None], str]) -> Column:
    """A share or rate column; "no data" sorts first."""

    def sort(row: StatisticsRow) -> float:
        value = getattr(row, name)
        return -1.0 if value is None else float(value)

    return Column(str(header), lambda r: shown(getattr(r, name)), sort)


class StatisticsTableModel(RowModel):
    """Every period's figures, one row per period; numbers right-aligned."""

    context = CONTEXT
    columns = (
        Column(str(QT_TRANSLATE_NOOP("StatisticsView", "Periode")), lambda r: r.period),
        _number("reports_received", QT_TRANSLATE_NOOP("StatisticsView", "Meldinger")),
        _ratio(
            "share_reports_closed",
            QT_TRANSLATE_NOOP("StatisticsView", "Meldinger henlagt"),
            _percent,
        ),
        _number(
            "reports_over_deadline", QT_TRANSLATE_NOOP("StatisticsView", "Meldinger over frist")
        ),
        _number(
            "investigations_opened", QT_TRANSLATE_NOOP("StatisticsView", "Undersøkelser åpnet")
        ),
        _number(
            "investigations_concluded",
            QT_TRANSLATE_NOOP("StatisticsView", "Undersøkelser konkludert"),
        ),
        _number(
            "investigations_over_deadline",
            QT_TRANSLATE_NOOP("StatisticsView", "Undersøkelser over frist"),
        ),
        _ratio(
            "share_investigations_closed",
            QT_TRANSLATE_NOOP("StatisticsView", "Undersøkelser henlagt"),
            _percent,
        ),
        _number(
            "children_with_measures", QT_TRANSLATE_NOOP("StatisticsView", "Barn med hjelpetiltak")
        ),
        _ratio("share_with_plan", QT_TRANSLATE_NOOP("StatisticsView", "Med tiltaksplan"), _percent),
        _number("emergency_decisions", QT_TRANSLATE_NOOP("StatisticsView", "Akuttvedtak")),
        _ratio(
            "followup_visits_per_child",
            QT_TRANSLATE_NOOP("StatisticsView", "Oppfølgingsbesøk per barn i fosterhjem"),
            _decimal,
        ),
    )

    def id_of(self, row: StatisticsRow) -> str:
        """A row stands for its period."""
        return row.period

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As ``RowModel``, with figures right-aligned so digits line up."""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            left = index.column() == 0
            horizontal = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
            return int((horizontal | Qt.AlignmentFlag.AlignVCenter).value)
        return super().data(index, role)


class StatisticsView(QWidget):
    """Year picker, CSV export button, a bar chart per quarter and the table of figures."""

    period_changed = Signal(int)
    export_csv_requested = Signal()

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StatisticsTableModel(self)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_box.setValue(year)
        self.year_box.setAccessibleName(self.tr("År for statistikken"))
        self.year_box.valueChanged.connect(self.period_changed)
        self.source = QLabel(self)  # where the figures were counted (server or this machine)
        self.source.setAccessibleName(self.tr("Kilde for tallene"))
        self.export_button = QPushButton(self.tr("&Eksporter CSV …"), self)
        self.export_button.setAccessibleName(self.tr("Eksporter statistikken som CSV"))
        self.export_button.clicked.connect(self.export_csv_requested)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tall per periode"))
        self.table.verticalHeader().hide()  # the period column names each row
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._chart, self._series, self._axis_x, self._axis_y = self._make_chart()
        chart_view = QChartView(self._chart, self)
        chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart_view.setAccessibleName(self.tr("Diagram: meldinger og undersøkelser per kvartal"))
        self._lay_out(chart_view)

    def _make_chart(self) -> tuple[QChart, QBarSeries, QBarCategoryAxis, QValueAxis]:
        chart = QChart()
        chart.setTitle(self.tr("Meldinger og undersøkelser per kvartal"))
        series = QBarSeries()
        axis_x, axis_y = QBarCategoryAxis(), QValueAxis()
        axis_y.setLabelFormat("%d")
        chart.addSeries(series)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart, series, axis_x, axis_y

    def _lay_out(self, chart_view: QChartView) -> None:
        label = QLabel(self.tr("Å&r:"), self)
        label.setBuddy(self.year_box)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.year_box)
        bar.addSpacing(12)
        bar.addWidget(self.source)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(chart_view)
        splitter.addWidget(self.table)
        chart_view.setMinimumWidth(360)  # the table's wide headers must not squeeze the chart
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def year(self) -> int:
        """The year shown."""
        return self.year_box.value()

    def set_year(self, year: int) -> None:
        """Show ``year`` without emitting ``period_changed`` (the desktop already knows)."""
        blocked = self.year_box.blockSignals(True)
        self.year_box.setValue(year)
        self.year_box.blockSignals(blocked)

    def set_rows(self, rows: Sequence[StatisticsRow]) -> None:
        """Show the figures: all periods in the table, the quarters in the chart."""
        self.model.set_rows(rows)
        quarters = [row for row in rows if row.is_quarter] or list(rows)
        self._fill_chart(quarters)

    def set_source(self, text: str) -> None:
        """Say where the figures shown were counted (the desktop words it)."""
        self.source.setText(text)

    def clear(self) -> None:
        """Show nothing (the vault locked)."""
        self.set_rows([])
        self.set_source("")

    def chart(self) -> QChart:
        """The chart (tests and screenshots read it)."""
        return self._chart

    def _fill_chart(self, rows: Sequence[StatisticsRow]) -> None:
        self._series.clear()
        figures = (
            (self.tr("Meldinger"), "reports_received"),
            (self.tr("Undersøkelser åpnet"), "investigations_opened"),
            (self.tr("Undersøkelser konkludert"), "investigations_concluded"),
            (self.tr("Undersøkelser over frist"), "investigations_over_deadline"),
        )
        highest = 0
        for name, attribute in figures:
            bar_set = QBarSet(name)
            values = [int(getattr(row, attribute)) for row in rows]
            bar_set.append(values)
            highest = max([highest, *values])
            self._series.append(bar_set)
        self._axis_x.clear()
        self._axis_x.append([row.period for row in rows])
        self._axis_y.setRange(0, max(highest, 1))
        self._axis_y.applyNiceNumbers()
