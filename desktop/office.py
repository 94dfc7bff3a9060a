"""Issue 7 in the app: the leader's overview, statistics, break-glass, letters and innsyn.

``OfficeController`` turns the intents of ``ui.office_menu``, ``ui.leader_overview``, the
letter, innsyn and break-glass dialogs into work on the TaskRunner, and hands plain rows back.

Where the leader's data comes from (DESIGN.md §2): a vault that never met a server is a
single-user journal whose user holds every role, so the overview, assignments and statistics
work on the vault's own cases (mode ``LOCAL``). Once the device is enrolled, the server's
answer wins: the user must hold the leder role there, assignments and break-glass go to the
server's office endpoints (``sync.client.office``), and the vault, which then holds the unit's
cases, supplies the rows (mode ``SERVER``); the statistics then come from the server, counted
over its own data with the same ``domain.statistics``, and the view names the source. Without
contact the overview is read-only and the figures are counted here (``OFFLINE``). Files (PDF, CSV) go only where the user picks (``save_path``, injectable).

B1's "alerts the leader": ``leader_watch`` asks the server after every sync (``follow``) and
every refresh of the overview for the user's role and the unit's break-glass uses; the
overview's "Nødtilgang" tab lists them and ``break_glass_used`` carries the case numbers of
uses the leader has not seen yet to the tray.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop import office_data
from desktop.context import OSLO, AppContext
from desktop.jobs import message, run_mutation
from desktop.leader_watch import LeaderWatch
from desktop.notifier import Notifier
from desktop.office_documents import OfficeDocuments, ask_save_path, saved_text, sync_message
from desktop.session import Session
from desktop.sync_service import SyncService
from desktop.tasks import TaskRunner
from domain.access import MIN_BREAK_GLASS_REASON
from domain.changes import Changes
from domain.statistics import Statistics
from domain.syncstore import Credentials
from sync.client.office import OfficeClient
from sync.protocol import BreakGlassResponse
from ui.break_glass_dialog import BreakGlassDialog
from ui.break_glass_uses import BreakGlassUseRow
from ui.labels import day
from ui.leader_overview import LeaderOverview
from ui.main_window import MainWindow
from ui.statistics_view import StatisticsRow

SavePath = Callable[[QWidget | None, str, str, str], str]
ClientFactory = Callable[[Credentials], OfficeClient]
PDF_FILTER = "PDF (*.pdf)"
CSV_FILTER = "CSV (*.csv)"


class Mode(StrEnum):
    """Where the leader's data comes from."""

    LOCAL = "local"
    SERVER = "server"
    OFFLINE = "offline"


