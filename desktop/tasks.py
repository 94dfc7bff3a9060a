"""The TaskRunner: the one way off the GUI thread (DESIGN.md §4, STYLE.md rule 2).

Vault work runs on a single DB thread that owns the SQLCipher connection (connections are
not shareable); network work runs on a small pool. Results come back on the GUI thread as
callbacks, and a mutation that returns :class:`~domain.changes.Changes` is broadcast through
``changes_applied`` so every view refreshes only what changed.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from domain.changes import Changes

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Job:
    """One unit of work and where its result goes."""

    number: int
    fn: Callable[[Any], Any]
    on_done: Done | None
    on_error: Failed | None
    label: str = ""
    result: Any = None
    error: BaseException | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _DbWorker(QObject):
    """Lives on the DB thread; holds the open vault (or ``None`` while locked)."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None

    @Slot(object)
    def execute(self, job: _Job) -> None:
        """Run ``job.fn(vault)`` here, on the DB thread, and send the job back."""
        try:
            job.result = job.fn(self.vault)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
            job.error = exc
        self.finished.emit(job)


class _NetSignals(QObject):
    finished = Signal(object)


class _NetTask(QRunnable):
    """A network job on the pool; never touches the vault or a widget."""

    def __init__(self, job: _Job, signals: _NetSignals) -> None:
        super().__init__()
        self._job = job
        self._signals = signals

    def run(self) -> None:
        try:
            self._job.result = self._job.fn(None)
        except BaseException as exc:  # noqa: BLE001
            self._job.error = exc
        self._signals.finished.emit(self._job)


class TaskRunner(QObject):
    """Queue vault work on the DB thread and network work on a pool; results on the GUI thread.

    Signals are past-tense facts: ``changes_applied(Changes)``, ``task_failed(exc)`` (only
    for jobs without their own error callback), ``busy_changed(bool)``.
    """

    changes_applied = Signal(object)
    task_failed = Signal(object)
    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None, *, network_threads: int = 2) -> None:
        super().__init__(parent)
        self._numbers = itertools.count(1)
        self._pending: set[int] = set()
        self._thread = QThread()
        self._thread.setObjectName("feltjournal-db")
        self._worker = _DbWorker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._on_finished)
        self._net_signals = _NetSignals()
        self._net_signals.finished.connect(self._on_finished)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(network_threads)
        self._thread.start()

    @property
    def busy(self) -> bool:
        """True while any job is queued or running."""
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[Any], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        label: str = "",
    ) -> int:
        """Run ``fn(vault)`` on the DB thread; returns a job number."""
        job = self._track(fn, on_done, on_error, label)
        self._submit.emit(job)
        return job.number

    def run_network(
        self,
        fn: Callable[[Any], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        label: str = "",
    ) -> int:
        """Run ``fn(None)`` on the network pool (no vault access there)."""
        job = self._track(fn, on_done, on_error, label)
        self._pool.start(_NetTask(job, self._net_signals))
        return job.number

    def set_vault(self, opener: Callable[[], Any], on_done: Done, on_error: Failed) -> int:
        """Open the vault on the DB thread (the thread that will own its connection)."""

        def _open(_: Any) -> Any:
            self._worker.vault = opener()
            return self._worker.vault

        return self.run(_open, on_done, on_error, label="open")

    def close_vault(self, on_done: Done | None = None) -> int:
        """Close the vault on its own thread and drop the key."""

        def _close(vault: Any) -> None:
            self._worker.vault = None
            if vault is not None:
                vault.close()

        return self.run(_close, on_done, label="close")

    def shutdown(self) -> None:
        """Close the vault and stop the threads; blocks until the DB thread has finished."""
        self._pool.waitForDone(5000)
        vault = self._worker.vault
        self._worker.vault = None
        if vault is not None:
            self._submit.emit(_Job(0, lambda _v: vault.close(), None, None))
        self._thread.quit()
        self._thread.wait(10000)

    def _track(
        self, fn: Callable[[Any], Any], on_done: Done | None, on_error: Failed | None, label: str
    ) -> _Job:
        job = _Job(next(self._numbers), fn, on_done, on_error, label)
        was_busy = self.busy
        self._pending.add(job.number)
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    @Slot(object)
    def _on_finished(self, job: _Job) -> None:
        self._pending.discard(job.number)
        if job.error is not None:
            self._report_error(job)
        else:
            if isinstance(job.result, Changes) and job.result:
                self.changes_applied.emit(job.result)
            if job.on_done is not None:
                job.on_done(job.result)
        if not self.busy:
            self.busy_changed.emit(False)

    def _report_error(self, job: _Job) -> None:
        error = job.error
        assert error is not None
        # Only the type goes to the log: messages of lower layers never hold personal data,
        # but a bug's message might quote a value, so it stays out.
        log.debug("job %s (%s) failed: %s", job.number, job.label, type(error).__name__)
        if job.on_error is not None:
            job.on_error(error)
        else:
            self.task_failed.emit(error)
