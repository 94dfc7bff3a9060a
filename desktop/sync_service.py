"""The Qt side of sync: runs the engine on the network pool, vault work on the DB thread.

The engine (``sync.client``) is plain Python and blocks; it runs on the TaskRunner's network
pool. Each store call it makes is marshalled to the DB worker (the vault's only thread)
through the GUI thread, and the network thread waits for the answer. Periodic sync is an
APScheduler interval job that only *requests* a sync (STYLE.md rule 9); a sync already
running absorbs the request. Signals are past-tense facts for the window.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, Slot

from desktop.tasks import TaskRunner
from domain.syncstore import Credentials, ServerPolicy, offline_too_long
from storage.sync_store import VaultSyncStore
from storage.wipe import wipe_vault
from sync.client.backoff import Backoff, retrying
from sync.client.engine import Progress, SyncEngine, SyncReport
from sync.client.enrol import EnrolOutcome, enrol_device, transport_for
from sync.client.errors import SyncError, SyncErrorKind
from sync.client.transport import HttpTransport, Transport
from ui.quarantine_view import QuarantineRow, reason_text
from ui.sync_status import SyncStatusView

log = logging.getLogger(__name__)

STORE_TIMEOUT_S = 120.0

MESSAGES = {
    SyncErrorKind.OFFLINE: QT_TRANSLATE_NOOP("SyncService", "Frakoblet – prøver igjen senere"),
    SyncErrorKind.SERVER_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "SyncService", "Serveren svarer ikke – prøver igjen senere"
    ),
    SyncErrorKind.BAD_RESPONSE: QT_TRANSLATE_NOOP(
        "SyncService", "Ufullstendig svar fra serveren – prøver igjen senere"
    ),
    SyncErrorKind.TLS_UNTRUSTED: QT_TRANSLATE_NOOP(
        "SyncService", "Serverens sertifikat er ikke godkjent av kommunen"
    ),
    SyncErrorKind.DEVICE_REVOKED: QT_TRANSLATE_NOOP(
        "SyncService",
        "Kommunen har trukket tilbake denne enheten, og hvelvet med journalen er slettet fra "
        "maskinen. Det som var synkronisert, finnes fortsatt på kommunens server. Kontakt "
        "leder eller IT før du oppretter et nytt hvelv.",
    ),
    SyncErrorKind.UNAUTHENTICATED: QT_TRANSLATE_NOOP(
        "SyncService", "Enheten er ikke lenger godkjent av serveren"
    ),
    SyncErrorKind.INVALID_CREDENTIALS: QT_TRANSLATE_NOOP(
        "SyncService", "Feil brukernavn eller passord"
    ),
    SyncErrorKind.LOGIN_THROTTLED: QT_TRANSLATE_NOOP("SyncService", "For mange forsøk – vent litt"),
    SyncErrorKind.PROTOCOL_MISMATCH: QT_TRANSLATE_NOOP(
        "SyncService", "Appen må oppdateres for å snakke med serveren"
    ),
    SyncErrorKind.NOT_ENROLLED: QT_TRANSLATE_NOOP(
        "SyncService", "Enheten er ikke registrert mot en server"
    ),
    SyncErrorKind.INSECURE_URL: QT_TRANSLATE_NOOP(
        "SyncService", "Adressen må begynne med https://"
    ),
}
"""Every sync error kind in plain bokmål (QT_TRANSLATE_NOOP: lupdate finds them here)."""

OTHER_FAILURE = QT_TRANSLATE_NOOP("SyncService", "Synkroniseringen feilet")


def message_for(kind: str) -> str:
    """The Norwegian message for a sync error kind (one place, STYLE.md rule 5)."""
    try:
        text = MESSAGES[SyncErrorKind(kind)]
    except (ValueError, KeyError):
        text = OTHER_FAILURE
    return QCoreApplication.translate("SyncService", str(text))


def open_transport(url: str, ca_pem: str | None) -> HttpTransport:
    """The transport enrolment uses (HTTPS, verified against the CA file when one is given)."""
    return HttpTransport(url, ca_pem=ca_pem)


class _Bridge(QObject):
    """Lives on the GUI thread: turns a request from the network thread into a DB job."""

    request = Signal(object)

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self._runner = runner
        self.request.connect(self._submit)

    @Slot(object)
    def _submit(self, call: tuple[Callable[[Any], Any], concurrent.futures.Future[Any]]) -> None:
        fn, future = call
        self._runner.run(fn, future.set_result, future.set_exception, label="sync-store")

    def on_db(self, fn: Callable[[Any], Any]) -> Any:
        """Run ``fn(vault)`` on the DB thread and wait for it (network thread only)."""
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self.request.emit((fn, future))
        return future.result(timeout=STORE_TIMEOUT_S)


class _DbStore:
    """``SyncStore`` for the engine: every call hops to the DB thread."""

    def __init__(self, bridge: _Bridge) -> None:
        self._bridge = bridge

    def __getattr__(self, name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            return self._bridge.on_db(lambda v: getattr(VaultSyncStore(v), name)(*args, **kwargs))

        return call


class SyncService(QObject):
    """Sync now, periodic sync, enrolment, status; the window listens to the signals.

    ``transport_factory`` (credentials → transport), ``enrol_transport`` (url, CA → transport)
    and ``backoff`` are attributes so tests can reach the in-process server without TLS.
    """

    sync_started = Signal()
    sync_progress = Signal(str, int, int)  # phase, done, total (-1: unknown)
    sync_finished = Signal(object)  # SyncReport
    sync_failed = Signal(str, str)  # kind, Norwegian message
    device_revoked = Signal(str)  # Norwegian message, after the vault was wiped
    status_changed = Signal(object)  # SyncStatusView
    quarantine_changed = Signal(list)  # list[QuarantineRow]
    enrolled = Signal(object)  # EnrolOutcome
    enrol_failed = Signal(str)  # Norwegian message
    policy_changed = Signal(object)  # ServerPolicy, as the vault remembers it

    _tick = Signal()

    MAX_SKIPPED_TICKS = 11
    """After repeated failures the interval job waits at most 12 intervals (an hour at 5 min)."""

    def __init__(
        self,
        runner: TaskRunner,
        *,
        transport_factory: Callable[[Credentials], Transport] | None = None,
        interval_minutes: float = 5.0,
        attempts: int = 3,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = _Bridge(runner)
        self.transport_factory = transport_factory or (lambda creds: transport_for(creds))
        self.enrol_transport: Callable[[str, str | None], HttpTransport] = open_transport
        self._interval = interval_minutes
        self._attempts = attempts
        self.backoff = backoff or Backoff(base_s=2.0, cap_s=60.0)
        self._running = False
        self._online: bool | None = None
        self._scheduler: QtScheduler | None = None
        self._failures = 0  # consecutive failed syncs that could succeed later (transient)
        self._skip_ticks = 0  # interval ticks to let pass before the next automatic try
        self._tick.connect(self.interval_tick)

    @property
    def running(self) -> bool:
        """True while a sync is under way."""
        return self._running

    def start(self) -> None:
        """Start periodic sync (call after unlock); catches up after sleep (coalesced)."""
        if self._scheduler is None:
            self._scheduler = QtScheduler()
            self._scheduler.add_job(self._tick.emit, "interval", minutes=self._interval,
                                    id="sync", coalesce=True, max_instances=1,
                                    misfire_grace_time=int(self._interval * 60))
            self._scheduler.start()

    def stop(self) -> None:
        """Stop periodic sync (on lock)."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None

    @Slot()
    def interval_tick(self) -> None:
        """The interval job: sync, unless recent failures ask it to wait a while longer.

        Why: each sync already retries with jittered backoff; when the server stays down (or
        the laptop has no network for a day of home visits) two hundred devices need not
        each knock every five minutes. The wait doubles per failed sync — 1, 2, 4, 8, then
        12 intervals — and the first success resets it. "Synkroniser nå" never waits.
        """
        if self._skip_ticks > 0:
            self._skip_ticks -= 1
            return
        self.sync_now()

    @property
    def consecutive_failures(self) -> int:
        """Failed syncs in a row that may succeed later (offline, server down)."""
        return self._failures

    @Slot()
    def sync_now(self) -> None:
        """Start a sync unless one runs ("Synkroniser nå" and the interval job)."""
        if self._running:
            return
        self._running = True
        self.sync_started.emit()
        self._runner.run_network(self._run, self._done, self._failed, label="sync")

    def _run(self, _: Any) -> SyncReport:
        store = _DbStore(self._bridge)
        credentials = store.credentials()
        if credentials is None:
            raise SyncError(SyncErrorKind.NOT_ENROLLED)
        engine = SyncEngine(store, self.transport_factory(credentials), progress=self._progress)
        return retrying(engine.sync, self.backoff, attempts=self._attempts)

    def _progress(self, p: Progress) -> None:
        self.sync_progress.emit(p.phase, p.done, -1 if p.total is None else p.total)

    def _done(self, report: SyncReport) -> None:
        self._running, self._online = False, True
        self._failures = self._skip_ticks = 0
        if report.changes:
            self._runner.changes_applied.emit(report.changes)
        self.sync_finished.emit(report)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        kind = error.kind.value if isinstance(error, SyncError) else "bug"
        log.info("sync failed: %s", kind)
        if kind == SyncErrorKind.DEVICE_REVOKED.value:
            self._wipe()
            return
        if isinstance(error, SyncError) and error.transient:
            self._online = False
            self._failures += 1
            self._skip_ticks = min(2 ** (self._failures - 1) - 1, self.MAX_SKIPPED_TICKS)
        self.sync_failed.emit(kind, message_for(kind))
        self.refresh()

    def _wipe(self) -> None:
        """The server revoked this device: close the vault, then overwrite and delete it."""
        self.stop()
        self._runner.run(lambda v: None if v is None else v.folder, self._close_and_wipe,
                         lambda _e: self._after_wipe([]))

    def _close_and_wipe(self, folder: Path | None) -> None:
        def wipe(_: Any) -> list[str]:
            return wipe_vault(folder) if folder is not None else []

        def then_wipe(_: Any) -> None:
            self._runner.run(wipe, self._after_wipe)

        self._runner.close_vault(then_wipe)

    def _after_wipe(self, removed: list[str]) -> None:
        log.info("vault wiped after revocation (%d files)", len(removed))
        self.device_revoked.emit(message_for(SyncErrorKind.DEVICE_REVOKED.value))

    def refresh(self) -> None:
        """Read the status and the "Ikke levert" list on the DB thread, then emit them."""
        self._runner.run(self._read_status, self._show_status, lambda _e: None,
                         label="sync-status")

    def _read_status(self, vault: Any) -> tuple[SyncStatusView, list[QuarantineRow], ServerPolicy]:
        last = vault.sync_state.last_success()
        view = SyncStatusView(
            enrolled=vault.sync_state.credentials() is not None,
            online=self._online,
            pending=vault.outbox.count(),
            not_delivered=vault.quarantine.count(),
            drafts_to_merge=len(vault.conflicts.open_drafts()),
            last_success=last.astimezone().strftime("%d.%m.%Y %H:%M") if last else "",
        )
        return view, quarantine_rows(vault), vault.sync_state.policy()

    def _show_status(
        self, result: tuple[SyncStatusView, list[QuarantineRow], ServerPolicy]
    ) -> None:
        self.status_changed.emit(result[0])
        self.quarantine_changed.emit(result[1])
        self.policy_changed.emit(result[2])

    def enrol(self, url: str, username: str, password: str, ca_pem: str | None = None,
              *, transport: HttpTransport | None = None) -> None:
        """Enrol this device (network pool), storing everything in the vault (DB thread)."""
        def work(_: Any) -> EnrolOutcome:
            client = transport or self.enrol_transport(url, ca_pem)
            return enrol_device(_DbStore(self._bridge), client, server_url=url,
                                username=username, password=password, ca_pem=ca_pem)

        def failed(error: BaseException) -> None:
            kind = error.kind.value if isinstance(error, SyncError) else "bug"
            self.enrol_failed.emit(message_for(kind))

        self._runner.run_network(work, self._enrolled, failed, label="enrol")

    def _enrolled(self, outcome: EnrolOutcome) -> None:
        self.enrolled.emit(outcome)
        self.refresh()


def quarantine_rows(vault: Any) -> list[QuarantineRow]:
    """The open "Ikke levert" entries as the list shows them (case number, never content)."""
    entries = vault.quarantine.entries()
    if not entries:
        return []  # the common case: no need to read every case for its number
    numbers = {c.id: c.number for c in vault.cases.list(limit=100_000)}
    return [
        QuarantineRow(op_id=e.op.op_id, case_number=numbers.get(e.op.case_id, "–"),
                      what=f"{e.op.entity.value} ({e.op.kind.value})",
                      reason=reason_text(e.reason), when=e.quarantined_at[:16],
                      has_proposal=e.proposal is not None)
        for e in entries
    ]


def must_reach_server(vault: Any, now: Any) -> bool:
    """At unlock: True when the offline-time limit has passed (the shell then asks to sync)."""
    state = vault.sync_state
    return offline_too_long(state.last_success(), state.max_offline_hours(), now)
