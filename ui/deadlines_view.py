"""The "Frister" view: every open deadline of the user's cases, grouped overdue / this week /
later, sortable, filterable by rule.

Plain rows in (``FristRow``, built by the shell), intents out: opening a row asks for the
action that satisfies it (``action_requested(case_id, subject_id, action)``), "Åpne saken"
asks for the case, and the reminder buttons ask to snooze or mark the row's reminder handled.
The view decides nothing about deadlines itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.deadlines_model import LATER, OVERDUE, THIS_WEEK, FristModel, FristRow
from ui.models import ROW_ROLE

SNOOZE_DAYS = (1, 7)
"""The snooze lengths offered: until tomorrow, one week."""


class DeadlinesView(QWidget):
    """The Frister page; see the module docstring for its signals."""

    open_case_requested = Signal(str)  # case id
    action_requested = Signal(str, str, str)  # case id, subject id, Action value
    snooze_requested = Signal(str, int)  # reminder key, days
    handled_requested = Signal(str)  # reminder key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlines_view")
        self.model = FristModel(self)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Antall frister"))
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Filtrer på regel"))
        # A leader's device holds the whole unit's cases; their fristbrudd are in the leader
        # overview, so here the leader's own come first (shown only when there are others).
        self.mine_only = QCheckBox(self.tr("Bare &mine saker"))
        self.mine_only.setAccessibleName(self.tr("Vis bare frister i mine egne saker"))
        self.mine_only.setChecked(True)
        self.mine_only.hide()
        self.model.set_mine_only(True)
        self.table = self._table()
        self.go_button = self._button(self.tr("Gå til h&andling"), self.tr("Gå til handlingen"))
        self.case_button = self._button(self.tr("Åpne &saken"), self.tr("Åpne saken"))
        self.handled_button = self._button(
            self.tr("Merk som &håndtert"), self.tr("Merk påminnelsen som håndtert")
        )
        self.snooze_button = self._snooze_button()
        self.setLayout(self._layout())
        self._selected_key = ""
        self.go_button.clicked.connect(self._go)
        self.case_button.clicked.connect(self._open_case)
        self.handled_button.clicked.connect(self._handled)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self.mine_only.toggled.connect(self._mine_only_changed)
        self.table.activated.connect(self._activated)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._fill_rules()
        self._update_summary()
        self._update_buttons()

    # building -------------------------------------------------------------------------

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Frister"))
        table.setAccessibleDescription(
            self.tr("Frister gruppert som forfalt, denne uken og senere. Enter går til handlingen.")
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        # Interactive, not ResizeToContents: that would measure every one of thousands of rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(100)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        return table

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        return button

    def _snooze_button(self) -> QToolButton:
        button = QToolButton()
        button.setText(self.tr("&Utsett påminnelse"))
        button.setAccessibleName(self.tr("Utsett påminnelsen"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        self.snooze_actions: list[QAction] = []
        for days in SNOOZE_DAYS:
            text = self.tr("Til i morgen") if days == 1 else self.tr("%n dager", "", days)
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, d=days: self._snooze(d))
            self.snooze_actions.append(action)
        button.setMenu(menu)
        button.clicked.connect(lambda: self._snooze(SNOOZE_DAYS[0]))
        return button

    def _layout(self) -> QVBoxLayout:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Frister</b>")))
        top.addWidget(self.summary, 1)
        rule_label = QLabel(self.tr("&Regel:"))
        rule_label.setBuddy(self.rule)
        top.addWidget(self.mine_only)
        top.addWidget(rule_label)
        top.addWidget(self.rule)
        buttons = QHBoxLayout()
        for widget in (self.go_button, self.case_button, self.snooze_button, self.handled_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        return layout

    # rows in ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[FristRow]) -> None:
        """Show these deadlines (the rule filter, sort order and selection stay)."""
        first = self.model.rowCount() == 0 and not self.model.all_rows()
        self.model.set_rows(rows)
        self.mine_only.setVisible(self.model.has_others())
        self._fill_rules()
        self._update_summary()
        if first and rows:
            self.table.resizeColumnsToContents()

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.model.set_rule_filter("")
        self.model.clear()
        self._fill_rules()
        self._update_summary()

    def focus_table(self) -> None:
        """Put the keyboard in the table (Ctrl+D), on the first row when none is selected."""
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def current_row(self) -> FristRow | None:
        """The selected deadline, if any."""
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, FristRow) else None

    def select_deadline(self, deadline_key: str) -> bool:
        """Select the row of a deadline; False when it is not shown."""
        for number, row in enumerate(self.model.rows()):
            if row.deadline_key == deadline_key:
                self.table.selectRow(number)
                return True
        return False

    # intents out ------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, FristRow):
            self.action_requested.emit(row.case_id, row.subject_id, row.action)

    def _go(self) -> None:
        row = self.current_row()
        if row is not None:
            self.action_requested.emit(row.case_id, row.subject_id, row.action)

    def _open_case(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_case_requested.emit(row.case_id)

    def _snooze(self, days: int) -> None:
        row = self.current_row()
        if row is not None and row.reminder_key and not row.handled:
            self.snooze_requested.emit(row.reminder_key, days)

    def _handled(self) -> None:
        row = self.current_row()
        if row is not None and row.reminder_key and not row.handled:
            self.handled_requested.emit(row.reminder_key)

    # keeping the view in step -------------------------------------------------------------

    def _rule_changed(self, _index: int) -> None:
        self.model.set_rule_filter(str(self.rule.currentData() or ""))
        self._update_summary()

    def _fill_rules(self) -> None:
        wanted = self.model.rule_filter
        self.rule.blockSignals(True)
        self.rule.clear()
        self.rule.addItem(self.tr("Alle regler"), "")
        for rule in self.model.rules():
            self.rule.addItem(rule, rule)
        found = self.rule.findData(wanted)
        self.rule.setCurrentIndex(max(found, 0))
        self.rule.blockSignals(False)
        if found < 0 and wanted:
            self.model.set_rule_filter("")

    def _mine_only_changed(self, mine_only: bool) -> None:
        self.model.set_mine_only(mine_only)
        self._update_summary()

    def _update_summary(self) -> None:
        text = self.tr("Forfalt: %1 · Denne uken: %2 · Senere: %3")
        for number, group in enumerate((OVERDUE, THIS_WEEK, LATER), start=1):
            text = text.replace(f"%{number}", str(self.model.count(group)))
        self.summary.setText(text)

    def _remember_selection(self) -> None:
        row = self.current_row()
        self._selected_key = row.deadline_key if row is not None else ""

    def _restore_selection(self) -> None:
        if self._selected_key:
            self.select_deadline(self._selected_key)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_row()
        for button in (self.go_button, self.case_button):
            button.setEnabled(row is not None)
        can_remind = row is not None and bool(row.reminder_key) and not row.handled
        self.snooze_button.setEnabled(can_remind)
        self.handled_button.setEnabled(can_remind)