class OfficeController(QObject):
    """The leader's overview window, break-glass and the letter and innsyn dialogs."""

    failed = Signal(str)  # a Norwegian message for the window's banner
    status_message = Signal(str)
    assigned = Signal(str, str)  # case id, caseworker
    break_glass_granted = Signal(str)  # case id
    file_saved = Signal(str)  # path of a PDF or CSV written
    sync_wanted = Signal()  # the server changed something this device should pull now
    break_glass_used = Signal(list)  # case numbers of break-glass uses the leader had not seen

    def __init__(
        self,
        runner: TaskRunner,
        window: MainWindow,
        context: AppContext,
        *,
        open_case: Callable[[str], None],
        save_path: SavePath = ask_save_path,
        client_factory: ClientFactory = OfficeClient.for_credentials,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._window = window
        self._context = context
        self._open_case = open_case
        self.save_path = save_path
        self.client_factory = client_factory
        self.mode = Mode.LOCAL
        self.client: OfficeClient | None = None
        self.server_statistics: tuple[int, list[Statistics]] | None = None  # (year, figures)
        self.overview: LeaderOverview | None = None
        self.break_glass_dialog: BreakGlassDialog | None = None
        self.documents = OfficeDocuments(runner, window, context, self._ask_path, parent=self)
        self.documents.failed.connect(self.failed)
        self.documents.file_saved.connect(self.file_saved)
        self.leader_watch = LeaderWatch(
            runner, lambda credentials: self.client_factory(credentials), context.now, self
        )
        self.leader_watch.uses_loaded.connect(self._show_uses)
        self.leader_watch.uses_unavailable.connect(self._uses_unavailable)
        self.leader_watch.new_uses.connect(self.break_glass_used)
        menu = window.office_menu
        menu.overview_requested.connect(lambda: self.open_overview(LeaderOverview.CASES))
        menu.statistics_requested.connect(lambda: self.open_overview(LeaderOverview.STATISTICS))
        menu.break_glass_requested.connect(self.open_break_glass)
        menu.reporter_letter_requested.connect(self.documents.open_reporter_letters)
        menu.decision_letter_requested.connect(self.documents.open_decision_letter)
        menu.innsyn_requested.connect(self.documents.open_innsyn)
        runner.changes_applied.connect(self._on_changes)

    def attach(self, session: Session) -> None:
        """Forget the server client and every row when the vault locks."""
        session.locked.connect(self.clear)

    def follow(self, sync: SyncService, notifier: Notifier) -> None:
        """Keep the role and the break-glass alerts current: the role from the enrolment at
        once (before the unit's cases arrive and their reminders are derived), then after
        each successful sync; new uses go to the tray as case numbers only, and a click on
        that message opens the list of uses."""
        sync.enrolled.connect(lambda outcome: self.leader_watch.remember(outcome.role))
        sync.sync_finished.connect(lambda _report: self.leader_watch.check())
        self.break_glass_used.connect(notifier.notify_break_glass)
        notifier.break_glass_activated.connect(self._open_uses)

    def _open_uses(self) -> None:
        """A click on a break-glass alert: the list of uses (nothing more while locked)."""
        self._window.raise_()
        self._window.activateWindow()
        if self._window.office_menu.overview_action.isEnabled():
            self.open_overview(LeaderOverview.BREAK_GLASS)

    def clear(self) -> None:
        """Drop rows and close the windows (on lock)."""
        self.client = None
        self.server_statistics = None
        self.mode = Mode.LOCAL
        self.leader_watch.clear()
        self.documents.close_all()
        for widget in (self.overview, self.break_glass_dialog):
            if widget is not None:
                widget.close()
        if self.overview is not None:
            self.overview.clear()

    # helpers -------------------------------------------------------------------------

    def _db(
        self,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
        label: str = "office",
    ) -> None:
        report = failed or self.failed.emit
        self._runner.run(fn, done, lambda e: report(message(e)), label=label)

    def _mutate(
        self,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        label: str,
    ) -> None:
        run_mutation(self._runner, fn, done, lambda e: failed(message(e)), label=label)

    def _net(
        self,
        fn: Callable[[OfficeClient], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        label: str,
    ) -> None:
        client = self.client
        if client is None:
            failed(
                QCoreApplication.translate(
                    "Office", "Maskinen er ikke koblet til kommunens server."
                )
            )
            return
        self._runner.run_network(
            lambda _none: fn(client), done, lambda e: failed(sync_message(e)), label=label
        )

    def _ask_path(self, parent: QWidget | None, caption: str, name: str, kind: str) -> Path | None:
        chosen = self.save_path(parent, caption, name, kind)
        return Path(chosen) if chosen else None

    # mode ----------------------------------------------------------------------------

    def resolve_mode(self, then: Callable[[], None]) -> None:
        """Find out whether the device is enrolled and, if so, whether the server says leder."""

        def enrolled(credentials: Credentials | None) -> None:
            if credentials is None:
                self.mode, self.client = Mode.LOCAL, None
                then()
                return
            self.client = self.client_factory(credentials)
            self._runner.run_network(
                lambda _n: self.client.is_leader() if self.client else False,
                lambda leader: self._leader_answer(bool(leader), then),
                lambda _e: self._set_mode(Mode.OFFLINE, then),
                label="office_session",
            )

        self._db(office_data.enrolment, enrolled, label="office_enrolment")

    def _leader_answer(self, leader: bool, then: Callable[[], None]) -> None:
        if not leader:
            self.failed.emit(
                QCoreApplication.translate(
                    "Office", "Lederoversikten, statistikken og nødtilgang er for ledere."
                )
            )
            return
        self._set_mode(Mode.SERVER, then)

    def _set_mode(self, mode: Mode, then: Callable[[], None]) -> None:
        self.mode = mode
        then()

    def _mode_text(self) -> str:
        if self.mode is Mode.SERVER:
            return QCoreApplication.translate(
                "Office", "Enhetens saker. Tildelinger og nødtilgang går til kommunens server."
            )
        if self.mode is Mode.OFFLINE:
            return QCoreApplication.translate(
                "Office", "Uten kontakt med serveren: sakene på denne maskinen. Tildeling må vente."
            )
        return QCoreApplication.translate(
            "Office",
            "Lokal journal: alle saker i hvelvet. Du har alle roller til maskinen kobles til "
            "kommunens server.",
        )

    # the leader's overview ------------------------------------------------------------

    def open_overview(self, tab: int = LeaderOverview.CASES) -> None:
        """Show the overview window on ``tab`` and load it."""
        self.resolve_mode(lambda: self._show_overview(tab))

    def _show_overview(self, tab: int) -> None:
        view = self._overview()
        view.set_mode(self._mode_text())
        view.set_break_glass_available(self.mode is Mode.SERVER)
        view.tabs.setCurrentIndex(tab)
        view.show()
        view.raise_()
        view.activateWindow()
        self.reload()

    def _overview(self) -> LeaderOverview:
        if self.overview is None:
            view = LeaderOverview(self._context.today().year)
            view.assign_requested.connect(self.assign)
            view.open_case_requested.connect(self._open_case_from_overview)
            view.break_glass_requested.connect(self.open_break_glass)
            view.refresh_requested.connect(self.reload)
            view.statistics.period_changed.connect(lambda _year: self.reload_statistics())
            view.statistics.export_csv_requested.connect(self.export_statistics)
            self.overview = view
        return self.overview

    def reload(self) -> None:
        """Reload the cases, fristbrudd and statistics shown."""
        view = self.overview
        if view is None:
            return
        today = self._context.today()

        def shown(data: office_data.OverviewData) -> None:
            view.set_cases(data.cases, data.caseworkers)
            view.set_breaches(data.by_rule, data.by_caseworker)

        self._db(lambda v: office_data.overview(v, today), shown, label="office_overview")
        self.reload_statistics()
        self.leader_watch.check()

    def _show_uses(self, rows: tuple[BreakGlassUseRow, ...]) -> None:
        if self.overview is not None:
            self.overview.break_glass.set_rows(rows)

    def _uses_unavailable(self, text: str) -> None:
        if self.overview is not None:
            self.overview.break_glass.set_unavailable(text)

    def reload_statistics(self) -> None:
        """Recount the statistics for the year shown.

        Enrolled as leder and online: the server's figures (counted over the whole unit by
        ``domain.statistics``). Otherwise, or when the server does not answer, the figures
        counted here from the vault's cases; the view says which.
        """
        view = self.overview
        if view is None:
            return
        year, today = view.statistics.year(), self._context.today()
        if self.mode is Mode.SERVER and self.client is not None:
            self._net(
                lambda client: client.unit_stats(year),
                lambda stats: self._show_server_statistics(year, stats),
                lambda _text: self._show_local_statistics(year, today, fallback=True),
                "office_statistics_server",
            )
            return
        self._show_local_statistics(year, today)

    def _show_server_statistics(self, year: int, stats: list[Statistics]) -> None:
        view = self.overview
        if view is None or view.statistics.year() != year:
            return  # the leader picked another year meanwhile: that answer is on its way
        self.server_statistics = (year, stats)
        view.statistics.set_rows(office_data.rows_of(stats))
        view.statistics.set_source(
            QCoreApplication.translate("Office", "Tall fra kommunens server")
        )

    def _show_local_statistics(self, year: int, today: date, *, fallback: bool = False) -> None:
        view = self.overview
        if view is None:
            return
        if fallback:
            source = QCoreApplication.translate(
                "Office", "Tall fra denne maskinen (kommunens server svarte ikke)"
            )
        else:
            source = QCoreApplication.translate("Office", "Tall fra denne maskinen")

        def shown(rows: list[StatisticsRow]) -> None:
            if view.statistics.year() != year:
                return
            self.server_statistics = None
            view.statistics.set_rows(rows)
            view.statistics.set_source(source)

        self._db(
            lambda v: office_data.statistics_rows(v, year, today), shown, label="office_statistics"
        )

    def _on_changes(self, changes: Changes) -> None:
        view = self.overview
        if view is not None and view.isVisible() and (changes.case_list or changes.deadlines):
            self.reload()

    def _open_case_from_overview(self, case_id: str) -> None:
        self._window.raise_()
        self._window.activateWindow()
        self._window.show_cases()
        self._open_case(case_id)

    def export_statistics(self) -> None:
        """Ask where, write the CSV (``;``, Norwegian headers), log the export."""
        view = self.overview
        if view is None:
            return
        year, today = view.statistics.year(), self._context.today()
        path = self._ask_path(
            view,
            QCoreApplication.translate("Office", "Eksporter statistikk"),
            f"statistikk-{year}.csv",
            CSV_FILTER,
        )
        if path is None:
            return
        shown = self.server_statistics
        stats = shown[1] if shown is not None and shown[0] == year else None
        self._mutate(
            lambda v: office_data.export_statistics_csv(v, year, path, today, stats),
            lambda written: self._saved(view, str(written)),
            lambda text: view.show_message(text, error=True),
            "statistics_csv",
        )

    def _saved(self, view: LeaderOverview, path: str) -> None:
        view.show_message(saved_text(path))
        self.file_saved.emit(path)

    # assignments ---------------------------------------------------------------------

    def assign(self, case_id: str, caseworker: str) -> None:
        """Give the case to ``caseworker`` (locally, or on the server when enrolled)."""
        view = self._overview()
        if not caseworker:
            view.show_message(
                QCoreApplication.translate("Office", "Skriv eller velg hvem som skal ha saken."),
                error=True,
            )
            return
        if self.mode is Mode.OFFLINE:
            view.show_message(
                QCoreApplication.translate("Office", "Tildeling krever kontakt med serveren."),
                error=True,
            )
            return
        if self.mode is Mode.LOCAL:
            self._assign_in_vault(case_id, caseworker)
            return
        old = next((r.caseworker for r in view.cases.rows() if r.case_id == case_id), "")
        self._net(
            lambda client: client.reassign(case_id, caseworker, old),
            lambda _done: self._assign_in_vault(case_id, caseworker, synced=True),
            lambda text: view.show_message(text, error=True),
            "office_assign",
        )

    def _assign_in_vault(self, case_id: str, caseworker: str, *, synced: bool = False) -> None:
        view = self._overview()

        def done(_value: Any) -> None:
            view.show_message(
                QCoreApplication.translate("Office", "Saken er tildelt %1.").replace(
                    "%1", caseworker
                )
            )
            self.assigned.emit(case_id, caseworker)
            if synced:
                self.sync_wanted.emit()

        self._mutate(
            lambda v: office_data.assign_locally(v, case_id, caseworker),
            done,
            lambda text: view.show_message(text, error=True),
            "office_assign_local",
        )

    # break-glass (B1) ----------------------------------------------------------------

    def open_break_glass(self) -> None:
        """The break-glass dialog (enrolled leaders only: other units exist on the server)."""
        self.resolve_mode(self._show_break_glass)

    def _show_break_glass(self) -> None:
        if self.mode is not Mode.SERVER:
            self.failed.emit(
                QCoreApplication.translate(
                    "Office",
                    "Nødtilgang gjelder saker i andre enheter og krever at maskinen er koblet "
                    "til kommunens server.",
                )
            )
            return
        dialog = BreakGlassDialog(self.overview or self._window)
        dialog.requested.connect(lambda number, reason: self.request_break_glass(number, reason))
        self.break_glass_dialog = dialog
        dialog.show()

    def request_break_glass(self, case_number: str, reason: str) -> None:
        """Refuse a missing reason here; otherwise ask the server, then log the grant."""
        dialog = self.break_glass_dialog
        if dialog is None:
            return
        if not case_number:
            dialog.show_error(QCoreApplication.translate("Office", "Skriv saksnummeret."))
            return
        if len(reason.strip()) < MIN_BREAK_GLASS_REASON:
            dialog.show_error(
                # %1, not %n: the minimum is a constant well above one, so no plural form.
                QCoreApplication.translate(
                    "Office", "Nødtilgang krever en skriftlig begrunnelse (minst %1 tegn)."
                ).replace("%1", str(MIN_BREAK_GLASS_REASON))
            )
            return
        dialog.set_busy(True)
        self._net(
            lambda client: client.break_glass(case_number, reason),
            self._granted,
            dialog.show_error,
            "office_break_glass",
        )

    def _granted(self, grant: BreakGlassResponse) -> None:
        expires = grant.expires_at.astimezone(OSLO).replace(tzinfo=None)

        def logged(_value: Any) -> None:
            if self.break_glass_dialog is not None:
                self.break_glass_dialog.show_granted(
                    QCoreApplication.translate(
                        "Office",
                        "Du har tilgang til saken til %1. Tilgangen er logget og rapportert.",
                    ).replace("%1", day(expires))
                )
            self.break_glass_granted.emit(grant.case_id)
            self.sync_wanted.emit()

        self._mutate(
            lambda v: office_data.record_break_glass(
                v, grant.case_id, grant.grant_id, grant.expires_at.isoformat()
            ),
            logged,
            self.failed.emit,
            "office_break_glass_log",
        )
