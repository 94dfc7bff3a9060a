""" "Mine saker": the user's cases with search and filters.

Filtering happens in a proxy over rows the shell computed (status, overdue flag), so the
list reacts at once while typing and never asks the vault for anything.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.cases import CaseStatus
from ui.labels import label
from ui.models import ID_ROLE, ROW_ROLE, CaseListModel
from ui.rows import CaseRow

RESIZE_PRECISION = 100
"""Rows Qt measures to size a column to its contents (its default is 1,000)."""


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters case rows by free text (number, name), status and "overdue only".

    Sorting is the source model's (``SortedRowModel``, one ``list.sort``): the proxy keeps
    the source order and passes a click on a header on, instead of comparing rows itself.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: CaseStatus | None = None
        self._overdue_only = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (the view calls this on a header click)."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_text(self, text: str) -> None:
        """Match case number or child's name, case-insensitively."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: CaseStatus | None) -> None:
        """Only cases with this status (``None``: all)."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_overdue_only(self, overdue_only: bool) -> None:
        """Only cases with a passed deadline."""
        self.beginFilterChange()
        self._overdue_only = overdue_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Apply the three filters to one row."""
        index = self.sourceModel().index(source_row, 0, source_parent)
        row = index.data(ROW_ROLE)
        if not isinstance(row, CaseRow):
            return False
        if self._status is not None and row.status is not self._status:
            return False
        if self._overdue_only and not row.overdue:
            return False
        if self._text:
            haystack = f"{row.number} {row.child_name}".casefold()
            return all(part in haystack for part in self._text.split())
        return True


class CaseListView(QWidget):
    """Search field, filters and the table of cases; emits ``case_activated(case_id)``."""

    case_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_list")
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filtrer på saksnummer eller navn"))
        self.search.setAccessibleName(self.tr("Filtrer saker"))
        self.search.setClearButtonEnabled(True)
        self.status = self._status_box()
        self.overdue = QCheckBox(self.tr("Bare &fristbrudd"))
        self.overdue.setAccessibleName(self.tr("Vis bare saker med fristbrudd"))
        self.table = self._table()
        self.count = QLabel()
        self.setLayout(self._layout())
        self.search.textChanged.connect(self.proxy.set_text)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.overdue.toggled.connect(self.proxy.set_overdue_only)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()

    def _status_box(self) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Filtrer på status"))
        box.addItem(self.tr("Alle statuser"), None)
        for status in CaseStatus:
            box.addItem(label(status), status.value)
        return box

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Mine saker"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measure the first rows only: sizing to all of 5,000 cases asks data() of every cell.
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        table.setAlternatingRowColors(True)
        return table

    def _layout(self) -> QVBoxLayout:
        heading = QLabel(self.tr("<b>Mine saker</b>"))
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        return layout

    def _status_changed(self, _index: int) -> None:
        value = self.status.currentData()
        self.proxy.set_status(CaseStatus(value) if value else None)

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(ID_ROLE)
        if case_id:
            self.case_activated.emit(str(case_id))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%1 av %2 saker").replace("%1", str(shown)).replace("%2", str(total))
        )

    def set_rows(self, rows: list[CaseRow]) -> None:
        """Show these cases (filters and sort order stay)."""
        self.model.set_rows(rows)

    def select_case(self, case_id: str) -> None:
        """Select the case's row (after an unlock, to show the same state)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.table.selectRow(row)
                return

    def clear(self) -> None:
        """Drop every row and the typed filter (on lock)."""
        self.model.clear()
        self.search.clear()

    def focus_search(self) -> None:
        """Put the cursor in the filter field."""
        self.search.setFocus()
        self.search.selectAll()
