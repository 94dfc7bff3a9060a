"""After each sync and each refresh of the leader's overview: who the user is, and B1's alert.

``check()`` asks the server (on the network pool) for the user's role and, for a leader, the
break-glass uses in the unit, then records both on the DB thread (``break_glass_uses``):
the role feeds the reminders (a changed role re-derives them), the uses fill the overview's
"Nødtilgang" tab, and uses the leader has not seen yet are announced once by ``new_uses``
(case numbers only: never who, why or the child, B8). Without enrolment or contact the tab
says so and nothing else happens; a result arriving after a lock is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop import office_data
from desktop.break_glass_uses import BreakGlassFindings, record_report
from desktop.jobs import run_mutation
from desktop.tasks import TaskRunner
from desktop.user_role import remember_role
from domain.syncstore import Credentials
from sync.client.office import LeaderReport, OfficeClient

log = logging.getLogger(__name__)


class LeaderWatch(QObject):
    """The role and the break-glass uses, as the server knows them now (see the module)."""

    role_known = Signal(str)  # the server's role name for the user
    uses_loaded = Signal(object)  # tuple[BreakGlassUseRow, ...]
    uses_unavailable = Signal(str)  # Norwegian: why there is no list
    new_uses = Signal(list)  # case numbers of uses the leader had not seen

    def __init__(
        self,
        runner: TaskRunner,
        client_factory: Callable[[Credentials], OfficeClient],
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._client_factory = client_factory
        self._clock = clock
        self._generation = 0

    def clear(self) -> None:
        """On lock: answers still on their way are dropped."""
        self._generation += 1

    def remember(self, role: str) -> None:
        """Store a role heard elsewhere (the enrolment's answer) on the DB thread."""
        generation = self._generation
        run_mutation(
            self._runner,
            lambda vault: remember_role(vault, role),
            lambda _role: self._role_stored(generation, role),
            lambda error: self._failed(generation, error),
            label="leader_watch_role",
        )

    def check(self) -> None:
        """Ask the server now (enrolled devices only); the signals report what came back."""
        generation = self._generation
        self._runner.run(
            office_data.enrolment,
            lambda credentials: self._enrolled(generation, credentials),
            lambda error: self._failed(generation, error),
            label="leader_watch_enrolment",
        )

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    def _role_stored(self, generation: int, role: str) -> None:
        if self._current(generation):
            self.role_known.emit(role)

    def _enrolled(self, generation: int, credentials: Credentials | None) -> None:
        if not self._current(generation):
            return
        if credentials is None:
            self.uses_unavailable.emit(
                QCoreApplication.translate(
                    "Office",
                    "Maskinen er ikke koblet til kommunens server, så bruk av nødtilgang "
                    "kan ikke vises.",
                )
            )
            return
        factory = self._client_factory  # called on the pool: building a client may fail too
        self._runner.run_network(
            lambda _none: factory(credentials).leader_report(),
            lambda report: self._heard(generation, report),
            lambda error: self._offline(generation, error),
            label="leader_watch_report",
        )

    def _heard(self, generation: int, report: LeaderReport) -> None:
        if not self._current(generation):
            return
        now = self._clock()
        run_mutation(
            self._runner,
            lambda vault: record_report(vault, report, now),
            lambda found: self._recorded(generation, report.me.role, found),
            lambda error: self._failed(generation, error),
            label="leader_watch_record",
        )

    def _recorded(self, generation: int, role: str, found: BreakGlassFindings | None) -> None:
        if not self._current(generation):
            return
        self._role_stored(generation, role)
        if found is None:
            self.uses_unavailable.emit(
                QCoreApplication.translate("Office", "Bare ledere ser bruk av nødtilgang.")
            )
            return
        self.uses_loaded.emit(found.rows)
        if found.new_numbers:
            log.info("%d new break-glass uses in the unit", len(found.new_numbers))
            self.new_uses.emit(list(found.new_numbers))

    def _offline(self, generation: int, error: BaseException) -> None:
        if not self._current(generation):
            return
        log.info("break-glass report not fetched: %s", type(error).__name__)
        self.uses_unavailable.emit(
            QCoreApplication.translate(
                "Office",
                "Uten kontakt med kommunens server: bruk av nødtilgang kan ikke vises nå.",
            )
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        """A DB job failed (the vault locked meanwhile, or a bug): logged by type only."""
        if self._current(generation):
            log.warning("leader check failed: %s", type(error).__name__)
