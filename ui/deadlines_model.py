"""Rows and the table model of the "Frister" view: every open deadline of the user's cases.

The shell groups the deadlines (overdue, this week, later) and decides every value before a
row reaches this model. Sorting and the rule filter are done here in Python on whole rows
(one ``list.sort``), not by a ``QSortFilterProxyModel`` calling ``data()`` per comparison:
5,000 cases give several thousand open deadlines, and the GUI thread must stay quick.
Whatever the column and the order, the groups stay in their order: overdue, this week, later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from ui.labels import day, deadline_title, label
from ui.models import Column, RowModel

OVERDUE, THIS_WEEK, LATER = "overdue", "this_week", "later"
GROUPS = (OVERDUE, THIS_WEEK, LATER)
"""Group ids in the order they are shown."""

_GROUP_RANK = {group: rank for rank, group in enumerate(GROUPS)}
_GROUP_TEXT = {
    OVERDUE: QT_TRANSLATE_NOOP("DeadlinesModel", "Forfalt"),
    THIS_WEEK: QT_TRANSLATE_NOOP("DeadlinesModel", "Denne uken"),
    LATER: QT_TRANSLATE_NOOP("DeadlinesModel", "Senere"),
}


@dataclass(frozen=True)
class FristRow:
    """One open deadline as the Frister view shows it (built by the shell, never by a widget).

    ``action`` is the ``domain.deadlines.Action`` value that satisfies it; ``subject_id`` the
    record it is about. ``reminder_key`` is the rung the user can snooze or mark handled
    (the latest passed one, else the next); ``handled``/``snoozed_until`` say what was decided.
    """

    group: str
    deadline_key: str
    case_id: str
    case_number: str
    child_name: str
    rule: str
    title: str
    due_on: date
    status: str
    subject_id: str
    action: str
    informational: bool = False
    reminder_key: str = ""
    handled: bool = False
    snoozed_until: datetime | None = None
    mine: bool = True  # the user's own case (a leader's device also holds the unit's)


def group_text(group: str) -> str:
    """The translated name of a group."""
    source = _GROUP_TEXT.get(group)
    return QCoreApplication.translate("DeadlinesModel", source) if source else group


def _reminder_text(row: FristRow) -> str:
    if row.handled:
        return QCoreApplication.translate("DeadlinesModel", "Håndtert")
    if row.snoozed_until is not None:
        text = QCoreApplication.translate("DeadlinesModel", "Utsatt til %1")
        return text.replace("%1", day(row.snoozed_until))
    return ""


class FristModel(RowModel):
    """The Frister table: sortable and filterable by rule, groups kept together."""

    context = "DeadlinesModel"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("DeadlinesModel", "Gruppe"),
            lambda r: group_text(r.group),
            lambda r: _GROUP_RANK.get(r.group, len(GROUPS)),
        ),
        Column(
            QT_TRANSLATE_NOOP("DeadlinesModel", "Forfaller"),
            lambda r: day(r.due_on),
            lambda r: r.due_on.isoformat(),
        ),
        Column(QT_TRANSLATE_NOOP("DeadlinesModel", "Sak"), lambda r: r.case_number),
        Column(QT_TRANSLATE_NOOP("DeadlinesModel", "Barn"), lambda r: r.child_name),
        Column(
            QT_TRANSLATE_NOOP("DeadlinesModel", "Regel"),
            lambda r: r.rule,
            lambda r: _rule_key(r.rule),
        ),
        Column(QT_TRANSLATE_NOOP("DeadlinesModel", "Frist"), lambda r: deadline_title(r.title)),
        Column(QT_TRANSLATE_NOOP("DeadlinesModel", "Status"), lambda r: label(r.status)),
        Column(QT_TRANSLATE_NOOP("DeadlinesModel", "Påminnelse"), _reminder_text),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[FristRow] = []
        self._rule = ""
        self._mine_only = False
        self._sort_column = 1
        self._order = Qt.SortOrder.AscendingOrder

    def id_of(self, row: FristRow) -> str:
        """The deadline's key (rule, subject, part): stable across recomputations."""
        return row.deadline_key

    def warn(self, row: FristRow) -> bool:
        """Overdue deadlines stand out."""
        return row.group == OVERDUE

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every deadline; the rule filter and the sort order stay."""
        self._all = list(rows)
        self._refresh()

    def all_rows(self) -> list[FristRow]:
        """Every deadline, filtered out or not."""
        return list(self._all)

    def rules(self) -> list[str]:
        """The distinct rule ids present, in the catalogue's order (A1, A4a, … A25)."""
        return sorted({row.rule for row in self._all}, key=_rule_key)

    def set_rule_filter(self, rule: str) -> None:
        """Show only deadlines of ``rule`` ("" shows all)."""
        self._rule = rule
        self._refresh()

    def set_mine_only(self, mine_only: bool) -> None:
        """Show only the user's own cases (a leader's device holds the whole unit's)."""
        self._mine_only = mine_only
        self._refresh()

    @property
    def mine_only(self) -> bool:
        """True while only the user's own cases are shown."""
        return self._mine_only

    def has_others(self) -> bool:
        """True when some deadline belongs to another caseworker's case."""
        return any(not row.mine for row in self._all)

    @property
    def rule_filter(self) -> str:
        """The rule shown ("" for all)."""
        return self._rule

    def count(self, group: str) -> int:
        """Deadlines in ``group``, whatever the rule filter (of the user's own cases when
        only those are shown)."""
        return sum(
            1 for row in self._all if row.group == group and (row.mine or not self._mine_only)
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` within each group (the groups keep their order)."""
        if not 0 <= column < len(self.columns):
            return
        self._sort_column, self._order = column, order
        self._refresh()

    def _refresh(self) -> None:
        rows = [
            r
            for r in self._all
            if (not self._rule or r.rule == self._rule) and (r.mine or not self._mine_only)
        ]
        key = _sort_key(self.columns[self._sort_column])
        rows.sort(key=lambda r: (key(r), r.due_on.isoformat(), r.case_number))
        if self._order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        rows.sort(key=lambda r: _GROUP_RANK.get(r.group, len(GROUPS)))  # stable: groups first
        super().set_rows(rows)


def _sort_key(column: Column) -> Callable[[FristRow], Any]:
    """Display text sorts case-insensitively; explicit sort keys sort as they are."""
    if column.sort is not None:
        return column.sort
    text = column.text
    return lambda row: text(row).casefold()


def _rule_key(rule: str) -> tuple[int, str]:
    """A1 < A4a < A10 < A25: by number, then the letter."""
    digits = "".join(ch for ch in rule[1:] if ch.isdigit())
    return (int(digits) if digits else 0, rule)
