"""Search across the user's cases and notes (Ctrl+K), with the hits highlighted.

The storage snippet marks each hit as ``\\x02…\\x03``; :func:`snippet_html` turns the marks
into bold highlighted text after escaping everything else, so note text can never inject
markup. Typing is debounced; the shell runs the search on the TaskRunner and answers with
``set_results()``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models import ID_ROLE, ROW_ROLE, SearchModel
from ui.rows import SearchRow

DEBOUNCE_MS = 250
"""Wait this long after the last key before searching (a search per key floods the DB thread)."""

MIN_QUERY = 2
"""Shorter queries match too much to be useful."""


def snippet_html(snippet: str) -> str:
    """Escape the snippet and turn the ``\\x02…\\x03`` hit marks into highlighted bold text."""
    escaped = html.escape(snippet)
    return escaped.replace("\x02", '<b style="background-color:#ffe082;color:#000000">').replace(
        "\x03", "</b>"
    )


class HitDelegate(QStyledItemDelegate):
    """Paints the snippet column as rich text so the hits stand out."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        row = index.data(ROW_ROLE)
        doc.setHtml(snippet_html(row.snippet) if isinstance(row, SearchRow) else "")
        doc.setTextWidth(max(option.rect.width(), 1))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the selection background, then the highlighted snippet."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, QModelIndex(index))
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            colour = option.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Tall enough for the wrapped snippet."""
        doc = self._document(option, QModelIndex(index))
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class SearchDialog(QDialog):
    """A search box over the user's notes; Enter on a hit opens the note at the hit."""

    query_changed = Signal(str)
    open_note_requested = Signal(str, str)  # note id, query to highlight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self.setWindowTitle(self.tr("Søk i saker og notater"))
        self.model = SearchModel(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Søk i notater, saksnummer og navn"))
        self.query.setAccessibleName(self.tr("Søketekst"))
        self.query.setClearButtonEnabled(True)
        self.results = self._results_table()
        self.status = QLabel()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_query)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self._enter_in_query)
        self.results.activated.connect(self._open)
        width = self.fontMetrics().horizontalAdvance("M") * 60
        self.resize(width, width * 2 // 3)

    def _results_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Søkeresultater"))
        table.setItemDelegateForColumn(1, HitDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setWordWrap(True)
        return table

    def _emit_query(self) -> None:
        text = self.query.text().strip()
        if len(text) < MIN_QUERY:
            self.model.clear()
            self.status.setText("")
            return
        self.status.setText(self.tr("Søker …"))
        self.query_changed.emit(text)

    def _enter_in_query(self) -> None:
        """Enter searches at once; Enter again (with hits shown) opens the first hit."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit_query()
        elif self.model.rowCount() > 0:
            self._open(self.model.index(0, 0))

    def set_results(self, query: str, rows: list[SearchRow]) -> None:
        """Show the hits of ``query`` (late answers to an older query are ignored)."""
        if query != self.query.text().strip():
            return
        self.model.set_rows(rows)
        self.results.resizeRowsToContents()
        if rows:
            self.status.setText(self.tr("%n treff", "", len(rows)))
            self.results.selectRow(0)
        else:
            self.status.setText(self.tr("Ingen treff."))

    def _open(self, index: QModelIndex) -> None:
        note_id = index.data(ID_ROLE)
        if note_id:
            self.open_note_requested.emit(str(note_id), self.query.text().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Down arrow moves from the query into the hits (keyboard first)."""
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.model.rowCount():
            self.results.setFocus()
            return
        super().keyPressEvent(event)

    def open_search(self) -> None:
        """Show the dialog with the query selected, ready to type."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def clear(self) -> None:
        """Forget the query and the hits, and hide (on lock)."""
        self._debounce.stop()
        self.query.clear()
        self.model.clear()
        self.status.clear()
        self.hide()
