"""Qt table models over plain rows (``ui/rows.py``): ``set_rows()`` in, text out.

One generic :class:`RowModel` holds a list of rows and a tuple of :class:`Column`; each
concrete model only names its columns. Models never fetch anything: the shell hands them
rows, and ``clear()`` drops every row when the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.labels import age, day, deadline_title, label, yes_no
from ui.rows import (
    AccessRow,
    CaseRow,
    DeadlineRow,
    InvestigationRow,
    MeasureRow,
    PersonRow,
    ReportRow,
    SearchRow,
    TimelineRow,
)

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""Data role returning the row object itself (for proxies and intents)."""
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
"""Data role returning the row's record id."""
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 3
"""Data role returning a sortable key (ISO dates, numbers) rather than display text."""
WARN_ROLE = int(Qt.ItemDataRole.UserRole) + 4
"""Data role: True when the row needs attention (an overdue deadline)."""

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header (source text, translated at display) and how to show a row."""

    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None


def _sortable(value: Any) -> Any:
    """Dates become ISO strings and ``None`` an empty string, so one column sorts one type."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


class RowModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses set ``columns`` and ``id_of``."""

    columns: tuple[Column, ...] = ()
    context = "Models"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def id_of(self, row: Any) -> str:
        """The record id a row stands for (used by intents such as "open note")."""
        return str(getattr(row, "case_id", ""))

    def warn(self, row: Any) -> bool:
        """True when the row needs the user's attention."""
        return False

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a model reset keeps views and proxies consistent)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.set_rows([])

    def rows(self) -> list[Any]:
        """A copy of the rows shown."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The row object at a model row number."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows of the flat table (children of a valid index: none)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns of the flat table."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltips, sort keys and the row itself, by role."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.id_of(row)
        if role == SORT_ROLE:
            return _sortable(column.sort(row) if column.sort else column.text(row))
        if role == WARN_ROLE:
            return self.warn(row)
        if role == Qt.ItemDataRole.ForegroundRole and self.warn(row):
            return _warning_brush()
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column headers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section].header)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows can be selected, never edited here (editing happens in dialogs)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _warning_brush() -> QBrush:
    """Red that still reads in dark themes: light red on dark windows, dark red on light."""
    app = QApplication.instance()
    dark = isinstance(app, QApplication) and (
        app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    )
    return QBrush(QColor("#ff8a80" if dark else "#a00000"))


def _deadline_text(row: CaseRow) -> str:
    deadline = row.next_deadline
    if deadline is None:
        return ""
    return f"{day(deadline.due_on)} {deadline_title(deadline.title)}".strip()


class SortedRowModel(RowModel):
    """A :class:`RowModel` that sorts itself in Python, one ``list.sort`` per change.

    Why: a ``QSortFilterProxyModel`` sorting thousands of rows calls ``data()`` in Python
    twice per comparison (~100,000 calls for 5,000 cases, most of a second on the GUI
    thread). The key is the ``SORT_ROLE`` value, text case-insensitively, as the proxy did;
    ties keep the order the rows came in. ``set_rows`` keeps the chosen column and order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column = -1
        self._order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row, in the current sort order."""
        super().set_rows(self._sorted(list(rows)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (``-1``: the order rows came in), keeping selections on rows."""
        if not -1 <= column < len(self.columns):
            return
        self._sort_column, self._order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self._rows[index.row()] for index in before]
        self._rows = self._sorted(self._rows)
        where = {id(row): number for number, row in enumerate(self._rows)}
        after = [
            self.index(where[id(row)], index.column())
            for row, index in zip(held, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._sort_column < 0:
            return rows
        column = self.columns[self._sort_column]
        if column.sort is not None:
            sort = column.sort
            key: Callable[[Any], Any] = lambda row: _sortable(sort(row))  # noqa: E731
        else:
            text = column.text
            key = lambda row: text(row).casefold()  # noqa: E731
        return sorted(rows, key=key, reverse=self._order == Qt.SortOrder.DescendingOrder)


class CaseListModel(SortedRowModel):
    """ "Mine saker": number, child, age, masked identity number (B8), status, next deadline,
    and how many values wait for review after sync (§5)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Models", "Saksnr."), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("Models", "Barn"), lambda r: r.child_name),
        Column(
            QT_TRANSLATE_NOOP("Models", "Alder"),
            lambda r: age(r.child_age),
            lambda r: r.child_age if r.child_age is not None else -1,
        ),
        Column(QT_TRANSLATE_NOOP("Models", "Fødselsnr."), lambda r: r.identity_masked),
        Column(QT_TRANSLATE_NOOP("Models", "Status"), lambda r: label(r.status)),
        Column(
            QT_TRANSLATE_NOOP("Models", "Neste frist"),
            _deadline_text,
            lambda r: r.next_deadline.due_on if r.next_deadline else None,
        ),
        Column(  # values that lost a sync merge, flagged for review (§5)
            QT_TRANSLATE_NOOP("Models", "Til gjennomgang"),
            lambda r: str(r.to_review) if r.to_review else "",
            lambda r: r.to_review,
        ),
    )

    def warn(self, row: CaseRow) -> bool:
        """A case with a passed deadline stands out."""
        return row.overdue


class PersonModel(RowModel):
    """Persons of a case; the address is blank for strengt fortrolig (B6, done upstream)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Models", "Rolle"), lambda r: label(r.role)),
        Column(QT_TRANSLATE_NOOP("Models", "Navn"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("Models", "Alder"), lambda r: age(r.age), lambda r: r.age or -1),
        Column(QT_TRANSLATE_NOOP("Models", "Fødselsnr."), lambda r: r.identity_masked),
        Column(QT_TRANSLATE_NOOP("Models", "Adresse"), lambda r: r.address),
        Column(QT_TRANSLATE_NOOP("Models", "Telefon"), lambda r: r.phone),
        Column(QT_TRANSLATE_NOOP("Models", "Adressesperre"), lambda r: _protection(r)),
    )

    def id_of(self, row: PersonRow) -> str:
        """The person's id."""
        return row.person_id


def _protection(row: PersonRow) -> str:
    return "" if row.address_protection.value == "ingen" else label(row.address_protection)


class ReportModel(RowModel):
    """Meldinger of a case (never the reporter's identity, B4)."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("Models", "Mottatt"),
            lambda r: day(r.received_at),
            lambda r: r.received_at,
        ),
        Column(QT_TRANSLATE_NOOP("Models", "Kanal"), lambda r: label(r.channel)),
        Column(QT_TRANSLATE_NOOP("Models", "Melder"), lambda r: label(r.reporter_type)),
        Column(QT_TRANSLATE_NOOP("Models", "Akutt"), lambda r: yes_no(r.acute)),
        Column(QT_TRANSLATE_NOOP("Models", "Vurdering"), lambda r: _decision(r)),
    )

    def id_of(self, row: ReportRow) -> str:
        """The melding's id."""
        return row.report_id

    def warn(self, row: ReportRow) -> bool:
        """An undecided melding needs review within a week (A1)."""
        return not row.decision


def _decision(row: ReportRow) -> str:
    if not row.decision:
        return QCoreApplication.translate("Models", "Ikke vurdert")
    return label(row.decision)


class InvestigationModel(RowModel):
    """Undersøkelser of a case."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("Models", "Åpnet"), lambda r: day(r.opened_on), lambda r: r.opened_on
        ),
        Column(QT_TRANSLATE_NOOP("Models", "Forlenget"), lambda r: yes_no(r.extended)),
        Column(QT_TRANSLATE_NOOP("Models", "Konklusjon"), lambda r: label(r.conclusion)),
        Column(
            QT_TRANSLATE_NOOP("Models", "Mangler"),
            lambda r: str(r.blockers) if r.blockers else "",
            lambda r: r.blockers,
        ),
    )

    def id_of(self, row: InvestigationRow) -> str:
        """The undersøkelse's id."""
        return row.investigation_id


class MeasureModel(RowModel):
    """Tiltak of a case."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Models", "Type"), lambda r: label(r.kind)),
        Column(QT_TRANSLATE_NOOP("Models", "Beskrivelse"), lambda r: r.description),
        Column(
            QT_TRANSLATE_NOOP("Models", "Vedtatt"),
            lambda r: day(r.decided_on),
            lambda r: r.decided_on,
        ),
        Column(
            QT_TRANSLATE_NOOP("Models", "Tiltaksplan"),
            lambda r: day(r.plan_made_on),
            lambda r: r.plan_made_on,
        ),
        Column(
            QT_TRANSLATE_NOOP("Models", "Avsluttet"),
            lambda r: day(r.ended_on),
            lambda r: r.ended_on,
        ),
    )

    def id_of(self, row: MeasureRow) -> str:
        """The tiltak's id."""
        return row.measure_id

    def warn(self, row: MeasureRow) -> bool:
        """A running hjelpetiltak without a tiltaksplan (A11)."""
        return row.plan_made_on is None and row.ended_on is None


class TimelineModel(RowModel):
    """The journal: notes and addenda, with signed/draft state and "unntatt innsyn" marks."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Models", "Tidspunkt"), lambda r: day(r.at), lambda r: r.at),
        Column(
            QT_TRANSLATE_NOOP("Models", "Type"),
            lambda r: label("addendum" if r.is_addendum else r.note_type),
        ),
        Column(QT_TRANSLATE_NOOP("Models", "Forfatter"), lambda r: r.author),
        Column(QT_TRANSLATE_NOOP("Models", "Status"), lambda r: _note_status(r)),
        Column(QT_TRANSLATE_NOOP("Models", "Innsyn"), lambda r: _exempt(r.exempt)),
        Column(QT_TRANSLATE_NOOP("Models", "Utdrag"), lambda r: r.excerpt),
    )

    def id_of(self, row: TimelineRow) -> str:
        """The note to open (an addendum opens the note it amends)."""
        return row.note_id


def _note_status(row: TimelineRow) -> str:
    if row.signed:
        return QCoreApplication.translate("Models", "Signert")
    if row.two_versions:  # edited on two devices: the author merges when opening it (§5)
        return QCoreApplication.translate("Models", "Utkast – to versjoner")
    return QCoreApplication.translate("Models", "Utkast")


def _exempt(exempt: bool) -> str:
    return QCoreApplication.translate("Models", "Unntatt innsyn") if exempt else ""


class DeadlineModel(RowModel):
    """Deadlines of a case, computed, never stored (DOMAIN.md A)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Models", "Regel"), lambda r: r.rule),
        Column(QT_TRANSLATE_NOOP("Models", "Frist"), lambda r: deadline_title(r.title)),
        Column(
            QT_TRANSLATE_NOOP("Models", "Forfaller"), lambda r: day(r.due_on), lambda r: r.due_on
        ),
        Column(QT_TRANSLATE_NOOP("Models", "Status"), lambda r: label(r.status)),
    )

    def id_of(self, row: DeadlineRow) -> str:
        """Deadlines have no record id; the rule names them."""
        return row.rule

    def warn(self, row: DeadlineRow) -> bool:
        """A passed deadline (fristbrudd)."""
        return row.overdue


class AccessLogModel(RowModel):
    """Who read or changed what in the case (B2)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Models", "Tidspunkt"), lambda r: day(r.at), lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("Models", "Bruker"), lambda r: r.user),
        Column(QT_TRANSLATE_NOOP("Models", "Enhet"), lambda r: r.device),
        Column(QT_TRANSLATE_NOOP("Models", "Handling"), lambda r: label(r.action)),
    )

    def id_of(self, row: AccessRow) -> str:
        """The record the entry is about."""
        return row.entity_id


class SearchModel(RowModel):
    """Search hits: case number and the snippet (hit marks removed for plain display)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Models", "Sak"), lambda r: r.case_number),
        Column(
            QT_TRANSLATE_NOOP("Models", "Treff"),
            lambda r: r.snippet.replace("\x02", "").replace("\x03", ""),
        ),
    )

    def id_of(self, row: SearchRow) -> str:
        """The note to open."""
        return row.note_id


ALL_MODELS = (
    CaseListModel,
    PersonModel,
    ReportModel,
    InvestigationModel,
    MeasureModel,
    TimelineModel,
    DeadlineModel,
    AccessLogModel,
    SearchModel,
)
"""Every model class; the tests run ``qtmodeltester`` over each."""
