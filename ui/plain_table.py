"""A read-only table model over plain rows (tuples of display strings) with a key per row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

KeyRole = Qt.ItemDataRole.UserRole + 1
"""The row's key (an id or code), for views that act on the selected row."""

_Index = QModelIndex | QPersistentModelIndex


class PlainTableModel(QAbstractTableModel):
    """Shows ``rows`` (each a key and a tuple of cell texts) under fixed ``headers``."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, tuple[str, ...]]] = []

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Replace every row; each row is ``(key, cells)``."""
        self.beginResetModel()
        self._rows = [(key, tuple(cells)) for key, cells in rows]
        self.endResetModel()

    def key(self, row: int) -> str:
        """The key of ``row``."""
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        key, cells = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == KeyRole:
            return key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
