"""The main window: first run, unlock, or the workspace (case list beside the case view).

Every action has a shortcut and emits an intent; the shell decides what happens. Errors
from anywhere appear in one banner at the top (``show_error``), never as stacked popups
that a locked screen could leave behind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.case_list import CaseListView
from ui.case_view import CaseView
from ui.deadlines_view import DeadlinesView
from ui.office_menu import OfficeMenu
from ui.search_dialog import SearchDialog
from ui.session_dialogs import ERROR_STYLE, FirstRunView, SyncGateView, UnlockView


class ErrorBanner(QWidget):
    """The one place messages appear: text that says what to do, and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_banner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(ERROR_STYLE)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setAccessibleName(self.tr("Lukk melding"))
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show the message (replacing an older one)."""
        self.text.setText(message)
        self.text.setAccessibleName(message)
        self.show()

    def dismiss(self) -> None:
        """Hide and forget the message."""
        self.text.clear()
        self.hide()


class MainWindow(QMainWindow):
    """Pages: first run, unlock, workspace. Emits intents; shows what the shell hands it."""

    lock_requested = Signal()
    search_requested = Signal()
    refresh_requested = Signal()
    new_report_requested = Signal(str)  # case id, "" for a new case
    new_note_requested = Signal(str)  # case id
    enrol_requested = Signal()  # connect this device to the municipality's server
    sync_requested = Signal()
    not_delivered_requested = Signal()
    change_passphrase_requested = Signal()  # "Endre passordfrase …" (DESIGN §3)
    check_vault_requested = Signal()  # "Sjekk hvelvet" (DESIGN §3)

    FIRST_RUN, UNLOCK, WORKSPACE, SYNC_GATE = 0, 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Feltjournal"))
        self.first_run = FirstRunView()
        self.unlock = UnlockView()
        self.sync_gate = SyncGateView()
        self.case_list = CaseListView()
        self.case_view = CaseView()
        self.deadlines_view = DeadlinesView()
        self.search = SearchDialog(self)
        self.banner = ErrorBanner()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.first_run)
        self.stack.addWidget(self.unlock)
        self.stack.addWidget(self._workspace())
        self.stack.addWidget(self.sync_gate)
        self.sync_gate.lock_requested.connect(self.lock_requested)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Arbeider"))
        self.busy.hide()
        self.state = QLabel()
        self.statusBar().addWidget(self.state, 1)
        self.overdue_badge = self._overdue_badge()
        self.statusBar().addPermanentWidget(self.overdue_badge)
        self.statusBar().addPermanentWidget(self.busy)
        self._workspace_actions: list[QAction] = []
        self._build_menus()
        self.case_view.new_note_requested.connect(self.new_note_requested)
        self.case_view.new_report_requested.connect(self.new_report_requested)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 100, em * 60)

    def _workspace(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("workspace")
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # Frister (issue 3): the workspace is two tabs, the cases and the deadlines overview.
        self.workspace_tabs = QTabWidget()
        self.workspace_tabs.setObjectName("workspace_tabs")
        self.workspace_tabs.setAccessibleName(self.tr("Arbeidsflate"))
        self.workspace_tabs.addTab(splitter, self.tr("Saker"))
        self.workspace_tabs.addTab(self.deadlines_view, self.tr("Frister"))
        return self.workspace_tabs

    def _overdue_badge(self) -> QLabel:
        badge = QLabel()
        badge.setObjectName("overdue_badge")
        badge.setStyleSheet("QLabel { font-weight: bold; }")
        badge.hide()
        return badge

    def _action(
        self, menu: QMenu, text: str, shortcut: QKeySequence | str, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&Fil"))
        go = self.menuBar().addMenu(self.tr("&Gå til"))
        self.new_report_action = self._action(
            file,
            self.tr("Ny &melding …"),
            "Ctrl+N",
            lambda: self.new_report_requested.emit(self.case_view.case_id),
        )
        self.new_note_action = self._action(
            file, self.tr("Nytt &notat …"), "Ctrl+Shift+N", self._new_note
        )
        file.addSeparator()
        sync_actions = self._sync_actions(file)
        file.addSeparator()
        self.change_passphrase_action = self._action(
            file,
            self.tr("Endre &passordfrase …"),
            "Ctrl+Shift+P",
            self.change_passphrase_requested.emit,
        )
        self.check_vault_action = self._action(
            file, self.tr("Sjekk &hvelvet"), "Ctrl+Shift+H", self.check_vault_requested.emit
        )
        self.check_vault_action.setStatusTip(
            self.tr("Kontroller at det krypterte hvelvet er helt og ikke endret utenfra")
        )
        file.addSeparator()
        self.lock_action = self._action(file, self.tr("&Lås"), "Ctrl+L", self.lock_requested.emit)
        self._action(file, self.tr("&Avslutt"), QKeySequence.StandardKey.Quit, self.close)
        self.search_action = self._action(
            go, self.tr("&Søk …"), "Ctrl+K", self.search_requested.emit
        )
        self.filter_action = self._action(
            go, self.tr("&Filtrer saker"), "Ctrl+F", self.case_list.focus_search
        )
        self.list_action = self._action(
            go, self.tr("Sakslist&en"), "Ctrl+1", lambda: self._focus_cases(self.case_list.table)
        )
        self.case_action = self._action(
            go, self.tr("&Saken"), "Ctrl+2", lambda: self._focus_cases(self.case_view.tabs)
        )
        self.deadlines_action = self._action(go, self.tr("F&rister"), "Ctrl+D", self.show_deadlines)
        self.refresh_action = self._action(
            go, self.tr("&Oppdater"), QKeySequence.StandardKey.Refresh, self.refresh_requested.emit
        )
        self._workspace_actions = [
            self.new_report_action,
            self.new_note_action,
            self.lock_action,
            self.search_action,
            self.filter_action,
            self.list_action,
            self.case_action,
            self.deadlines_action,
            self.refresh_action,
            self.change_passphrase_action,
            self.check_vault_action,
            *sync_actions,
        ]
        # Ledelse og dokumenter (issue 7): its own menus, enabled with the workspace.
        self.office_menu = OfficeMenu(self, lambda: self.case_view.case_id, self.show_error)
        self._workspace_actions += self.office_menu.actions()
        self._set_workspace_enabled(False)

    def _sync_actions(self, file: QMenu) -> list[QAction]:
        """Sync (DESIGN.md §5): connect to the server, sync now, what the server refused."""
        self.enrol_action = self._action(
            file, self.tr("&Koble til kommunens server …"), "Ctrl+Shift+K",
            self.enrol_requested.emit,
        )
        # A menu item's accessible name is its text; this is the description read with it.
        self.enrol_action.setStatusTip(
            self.tr("Registrer maskinen hos kommunens server med brukernavn og passord")
        )
        self.sync_action = self._action(
            file, self.tr("S&ynkroniser nå"), "Ctrl+Shift+Y", self.sync_requested.emit
        )
        self.not_delivered_action = self._action(
            file, self.tr("&Ikke levert …"), "Ctrl+Shift+U", self.not_delivered_requested.emit
        )
        return [self.enrol_action, self.sync_action, self.not_delivered_action]

    def _new_note(self) -> None:
        if self.case_view.case_id:
            self.new_note_requested.emit(self.case_view.case_id)
        else:
            self.show_error(self.tr("Åpne en sak først, så kan du skrive et notat i den."))

    # Frister (issue 3) --------------------------------------------------------------------

    def show_cases(self) -> None:
        """Bring the cases tab (list and case view) to the front."""
        self.workspace_tabs.setCurrentIndex(0)

    def _focus_cases(self, widget: QWidget) -> None:
        self.show_cases()
        widget.setFocus()

    def show_deadlines(self) -> None:
        """Bring the Frister tab to the front with the keyboard in its table (Ctrl+D)."""
        self.workspace_tabs.setCurrentWidget(self.deadlines_view)
        self.deadlines_view.focus_table()

    def set_overdue_count(self, count: int) -> None:
        """The badge: "Frister (3)" on the tab and a status-bar label while any is overdue."""
        index = self.workspace_tabs.indexOf(self.deadlines_view)
        title = self.tr("Frister (%1)").replace("%1", str(count)) if count else self.tr("Frister")
        self.workspace_tabs.setTabText(index, title)
        spoken = self.tr("%n frister er overskredet", "", count)
        self.workspace_tabs.setTabToolTip(index, spoken if count else "")
        self.overdue_badge.setText(self.tr("%n fristbrudd", "", count))
        self.overdue_badge.setAccessibleName(spoken)
        self.overdue_badge.setToolTip(spoken)
        self.overdue_badge.setVisible(count > 0)

    def _set_workspace_enabled(self, enabled: bool) -> None:
        for action in self._workspace_actions:
            action.setEnabled(enabled)

    def show_first_run(self) -> None:
        """The first-run page (no vault on this machine yet)."""
        self._set_workspace_enabled(False)
        self.stack.setCurrentIndex(self.FIRST_RUN)
        self.state.setText(self.tr("Ingen journal på denne maskinen ennå"))
        self.first_run.passphrase.setFocus()

    def show_unlock(self) -> None:
        """The unlock page (the vault exists and is locked)."""
        self._set_workspace_enabled(False)
        self.stack.setCurrentIndex(self.UNLOCK)
        self.state.setText(self.tr("Låst"))
        self.unlock.passphrase.setFocus()

    def show_sync_gate(self, reason: str) -> None:
        """The vault is open but held back until the server is reached (offline too long)."""
        self._set_workspace_enabled(False)
        self.unlock.clear()
        self.stack.setCurrentIndex(self.SYNC_GATE)
        self.state.setText(self.tr("Synkronisering kreves"))
        self.sync_gate.show_reason(reason)

    def show_workspace(self, user: str, demo: bool = False) -> None:
        """The case list and case view (the vault is open)."""
        self._set_workspace_enabled(True)
        self.first_run.clear()
        self.unlock.clear()
        self.banner.dismiss()
        self.stack.setCurrentIndex(self.WORKSPACE)
        state = self.tr("Låst opp som %1").replace("%1", user)
        if demo:
            state += "  ·  " + self.tr("DEMO: bare oppdiktede data")
        self.state.setText(state)
        self.show_cases()
        self.case_list.table.setFocus()

    def clear(self) -> None:
        """Drop everything shown from the vault: every model, the search, any message."""
        self.case_list.clear()
        self.case_view.clear()
        self.deadlines_view.clear()
        self.set_overdue_count(0)
        self.search.clear()
        self.banner.dismiss()

    def show_error(self, message: str) -> None:
        """Show a message on the page the user is on."""
        page = self.stack.currentIndex()
        if page == self.FIRST_RUN:
            self.first_run.show_error(message)
        elif page == self.UNLOCK:
            self.unlock.show_error(message)
        else:
            self.banner.show_message(message)

    def set_busy(self, busy: bool) -> None:
        """Show that work is running (the window stays usable)."""
        self.busy.setVisible(busy)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Close the search window with the main window (drafts are already autosaved)."""
        self.search.hide()
        super().closeEvent(event)
