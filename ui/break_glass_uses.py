"""The leader's list of break-glass uses (nødtilgang, B1: "logged and alerts the leader").

A tab of the leader's overview: who opened which of the unit's cases, when, why, and when
the access ends. Plain rows in (``desktop/leader_watch.py`` builds them from the server's
report); nothing is decided here. When the list cannot be had (no server, no contact) the
desktop says why in the note above the table and the rows are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import day
from ui.models import Column, RowModel

CONTEXT = "BreakGlassUses"


@dataclass(frozen=True)
class BreakGlassUseRow:
    """One break-glass use in (or by the leader outside) the leader's unit."""

    grant_id: str
    case_number: str
    who: str  # the user who broke the glass (username)
    used_at: datetime  # local time (Europe/Oslo), naive
    reason: str  # the written reason; shown to the leader only, never notified or logged
    expires_at: datetime  # local time (Europe/Oslo), naive
    active: bool  # the access is still open
    new: bool = False  # the leader had not seen it before this refresh


class BreakGlassUseModel(RowModel):
    """Break-glass uses, newest first: case, who, when, why, until when."""

    context = CONTEXT
    columns = (
        Column(QT_TRANSLATE_NOOP("BreakGlassUses", "Saksnr."), lambda r: r.case_number),
        Column(QT_TRANSLATE_NOOP("BreakGlassUses", "Brukt av"), lambda r: r.who),
        Column(
            QT_TRANSLATE_NOOP("BreakGlassUses", "Tidspunkt"),
            lambda r: day(r.used_at),
            lambda r: r.used_at,
        ),
        Column(QT_TRANSLATE_NOOP("BreakGlassUses", "Begrunnelse"), lambda r: r.reason),
        Column(
            QT_TRANSLATE_NOOP("BreakGlassUses", "Utløper"),
            lambda r: day(r.expires_at),
            lambda r: r.expires_at,
        ),
    )

    def id_of(self, row: BreakGlassUseRow) -> str:
        """The grant."""
        return row.grant_id

    def warn(self, row: BreakGlassUseRow) -> bool:
        """An access still open stands out."""
        return row.active


class BreakGlassUses(QWidget):
    """A note (empty, offline, not enrolled) above the table of uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("break_glass_uses")
        self.model = BreakGlassUseModel(self)
        self.note = QLabel()
        self.note.setObjectName("break_glass_note")
        self.note.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bruk av nødtilgang i enhetens saker"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the reason
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self._set_note(self.tr("Henter bruk av nødtilgang …"))

    def set_rows(self, rows: Sequence[BreakGlassUseRow]) -> None:
        """The uses, as the server reported them now (newest first)."""
        self.model.set_rows(sorted(rows, key=lambda r: r.used_at, reverse=True))
        if rows:
            self._set_note(self.tr("Nødtilgang er logget og varslet. Åpne tilganger er uthevet."))
        else:
            self._set_note(self.tr("Ingen har brukt nødtilgang i enhetens saker."))

    def set_unavailable(self, text: str) -> None:
        """No list to show (not enrolled, no contact): drop the rows and say why."""
        self.model.clear()
        self._set_note(text)

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.model.clear()
        self.note.clear()

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
