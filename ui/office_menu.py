"""The main window's "Ledelse" and "Dokumenter" menus (issue 7): actions that emit intents.

Kept out of ``ui/main_window.py`` so the window only creates it (one line) and lists its
actions with the workspace's (enabled only while the vault is open).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class OfficeMenu(QObject):
    """Leader's overview, statistics, break-glass; letters and the innsyn export of a case."""

    overview_requested = Signal()
    statistics_requested = Signal()
    break_glass_requested = Signal()
    reporter_letter_requested = Signal(str)  # case id
    decision_letter_requested = Signal(str)  # case id
    innsyn_requested = Signal(str)  # case id

    def __init__(
        self,
        window: QMainWindow,
        current_case: Callable[[], str],
        complain: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._current_case = current_case
        self._complain = complain
        self._actions: list[QAction] = []
        leader = window.menuBar().addMenu(self.tr("L&edelse"))
        documents = window.menuBar().addMenu(self.tr("&Dokumenter"))
        self.overview_action = self._add(
            leader, self.tr("&Lederoversikt"), "Ctrl+Shift+O", self.overview_requested.emit
        )
        self.statistics_action = self._add(
            leader, self.tr("&Statistikk"), "Ctrl+Shift+T", self.statistics_requested.emit
        )
        self.break_glass_action = self._add(
            leader, self.tr("&Nødtilgang …"), "Ctrl+Shift+G", self.break_glass_requested.emit
        )
        self.letter_action = self._add(
            documents,
            self.tr("&Brev til melder …"),
            "Ctrl+Shift+B",
            lambda: self._for_case(self.reporter_letter_requested),
        )
        self.decision_action = self._add(
            documents,
            self.tr("&Vedtaksbrev …"),
            "Ctrl+Shift+V",
            lambda: self._for_case(self.decision_letter_requested),
        )
        self.innsyn_action = self._add(
            documents,
            self.tr("&Partsinnsyn (PDF) …"),
            "Ctrl+Shift+I",
            lambda: self._for_case(self.innsyn_requested),
        )

    def actions(self) -> list[QAction]:
        """Every action (the window enables them with the workspace)."""
        return list(self._actions)

    def _add(self, menu: QMenu, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self._window.addAction(action)
        self._actions.append(action)
        return action

    def _for_case(self, signal: SignalInstance) -> None:
        case_id = self._current_case()
        if case_id:
            signal.emit(case_id)
        else:
            self._complain(self.tr("Åpne en sak først."))
