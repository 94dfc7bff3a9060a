"""The leader's overview (role leder): the unit's cases, fristbrudd, statistics, break-glass.

The fourth tab lists break-glass uses in the unit (:class:`ui.break_glass_uses.BreakGlassUses`,
B1: the leader is alerted); the desktop fills it whenever the overview refreshes.

Plain rows in (built by ``desktop/office.py``), intents out: ``assign_requested(case_id,
caseworker)``, ``open_case_requested(case_id)``, ``break_glass_requested()``,
``refresh_requested()``; the statistics tab is the existing :class:`StatisticsView`, whose
signals the desktop connects itself. No rules here: who may assign, what counts as a
fristbrudd and which deadline is next all arrive decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.cases import CaseStatus
from ui.break_glass_uses import BreakGlassUses
from ui.labels import day, deadline_title, label
from ui.models import ID_ROLE, Column, RowModel
from ui.rows import DeadlineRow
from ui.statistics_view import StatisticsView

CONTEXT = "LeaderOverview"


@dataclass(frozen=True)
class LeaderCaseRow:
    """One case of the unit: who has it, where it stands, what is next and what is late."""

    case_id: str
    number: str
    status: CaseStatus
    caseworker: str  # "" when nobody is assigned
    next_deadline: DeadlineRow | None
    overdue: int  # fristbrudd on the case today


@dataclass(frozen=True)
class BreachRow:
    """Fristbrudd counted under one key: a rule (``A1``) or a caseworker."""

    key: str
    title: str  # the rule's title, or the caseworker's name
    count: int


def _next(row: LeaderCaseRow) -> str:
    deadline = row.next_deadline
    if deadline is None:
        return ""
    return f"{day(deadline.due_on)} {deadline_title(deadline.title)}".strip()


def _unassigned() -> str:
    return QCoreApplication.translate("LeaderOverview", "(ikke tildelt)")


class LeaderCaseModel(RowModel):
    """The unit's cases: number, status, caseworker, next deadline, fristbrudd."""

    context = CONTEXT
    columns = (
        Column(QT_TRANSLATE_NOOP("LeaderOverview", "Saksnr."), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("LeaderOverview", "Status"), lambda r: label(r.status)),
        Column(
            QT_TRANSLATE_NOOP("LeaderOverview", "Saksbehandler"),
            lambda r: r.caseworker or _unassigned(),
        ),
        Column(
            QT_TRANSLATE_NOOP("LeaderOverview", "Neste frist"),
            _next,
            lambda r: r.next_deadline.due_on if r.next_deadline else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("LeaderOverview", "Fristbrudd"),
            lambda r: str(r.overdue) if r.overdue else "",
            lambda r: r.overdue,
        ),
    )

    def warn(self, row: LeaderCaseRow) -> bool:
        """A case with a fristbrudd, or with nobody assigned, stands out."""
        return row.overdue > 0 or not row.caseworker


class RuleBreachModel(RowModel):
    """Fristbrudd per rule (A1, A5 …)."""

    context = CONTEXT
    columns = (
        Column(QT_TRANSLATE_NOOP("LeaderOverview", "Regel"), lambda r: r.key),
        Column(QT_TRANSLATE_NOOP("LeaderOverview", "Frist"), lambda r: deadline_title(r.title)),
        Column(
            QT_TRANSLATE_NOOP("LeaderOverview", "Antall"), lambda r: str(r.count), lambda r: r.count
        ),
    )

    def id_of(self, row: BreachRow) -> str:
        """The rule."""
        return row.key


class CaseworkerBreachModel(RowModel):
    """Fristbrudd per caseworker."""

    context = CONTEXT
    columns = (
        Column(
            QT_TRANSLATE_NOOP("LeaderOverview", "Saksbehandler"),
            lambda r: r.title or _unassigned(),
        ),
        Column(
            QT_TRANSLATE_NOOP("LeaderOverview", "Antall"), lambda r: str(r.count), lambda r: r.count
        ),
    )

    def id_of(self, row: BreachRow) -> str:
        """The caseworker."""
        return row.key


def _table(model: RowModel, accessible: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setAlternatingRowColors(True)
    return table


class LeaderOverview(QWidget):
    """A window of four tabs: Saker (assign), Fristbrudd, Statistikk, Nødtilgang."""

    assign_requested = Signal(str, str)  # case id, caseworker
    open_case_requested = Signal(str)
    break_glass_requested = Signal()
    refresh_requested = Signal()

    CASES, BREACHES, STATISTICS, BREAK_GLASS = 0, 1, 2, 3

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("leader_overview")
        self.setWindowTitle(self.tr("Lederoversikt"))
        self.cases = LeaderCaseModel(self)
        self.by_rule = RuleBreachModel(self)
        self.by_caseworker = CaseworkerBreachModel(self)
        self.mode = QLabel()
        self.mode.setObjectName("leader_mode")
        self.mode.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("leader_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statistics = StatisticsView(year)
        self.break_glass = BreakGlassUses()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Lederoversikt"))
        self.tabs.addTab(self._cases_page(), self.tr("&Saker"))
        self.tabs.addTab(self._breaches_page(), self.tr("&Fristbrudd"))
        self.tabs.addTab(self.statistics, self.tr("S&tatistikk"))
        self.tabs.addTab(self.break_glass, self.tr("Nødtil&gang"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._shortcuts()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 90, em * 50)

    def _cases_page(self) -> QWidget:
        self.case_table = _table(self.cases, self.tr("Enhetens saker"))
        self.case_table.activated.connect(self._activated)
        self.case_table.selectionModel().currentRowChanged.connect(self._selected)
        self.caseworker = QComboBox()
        self.caseworker.setEditable(True)
        self.caseworker.setObjectName("caseworker_choice")
        self.caseworker.setAccessibleName(self.tr("Saksbehandler å tildele saken"))
        self.caseworker.setMinimumContentsLength(16)
        who = QLabel(self.tr("Saks&behandler:"))
        who.setBuddy(self.caseworker)
        self.assign_button = QPushButton(self.tr("&Tildel"))
        self.assign_button.setAccessibleName(self.tr("Tildel den valgte saken"))
        self.assign_button.clicked.connect(self._assign)
        self.open_button = QPushButton(self.tr("Å&pne sak"))
        self.open_button.setAccessibleName(self.tr("Åpne den valgte saken"))
        self.open_button.clicked.connect(self._open)
        self.break_glass_button = QPushButton(self.tr("&Nødtilgang …"))
        self.break_glass_button.setAccessibleName(self.tr("Nødtilgang til en sak i en annen enhet"))
        self.break_glass_button.clicked.connect(self.break_glass_requested)
        bar = QHBoxLayout()
        for widget in (who, self.caseworker, self.assign_button, self.open_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.break_glass_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.case_table, 1)
        return page

    def _breaches_page(self) -> QWidget:
        self.rule_table = _table(self.by_rule, self.tr("Fristbrudd per regel"))
        self.caseworker_table = _table(self.by_caseworker, self.tr("Fristbrudd per saksbehandler"))
        page = QWidget()
        layout = QHBoxLayout(page)
        for title, table in (
            (self.tr("Per regel"), self.rule_table),
            (self.tr("Per saksbehandler"), self.caseworker_table),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            layout.addWidget(box, 1)
        return page

    def _shortcuts(self) -> None:
        refresh = QAction(self.tr("Oppdater"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(lambda _c=False: self.refresh_requested.emit())
        close = QAction(self.tr("Lukk"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(lambda _c=False: self.close())
        self.addActions([refresh, close])
        for index in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)

    # rows in -------------------------------------------------------------------------

    def set_mode(self, text: str) -> None:
        """Where the figures come from (the local journal, or the unit on the server)."""
        self.mode.setText(text)
        self.mode.setAccessibleName(text)

    def set_break_glass_available(self, available: bool) -> None:
        """Break-glass needs the server (another unit's cases exist only there)."""
        self.break_glass_button.setEnabled(available)

    def set_cases(self, rows: Sequence[LeaderCaseRow], caseworkers: Sequence[str]) -> None:
        """The unit's cases and the caseworkers to choose from; keeps the selected case."""
        selected = self.selected_case()
        self.cases.set_rows(rows)
        current = self.caseworker.currentText()
        self.caseworker.clear()
        self.caseworker.addItems(list(caseworkers))
        self.caseworker.setEditText(current)
        if selected:
            self.select_case(selected)

    def set_breaches(
        self, by_rule: Sequence[BreachRow], by_caseworker: Sequence[BreachRow]
    ) -> None:
        """Fristbrudd per rule and per caseworker."""
        self.by_rule.set_rows(by_rule)
        self.by_caseworker.set_rows(by_caseworker)
        total = sum(row.count for row in by_rule)
        title = (
            self.tr("&Fristbrudd (%1)").replace("%1", str(total))
            if total
            else self.tr("&Fristbrudd")
        )
        self.tabs.setTabText(self.BREACHES, title)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A status line above the tabs (errors in red)."""
        self.message.setStyleSheet("QLabel { color: #a00000; }" if error else "")
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def clear(self) -> None:
        """Drop every row (on lock)."""
        for model in self.all_models():
            model.clear()
        self.statistics.clear()
        self.break_glass.clear()
        self.caseworker.clear()
        self.message.clear()

    def all_models(self) -> list[RowModel]:
        """Every model of the window (tests run qtmodeltester over each)."""
        return [
            self.cases,
            self.by_rule,
            self.by_caseworker,
            self.statistics.model,
            self.break_glass.model,
        ]

    # selection and intents -----------------------------------------------------------

    def selected_case(self) -> str:
        """The id of the selected case, or ``""``."""
        index = self.case_table.currentIndex()
        return str(index.data(ID_ROLE) or "") if index.isValid() else ""

    def select_case(self, case_id: str) -> None:
        """Select a case by id (after a reload)."""
        for row in range(self.cases.rowCount()):
            if self.cases.row_at(row).case_id == case_id:
                self.case_table.selectRow(row)
                return

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.caseworker.setEditText(self.cases.row_at(current.row()).caseworker)

    def _assign(self) -> None:
        case_id = self.selected_case()
        if not case_id:
            self.show_message(self.tr("Velg en sak i listen først."), error=True)
            return
        self.assign_requested.emit(case_id, self.caseworker.currentText().strip())

    def _open(self) -> None:
        case_id = self.selected_case()
        if case_id:
            self.open_case_requested.emit(case_id)

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(ID_ROLE)
        if case_id:
            self.open_case_requested.emit(str(case_id))
